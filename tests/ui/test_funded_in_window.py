"""Funded projects in the plan's window (issue 14 items 5 and 6): Find in Directory on a failing
finding lists who would fix it, with one click to add; File ▸ New from Funded Project… starts a
plan from a funded consortium that the checklist calls eligible."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from funded_exports import KA200, all_rows, write_csv  # noqa: E402
from window_driver import add_first_candidate_and_undo, school  # noqa: E402

from erasmus_planner.domain.model import Plan  # noqa: E402
from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.services.funded_import import import_projects  # noqa: E402
from erasmus_planner.ui.candidates_dialog import CandidatesDialog  # noqa: E402
from erasmus_planner.ui.funded_project_dialog import FundedProjectDialog  # noqa: E402


@pytest.fixture
def directory_path(tmp_path: Path) -> Path:
    path = tmp_path / "partner-directory.sqlite3"
    with PartnerDirectory(path) as directory:
        import_projects(directory, write_csv(tmp_path / "funded.csv", all_rows()))
    return path


TWO_SCHOOLS = Plan(
    action="strategic-partnership", call_year=2016, field="school",
    partners=(school("Szkoła Podstawowa nr 3", "PL", role="applicant"), school("Grundschule am Park", "DE")),
)


def test_find_in_directory_lists_who_fixes_a_failing_rule_and_adds_one_in_a_click(qtbot, make_window, directory_path):
    window = make_window(TWO_SCHOOLS)
    window.use_directory(str(directory_path))
    panel = window.panel
    failing = [panel.findings.item(r).data(Qt.ItemDataRole.UserRole + 7) for r in range(panel.findings.count())]
    assert any(f.status == "fail" for f in failing) and panel.find_button.isEnabled()
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    dialog = window.directory_actions.last_dialog
    assert isinstance(dialog, CandidatesDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=15000)
    assert dialog.finding.status == "fail"
    first = dialog.candidates[0]
    assert first.entry.organisation.country not in ("PL", "DE") or dialog.rule != "min-countries"
    add_first_candidate_and_undo(qtbot, window, dialog)
    dialog.close()


def test_new_from_funded_project_gives_a_plan_the_checklist_calls_eligible(qtbot, make_window, directory_path):
    window = make_window()
    window.use_directory(str(directory_path))

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FundedProjectDialog)
        with qtbot.waitSignal(dialog.searched, timeout=5000):
            qtbot.keyClicks(dialog.search, "community education")
        assert [p.identifier for p in dialog.projects] == [KA200]
        dialog.accept()

    QTimer.singleShot(300, choose)
    window.new_from_project_action.trigger()
    session = window.document.session
    plan = session.plan
    assert (plan.action, plan.call_year, plan.title, plan.extra["from_funded_project"]) == ("strategic-partnership", 2014, "Community Education", KA200)
    assert [p.role for p in plan.partners] == ["applicant", "partner", "partner", "partner", "partner"]
    assert session.report.eligible and window.panel.banner.verdict()[0]
    assert window.document.modified  # a new plan, not saved anywhere yet
    (notes,) = [q for q in window.prompts.asked if q[0] == "info"]
    assert "ECHE assumed" in notes[2] and "does not say its field" in notes[2]
