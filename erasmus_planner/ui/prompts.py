"""Every question the window asks: one object, so tests can answer instead of a person.

The window never calls ``QMessageBox`` or ``QFileDialog`` directly; it calls these methods.
A test passes a scripted subclass and nothing modal ever blocks a headless run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from erasmus_planner.ui.affiliates_prompt import AffiliatesChoice, AffiliatesPrompt
from erasmus_planner.ui.mnemonics import MessageBox, ask
from erasmus_planner.ui.workspace_prompts import WorkspacePrompts

SaveChoice = Literal["save", "discard", "cancel"]
OverwriteChoice = Literal["overwrite", "save_as", "cancel"]

PLAN_FILTER = QT_TRANSLATE_NOOP("Prompts", "Plans (*.epplan *.json);;Plan documents (*.epplan);;Plan files (*.json)")
SPREADSHEET_FILTER = QT_TRANSLATE_NOOP("Prompts", "Spreadsheets (*.csv *.xlsx);;All files (*)")
PDF_FILTER = QT_TRANSLATE_NOOP("Prompts", "PDF documents (*.pdf)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompts(WorkspacePrompts):
    def __init__(self, folders: Any = None) -> None:
        """``folders``: where each kind of file dialog was last pointed (``AppSettings``:
        ``dialog_folder``/``set_dialog_folder``); None remembers nothing."""
        self.folders = folders

    def save_changes(self, parent: QWidget, name: str) -> SaveChoice:
        box = MessageBox(parent)
        box.setObjectName("saveChangesPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
        box.setText(QCoreApplication.translate("Prompts", "Save the changes to “{name}” before closing?").format(name=name))
        box.setInformativeText(QCoreApplication.translate("Prompts", "If you don't save, your changes will be lost."))
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

    def overwrite_newer(self, parent: QWidget, name: str) -> OverwriteChoice:
        """The plan was changed elsewhere since it was opened: overwrite that, save under
        another name (the default: nobody's work is lost), or cancel."""
        box = MessageBox(parent)
        box.setObjectName("overwriteNewerPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Plan changed elsewhere"))
        box.setText(
            QCoreApplication.translate(
                "Prompts", "“{name}” was changed by another program or on another computer since you opened it."
            ).format(name=name)
        )
        box.setInformativeText(
            QCoreApplication.translate("Prompts", "Replace those changes with yours, or save yours under another name?")
        )
        overwrite = box.addButton(QCoreApplication.translate("Prompts", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(QCoreApplication.translate("Prompts", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return "overwrite"
        if clicked is save_as:
            return "save_as"
        return "cancel"

    def remove_affiliates(self, parent: QWidget, partners: list[str], affiliates: list[str], hosts: list[str]) -> AffiliatesChoice:
        """Removing ``partners`` leaves their affiliated entities without a partner: remove them
        too (the default: they belong to it), link them to another of ``hosts``, make them full
        partners, or cancel."""
        text = QCoreApplication.translate(
            "Prompts", "“{partner}” has %n affiliated entities. Remove them too, link them to another full partner, or keep them as full partners?", "",
            len(affiliates),
        ).format(partner=", ".join(partners))
        return AffiliatesPrompt(parent, text, problem_list(affiliates), hosts, "remove").ask()

    def unlink_affiliates(self, parent: QWidget, partner: str, role: str, affiliates: list[str], hosts: list[str]) -> AffiliatesChoice:
        """``partner`` becomes a ``role`` (its words), which can have no affiliated entities:
        link them to another of ``hosts`` (the default, when there is one), make them full
        partners, remove them, or cancel the change."""
        text = QCoreApplication.translate(
            "Prompts", "“{partner}” becomes: {role}. In that role it can have no affiliated entities, and %n are linked to it. Link them to another full partner, make them full partners, or remove them?", "",
            len(affiliates),
        ).format(partner=partner, role=role)
        return AffiliatesPrompt(parent, text, problem_list(affiliates), hosts, "relink").ask()

    def recover(self, parent: QWidget | None, description: str) -> bool:
        answer = ask(
            parent,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Prompts", "Recover unsaved work?"),
            QCoreApplication.translate("Prompts", "The planner did not close properly last time. Unsaved work was kept:\n\n{what}\n\nRestore it?").format(
                what=description
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_read_only(self, parent: QWidget, name: str, why: str) -> bool:
        """``why``: the window's sentence saying why ``name`` cannot be opened for editing."""
        answer = ask(
            parent,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Prompts", "Plan in use"),
            why + "\n\n" + QCoreApplication.translate("Prompts", "Open a read-only copy?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_instead(self, parent: QWidget, name: str) -> bool:
        """File ▸ Open was given a spreadsheet: import its partners (True) or do nothing."""
        box = MessageBox(parent)
        box.setObjectName("importInsteadPrompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Not a plan"))
        box.setText(QCoreApplication.translate("Prompts", "{name} is a spreadsheet, not a plan: plans are .json or .epplan files.").format(name=name))
        box.setInformativeText(QCoreApplication.translate("Prompts", "Import the partners it lists into the open plan? (Undo takes them out again.)"))
        take = box.addButton(QCoreApplication.translate("Prompts", "&Import Partners…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        box.exec()
        return box.clickedButton() is take

    def import_with_problems(self, parent: QWidget, name: str, good: int, problems: list[str]) -> bool:
        """Some rows of a spreadsheet cannot be imported: import the good ones (True) or nothing
        (False, the default: an import is never partial without the user saying so)."""
        box = MessageBox(parent)
        box.setObjectName("importProblemsPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Prompts", "Import of {name}").format(name=name))
        box.setText(
            QCoreApplication.translate("Prompts", "%n row(s) of {name} cannot be imported.", "", len(problems)).format(name=name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Prompts", "Import the other rows and leave these out, or import nothing and fix the file first?"
            )
            + "\n\n"
            + problem_list(problems)
        )
        box.setDetailedText("\n".join(problems))
        take = box.addButton(
            QCoreApplication.translate("Prompts", "Import %n Good Row(s)", "", good), QMessageBox.ButtonRole.AcceptRole
        )
        nothing = box.addButton(QCoreApplication.translate("Prompts", "Import Nothing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(nothing)
        box.setEscapeButton(nothing)
        box.exec()
        return box.clickedButton() is take

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        ask(parent, QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)

    def info(self, parent: QWidget | None, title: str, message: str) -> None:
        ask(parent, QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok)

    def open_plan_path(self, parent: QWidget, directory: str) -> str | None:
        return _choose_file(QFileDialog.getOpenFileName, parent, QCoreApplication.translate("Prompts", "Open plan"), directory, _tr(PLAN_FILTER))

    def save_plan_path(self, parent: QWidget, suggested: str) -> str | None:
        return _choose_file(QFileDialog.getSaveFileName, parent, QCoreApplication.translate("Prompts", "Save plan as"), suggested, _tr(PLAN_FILTER))

    def import_path(self, parent: QWidget, directory: str) -> str | None:
        start = self._remembered("import") or directory
        path = _choose_file(QFileDialog.getOpenFileName, parent, QCoreApplication.translate("Prompts", "Import partners"), start, _tr(SPREADSHEET_FILTER))
        return self._remember("import", path)

    def export_pdf_path(self, parent: QWidget, suggested: str) -> str | None:
        folder = self._remembered("export")
        start = str(Path(folder) / Path(suggested).name) if folder else suggested
        path = _choose_file(QFileDialog.getSaveFileName, parent, QCoreApplication.translate("Prompts", "Export PDF briefing"), start, _tr(PDF_FILTER))
        return self._remember("export", path)

    # Partner lists come from Downloads or a shared drive, briefings go to the folder they are
    # handed out from: neither is the plan's folder, where the plan dialogs start. Each kind of
    # dialog starts where it was last pointed (while that folder is still there).
    def _remembered(self, kind: str) -> str:
        folder = self.folders.dialog_folder(kind) if self.folders is not None else ""
        return folder if folder and os.path.isdir(folder) else ""

    def _remember(self, kind: str, path: str | None) -> str | None:
        if path and self.folders is not None:
            self.folders.set_dialog_folder(kind, Path(path).parent)
        return path

    def directory_import_path(self, parent: QWidget, directory: str) -> str | None:
        return _choose_file(
            QFileDialog.getOpenFileName, parent, QCoreApplication.translate("Prompts", "Import into the partner directory"), directory,
            _tr(SPREADSHEET_FILTER),
        )

    def directory_export_path(self, parent: QWidget, suggested: str) -> str | None:
        return _choose_file(
            QFileDialog.getSaveFileName, parent, QCoreApplication.translate("Prompts", "Export the partner directory"), suggested,
            _tr(SPREADSHEET_FILTER),
        )


def problem_list(problems: list[str], shown: int = 12) -> str:
    """The first ``shown`` problems as a bulleted list, and how many more there are."""
    text = "\n".join(f"• {p}" for p in problems[:shown])
    if len(problems) > shown:
        text += "\n" + QCoreApplication.translate("Prompts", "…and {n} more").format(n=len(problems) - shown)
    return text


def _choose_file(dialog, parent: QWidget, title: str, start: str, filters: str) -> str | None:  # type: ignore[no-untyped-def]
    """The platform's own file dialog; None when the user cancels."""
    path, _ = dialog(parent, title, start, filters)
    return path or None
