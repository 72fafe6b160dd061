"""Find in Directory and File ▸ New from Funded Project… on a team workspace (issue 15 item 4:
"the directory searches the workspace (results say where they come from) and the local one"):
while the window is connected, both look in the team's shared directory as well as the user's
own, one list, each row saying where it comes from. Here the user's own directory is empty and
the team's holds the real funded-project sample: what is found can only have come from the team."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.services.funded_import import import_projects  # noqa: E402
from erasmus_planner.ui.candidates_dialog import CandidatesDialog  # noqa: E402
from erasmus_planner.ui.funded_project_dialog import FundedProjectDialog  # noqa: E402

from .conftest import Team  # noqa: E402
from .test_window import _quick_retries, open_window  # noqa: E402,F401 (fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from funded_exports import KA200, all_rows, write_csv  # noqa: E402
from window_driver import add_first_candidate_and_undo, school  # noqa: E402

from erasmus_planner.domain.model import Plan  # noqa: E402

TWO_SCHOOLS = Plan(
    action="strategic-partnership", call_year=2016, field="school",
    partners=(school("Szkoła Podstawowa nr 3", "PL", role="applicant"), school("Grundschule am Park", "DE")),
)


def test_find_in_directory_and_new_from_funded_project_look_in_the_teams_directory(open_window, team: Team, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor, viewer = team.member("editor"), team.member("viewer")
    with PartnerDirectory(editor.url) as shared:  # a colleague filled the team's directory
        import_projects(shared, write_csv(tmp_path / "funded.csv", all_rows()))
    window, prompts = open_window(viewer)
    window.use_directory(str(tmp_path / "own.sqlite3"))  # her own directory: nothing in it

    # File ▸ New from Funded Project… finds a project that only the team's directory holds.
    listed: list[tuple[list[str], str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FundedProjectDialog)
        try:
            with qtbot.waitSignal(dialog.searched, timeout=15_000):
                qtbot.keyClicks(dialog.search, "community education")
            listed.append(([p.identifier for p in dialog.projects], dialog.table.item(0, 0).text() if dialog.projects else ""))
        finally:
            dialog.accept() if dialog.projects else dialog.reject()  # never left open: the test goes on

    QTimer.singleShot(300, choose)
    window.new_from_project_action.trigger()
    (identifiers, row), = listed
    assert identifiers == [KA200] and "Team workspace" in row
    qtbot.waitUntil(lambda: window.document.plan.extra.get("from_funded_project") == KA200, timeout=15_000)
    assert window.document.session.report.eligible and len(window.document.plan.partners) == 5

    # Find in Directory on a failing finding offers an organisation only the team's directory has.
    window.document.undo_stack.setClean()
    window.documents.new_from(TWO_SCHOOLS)
    panel = window.panel
    qtbot.waitUntil(lambda: panel.find_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    dialog = window.directory_actions.last_dialog
    assert isinstance(dialog, CandidatesDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=30_000)
    assert "Team workspace" in dialog.table.item(0, 0).text()  # only the team's directory has any
    add_first_candidate_and_undo(qtbot, window, dialog, timeout=30_000)
    dialog.close()
