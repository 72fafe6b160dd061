"""The workspace's shared partner directory: made by ``workspace init`` with the same migrations
as a directory file, searched accent-blind through a trigram index, written by editors, only
read by viewers (the server refuses the rest), and reachable with ``--directory URL``."""

from __future__ import annotations

import json

import pytest

from erasmus_planner.cli.main import main
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.persistence.directory import PartnerDirectory

from .conftest import Team

LODZ = Organisation("Łódź Technical School No. 3", "PL", "school", city="Łódź")


def test_init_makes_the_directory_and_its_trigram_index(team: Team) -> None:
    tables = {row[0] for row in team.server.admin("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", database=team.database)}
    assert {"organisation", "funded_project", "participation", "team_plan"} <= tables
    indexes = {row[0] for row in team.server.admin("SELECT indexname FROM pg_indexes WHERE tablename = 'organisation'", database=team.database)}
    assert "ix_organisation_search_trigrams" in indexes


def test_an_editor_adds_and_everyone_finds_lodz_without_accents(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    editor, viewer = team.member("editor"), team.member("viewer")
    with PartnerDirectory(editor.url) as shared:
        shared.add(LODZ)
    assert main(["directory", "search", "lodz", "--json", "--directory", viewer.url]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [entry["name"] for entry in found] == [LODZ.name]


def test_a_viewers_write_to_the_directory_is_refused_by_the_server(team: Team) -> None:
    viewer = team.member("viewer")
    with PartnerDirectory(viewer.url) as shared:
        assert shared.count() == 0
        with pytest.raises(PlanError) as caught:
            shared.add(LODZ)
        assert "permission denied" in str(caught.value) and "your role does not allow it" in str(caught.value)
        assert "folder" not in str(caught.value)  # a server, not a file: no word about folders
        assert viewer.password not in str(caught.value)
    with PartnerDirectory(team.owner_url) as shared:
        assert shared.count() == 0


def test_a_viewers_import_on_the_command_line_is_exit_5_like_every_refusal_by_role(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "fixtures" / "project-results" / "sample-2014.csv"
    viewer, editor = team.member("viewer"), team.member("editor")
    assert main(["directory", "import", str(sample), "--directory", viewer.url]) == 5
    err = capsys.readouterr().err
    assert "your role does not allow it" in err and "editors" in err and viewer.password not in err
    assert main(["directory", "import", str(sample), "--directory", editor.url]) == 0
    capsys.readouterr()
    assert main(["directory", "search", "", "--json", "--directory", viewer.url]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 5  # what the editor imported, and nothing of the viewer's


def test_the_environment_names_a_server_directory(team: Team, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    editor = team.member("editor")
    with PartnerDirectory(editor.url) as shared:
        shared.add(LODZ)
    monkeypatch.setenv("ERASMUS_PLANNER_DIRECTORY", editor.url)
    assert main(["directory", "search", "ŁÓDŹ"]) == 0
    out = capsys.readouterr().out
    assert LODZ.name in out and editor.password not in out
