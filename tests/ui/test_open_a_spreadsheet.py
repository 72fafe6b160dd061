"""File ▸ Open given a partner spreadsheet (.csv, .xlsx) instead of a plan: the user wants its
partners, so the window says it is no plan and offers to import them into the open plan — one
click runs the usual import, undoable as every import; Cancel leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_window_imports import write_sheet
from window_driver import ScriptedPrompts, school_partnership, three_schools_partners

from erasmus_planner.ui.prompts import Prompts

PLAN = school_partnership(*three_schools_partners())


def _sheet(tmp_path: Path) -> Path:
    return write_sheet(tmp_path / "partners.csv", "Firma Nowak,PL,Enterprise,partner,949000021", "Liceum Nr 1,PL,School,partner,")


def test_opening_a_spreadsheet_offers_its_partners_and_imports_them_undoably(make_window, qtbot, tmp_path):
    sheet = _sheet(tmp_path)
    prompts = ScriptedPrompts(open_plan_path=str(sheet), import_instead=True)
    window = make_window(PLAN, prompts=prompts)
    before = window.document.plan.partners
    window.open_action.trigger()
    qtbot.waitUntil(lambda: len(window.document.plan.partners) == len(before) + 2, timeout=5000)
    assert ("import_instead", "partners.csv") in prompts.asked
    assert "error" not in prompts.questions(), "no 'cannot open the plan'"
    assert [p.name for p in window.document.plan.partners[-2:]] == ["Firma Nowak", "Liceum Nr 1"]
    assert window.document.plan.title == PLAN.title, "the open plan stays open"
    window.document.undo_stack.undo()
    assert window.document.plan.partners == before


def test_declining_leaves_the_plan_as_it_was(make_window, tmp_path):
    prompts = ScriptedPrompts(open_plan_path=str(_sheet(tmp_path)), import_instead=False)
    window = make_window(PLAN, prompts=prompts)
    before = window.document.plan
    window.open_action.trigger()
    QApplication.processEvents()
    assert window.document.plan == before and not window.document.modified
    assert prompts.questions() == ["open_plan_path", "import_instead"]


def test_the_question_says_it_is_no_plan_and_offers_import_partners(make_window, qtbot, tmp_path):
    window = make_window(PLAN)
    seen: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen.extend([box.windowTitle(), box.text(), box.informativeText(), *(b.text() for b in box.buttons())])
        box.reject()

    QTimer.singleShot(0, read_and_cancel)
    assert Prompts().import_instead(window, "partners.xlsx") is False
    assert seen[0] == "Not a plan"
    assert "partners.xlsx is a spreadsheet, not a plan" in seen[1] and ".json or .epplan" in seen[1]
    assert "&Import Partners…" in seen
