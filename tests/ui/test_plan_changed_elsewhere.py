"""A plan file another program changed while it was open: Save asks before overwriting that
work — replace it, save under another name, or cancel — and never writes without an answer.
A document an older planner wrote opens as it is, and the status line says that saving upgrades
it and where the old file will be kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_driver import ScriptedPrompts, school_partnership, three_schools_partners

from erasmus_planner.interchange import plan_json
from erasmus_planner.services.plan_files import load_plan, save_plan
from erasmus_planner.ui.commands import SetHeaderCommand


@pytest.fixture
def changed_elsewhere(make_window, tmp_path):  # type: ignore[no-untyped-def]
    """``(window, path)``: the plan open and edited here, then rewritten by someone else."""

    def make(**answers):  # type: ignore[no-untyped-def]
        path = tmp_path / "plan.json"
        save_plan(school_partnership(*three_schools_partners()), path)
        window = make_window(path=path, prompts=ScriptedPrompts(**answers))
        window.document.push(SetHeaderCommand(window.document, title="Mine"))
        # Someone else's copy synchronised over it: not the planner, so without the plan's lock.
        theirs = school_partnership(*three_schools_partners(), title="Theirs, from a synchronised folder")
        path.write_text(plan_json.dumps(theirs), encoding="utf-8")
        return window, path

    return make


def test_cancel_keeps_both_the_file_and_the_edit(changed_elsewhere):
    window, path = changed_elsewhere(overwrite_newer="cancel")
    assert not window.save()
    assert window.prompts.asked == [("overwrite_newer", "plan.json")]
    assert load_plan(path).title.startswith("Theirs")
    assert window.isWindowModified()


def test_replace_writes_the_edit_over_theirs(changed_elsewhere):
    window, path = changed_elsewhere(overwrite_newer="overwrite")
    window.save_action.trigger()
    assert load_plan(path).title == "Mine"
    assert not window.isWindowModified()
    assert window.save_state.text() == "All changes saved"


def test_save_as_keeps_theirs_and_puts_the_edit_beside_it(changed_elsewhere, tmp_path):
    mine = tmp_path / "mine.json"
    window, path = changed_elsewhere(overwrite_newer="save_as", save_plan_path=str(mine))
    assert window.save()
    assert load_plan(path).title.startswith("Theirs")
    assert load_plan(mine).title == "Mine"
    assert window.document.session.path == mine


def test_a_document_of_an_older_planner_says_its_first_save_upgrades_it(make_window, tmp_path):
    old = Path(__file__).resolve().parents[1] / "fixtures" / "plan-schema-v1.epplan"
    path = tmp_path / "old.epplan"
    path.write_bytes(old.read_bytes())
    window = make_window(prompts=ScriptedPrompts())
    assert window.open_path(str(path))
    message = window.statusBar().currentMessage()
    assert "older planner" in message and "old.schema1-backup.epplan" in message
    assert window.prompts.asked == []  # told, not asked: nothing to decide
