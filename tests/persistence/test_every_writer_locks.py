"""One lock discipline for every writer of a plan file (issue 12): a plan open in a window (here a
second process holding its lock, as a window does) is refused by every command and service
that would write it — exit 2 or PlanLocked, the holder named, the file byte-identical, nothing
new beside it. And under the lock, a killed save's leftover temporary file is cleaned away."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from plan_samples import V1_FIXTURE, sample_plan, snapshot

from erasmus_planner.cli.main import main
from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.lock import PlanLocked, lock_path_for
from erasmus_planner.persistence.plan_document import PlanDocument, schema_version, write_plan
from erasmus_planner.services import plan_files
from erasmus_planner.services.plan_session import PlanSession

HOLDER = """
import sys
from erasmus_planner.persistence.lock import PlanLock
lock = PlanLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
sys.stdin.read()
"""
SHEET = "Name;Country;Type\nStadt Köln;DE;municipality\n"


@contextlib.contextmanager
def held_by_another_process(plan: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(plan)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    try:
        yield child
    finally:
        child.kill()
        child.wait()


def _plan_file(folder: Path, suffix: str) -> Path:
    path = folder / f"open-in-window{suffix}"
    if suffix == ".epplan":
        write_plan(sample_plan(), path)
    else:
        plan_json.save(sample_plan(), path)
    return path


@pytest.fixture(params=[".json", ".epplan"])
def open_elsewhere(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str], dict[str, bytes]]]:
    """A plan open in "another window": its lock held by a child process; the folder as it was."""
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = _plan_file(folder, request.param)
    with held_by_another_process(plan) as child:
        yield plan, child, snapshot(folder)


def _refused(plan: Path, child: subprocess.Popen[str], before: dict[str, bytes], message: str) -> None:
    assert f"process {child.pid} on host" in message, message
    user = _user()
    assert user is None or f"user {user}" in message, message
    assert str(plan) in message and "it was not changed" in message, message
    assert snapshot(plan.parent) == before  # the plan byte for byte, and no new file beside it


def _user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:
        return None


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


# --- the command line ------------------------------------------------------------------------------


@pytest.mark.parametrize("source_suffix", [".json", ".epplan"])
def test_convert_refuses_to_overwrite_a_plan_open_in_a_window(
    open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]],
    source_suffix: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan, child, before = open_elsewhere
    source = _plan_file(tmp_path, source_suffix)
    code, err = _cli(capsys, "convert", str(source), str(plan))
    assert code == 2
    _refused(plan, child, before, err)


def test_import_partners_refuses_a_plan_open_in_a_window(
    open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, child, before = open_elsewhere
    sheet = tmp_path / "partners.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    code, err = _cli(capsys, "import-partners", str(sheet), "--into", str(plan))
    assert code == 2
    assert f"process {child.pid} on host" in err and snapshot(plan.parent) == before


# --- the team workspace's commands (a real server: tests/conftest.py's pg_server) --------------------


@pytest.fixture
def workspace_url(pg_database: tuple[str, str]) -> str:
    from erasmus_planner.persistence.workspace import schema
    from erasmus_planner.persistence.workspace.address import WorkspaceAddress

    _name, url = pg_database
    schema.init(WorkspaceAddress.parse(url))
    return url


def test_workspace_pull_refuses_to_overwrite_a_plan_open_in_a_window(
    open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]], workspace_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, child, before = open_elsewhere
    source = _plan_file(tmp_path, ".json")
    assert _cli(capsys, "workspace", "push", str(source), "--as", "team plan", "--workspace", workspace_url)[0] == 0
    code, err = _cli(capsys, "workspace", "pull", "team plan", "-o", str(plan), "--workspace", workspace_url)
    assert code == 2
    _refused(plan, child, before, err)


def test_workspace_push_of_a_plan_open_in_a_window_stores_nothing(
    open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]], workspace_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Push writes the new version into the file: the window's plan is refused before anything
    # is stored, so the workspace and the file never disagree about which version it is.
    plan, child, before = open_elsewhere
    code, err = _cli(capsys, "workspace", "push", str(plan), "--as", "team plan", "--workspace", workspace_url)
    assert code == 2
    _refused(plan, child, before, err)
    code, out = main(["workspace", "plans", "--json", "--workspace", workspace_url]), capsys.readouterr().out
    assert code == 0 and json.loads(out) == []


# --- the services the window and the controller use --------------------------------------------------


def test_saving_over_a_plan_open_elsewhere_is_refused(open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]]) -> None:
    plan, child, before = open_elsewhere
    with pytest.raises(PlanLocked) as caught:
        plan_files.save_plan(sample_plan().with_changes(title="Overwritten"), plan)
    _refused(plan, child, before, str(caught.value))


def test_save_document_is_refused_too(open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]]) -> None:
    plan, child, before = open_elsewhere
    with pytest.raises(PlanLocked) as caught:
        plan_files.save_document(PlanDocument(plan=sample_plan(), notes="mine"), plan, note="Converted")
    _refused(plan, child, before, str(caught.value))


def test_a_window_cannot_save_as_onto_a_plan_open_in_another(
    open_elsewhere: tuple[Path, subprocess.Popen[str], dict[str, bytes]], tmp_path: Path
) -> None:
    plan, child, before = open_elsewhere
    session = PlanSession()
    session.open(_plan_file(tmp_path, plan.suffix))
    with pytest.raises(PlanLocked):
        session.save(plan)
    assert snapshot(plan.parent) == before
    session.close()


def test_the_save_that_upgrades_an_older_document_is_refused_while_it_is_open(tmp_path: Path) -> None:
    old = tmp_path / "old.epplan"
    shutil.copyfile(V1_FIXTURE, old)
    plan = plan_files.load_plan(old)  # reading an older document never needs the lock
    with held_by_another_process(old) as child:
        before = snapshot(tmp_path)
        with pytest.raises(PlanLocked) as caught:
            plan_files.save_plan(plan, old)
        _refused(old, child, before, str(caught.value))
    assert schema_version(old) == 1


def test_the_window_saving_its_own_plan_uses_the_lock_it_holds(tmp_path: Path) -> None:
    path = _plan_file(tmp_path, ".epplan")
    session = PlanSession()
    session.open(path)
    session.set_header(title="Saved by its own window")
    session.save()  # the session's own lock: no second lock in the same process refuses it
    assert plan_files.load_plan(path).title == "Saved by its own window"
    assert lock_path_for(path).exists()  # still held while the plan is open
    session.close()
    assert not lock_path_for(path).exists()


# --- leftovers of a killed save ----------------------------------------------------------------------


def _leftover(plan: Path) -> Path:
    leftover = plan.with_name(f".{plan.name}.k1ll3d.tmp")
    leftover.write_bytes(b"half a save")
    return leftover


@pytest.mark.parametrize("suffix", [".json", ".epplan"])
@pytest.mark.parametrize(
    "writer",
    [
        lambda plan: plan_files.save_plan(sample_plan(), plan),
        lambda plan: PlanSession().open(plan),
    ],
    ids=["save", "open"],
)
def test_a_killed_saves_temporary_file_is_removed_by_the_next_save_or_open(
    tmp_path: Path, suffix: str, writer: Callable[[Path], object]
) -> None:
    plan = _plan_file(tmp_path, suffix)
    leftover = _leftover(plan)
    other = tmp_path / ".another-plan.json.k1ll3d.tmp"  # someone else's: not ours to remove
    other.write_bytes(b"not mine")
    writer(plan)
    assert not leftover.exists() and other.exists()


@pytest.mark.parametrize(
    ("name", "removed"),
    [
        (".{plan}.k1ll3d.tmp", True),  # what a killed save leaves (tempfile's random middle)
        (".{plan}..tmp", True),  # an empty middle is still the pattern .NAME.*.tmp
        (".{plan}.tmp", False),  # no middle: not a temporary file of ours
        (".{plan}.k1ll3d.tmp.keep", False),
        ("{plan}.k1ll3d.tmp", False),  # not hidden: the user's own file
        (".x{plan}.k1ll3d.tmp", False),
    ],
)
def test_only_names_of_a_killed_save_count_as_its_leftovers(tmp_path: Path, name: str, removed: bool) -> None:
    plan = _plan_file(tmp_path, ".json")
    candidate = tmp_path / name.format(plan=plan.name)
    candidate.write_bytes(b"?")
    plan_files.save_plan(sample_plan(), plan)
    assert candidate.exists() is not removed


def test_a_leftover_is_kept_while_another_process_holds_the_plan(tmp_path: Path) -> None:
    plan = _plan_file(tmp_path, ".epplan")
    leftover = _leftover(plan)  # possibly the holder's save in progress
    with held_by_another_process(plan):
        with pytest.raises(PlanLocked):
            plan_files.save_plan(sample_plan(), plan)
        assert leftover.exists()
        assert PlanSession().open(plan, read_only=True) is not None
        assert leftover.exists()
    assert os.path.exists(plan)
