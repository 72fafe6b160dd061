"""convert, directory import/search/export and import-partners, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from erasmus_planner.cli.main import main
from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.lock import PlanLock
from erasmus_planner.persistence.plan_document import read_history, read_plan, write_notes

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))
SHEET = (
    "Organisation name;Country;Type;Role;PIC\n"
    "Stadt Köln;Germany;municipality;associated;\n"
    "Liceo Galilei;IT;school;;949999999\n"
    "Broken;Narnia;spaceship;;\n"
)


@pytest.fixture
def directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "directory.sqlite3"
    monkeypatch.setenv("ERASMUS_PLANNER_DIRECTORY", str(path))
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_convert_each_example_to_epplan_and_back_is_identical(tmp_path: Path, example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "convert", str(example), str(tmp_path / "plan.epplan"))
    assert code == 0 and "plan.epplan" in out
    assert _run(capsys, "convert", str(tmp_path / "plan.epplan"), str(tmp_path / "back.json"))[0] == 0
    back = (tmp_path / "back.json").read_text(encoding="utf-8")
    assert back == plan_json.dumps(plan_json.load(example))
    assert json.loads(example.read_text(encoding="utf-8")).keys() <= json.loads(back).keys()


def test_convert_keeps_unknown_keys_both_ways(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(EXAMPLES[0].read_text(encoding="utf-8"))
    data["x-tool"] = {"exported-by": "someone else", "list": [1, 2]}
    data["partners"][0]["x-crm-id"] = 4711
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    _run(capsys, "convert", str(source), str(tmp_path / "p.epplan"))
    _run(capsys, "convert", str(tmp_path / "p.epplan"), str(tmp_path / "out.json"))
    back = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert back["x-tool"] == data["x-tool"] and back["partners"][0]["x-crm-id"] == 4711


def test_converting_a_document_with_notes_to_json_says_what_stays_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "convert", str(EXAMPLES[0]), str(tmp_path / "p.epplan"))
    write_notes(tmp_path / "p.epplan", "private remarks")
    code, _, err = _run(capsys, "convert", str(tmp_path / "p.epplan"), str(tmp_path / "p.json"))
    assert code == 0 and "the notes and the history of p.epplan stay in the .epplan document" in err
    assert "private remarks" not in (tmp_path / "p.json").read_text(encoding="utf-8")


def test_converting_a_json_plan_records_where_it_came_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "convert", str(EXAMPLES[0]), str(tmp_path / "p.epplan"))
    assert read_history(tmp_path / "p.epplan")[-1].summary == f"Converted from {EXAMPLES[0].name}"


@pytest.mark.parametrize(
    "target, words",
    [("same", "same file"), ("out.txt", "OUT must end in .json or .epplan")],
)
def test_convert_refuses_a_bad_target_without_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, words: str) -> None:
    source = tmp_path / "p.json"
    source.write_bytes(EXAMPLES[0].read_bytes())
    out = source if target == "same" else tmp_path / target
    code, _, err = _run(capsys, "convert", str(source), str(out))
    assert code == 2 and words in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json"]


def test_directory_import_search_and_export(tmp_path: Path, directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "partners.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    code, out, err = _run(capsys, "directory", "import", str(sheet))
    assert code == 2 and "row 4, column 'Country': 'Narnia'" in err and "nothing was imported" in err
    assert not directory.exists()  # a refused import makes no empty directory

    code, out, err = _run(capsys, "directory", "import", str(sheet), "--skip-bad-rows")
    assert code == 0 and "Imported 2 organisations" in out and "2 new, 0 updated" in out and "row 4" in err

    code, out, _ = _run(capsys, "directory", "search", "KOLN")
    assert code == 0 and "Stadt Köln" in out and "Liceo" not in out
    code, out, _ = _run(capsys, "directory", "search", "", "--country", "IT", "--json")
    found = json.loads(out)
    assert [(e["name"], e["pic"], e["type"]) for e in found] == [("Liceo Galilei", "949999999", "school")]
    assert "role" not in found[0] and isinstance(found[0]["id"], int)
    assert "No organisation found." in _run(capsys, "directory", "search", "zzz")[1]

    code, out, _ = _run(capsys, "directory", "export", str(tmp_path / "all.csv"))
    assert code == 0 and "Exported 2 organisations" in out
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()[0].startswith("Name,Country,Type,Role")


def test_directory_option_points_elsewhere_than_the_environment(tmp_path: Path, directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "partners.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    assert _run(capsys, "directory", "import", str(sheet), "--skip-bad-rows", "--directory", str(other))[0] == 0
    assert other.exists() and not directory.exists()
    assert "Stadt Köln" in _run(capsys, "directory", "search", "stadt", "--directory", str(other))[1]


def test_directory_search_with_an_unknown_type_exits_2(directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["directory", "search", "x", "--type", "university"])
    assert caught.value.code == 2 and "invalid choice" in capsys.readouterr().err


def _plan(tmp_path: Path, suffix: str) -> Path:
    plan = tmp_path / f"plan{suffix}"
    if suffix == ".epplan":
        assert main(["convert", str(EXAMPLES[0]), str(plan)]) == 0
    else:
        plan.write_bytes(EXAMPLES[0].read_bytes())
    return plan


@pytest.mark.parametrize("suffix", [".epplan", ".json"])
def test_import_partners_writes_nothing_while_a_row_is_bad_and_lists_the_rows(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path, suffix)
    capsys.readouterr()
    sheet = tmp_path / "partners.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    before = plan.read_bytes()
    code, out, err = _run(capsys, "import-partners", str(sheet), "--into", str(plan))
    assert code == 2 and plan.read_bytes() == before
    assert "1 row cannot be imported" in err and f"{plan} was not changed" in err
    assert "row 4, column 'Country': 'Narnia': not a country" in err
    assert "row 4, column 'Type': 'spaceship': unknown organisation type; valid types: school," in err
    assert "Traceback" not in err

    count = len(read_plan(plan).partners) if suffix == ".epplan" else len(plan_json.load(plan).partners)
    code, out, err = _run(capsys, "import-partners", str(sheet), "--into", str(plan), "--skip-bad-rows")
    assert code == 0 and "Added 2 partners" in out and "they were skipped" in err
    after = read_plan(plan) if suffix == ".epplan" else plan_json.load(plan)
    assert len(after.partners) == count + 2 and after.partners[-2].role == "associated-partner"


def test_import_partners_into_a_plan_open_in_a_window_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path, ".epplan")
    sheet = tmp_path / "partners.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    with PlanLock(plan):
        code, _, err = _run(capsys, "import-partners", str(sheet), "--into", str(plan), "--skip-bad-rows")
    assert code == 2 and f"is open in another window or program (process {os.getpid()}" in err and "close it there" in err


def test_the_installed_command_exits_2_with_one_line_for_a_hostile_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.epplan"
    bad.write_bytes(os.urandom(4096))
    done = subprocess.run(
        [sys.executable, "-m", "erasmus_planner.cli.main", "convert", str(bad), str(tmp_path / "out.json")],
        capture_output=True, text=True, env={**os.environ, "ERASMUS_PLANNER_DEBUG": ""},
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "not a plan document" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.epplan"]
