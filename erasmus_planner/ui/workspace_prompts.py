"""The questions the team workspace asks (part of ``Prompts``, so tests answer them instead of a
person): the password, a team plan's name, which team plan to open, and what to do with a
save the workspace refused because a colleague saved first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.ui.mnemonics import MessageBox
from erasmus_planner.ui.window_placement import fit_dialog

RefusedChoice = Literal["copy", "reload", "cancel"]


translate = QCoreApplication.translate


class WorkspacePrompts:
    def workspace_password(self, parent: QWidget | None, where: str, user: str) -> str | None:
        """The password for ``user`` at ``where``; kept in memory only, by the caller."""
        text, ok = QInputDialog.getText(
            parent,
            translate("Prompts", "Team workspace password"),
            translate("Prompts", "Password of {user} for the team workspace {where}:\n(kept only until the planner closes)").format(
                user=user or "?", where=where
            ),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def team_plan_name(self, parent: QWidget, suggested: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, translate("Prompts", "Save to Workspace"), translate("Prompts", "Name of the team plan:"), QLineEdit.EchoMode.Normal, suggested
        )
        return text.strip() if ok and text.strip() else None

    def choose_team_plan(self, parent: QWidget, rows: Sequence[Sequence[str]]) -> int | None:
        """The index of the team plan to open among ``rows`` (name, title, version, updated, editing)."""
        dialog = _TeamPlanChooser(parent, rows)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def refused_save(self, parent: QWidget, name: str) -> RefusedChoice:
        """A colleague saved ``name`` since it was opened here: keep mine as a copy (the default:
        nothing typed is lost), reload theirs (mine is dropped), or cancel."""
        box = MessageBox(parent)
        box.setObjectName("refusedSavePrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Save refused"))
        box.setText(translate("Prompts", "Someone saved “{name}” in the team workspace since you opened it.").format(name=name))
        box.setInformativeText(
            translate("Prompts", "Nothing was overwritten. Keep your version as a copy beside theirs, or reload theirs (your changes are dropped)?")
        )
        copy = box.addButton(translate("Prompts", "&Keep Mine as a Copy"), QMessageBox.ButtonRole.AcceptRole)
        reload = box.addButton(translate("Prompts", "&Reload Theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        return "copy" if clicked is copy else "reload" if clicked is reload else "cancel"


class _TeamPlanChooser(QDialog):
    """File ▸ Open from Workspace…: the team plans, who saved them and who is editing them."""

    def __init__(self, parent: QWidget, rows: Sequence[Sequence[str]]) -> None:
        super().__init__(parent)
        self.setObjectName("teamPlanChooser")
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(translate("Prompts", "Open from Workspace"))
        headers = [translate("Prompts", "Team plan"), translate("Prompts", "Title"), translate("Prompts", "Version"), translate("Prompts", "Last saved"), translate("Prompts", "Being edited by")]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setObjectName("teamPlanTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        if rows:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(rows))
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(QLabel(translate("Prompts", "No team plans yet: File ▸ Save to Workspace stores the open plan as one.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(min(900, self.table.horizontalHeader().length() + 60), 420))

    def chosen(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        return selected[0].row() if selected else None
