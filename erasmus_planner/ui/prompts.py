"""Every question the window asks: one object, so tests can answer instead of a person.

The window never calls ``QMessageBox`` or ``QFileDialog`` directly; it calls these methods.
A test passes a scripted subclass and nothing modal ever blocks a headless run.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SaveChoice = Literal["save", "discard", "cancel"]

PLAN_FILTER = "Plans (*.epplan *.json);;Plan documents (*.epplan);;Plan files (*.json)"
SPREADSHEET_FILTER = "Spreadsheets (*.csv *.xlsx);;All files (*)"
PDF_FILTER = "PDF documents (*.pdf)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompts:
    def save_changes(self, parent: QWidget, name: str) -> SaveChoice:
        box = QMessageBox(parent)
        box.setObjectName("saveChangesPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Unsaved changes"))
        box.setText(_tr("Save the changes to “{name}” before closing?").format(name=name))
        box.setInformativeText(_tr("If you don't save, your changes will be lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def recover(self, parent: QWidget | None, description: str) -> bool:
        answer = QMessageBox.question(
            parent,
            _tr("Recover unsaved work?"),
            _tr("The planner did not close properly last time. Unsaved work was kept:\n\n{what}\n\nRestore it?").format(
                what=description
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_read_only(self, parent: QWidget, name: str, holder: str) -> bool:
        answer = QMessageBox.question(
            parent,
            _tr("Plan in use"),
            _tr("“{name}” is open in another window or on another computer ({holder}).\n\nOpen a read-only copy?").format(
                name=name, holder=holder
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    def open_plan_path(self, parent: QWidget, directory: str) -> str | None:
        return _choose_file(QFileDialog.getOpenFileName, parent, _tr("Open plan"), directory, PLAN_FILTER)

    def save_plan_path(self, parent: QWidget, suggested: str) -> str | None:
        return _choose_file(QFileDialog.getSaveFileName, parent, _tr("Save plan as"), suggested, PLAN_FILTER)

    def import_path(self, parent: QWidget, directory: str) -> str | None:
        return _choose_file(QFileDialog.getOpenFileName, parent, _tr("Import partners"), directory, SPREADSHEET_FILTER)

    def export_pdf_path(self, parent: QWidget, suggested: str) -> str | None:
        return _choose_file(QFileDialog.getSaveFileName, parent, _tr("Export PDF briefing"), suggested, PDF_FILTER)


def _choose_file(dialog, parent: QWidget, title: str, start: str, filters: str) -> str | None:  # type: ignore[no-untyped-def]
    """The platform's own file dialog; None when the user cancels."""
    path, _ = dialog(parent, title, start, filters)
    return path or None
