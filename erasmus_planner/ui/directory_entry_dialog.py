"""Add or edit an organisation of the partner directory: the partner dialog without what belongs
to a plan (the role, the partner it is affiliated to). The same fields, checks and words as for a
plan's partner, so an organisation reads the same in the directory as in a plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from erasmus_planner.ui.partner_dialog import PartnerDialog


class DirectoryEntryDialog(PartnerDialog):
    def __init__(self, parent: QWidget | None = None, *, organisation: Any = None, call_year: int, language: str | None = None) -> None:
        super().__init__(parent, organisation=organisation, call_year=call_year, language=language)
        self.setObjectName("directoryEntryDialog")
        # The directory keeps no role: an organisation is the applicant in one plan, a partner
        # in another (the partner dialog keeps the role "partner", which then says nothing).
        self._form.setRowVisible(self.role_combo.parentWidget(), False)
        self._form.setRowVisible(self._affiliated_row, False)
        self.setWindowTitle(
            self.tr("Edit directory entry — {name}").format(name=organisation.name) if organisation else self.tr("Add to the partner directory")
        )
        self.setAccessibleName(self.windowTitle())

