"""The command line as a team uses it (spec §4.4): an owner initialises a workspace, an editor and
a viewer push, pull, list and look at the board; the viewer's write is refused by the server;
a push of an older version is refused with exit 3 naming both versions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from erasmus_planner.cli.main import main
from erasmus_planner.interchange import plan_json

from .conftest import EXAMPLES, Team

ELIGIBLE = EXAMPLES / "strategic-partnership-school-2019-eligible.json"
INELIGIBLE = EXAMPLES / "cooperation-partnership-vet-2022-ineligible.json"


def run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    code = main(list(words))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_team_pushes_pulls_and_sees_the_board(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    editor = team.member("editor")
    viewer = team.member("viewer")
    mine = tmp_path / "school.json"
    shutil.copyfile(ELIGIBLE, mine)

    code, out, err = run(capsys, "workspace", "push", str(mine), "--workspace", editor.url)
    assert code == 0, err
    assert "'school', version 1" in out
    # The file now knows which team plan and version it is.
    assert json.loads(mine.read_text())["workspace_version"] == 1

    # The viewer pulls it (address from the environment this time) and sees it on the board.
    monkeypatch.setenv("ERASMUS_PLANNER_WORKSPACE", viewer.url)
    pulled = tmp_path / "pulled.epplan"
    code, out, err = run(capsys, "workspace", "pull", "school", "-o", str(pulled))
    assert code == 0, err
    code, out, err = run(capsys, "workspace", "board", "--json")
    assert code == 0, err
    (row,) = json.loads(out)
    assert row["name"] == "school" and row["version"] == 1
    assert row["action"] == "strategic-partnership" and row["call_year"] == 2019
    assert row["eligible"] is True
    assert row["agency"]["country"] and row["agency"]["acronym"]
    assert row["updated_by"] == editor.user
    # The next deadline of the plan's call, counted from the given day (spec §4.2's facts).
    code, out, err = run(capsys, "workspace", "board", "--json", "--today", "2019-01-15")
    deadline = json.loads(out)[0]["next_deadline"]
    assert deadline["at"].startswith("2019-") and deadline["days_left"] > 0
    code, out, err = run(capsys, "workspace", "board", "--json", "--today", "2020-01-15")
    assert json.loads(out)[0]["next_deadline"] is None

    # The viewer's push is refused by the server, not by the program: exit 5, nothing stored.
    code, out, err = run(capsys, "workspace", "push", str(pulled), "--as", "viewer-copy")
    assert code == 5
    assert "permission denied" in err and "viewer-copy" not in run(capsys, "workspace", "plans")[1]


def test_a_push_based_on_an_older_version_is_refused_with_exit_3_naming_both(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alice, bob = team.member("editor"), team.member("editor")
    first = tmp_path / "plan.json"
    shutil.copyfile(INELIGIBLE, first)
    assert run(capsys, "workspace", "push", str(first), "--as", "vet", "--workspace", alice.url)[0] == 0
    theirs, mine = tmp_path / "bob.json", tmp_path / "alice.json"
    assert run(capsys, "workspace", "pull", "vet", "-o", str(theirs), "--workspace", bob.url)[0] == 0
    assert run(capsys, "workspace", "pull", "vet", "-o", str(mine), "--workspace", alice.url)[0] == 0

    _edit_title(theirs, "Bob's title")
    assert run(capsys, "workspace", "push", str(theirs), "--workspace", bob.url)[0] == 0  # version 2
    _edit_title(mine, "Alice's title")
    code, out, err = run(capsys, "workspace", "push", str(mine), "--workspace", alice.url)
    assert code == 3
    assert "version 2" in err and "version 1" in err
    # Nothing was overwritten: the workspace holds Bob's text; Alice's is kept with --as.
    assert run(capsys, "workspace", "pull", "vet", "-o", str(tmp_path / "check.json"), "--workspace", alice.url)[0] == 0
    assert json.loads((tmp_path / "check.json").read_text())["title"] == "Bob's title"
    code, out, err = run(capsys, "workspace", "push", str(mine), "--as", "vet-copy", "--workspace", alice.url)
    assert code == 0, err
    code, out, _ = run(capsys, "workspace", "plans", "--json", "--workspace", alice.url)
    plans = {p["name"]: p for p in json.loads(out)}
    assert plans["vet"]["version"] == 2 and plans["vet"]["updated_by"] == bob.user
    assert plans["vet-copy"]["version"] == 1 and plans["vet-copy"]["title"] == "Alice's title"


def test_pushing_a_new_file_onto_an_existing_name_never_overwrites(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team.member("editor")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    shutil.copyfile(ELIGIBLE, one)
    shutil.copyfile(INELIGIBLE, two)
    assert run(capsys, "workspace", "push", str(one), "--as", "shared", "--workspace", editor.url)[0] == 0
    code, _, err = run(capsys, "workspace", "push", str(two), "--as", "shared", "--workspace", editor.url)
    assert code == 3 and "shared-copy" in err


def test_pulled_plans_round_trip_exactly(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team.member("editor")
    local = tmp_path / "a.json"
    shutil.copyfile(ELIGIBLE, local)
    assert run(capsys, "workspace", "push", str(local), "--workspace", editor.url)[0] == 0
    again = tmp_path / "b.json"
    assert run(capsys, "workspace", "pull", "a", "-o", str(again), "--workspace", editor.url)[0] == 0
    original = plan_json.load(ELIGIBLE)
    pulled = plan_json.load(again)
    assert [p.name for p in pulled.partners] == [p.name for p in original.partners]
    assert plan_json.plan_to_dict(pulled) | {"workspace_name": None, "workspace_version": None} == plan_json.plan_to_dict(original) | {
        "workspace_name": None, "workspace_version": None,
    }


def test_status_names_members_and_roles_and_never_a_password(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team.member("editor")
    viewer = team.member("viewer")
    code, out, err = run(capsys, "workspace", "status", "--json", "--workspace", editor.url)
    assert code == 0, err
    status = json.loads(out)
    assert status["schema_version"] == 2 and status["role"] == "editor" and status["user"] == editor.user
    members = {m["login"]: m["role"] for m in status["members"]}
    assert members[editor.user] == "editor" and members[viewer.user] == "viewer"
    assert editor.password not in out and editor.password not in status["workspace"]


def test_only_owners_grant_and_the_server_enforces_it(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team.member("editor")
    newcomer, _ = team.login("newcomer")
    code, _, err = run(capsys, "workspace", "grant", newcomer, "editor", "--workspace", editor.url)
    assert code == 5 and "owner" in err
    code, out, err = run(capsys, "workspace", "grant", newcomer, "viewer", "--workspace", team.owner_url)
    assert code == 0, err
    code, out, err = run(capsys, "workspace", "revoke", newcomer, "--workspace", team.owner_url)
    assert code == 0, err
    code, _, err = run(capsys, "workspace", "plans", "--workspace", team.url_of(newcomer))
    assert code == 5 and "membership" in err


def test_init_needs_an_address_and_a_workspace_needs_init(pg_server, pg_database, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    _, url = pg_database
    code, _, err = run(capsys, "workspace", "plans", "--workspace", url)
    assert code == 2 and "workspace init" in err
    code, out, err = run(capsys, "workspace", "init", url)
    assert code == 0 and "Created" in out
    code, out, err = run(capsys, "workspace", "init", url)
    assert code == 0 and "up to date" in out


def _edit_title(path: Path, title: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = title
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_workspace_option_may_come_before_the_action(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Tried as a new user: `workspace --workspace URL push PLAN` said "invalid choice: 'postgresql://…'".
    editor, viewer = team.member("editor"), team.member("viewer")
    monkeypatch.delenv("ERASMUS_PLANNER_WORKSPACE", raising=False)
    mine = tmp_path / "school.json"
    shutil.copyfile(ELIGIBLE, mine)
    code, out, err = run(capsys, "workspace", "--workspace", editor.url, "push", str(mine))
    assert code == 0, err
    code, out, err = run(capsys, "workspace", "--workspace", viewer.url, "status", "--json")
    assert code == 0, err
    assert json.loads(out)["user"] == viewer.user and viewer.password not in out
    # Given after the action too, that one is meant: the viewer's push is refused by the server.
    code, out, err = run(capsys, "workspace", "--workspace", editor.url, "push", str(mine), "--as", "other", "--workspace", viewer.url)
    assert code == 5, err
