"""Importing a spreadsheet into a plan: never silently partial, never a partner twice or a second applicant."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.interchange.spreadsheets import read_partners
from erasmus_planner.persistence.lock import PlanLock, PlanLocked
from erasmus_planner.persistence.plan_document import read_history, read_plan, write_plan
from erasmus_planner.services.import_service import import_file_into_plan_file, import_into_plan

PLAN = Plan(
    action="strategic-partnership", call_year=2019, field="school",
    partners=(Organisation("Łódź Technical School No. 3", "PL", "school", "applicant", oid="E10123456"),),
)


def _sheet(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "partners.csv"
    path.write_text("Name;Country;Type;Role;OID\n" + rows, encoding="utf-8")
    return path


def test_good_rows_are_added_in_file_order(tmp_path: Path) -> None:
    result = read_partners(_sheet(tmp_path, "Stadt Köln;DE;municipality;associated;\nLiceo Roma;IT;school;;\n"))
    outcome = import_into_plan(PLAN, result)
    assert [p.name for p in outcome.plan.partners] == ["Łódź Technical School No. 3", "Stadt Köln", "Liceo Roma"]
    assert outcome.problems == () and outcome.applied


def test_a_partner_already_in_the_plan_a_repeated_row_and_a_second_applicant_are_problems(tmp_path: Path) -> None:
    result = read_partners(_sheet(tmp_path, (
        "LODZ TECHNICAL SCHOOL NO. 3;Poland;school;;\n"  # row 2: already in the plan (same name and country)
        "Another name;PL;school;;E10123456\n"  # row 3: already in the plan (same OID)
        "Liceo Roma;IT;school;;\n"  # row 4: fine
        "Liceo Roma;Italy;school;;\n"  # row 5: repeats row 4
        "Colegio Sevilla;ES;school;coordinator;\n"  # row 6: a second applicant
        "Bad;Narnia;school;;\n"  # row 7: the sheet's own problem
    )))
    outcome = import_into_plan(PLAN, result)
    assert outcome.bad_rows == [2, 3, 5, 6, 7]
    assert outcome.plan is PLAN and outcome.added == ()
    messages = {p.row: str(p.message) for p in outcome.problems}
    assert "already in the plan as Łódź Technical School No. 3" in messages[2] and "already in the plan" in messages[3]
    assert "repeats row 4" in messages[5]
    assert "already the applicant" in messages[6] and "partner or associated-partner" in messages[6]
    skipped = import_into_plan(PLAN, result, skip_bad_rows=True)
    assert [p.name for p in skipped.added] == ["Liceo Roma"]


def test_the_plan_file_is_written_only_when_partners_were_added(tmp_path: Path) -> None:
    plan_path = tmp_path / "plan.epplan"
    write_plan(PLAN, plan_path)
    before = plan_path.read_bytes()
    outcome = import_file_into_plan_file(_sheet(tmp_path, "Ok;IT;school;;\nBad;Narnia;school;;\n"), plan_path)
    assert outcome.bad_rows == [3] and plan_path.read_bytes() == before
    outcome = import_file_into_plan_file(tmp_path / "partners.csv", plan_path, skip_bad_rows=True)
    assert [p.name for p in read_plan(plan_path).partners][-1] == "Ok"
    assert read_history(plan_path)[-1].summary == "Imported 1 partner from partners.csv"


def test_a_plan_open_in_a_window_is_not_changed(tmp_path: Path) -> None:
    plan_path = tmp_path / "plan.epplan"
    write_plan(PLAN, plan_path)
    before = plan_path.read_bytes()
    with PlanLock(plan_path), pytest.raises(PlanLocked):
        import_file_into_plan_file(_sheet(tmp_path, "Ok;IT;school;;\n"), plan_path)
    assert plan_path.read_bytes() == before


def test_an_import_that_would_pass_the_partner_limit_names_the_plan_and_changes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from erasmus_planner.domain.errors import PlanError
    from erasmus_planner.domain.limits import PARTNERS_MAX
    from erasmus_planner.services.import_service import import_file_into_plan_file

    example = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))[0]
    plan = tmp_path / "plan.json"
    shutil.copyfile(example, plan)
    sheet = tmp_path / "many.csv"
    sheet.write_text("Name,Country,Type\n" + "".join(f"School {i},DE,school\n" for i in range(PARTNERS_MAX)), encoding="utf-8")
    with pytest.raises(PlanError) as caught:
        import_file_into_plan_file(sheet, plan)
    assert str(caught.value).startswith(f"{plan}: the plan has ") and f"at most {PARTNERS_MAX} are allowed" in str(caught.value)
    assert plan.read_bytes() == example.read_bytes() and sorted(p.name for p in tmp_path.iterdir()) == ["many.csv", "plan.json"]
