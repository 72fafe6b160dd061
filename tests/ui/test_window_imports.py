"""Importing a partner spreadsheet from the window: what lands in the plan, what is asked first,
and what happens when the plan changes while the file is still being read."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from window_driver import ScriptedPrompts, school, school_partnership, three_schools_partners

from erasmus_planner.services import partner_import
from erasmus_planner.services.plan_files import save_plan

pytest.importorskip("erasmus_planner.interchange.spreadsheets")


def write_sheet(path: Path, *rows: str) -> Path:
    path.write_text("Name,Country,Type,Role,PIC\n" + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture
def slow_reading(monkeypatch):
    """The spreadsheet is read only when the test says so: the plan can change meanwhile."""
    release = threading.Event()
    read = partner_import.read_partners

    def held_back(path, progress=None):  # type: ignore[no-untyped-def]
        release.wait(10)
        return read(path, progress)

    monkeypatch.setattr(partner_import, "read_partners", held_back)
    yield release
    release.set()


def finish(qtbot, window, release: threading.Event) -> None:  # type: ignore[no-untyped-def]
    op = window.last_op
    release.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    QApplication.processEvents()


def test_closing_the_plan_while_an_import_reads_drops_the_import_quietly(make_window, qtbot, tmp_path, slow_reading):
    sheet = write_sheet(tmp_path / "more.csv", "Iskola Pécs,HU,school,partner,949000011")
    window = make_window(school_partnership(*three_schools_partners()), prompts=ScriptedPrompts(import_path=str(sheet)))
    window.import_action.trigger()
    window.close_plan()
    with qtbot.captureExceptions() as exceptions:
        finish(qtbot, window, slow_reading)
    assert exceptions == []
    assert not window.document.has_plan
    assert "Nothing was imported from more.csv" in window.statusBar().currentMessage()


def test_partners_never_land_in_a_plan_opened_while_the_import_read(make_window, qtbot, tmp_path, slow_reading):
    sheet = write_sheet(tmp_path / "more.csv", "Iskola Pécs,HU,school,partner,949000011")
    other = tmp_path / "other.json"
    save_plan(school_partnership(school("Liceo Roma", "IT", "applicant"), title="Other plan"), other)
    window = make_window(school_partnership(*three_schools_partners()), prompts=ScriptedPrompts(import_path=str(sheet)))
    window.import_action.trigger()
    assert window.open_path(str(other))
    finish(qtbot, window, slow_reading)
    assert [p.name for p in window.document.plan.partners] == ["Liceo Roma"]
    assert not window.document.modified


def messy_sheet(path: Path) -> Path:
    """What a spreadsheet program on Windows writes: semicolons, Windows-1252, CRLF; row 4 names
    its country in German, row 5 has a type nobody knows."""
    rows = [
        "Name;Country;Type;Role;PIC",
        "Colégio São João;Portugal;school;applicant;949000001",
        "Grundschule Köln;Germany;school;partner;949000002",
        "Lycée Molière;Frankreich;school;partner;",
        "Café Société;FR;spaceship;partner;",
        "Escuela Peñalara;ES;school;partner;949000003",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def imported(qtbot, window, prompts, question: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: question in prompts.questions(), timeout=5000)
    qtbot.waitUntil(lambda: not window.last_op.running, timeout=5000)


@pytest.mark.parametrize("answer", [False, True], ids=["import-nothing", "import-the-good-rows"])
def test_a_messy_spreadsheet_is_never_half_imported_without_asking(make_window, qtbot, tmp_path, answer):
    from erasmus_planner.domain.model import Plan

    sheet = messy_sheet(tmp_path / "partners.csv")
    prompts = ScriptedPrompts(import_path=str(sheet), import_with_problems=answer)
    window = make_window(Plan(action="cooperation-partnership", call_year=2024, field="school"), prompts=prompts)
    before = window.document.plan
    window.import_action.trigger()
    imported(qtbot, window, prompts, "import_with_problems")

    question = prompts.asked[-1]
    assert question[:3] == ("import_with_problems", "partners.csv", "3")
    problems = question[3:]
    assert len(problems) == 2
    assert problems[0].startswith("row 4, column 'Country': 'Frankreich': not a country; use a two-letter code")
    assert problems[1].startswith("row 5, column 'Type': 'spaceship': unknown organisation type; valid types: school,")
    if not answer:
        assert window.document.plan == before
        assert not window.document.undo_stack.canUndo()
        assert "Nothing was imported" in window.statusBar().currentMessage()
        return
    names = [p.name for p in window.document.plan.partners]
    assert names == ["Colégio São João", "Grundschule Köln", "Escuela Peñalara"]
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.plan == before


def test_rows_repeating_a_partner_or_a_second_applicant_are_problems_too(make_window, qtbot, tmp_path):
    sheet = write_sheet(
        tmp_path / "again.csv",
        "Schule Köln,DE,school,partner,",  # already in the plan (same name and country)
        "Liceo Roma,IT,school,applicant,",  # the plan has its applicant
        "Iskola Pécs,HU,school,partner,949000011",
    )
    prompts = ScriptedPrompts(import_path=str(sheet), import_with_problems=True)
    window = make_window(school_partnership(*three_schools_partners()), prompts=prompts)
    window.import_action.trigger()
    imported(qtbot, window, prompts, "import_with_problems")
    problems = prompts.asked[-1][3:]
    assert problems[0].startswith("row 2, column 'Name': 'Schule Köln': already in the plan as Schule Köln")
    assert problems[1].startswith("row 3, column 'Role': 'applicant': Łódź School is already the applicant")
    assert [p.name for p in window.document.plan.partners][-1] == "Iskola Pécs"
    assert len(window.document.plan.partners) == 4
    assert [p.role for p in window.document.plan.partners].count("applicant") == 1


def test_a_spreadsheet_with_only_bad_rows_imports_nothing_and_says_why(make_window, qtbot, tmp_path):
    sheet = write_sheet(tmp_path / "bad.csv", "Nowhere School,Atlantis,school,partner,")
    prompts = ScriptedPrompts(import_path=str(sheet))
    window = make_window(school_partnership(*three_schools_partners()), prompts=prompts)
    window.import_action.trigger()
    imported(qtbot, window, prompts, "info")
    assert prompts.questions() == ["import_path", "info"]
    message = prompts.asked[-1][2]
    assert message.startswith("Nothing was imported from bad.csv; 1 row needs fixing:")
    assert "row 2, column 'Country': 'Atlantis'" in message
    assert len(window.document.plan.partners) == 3


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory) -> Path:
    import openpyxl

    path = tmp_path_factory.mktemp("sheets") / "2000 partners.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Country", "Type", "Role", "PIC"])
    for i in range(2000):
        sheet.append([f"Organisation {i:04d}", ("PL", "DE", "FR", "IT")[i % 4], "school", "partner", f"9{i:08d}"])
    book.save(path)
    return path


def test_a_large_workbook_reports_progress_and_imports_as_one_undo_step(make_window, qtbot, big_workbook, monkeypatch):
    from erasmus_planner.domain.model import Plan
    from erasmus_planner.ui.background import BackgroundOp

    reported: list[tuple[int, int]] = []
    show = BackgroundOp._show_progress
    monkeypatch.setattr(BackgroundOp, "_show_progress", lambda op, done, total: (reported.append((done, total)), show(op, done, total)))
    prompts = ScriptedPrompts(import_path=str(big_workbook))
    window = make_window(Plan(action="cooperation-partnership", call_year=2024, field="school"), prompts=prompts)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(window.document.plan.partners) == 2000, timeout=20000)
    assert reported, "the progress dialog hears how far the reading is"
    assert all(0 < done <= total for done, total in reported)
    assert reported[-1][0] > reported[0][0]
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.plan.partners == ()


def test_cancel_stops_reading_a_large_workbook_and_imports_nothing(make_window, qtbot, big_workbook, monkeypatch):
    from erasmus_planner.domain.model import Plan

    reading = threading.Event()
    cancelled = threading.Event()
    read = partner_import.read_partners

    def read_until_cancelled(path, progress=None):  # type: ignore[no-untyped-def]
        def report(done, total):  # type: ignore[no-untyped-def]
            reading.set()
            cancelled.wait(5)  # the user presses Cancel while the rows are read
            progress(done, total)

        return read(path, report)

    monkeypatch.setattr(partner_import, "read_partners", read_until_cancelled)
    prompts = ScriptedPrompts(import_path=str(big_workbook))
    window = make_window(Plan(action="cooperation-partnership", call_year=2024, field="school"), prompts=prompts)
    window.import_action.trigger()
    op = window.last_op
    assert reading.wait(5)
    op.dialog.canceled.emit()
    cancelled.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert window.document.plan.partners == ()
    assert not window.document.undo_stack.canUndo()
    assert window.statusBar().currentMessage() == "Nothing was imported from 2000 partners.xlsx"
