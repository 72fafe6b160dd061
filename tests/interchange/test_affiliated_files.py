"""Affiliated entities in every file the planner reads and writes: plan JSON, the ``.epplan``
document, CSV and XLSX partner lists (an "Affiliated to" column), and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.interchange.plan_json import plan_to_dict
from erasmus_planner.interchange.spreadsheets import read_partners, write_partners
from erasmus_planner.persistence.plan_document import read_plan, write_plan
from erasmus_planner.services.import_service import import_into_plan

PLAN = Plan(
    "alliance-for-innovation",
    2024,
    (
        Organisation("Universidade do Porto", "PT", "higher-education", "applicant", eche=True),
        Organisation("Wirtschaftskammer Wien", "AT", "social-partner", "partner"),
        Organisation("WIFI Wien", "AT", "adult-education", "affiliated-entity", affiliated_to="Wirtschaftskammer Wien"),
    ),
    lot="education-enterprises",
)


def test_the_epplan_document_keeps_the_link(tmp_path: Path) -> None:
    path = tmp_path / "plan.epplan"
    write_plan(PLAN, path)
    again = read_plan(path)
    assert again == PLAN
    assert again.partners[2].affiliated_to == "Wirtschaftskammer Wien"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_partner_list_has_an_affiliated_to_column_read_back_as_written(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"partners{suffix}"
    write_partners(path, PLAN.partners)
    result = read_partners(path)
    assert result.ok, [str(p) for p in result.problems]
    assert [(p.name, p.role, p.affiliated_to) for p in result.partners] == [(p.name, p.role, p.affiliated_to) for p in PLAN.partners]
    if suffix == ".csv":
        assert path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")[:5] == ["Name", "Country", "Type", "Role", "Affiliated to"]


def write_csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_importing_a_list_links_to_the_plan_and_to_its_own_rows(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Organisation,Country,Type,Role,Linked to\n"
        "Sonae Arauco,PT,enterprise-large,affiliated,Sonae Indústria\n"  # its partner comes on a later row
        "Sonae Indústria,PT,enterprise-large,partner,\n"
        "UPTEC,PT,research-institute,Affiliated entity,Universidade do Porto\n",  # a partner already in the plan
    )
    outcome = import_into_plan(PLAN, read_partners(path))
    assert outcome.problems == ()
    assert [(p.name, p.affiliated_to) for p in outcome.added] == [
        ("Sonae Arauco", "Sonae Indústria"), ("Sonae Indústria", None), ("UPTEC", "Universidade do Porto")
    ]


def test_a_bad_link_in_a_list_is_a_row_problem_naming_the_valid_names_and_nothing_is_added(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Name,Country,Type,Role,Affiliated to\n"
        "Lost,PT,ngo,affiliated,Nobody\n"
        "Unlinked,PT,ngo,affiliated,\n"
        "Full,PT,ngo,partner,Universidade do Porto\n"
        "Linked to an affiliate,PT,ngo,affiliated,WIFI Wien\n",
    )
    outcome = import_into_plan(PLAN, read_partners(path))
    assert outcome.added == () and outcome.plan == PLAN
    problems = {p.row: str(p) for p in outcome.problems}
    assert sorted(problems) == [2, 3, 4, 5]
    assert "row 2, column 'Affiliated to': 'Nobody': names no applicant or full partner of the plan or of this list; valid names: Universidade do Porto, Wirtschaftskammer Wien" in problems[2]
    assert "an affiliated entity needs the name of its full partner" in problems[3]
    assert "only an affiliated entity is affiliated to a partner" in problems[4]
    assert "'WIFI Wien': names no applicant or full partner" in problems[5]
    # with --skip-bad-rows the good rows go in and a row whose partner was held back does not
    skipped = import_into_plan(PLAN, read_partners(path), skip_bad_rows=True)
    assert skipped.added == ()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "erasmus_planner", *args], capture_output=True, text=True, timeout=120, encoding="utf-8")


def test_the_command_line_refuses_a_bad_link_with_exit_2_naming_the_valid_names(tmp_path: Path) -> None:
    data = plan_to_dict(PLAN)
    data["partners"][2]["affiliated_to"] = "Wirtschaftskammer"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for command in (["check", str(path)], ["export", str(path), "-o", str(tmp_path / "b.pdf")], ["convert", str(path), str(tmp_path / "p.epplan")]):
        result = run(*command)
        assert result.returncode == 2, command
        assert "partner 3 (WIFI Wien)" in result.stderr
        assert "valid names: Universidade do Porto, Wirtschaftskammer Wien" in result.stderr
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "p.epplan").exists()


def test_check_json_and_convert_carry_the_link(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan_to_dict(PLAN)), encoding="utf-8")
    assert run("convert", str(path), str(tmp_path / "p.epplan")).returncode == 0
    assert run("convert", str(tmp_path / "p.epplan"), str(tmp_path / "back.json")).returncode == 0
    back = json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    assert back["partners"][2]["role"] == "affiliated-entity" and back["partners"][2]["affiliated_to"] == "Wirtschaftskammer Wien"
