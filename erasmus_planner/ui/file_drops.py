"""Files dropped on the window: a plan opens, a spreadsheet's partners are imported; anything
else is refused while it is still being dragged (the cursor says so before the drop)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer

from erasmus_planner.services import partner_import
from erasmus_planner.services.plan_files import PLAN_SUFFIXES

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDropEvent

    from erasmus_planner.ui.main_window import MainWindow


def dropped_files(mime: QMimeData) -> list[Path]:
    """The plans and spreadsheets among the dragged files."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in PLAN_SUFFIXES or partner_import.is_spreadsheet(p)]


class FileDrops:
    """Answers ``window``'s drag and drop events."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def dragging(self, event: QEvent) -> None:
        """A drag enters or moves over the window: accepted only for plans and spreadsheets."""
        if dropped_files(event.mimeData()):  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
        else:
            event.ignore()

    def dropped(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        plans = [p for p in files if p.suffix.lower() in PLAN_SUFFIXES]
        sheets = [p for p in files if partner_import.is_spreadsheet(p)]
        # Deferred: a modal question asked inside a drop handler would block the source application.
        QTimer.singleShot(0, lambda: self._open(plans, sheets))

    def _open(self, plans: list[Path], sheets: list[Path]) -> None:
        window = self.window
        if plans:
            window.open_path(str(plans[0]))
        elif sheets:
            if partner_import.import_available():
                window.import_export.import_partners(str(sheets[0]))
            else:
                window.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Spreadsheet import is not part of this build yet."), 6000
                )
