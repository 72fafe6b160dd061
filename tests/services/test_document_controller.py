"""The document controller without a window: what New, Open, Save, Save As, autosave, recovery and
Close do to files, locks, recovery copies and the recent plans, and the outcome each one answers.

Everything real: plan files, their locks, the recovery store. A second place (plans kept in
memory with version numbers and leases, as a team workspace keeps them) shows the controller
speaks the place protocol, not files.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path, PurePath, PurePosixPath

import pytest
from test_plan_session import school, two_schools

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.services.document_controller import DocumentController, PlainDocument
from erasmus_planner.services.document_outcomes import Failed, Locked, NeedsName, NewerElsewhere, Opened, Saved
from erasmus_planner.services.plan_files import load_plan, save_plan
from erasmus_planner.services.plan_places import Holder, InUse, Stored, refusal
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.services.samples import sample_plan_path

pytest.importorskip("erasmus_planner.persistence.lock")


class Recent:
    """The recent plans kept in memory (the window keeps them in QSettings)."""

    def __init__(self) -> None:
        self.plans: list[str] = []
        self.folder = ""

    def recent_plans(self) -> list[str]:
        return list(self.plans)

    def existing_recent_plans(self) -> list[str]:
        return [p for p in self.plans if Path(p).is_file()]

    def add_recent_plan(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.plans = [text, *(p for p in self.plans if p != text)]

    def clear_recent_plans(self) -> None:
        self.plans = []

    def last_folder(self) -> str:
        return self.folder

    def set_last_folder(self, folder: str | Path) -> None:
        self.folder = str(folder)


@pytest.fixture
def recent() -> Recent:
    return Recent()


@pytest.fixture
def make(tmp_path, recent):  # type: ignore[no-untyped-def]
    """``make(plan=None)``: a controller over a fresh session, sharing one recovery folder."""
    controllers: list[DocumentController] = []

    def controller(plan: Plan | None = None, *, unsaved: bool = True) -> DocumentController:
        session = PlanSession()
        if plan is not None:
            session.load(plan, None)
        made = DocumentController(
            PlainDocument(session), recent=recent, unsaved=RecoveryStore(tmp_path / "recovery") if unsaved else None
        )
        controllers.append(made)
        return made

    yield controller
    for made in controllers:
        made.shut_down()


def edit(controller: DocumentController, title: str) -> None:
    controller.session.set_header(title=title)


# --- save ---------------------------------------------------------------------------------------


def test_a_plan_never_saved_needs_a_name_then_saves_there_and_is_remembered(make, tmp_path, recent):
    controller = make(two_schools())
    needs = controller.save()
    assert isinstance(needs, NeedsName) and needs.why == "never saved"
    assert Path(needs.suggested).name == "green-skills.epplan"

    saved = controller.save_as(str(tmp_path / "green"))  # no suffix typed: the usual one is added
    assert saved == Saved("green.epplan", tmp_path / "green.epplan")
    assert load_plan(tmp_path / "green.epplan") == two_schools()
    assert not controller.document.modified
    assert controller.save_state() == "saved"
    assert recent.plans == [str((tmp_path / "green.epplan").resolve())]
    assert recent.folder == str(tmp_path)


def test_save_writes_where_the_plan_lives(make, tmp_path):
    path = tmp_path / "plan.json"
    save_plan(two_schools(), path)
    controller = make()
    assert isinstance(controller.open(path), Opened)
    edit(controller, "Greener skills")
    assert controller.document.modified and controller.can_save()
    assert isinstance(controller.save(), Saved)
    assert load_plan(path).title == "Greener skills"
    assert not controller.can_save()


def test_a_plan_changed_on_disk_since_it_was_opened_is_not_overwritten_without_asking(make, tmp_path):
    path = tmp_path / "plan.json"
    save_plan(two_schools(), path)
    controller = make()
    controller.open(path)
    edit(controller, "Mine")
    theirs = two_schools().with_changes(title="Theirs, written by a synchronised folder")
    # Another program (a synchronised folder) writes the file meanwhile: not the planner, so
    # without its lock (the planner's own writers are refused while the plan is open).
    path.write_text(plan_json.dumps(theirs), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # even within the clock's resolution, the size differs too

    assert controller.save() == NewerElsewhere("plan.json")
    assert load_plan(path) == theirs  # nothing was written
    assert controller.document.modified

    assert isinstance(controller.save(overwrite=True), Saved)
    assert load_plan(path).title == "Mine"
    edit(controller, "Mine again")
    assert isinstance(controller.save(), Saved)  # the version written is the one known now


def test_a_plan_whose_file_was_deleted_is_written_again(make, tmp_path):
    path = tmp_path / "plan.json"
    save_plan(two_schools(), path)
    controller = make()
    controller.open(path)
    controller.session.close()  # the lock file goes with the session…
    controller.open(path)
    path.unlink()  # …and the plan file with a careless clean-up
    edit(controller, "Still here")
    assert isinstance(controller.save(), Saved)
    assert load_plan(path).title == "Still here"


def test_save_as_onto_a_plan_open_elsewhere_is_locked_and_writes_nothing(make, tmp_path):
    other = tmp_path / "other.json"
    save_plan(two_schools().with_changes(title="Other"), other)
    holder = make()
    holder.open(other)
    controller = make(two_schools())
    outcome = controller.save_as(other)
    assert isinstance(outcome, Locked)
    assert outcome.name == "other.json" and outcome.elsewhere
    assert outcome.holder is not None and outcome.holder.pid == os.getpid()
    assert load_plan(other).title == "Other"
    assert controller.session.path is None  # still unsaved, still here


def test_a_save_where_no_lock_can_be_taken_says_why_and_changes_nothing(make, tmp_path):
    controller = make(two_schools())
    outcome = controller.save_as(tmp_path / "no such folder" / "plan.json")
    assert isinstance(outcome, Locked) and not outcome.elsewhere
    assert outcome.reason is not None and "the folder does not exist" in outcome.reason.render()
    assert controller.session.path is None


def test_a_save_that_fails_says_why_and_changes_nothing(make, tmp_path):
    (tmp_path / "taken.json").mkdir()  # a folder where the plan file would go
    controller = make(two_schools())
    edit(controller, "Changed")
    outcome = controller.save_as(tmp_path / "taken.json")
    assert isinstance(outcome, Failed)
    assert "taken.json" in str(outcome.error)
    assert (tmp_path / "taken.json").is_dir()
    assert controller.session.path is None and controller.document.modified
    claim = make().session.place.claim(tmp_path / "taken.json")  # the failed save's lock was let go
    assert claim is not None and not isinstance(claim, InUse)
    claim.release()


# --- open and close -------------------------------------------------------------------------------


def test_a_plan_open_elsewhere_is_locked_by_its_holder_and_opens_read_only_when_asked(make, tmp_path):
    path = tmp_path / "shared.epplan"
    save_plan(two_schools(), path)
    first = make()
    assert first.open(path) == Opened("shared.epplan")
    second = make()
    locked = second.open(path)
    assert isinstance(locked, Locked)
    assert locked.holder == Holder(pid=os.getpid(), host=socket.gethostname(), user=locked.holder.user, since=locked.holder.since)
    assert not second.has_plan

    assert second.open(path, read_only=True) == Opened("shared.epplan", read_only=True)
    needs = second.save()
    assert isinstance(needs, NeedsName) and needs.why == "read-only"

    first.close()  # the lock goes with the plan
    third = make()
    assert third.open(path) == Opened("shared.epplan")


def test_a_document_of_an_older_planner_says_where_its_first_save_keeps_the_old_file(make, tmp_path):
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "plan-schema-v1.epplan"
    path = tmp_path / "old.epplan"
    path.write_bytes(fixture.read_bytes())
    controller = make()
    opened = controller.open(path)
    assert isinstance(opened, Opened)
    backup = tmp_path / "old.schema1-backup.epplan"
    assert opened.upgrade_keeps_old_at == backup
    assert path.read_bytes() == fixture.read_bytes() and not backup.exists()  # reading wrote nothing
    edit(controller, "Saved by this planner")
    assert isinstance(controller.save(), Saved)
    assert backup.read_bytes() == fixture.read_bytes()  # where the controller said it would be
    controller.close()
    assert make().open(path) == Opened("old.epplan")  # current now: nothing to upgrade


def test_a_broken_file_fails_naming_it_and_keeps_the_open_plan(make, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    controller = make(two_schools())
    outcome = controller.open(broken)
    assert isinstance(outcome, Failed) and "broken.json" in str(outcome.error)
    assert controller.session.plan == two_schools()


def test_the_sample_opens_as_a_new_unsaved_plan(make):
    sample = sample_plan_path()
    if sample is None:
        pytest.skip("no sample plan in this installation")
    before = sample.read_bytes()
    controller = make()
    opened = controller.open(sample)
    assert isinstance(opened, Opened) and opened.as_copy
    assert controller.session.path is None
    assert isinstance(controller.save(), NeedsName)
    assert sample.read_bytes() == before


def test_closing_drops_the_autosaved_copy_and_frees_the_plan(make, tmp_path):
    path = tmp_path / "plan.json"
    save_plan(two_schools(), path)
    controller = make()
    controller.open(path)
    edit(controller, "Unsaved")
    controller.autosave()
    controller.close()
    assert not controller.has_plan
    again = make()
    assert again.open(path) == Opened("plan.json")  # no lock left, no recovery offered


# --- autosave and recovery --------------------------------------------------------------------------


def test_work_autosaved_before_a_crash_is_offered_when_the_plan_opens_again(make, tmp_path):
    path = tmp_path / "plan.json"
    save_plan(two_schools(), path)
    controller = make()
    controller.open(path)
    assert controller.autosave() is None  # nothing to keep yet
    edit(controller, "Unsaved work")
    autosaved = controller.autosave()
    assert autosaved is not None and controller.save_state() == "autosaved"
    controller.session.close()  # the crash: the lock goes with the process, the copy stays

    again = make()
    opened = again.open(path)
    assert isinstance(opened, Opened) and opened.recovery is not None
    assert opened.recovery.plan.title == "Unsaved work"
    again.restore(opened.recovery)
    assert again.session.plan.title == "Unsaved work"
    assert again.session.path == path and again.document.modified
    assert load_plan(path).title == "Green skills"  # the file itself is untouched


def test_a_declined_recovery_is_not_offered_again(make, tmp_path, recent):
    controller = make(two_schools())
    edit(controller, "Never saved")
    controller.autosave()
    controller.session.close()

    again = make()
    offer = again.recovery_at_start()
    assert offer is not None and offer.location is None and offer.plan.title == "Never saved"
    again.decline(offer)
    assert again.recovery_at_start() is None


def test_at_start_the_recent_plan_a_crash_left_unsaved_is_found(make, tmp_path):
    path = tmp_path / "plan.json"
    save_plan(two_schools(), path)
    controller = make()
    controller.open(path)
    controller.session.add_partner(school("Iskola Pécs", "HU"))
    controller.autosave()
    controller.session.close()

    offer = make().recovery_at_start()
    assert offer is not None and offer.location == path.resolve()
    assert [p.name for p in offer.plan.partners][-1] == "Iskola Pécs"


def test_without_a_recovery_store_nothing_is_autosaved(make):
    controller = make(two_schools(), unsaved=False)
    edit(controller, "Changed")
    assert not controller.autosaves and controller.autosave() is None
    assert controller.recovery_at_start() is None


# --- the place protocol ---------------------------------------------------------------------------------


class Lease:
    def __init__(self, place: MemoryPlace, location: PurePath) -> None:
        self.place, self.location = place, location

    def release(self) -> None:
        self.place.leases.pop(self.location, None)


class MemoryPlace:
    """Plans kept as a team workspace keeps them: a version number per plan, a lease per editor."""

    def __init__(self, user: str) -> None:
        self.user = user
        self.plans: dict[PurePath, tuple[Plan, int]] = {}
        self.leases: dict[PurePath, str] = {}

    def locate(self, where):  # type: ignore[no-untyped-def]
        return PurePosixPath(where)

    def locate_new(self, where):  # type: ignore[no-untyped-def]
        return PurePosixPath(where)

    def suggest(self, folder: str, stem: str, like: PurePath | None) -> str:
        return f"Team workspace/{stem}"

    def read(self, location):  # type: ignore[no-untyped-def]
        if location not in self.plans:
            raise PlanError("no such plan in the workspace", source=str(location))
        return Stored(*self.plans[location])

    def version(self, location):  # type: ignore[no-untyped-def]
        return self.plans[location][1] if location in self.plans else None

    def claim(self, location):  # type: ignore[no-untyped-def]
        holder = self.leases.get(location)
        if holder is not None and holder != self.user:
            error = PlanError("is being edited by {user}", user=holder, source=str(location))
            return InUse(location, Holder(user=holder), None, error)
        self.leases[location] = self.user
        return Lease(self, location)

    def write(self, location, plan, *, copied_from=None):  # type: ignore[no-untyped-def]
        version = (self.version(location) or 0) + 1
        self.plans[location] = (plan, version)
        return version

    def same(self, first, second):  # type: ignore[no-untyped-def]
        return first == second


def test_a_second_kind_of_place_gets_the_same_outcomes(recent):
    workspace = MemoryPlace("ana")
    where = PurePosixPath("Team workspace/Green skills")
    workspace.plans[where] = (two_schools(), 7)

    ana = DocumentController(PlainDocument(PlanSession(place=workspace)), recent=recent)
    assert ana.open(str(where)) == Opened("Green skills")
    assert ana.session.version == 7

    ben_view = MemoryPlace("ben")
    ben_view.plans, ben_view.leases = workspace.plans, workspace.leases  # the same server
    ben = DocumentController(PlainDocument(PlanSession(place=ben_view)))
    locked = ben.open(str(where))
    assert isinstance(locked, Locked) and locked.holder == Holder(user="ana")
    assert ben.open(str(where), read_only=True) == Opened("Green skills", read_only=True)

    workspace.plans[where] = (two_schools().with_changes(title="Ben's copy, saved elsewhere"), 8)
    edit(ana, "Ana's title")
    assert ana.save() == NewerElsewhere("Green skills")
    assert isinstance(ana.save(overwrite=True), Saved)
    assert workspace.plans[where] == (ana.session.plan, 9)
    assert recent.plans == []  # workspace plans are not files to list under Open Recent


def test_an_in_use_error_carries_its_refusal():
    error = PlanError("is open elsewhere")
    refused = InUse(PurePosixPath("a"), None, Message("no lock"), error)
    assert refusal(error) is refused and not refused.elsewhere
    assert refusal(PlanError("other")) is None


def test_the_controller_loads_no_qt():
    """The document's life is decided without a window: importing and using the controller in a
    fresh interpreter loads no PySide6 (and so can run in a command-line tool or a server)."""
    probe = (
        "import sys, json\n"
        "from erasmus_planner.services.document_controller import DocumentController, PlainDocument\n"
        "DocumentController(PlainDocument()).new()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
