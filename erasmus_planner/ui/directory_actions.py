"""View ▸ Partner Directory, File ▸ New from Funded Project… and the checklist's Find in
Directory: the window's doors to the partner directory and its funded projects.

Each opens its own window or dialog (``directory_window``, ``funded_project_dialog``,
``candidates_dialog``); a plan made from a funded project replaces the open one only after the
usual question about unsaved changes, and says what it had to choose or assume.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from erasmus_planner.ui import labels

if TYPE_CHECKING:
    from erasmus_planner.ui.directory_window import DirectoryWindow
    from erasmus_planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class DirectoryActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.directory_window: DirectoryWindow | None = None
        self.last_dialog: Any = None

    def show_directory(self) -> DirectoryWindow:
        """The Directory view (one, kept while the window lives), brought to the front."""
        if self.directory_window is None:
            from erasmus_planner.ui.directory_window import DirectoryWindow

            self.directory_window = DirectoryWindow(self.window)
        view = self.directory_window
        view.follow_workspace()
        view.show()
        view.raise_()
        view.activateWindow()
        view.filters.search.setFocus()
        return view

    def new_from_funded_project(self) -> None:
        window = self.window
        if not window.document_dialogs.maybe_save():
            return
        from erasmus_planner.ui.funded_project_dialog import FundedProjectDialog

        dialog = FundedProjectDialog(window)
        self.last_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        made = dialog.made
        window.documents.new_from(made.plan)
        window.document_dialogs.replaced()
        notes = [labels.message_text(note) for note in made.notes]
        window.statusBar().showMessage(
            translate("MainWindow", "New plan from the funded project {identifier}: not saved yet").format(identifier=made.project.identifier),
            10000,
        )
        if notes:
            window.prompts.info(
                window,
                translate("MainWindow", "New plan from {identifier}").format(identifier=made.project.identifier),
                "\n".join(f"• {note}" for note in notes),
            )

    def find_in_directory(self, finding: Any) -> None:
        from erasmus_planner.ui.candidates_dialog import CandidatesDialog

        dialog = CandidatesDialog(self.window, finding)
        self.last_dialog = dialog
        dialog.show()
