"""Funded-project lists on the command line, tried as a new user would (issue 14's "done when"):
the real sample export imports; a search with --experience finds the real coordinator with that
project listed; new --from-project gives a plan check calls eligible; audit lists exactly the
deliberately broken copies; bad input gets one clear message, exit 2, nothing changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from funded_exports import FIXTURES, KA200, KA200_COORDINATOR, SAMPLES, all_rows, folder_state, row_of, with_cells, write_csv


from erasmus_planner.cli.main import main


@pytest.fixture
def directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home" / "partner-directory.sqlite3"
    monkeypatch.setenv("ERASMUS_PLANNER_DIRECTORY", str(path))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def imported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in SAMPLES:
        shutil.copyfile(FIXTURES / name, tmp_path / name)
        code, out, err = run(capsys, "directory", "import", str(tmp_path / name))
        assert code == 0 and err == "" and out.startswith("Imported 1 funded project from")


def test_the_real_samples_import_and_experience_finds_the_real_coordinator(capsys, tmp_path: Path, directory: Path) -> None:
    imported(capsys, tmp_path)
    code, out, _ = run(capsys, "directory", "search", "--experience", "KA200", "--role", "coordinator", "--since", "2014", "--json")
    assert code == 0
    (found,) = json.loads(out)
    assert found["name"] == KA200_COORDINATOR and found["country"] == "LI" and found["project_count"] == 1
    assert found["projects"] == [{
        "identifier": KA200, "title": "Community Education", "action": "strategic-partnership", "field": None,
        "call_year": 2014, "role": "coordinator", "code": "KA200",
        "card_url": f"https://erasmus-plus.ec.europa.eu/projects/search/details/{KA200}",
    }]
    code, out, _ = run(capsys, "directory", "search", "--experience", "KA200", "--role", "coordinator", "--since", "2015")
    assert (code, out) == (0, "No organisation found.\n")
    code, out, _ = run(capsys, "directory", "search", "institut", "--country", "LI")
    assert "2014  2014-1-LI01-KA200-000005  coordinator  Community Education" in out


def test_new_from_project_gives_a_plan_that_check_calls_eligible(capsys, tmp_path: Path, directory: Path) -> None:
    imported(capsys, tmp_path)
    plan = tmp_path / "community.json"
    code, out, _ = run(capsys, "new", "--from-project", KA200.lower(), "-o", str(plan))
    assert code == 0 and "the project does not say its field" in out and "ECHE assumed" in out
    data = json.loads(plan.read_text(encoding="utf-8"))
    assert (data["action"], data["call_year"], data["from_funded_project"]) == ("strategic-partnership", 2014, KA200)
    assert [p["role"] for p in data["partners"]] == ["applicant"] + ["partner"] * 4
    code, out, _ = run(capsys, "check", str(plan), "--json")
    assert code == 0 and json.loads(out)["eligible"] is True
    code, _, err = run(capsys, "new", "--from-project", KA200, "-o", str(plan))
    assert code == 2 and "exists already" in err
    code, _, err = run(capsys, "new", "--from-project", "2017-1-RS01-KA101-000006", "-o", str(tmp_path / "ka1.json"))
    assert code == 2 and "Key Action 1" in err and not (tmp_path / "ka1.json").exists()
    code, _, err = run(capsys, "new", "--from-project", "2099-1-XX01-KA220-SCH-000000001", "-o", str(tmp_path / "none.epplan"))
    assert code == 2 and "no funded project 2099-1-XX01-KA220-SCH-000000001 in the partner directory" in err


def broken_copies() -> list[list[str]]:
    """Real KA2 consortia made ineligible on purpose, each under a new identifier."""
    blank = {f"Partner_{n}_{f}": "" for n in (2, 3, 4) for f in ("name", "organisation_type", "address", "region", "country", "website")}
    return [
        with_cells(row_of(KA200), Project_Identifier="2014-1-LI01-KA200-900001", **blank),  # one country only
        with_cells(row_of(KA200), Project_Identifier="2014-1-LI01-KA201-900002", Coordinators_country="US"),  # applicant outside
        with_cells(row_of(KA200), Project_Identifier="2016-1-LI01-KA204-900003", Call_year="2016",
                   Partner_2_country="LI", Partner_3_country="LI", Partner_4_country="LI"),  # one country
    ]


def test_audit_lists_exactly_the_broken_copies(capsys, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "mixed.csv", [*all_rows(), *broken_copies()])
    code, out, _ = run(capsys, "audit", str(path), "--json", "-o", str(tmp_path / "report.csv"))
    assert code == 0
    result = json.loads(out)
    assert (result["projects"], result["judged"], result["eligible"]) == (7, 4, 1)
    assert sorted(j["identifier"] for j in result["not_eligible"]) == ["2014-1-LI01-KA200-900001", "2014-1-LI01-KA201-900002", "2016-1-LI01-KA204-900003"]
    assert all(j["findings"] and all(f["status"] == "fail" for f in j["findings"]) for j in result["not_eligible"])
    assert {j["identifier"] for j in result["not_judged"]} == {"2017-1-RS01-KA101-000006", "562155-EPP-1-2015-1-ES-EPPKA3-PI-FORWARD", "556927-EPP-1-2014-1-LT-SPO-SCP"}
    assert any("ECHE" in note for note in result["not_checked"])
    report = (tmp_path / "report.csv").read_text(encoding="utf-8-sig").splitlines()
    assert report[0] == "identifier,call_year,action,field,lot,verdict,rule,message"
    assert any(line.startswith("2016-1-LI01-KA204-900003,2016,strategic-partnership,adult,,not eligible,min-countries,") for line in report)


def test_audit_reports_unreadable_rows_among_the_not_judged_and_refuses_other_files(capsys, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [row_of(KA200), with_cells(row_of(KA200), Project_Identifier="nonsense")])
    code, out, _ = run(capsys, "audit", str(path), "--json")
    result = json.loads(out)
    assert code == 0 and result["eligible"] == 1 and result["not_judged"][0]["identifier"] == "nonsense"
    assert "no known pattern explains this project identifier" in result["not_judged"][0]["reason"]
    other = tmp_path / "partners.csv"
    other.write_text("Name,Country,Type\nA,DE,school\n", encoding="utf-8")
    code, _, err = run(capsys, "audit", str(other))
    assert code == 2 and "not an Erasmus+ Project Results export" in err and str(other) in err


def test_candidates_name_organisations_that_fix_each_failing_rule(capsys, tmp_path: Path, directory: Path) -> None:
    imported(capsys, tmp_path)
    plan = {
        "format": "erasmus-planner-plan", "version": 1, "action": "KA201", "call_year": 2016,
        "partners": [
            {"name": "Szkoła Podstawowa nr 3", "country": "PL", "type": "school", "role": "applicant"},
            {"name": "Grundschule am Park", "country": "DE", "type": "school", "role": "partner"},
        ],
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    code, out, _ = run(capsys, "candidates", str(path), "--json", "--limit", "3")
    assert code == 0
    lists = json.loads(out)
    by_rule = {item["rule"]: item for item in lists}
    assert set(by_rule) == {"min-organisations", "min-countries"}
    countries = by_rule["min-countries"]["candidates"]
    assert len(countries) == 3 and all(c["country"] not in ("PL", "DE") for c in countries)
    assert all(set(c) >= {"id", "name", "country", "type", "project_count", "why"} for c in countries)


def test_duplicates_and_merge_on_the_command_line(capsys, tmp_path: Path, directory: Path) -> None:
    rows = [row_of(KA200), with_cells(row_of(KA200), Project_Identifier="2016-1-LI01-KA204-000107", Call_year="2016", Coordinators_website="www.other.li")]
    path = write_csv(tmp_path / "two.csv", rows)
    assert run(capsys, "directory", "import", str(path))[0] == 0
    code, out, _ = run(capsys, "directory", "duplicates", "--json")
    (pair,) = json.loads(out)
    assert pair["reason"] == "same-name" and pair["country"] == "LI"
    keep, other = (e["id"] for e in pair["entries"])
    code, out, _ = run(capsys, "directory", "merge", str(keep), str(other))
    assert code == 0 and "1 funded project participation moved" in out
    assert run(capsys, "directory", "duplicates")[1] == "No likely duplicates found.\n"
    code, _, err = run(capsys, "directory", "merge", str(keep), str(other))
    assert code == 2 and f"no entry {other}" in err


BAD_ROWS = [
    ({"Coordinators_country": "Atlantis"}, "column \"Coordinator's country\": 'Atlantis': not a country"),
    ({"Project_Identifier": "KA2-000005"}, "column 'Project Identifier': 'KA2-000005': no known pattern explains"),
]


@pytest.mark.parametrize("cells, words", BAD_ROWS)
def test_a_bad_row_imports_nothing_unless_skipped_and_says_where(capsys, tmp_path: Path, directory: Path, cells: dict, words: str) -> None:
    assert run(capsys, "directory", "import", str(FIXTURES / "sample-ka1-2017.csv"))[0] == 0
    path = write_csv(tmp_path / "bad.csv", [row_of(KA200), with_cells(row_of(KA200), **cells)])
    before, file_before = folder_state(directory.parent), path.read_bytes()
    code, out, err = run(capsys, "directory", "import", str(path))
    assert code == 2 and out == ""
    assert f"{path}: 1 row cannot be imported; nothing was imported" in err and f"row 3, {words}" in err
    assert folder_state(directory.parent) == before and path.read_bytes() == file_before
    code, out, err = run(capsys, "directory", "import", str(path), "--skip-bad-rows")
    assert code == 0 and "they were skipped" in err and out.startswith("Imported 1 funded project")


@pytest.mark.parametrize("kind", ["export", "partner list"])
def test_a_refused_import_into_a_directory_not_made_yet_creates_nothing(capsys, tmp_path: Path, kind: str) -> None:
    if kind == "export":
        path = write_csv(tmp_path / "bad.csv", [row_of(KA200), with_cells(row_of(KA200), Coordinators_country="Atlantis")])
        words = "row 3, column \"Coordinator's country\": 'Atlantis'"
    else:
        path = tmp_path / "bad.csv"
        path.write_text("Name,Country,Type\nStadt Köln,DE,public-body-local\nBroken,Narnia,school\n", encoding="utf-8")
        words = "row 3, column 'Country': 'Narnia'"
    target = tmp_path / "new" / "folder" / "directory.sqlite3"
    code, out, err = run(capsys, "directory", "import", str(path), "--directory", str(target))
    assert code == 2 and out == "" and f"{path}: 1 row cannot be imported" in err and words in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]  # no directory, no folder made for it
    assert run(capsys, "directory", "import", str(path), "--skip-bad-rows", "--directory", str(target))[0] == 0
    assert target.exists()


def test_a_file_that_is_neither_an_export_nor_a_partner_list_says_what_each_lacks(capsys, tmp_path: Path, directory: Path) -> None:
    path = tmp_path / "minutes.csv"
    path.write_text("Meeting,Date\nKick-off,2024-01-10\n", encoding="utf-8")
    code, out, err = run(capsys, "directory", "import", str(path))
    assert code == 2 and out == ""
    assert "neither an Erasmus+ Project Results export" in err and "'Project Identifier'" in err and "nor a partner list" in err
    assert not directory.exists()


def test_progress_is_one_line_rewritten_on_a_terminal_and_nothing_elsewhere() -> None:
    import io

    from erasmus_planner.cli.directory_funded import TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = TerminalProgress("Importing list.csv:", stream)
        progress(10, 100)
        progress(100, 100)
        progress.finish()
    assert "\rImporting list.csv: 10%" in terminal.getvalue() and "\rImporting list.csv: 100%" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r") and pipe.getvalue() == ""
