"""A plan the window cannot open for editing — open elsewhere, or in a folder where no lock can be
written — is explained in one plain sentence, with the offer to open a read-only copy; saving onto
a plan open elsewhere says so too, without offering what a save cannot do."""

from __future__ import annotations

import errno
import os
import socket

import pytest
from window_driver import ScriptedPrompts, school_partnership, three_schools_partners

from erasmus_planner.services.plan_files import save_plan
from erasmus_planner.ui.commands import SetHeaderCommand

lock = pytest.importorskip("erasmus_planner.persistence.lock")


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "shared.epplan"
    save_plan(school_partnership(*three_schools_partners()), path)
    return path


@pytest.fixture
def held(plan_path):
    """Another planner has the plan open (its lock, as a second window or process holds it)."""
    other = lock.PlanLock(plan_path)
    other.acquire()
    yield other
    other.release()


def test_a_plan_open_elsewhere_says_who_has_it_in_one_sentence(make_window, plan_path, held):
    prompts = ScriptedPrompts(open_read_only=False)
    window = make_window(prompts=prompts)
    assert not window.open_path(str(plan_path))
    (question, name, why), = prompts.asked
    assert (question, name) == ("open_read_only", "shared.epplan")
    assert why == (
        f"“shared.epplan” is open in another window or on another computer (process {os.getpid()} on {socket.gethostname()})."
    )
    assert not window.document.has_plan


def test_a_folder_where_no_lock_can_be_written_is_not_called_open_elsewhere(make_window, plan_path, monkeypatch):
    real_open = os.open

    def refuse_lock(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(lock.os, "open", refuse_lock)
    prompts = ScriptedPrompts(open_read_only=True)
    window = make_window(prompts=prompts)
    assert window.open_path(str(plan_path))
    why = prompts.asked[0][2]
    assert why.startswith("“shared.epplan” cannot be opened for editing: no lock can be written beside it")
    assert "another window" not in why and "read-only?" not in why
    assert window.document.session.read_only


def test_saving_onto_a_plan_open_elsewhere_asks_for_another_name(make_window, plan_path, held):
    prompts = ScriptedPrompts(open_read_only=True, save_plan_path=str(plan_path))
    window = make_window(prompts=prompts)
    assert window.open_path(str(plan_path))
    window.document.push(SetHeaderCommand(window.document, title="Changed"))
    before = plan_path.read_bytes()
    assert not window.save()
    title, message = prompts.asked[-1][1:]
    assert title == "Cannot save the plan"
    assert message == (
        f"“shared.epplan” is open in another window or on another computer (process {os.getpid()} on "
        f"{socket.gethostname()}). Save the plan under another name."
    )
    assert plan_path.read_bytes() == before
