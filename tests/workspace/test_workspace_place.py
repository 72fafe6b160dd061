"""The workspace as the document controller's second place, with a real server: two people (two
windows, without the window) editing one team plan never lose an edit.

Leases say who is editing and lapse after a crash; a save based on an older version is refused
even when the controller is told to overwrite; the refused text is kept as a copy; a server that
goes away mid-edit leaves the edits in the recovery file, and they are saved when it returns.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.persistence.workspace.team_plans import Workspace
from erasmus_planner.services.document_controller import DocumentController, PlainDocument
from erasmus_planner.services.document_outcomes import Failed, Locked, NewerElsewhere, Opened, Saved
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.services.workspace_place import Places, WorkspacePlace, is_offline, is_team_location
from erasmus_planner.services.workspace_service import save_team_plan

from .conftest import EXAMPLES, MemberLogin, Team

PLAN = plan_json.load(EXAMPLES / "strategic-partnership-school-2019-eligible.json")


def window(member: MemberLogin, tmp_path: Path | None = None, **place_options: float) -> tuple[DocumentController, WorkspacePlace]:
    """What one window holds: its own place (client id, versions, leases) and controller."""
    place = WorkspacePlace(Workspace(member.address), **place_options)  # type: ignore[arg-type]
    unsaved = RecoveryStore(tmp_path / f"recovery-{member.user}") if tmp_path is not None else None
    controller = DocumentController(PlainDocument(PlanSession(place=Places(workspace=place))), unsaved=unsaved)
    return controller, place


@pytest.fixture
def shared(team: Team) -> tuple[MemberLogin, MemberLogin]:
    alice, bob = team.member("editor"), team.member("editor")
    with Workspace(alice.address) as workspace:
        save_team_plan(workspace, PLAN, "Green skills", base=None)
    return alice, bob


def test_the_editor_holds_a_lease_and_the_other_opens_read_only_seeing_who_and_since(shared) -> None:  # type: ignore[no-untyped-def]
    alice, bob = shared
    ana, ana_place = window(alice)
    ben, ben_place = window(bob)
    try:
        location = ana_place.location("Green skills")
        assert is_team_location(location)
        assert ana.open(location) == Opened("Green skills")
        assert ana.session.version == 1
        locked = ben.open(ben_place.location("Green skills"))
        assert isinstance(locked, Locked) and locked.elsewhere
        assert locked.holder is not None and locked.holder.user == alice.user and locked.holder.since
        assert ben.open(ben_place.location("Green skills"), read_only=True) == Opened("Green skills", read_only=True)
        ana.session.set_header(title="Ana's title")
        assert isinstance(ana.save(), Saved) and ana.session.version == 2
        ana.close()  # the lease goes with the plan
        assert Workspace(bob.address).lease("Green skills") is None
    finally:
        ana_place.close()
        ben_place.close()


@contextlib.contextmanager
def ana_away_and_ben_editing(shared) -> Iterator[tuple[DocumentController, WorkspacePlace, DocumentController, WorkspacePlace]]:  # type: ignore[no-untyped-def]
    """Ana opened the plan and typed; her lease lapsed (her laptop slept) and Ben opened it."""
    alice, bob = shared
    ana, ana_place = window(alice, lease_seconds=1, renew_every_s=3600)
    ben, ben_place = window(bob)
    try:
        ana.open(ana_place.location("Green skills"))
        ana.session.set_header(title="Ana's title")
        time.sleep(1.3)
        assert ben.open(ben_place.location("Green skills")) == Opened("Green skills")
        yield ana, ana_place, ben, ben_place
    finally:
        ana_place.close()
        ben_place.close()


def test_a_save_based_on_an_older_version_never_overwrites_and_mine_is_kept_as_a_copy(shared) -> None:  # type: ignore[no-untyped-def]
    alice, bob = shared
    with ana_away_and_ben_editing(shared) as (ana, ana_place, ben, _):
        ben.session.set_header(title="Ben's title")
        assert isinstance(ben.save(), Saved)

        assert ana.save() == NewerElsewhere("Green skills")
        refused = ana.save(overwrite=True)  # even when told to: the server refuses
        assert isinstance(refused, Failed) and "version 2" in str(refused.error) and "version 1" in str(refused.error)
        assert Workspace(bob.address).get("Green skills").info.version == 2
        # Keep Mine as a Copy: Ana's text goes to a new team plan, nothing typed is lost.
        assert isinstance(ana.save_as(ana_place.location("Green skills (Ana)")), Saved)
        with Workspace(bob.address) as look:
            theirs = plan_json.loads(look.get("Green skills").content)
            mine = plan_json.loads(look.get("Green skills (Ana)").content)
        assert (theirs.title, mine.title) == ("Ben's title", "Ana's title")
        assert ana.session.path == ana_place.location("Green skills (Ana)")


def test_a_lease_lost_while_away_refuses_the_save_naming_who_edits_and_nothing_is_lost(shared) -> None:  # type: ignore[no-untyped-def]
    # Ana still believes she holds the plan. Her save goes through the same claim discipline as
    # a refused open: Locked, naming Ben and since when — not a generic failure — and the
    # server's plan is untouched.
    alice, bob = shared
    with ana_away_and_ben_editing(shared) as (ana, ana_place, _, _):
        refused = ana.save()
        assert isinstance(refused, Locked) and refused.elsewhere, refused
        assert refused.holder is not None and refused.holder.user == bob.user and refused.holder.since
        stored = Workspace(bob.address).get("Green skills")
        assert stored.info.version == 1 and plan_json.loads(stored.content).title == PLAN.title
        assert ana.session.plan.title == "Ana's title" and ana.document.modified  # nothing typed is lost
        assert isinstance(ana.save_as(ana_place.location("Green skills (Ana)")), Saved)


def test_reload_theirs_opens_the_stored_version(shared) -> None:  # type: ignore[no-untyped-def]
    alice, bob = shared
    ana, ana_place = window(alice)
    try:
        ana.open(ana_place.location("Green skills"))
        with Workspace(bob.address) as other:
            ana_place.workspace.release_lease("Green skills")
            save_team_plan(other, PLAN.with_changes(title="Ben's"), "Green skills", base=1)
        ana.session.set_header(title="Ana's")
        assert isinstance(ana.save(), NewerElsewhere)
        assert ana.open(ana_place.location("Green skills")) == Opened("Green skills")
        assert ana.session.plan.title == "Ben's" and ana.session.version == 2
    finally:
        ana_place.close()


def test_leases_are_renewed_while_the_plan_is_open(shared) -> None:  # type: ignore[no-untyped-def]
    alice, bob = shared
    ana, ana_place = window(alice, lease_seconds=2, renew_every_s=0.5)
    ben, ben_place = window(bob)
    try:
        ana.open(ana_place.location("Green skills"))
        time.sleep(3)  # longer than a lease: only renewal keeps it
        assert isinstance(ben.open(ben_place.location("Green skills")), Locked)
    finally:
        ana_place.close()
        ben_place.close()


def test_when_the_server_goes_away_mid_edit_the_edits_wait_in_the_recovery_file(shared, team: Team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alice, _ = shared
    ana, ana_place = window(alice, tmp_path)
    try:
        ana.open(ana_place.location("Green skills"))
        ana.session.set_header(title="Typed while the server was down")
        team.server.stop_server()
        try:
            outcome = ana.save()
            assert isinstance(outcome, Failed) and is_offline(outcome.error)
            assert ana.autosave() is not None  # what the window does on an offline save
            kept = RecoveryStore(tmp_path / f"recovery-{alice.user}").pending(ana.session.path)
            assert kept is not None and kept.title == "Typed while the server was down"
        finally:
            team.server.start_server()
        assert isinstance(ana.save(), Saved)  # the window's retry, once the server is back
        assert RecoveryStore(tmp_path / f"recovery-{alice.user}").pending(ana.session.path) is None
        assert plan_json.loads(Workspace(alice.address).get("Green skills").content).title == "Typed while the server was down"
    finally:
        ana_place.close()


def test_a_new_plan_saved_to_the_workspace_is_leased_from_its_first_save(team: Team) -> None:
    alice, bob = team.member("editor"), team.member("editor")
    ana, ana_place = window(alice)
    ben, ben_place = window(bob)
    try:
        ana.document.replace(lambda s: s.load(PLAN, None))
        assert isinstance(ana.save_as(ana_place.location("Fresh")), Saved)
        assert ana.session.version == 1
        locked = ben.open(ben_place.location("Fresh"))
        assert isinstance(locked, Locked) and locked.holder.user == alice.user  # type: ignore[union-attr]
    finally:
        ana_place.close()
        ben_place.close()


def test_files_still_open_and_save_beside_the_workspace(shared, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alice, _ = shared
    ana, ana_place = window(alice)
    try:
        local = tmp_path / "local.json"
        plan_json.save(PLAN, local)
        assert ana.open(str(local)) == Opened("local.json")
        assert not is_team_location(ana.session.path)
        assert isinstance(ana.save_as(str(tmp_path / "copy.json")), Saved)
        assert ana.open(ana_place.location("Green skills")) == Opened("Green skills")
        assert isinstance(ana.save_as(str(tmp_path / "from-team.epplan")), Saved)  # Save As to a file
    finally:
        ana_place.close()
