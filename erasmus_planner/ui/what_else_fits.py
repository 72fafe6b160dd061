""" "What else fits?": the other actions, fields and lots these partners would suit, best first.

Looking is free: a click only selects a row (and shows what is missing in its tooltip). The plan
switches to a suggestion on a double-click, on Enter, or on the "Switch" button beside the
heading — one undoable command, so Ctrl+Z switches back.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSizePolicy, QWidget

from erasmus_planner.domain.catalogue import Catalogue
from erasmus_planner.domain.eligibility import Suggestion
from erasmus_planner.ui import catalogue_text, labels
from erasmus_planner.ui.commands import SetHeaderCommand
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.icons import status_icon
from erasmus_planner.ui.rich_list import RichList
from erasmus_planner.ui.wording import escape

translate = QCoreApplication.translate

SuggestionRole: Final = Qt.ItemDataRole.UserRole + 20
MAX_SUGGESTIONS: Final = 8


def option_label(catalogue: Catalogue, action_id: str, field: str | None, lot: str | None) -> str:
    """ "Cooperation Partnerships — School education (KA220-SCH)" """
    action = catalogue.action(action_id)
    parts = [catalogue_text.action_name(action)]
    if field:
        parts.append(labels.field(field))
    lot_def = action.lot(lot) if lot else None
    if lot_def:
        parts.append(catalogue_text.lot_name(action, lot_def))
    return f"{' — '.join(parts)} ({action.code_for(field)})"


class SuggestionsList(RichList):
    """Enter chooses the current row, as a double-click does."""

    chosen = Signal(QListWidgetItem)

    def __init__(self) -> None:
        super().__init__("suggestionsList", "")
        self.itemDoubleClicked.connect(self.chosen.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class WhatElseFits(QObject):
    """The heading with its Switch button (``header``) and the list (``list``), placed by the
    eligibility panel; drawn just after the checklist, so an edit shows its verdict first and
    several quick edits cost one pass. Texts are the panel's (translation context
    "EligibilityPanel"), which calls ``retranslate``."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.catalogue = document.session.catalogue
        self.list = SuggestionsList()
        self.list.setMinimumHeight(60)
        self.list.chosen.connect(self._chosen)
        self.list.currentItemChanged.connect(lambda *_: self._enable_switch())
        self.heading = QLabel()
        self.heading.setBuddy(self.list)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchToSuggestion")
        self.switch_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.switch_button.clicked.connect(lambda: self._chosen(self.list.currentItem()))
        self.header = QWidget()
        row = QHBoxLayout(self.header)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading, 1)
        row.addWidget(self.switch_button)
        self.wanted = True
        self.editable = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self._enable_switch()
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText("<b>" + escape(translate("EligibilityPanel", "What else fits?")) + "</b>")
        self.list.setAccessibleName(translate("EligibilityPanel", "What else fits?"))
        self.list.setToolTip(translate("EligibilityPanel", "Double-click a row, or select it and press Enter or Switch, to switch the plan to that action (Ctrl+Z switches back)"))
        self.switch_button.setText(translate("EligibilityPanel", "S&witch"))
        self.switch_button.setToolTip(translate("EligibilityPanel", "Switch the plan to the selected action"))
        self.switch_button.setAccessibleName(translate("EligibilityPanel", "Switch the plan to the selected action"))
        if self.document.has_plan and self.list.count():
            self.refresh()

    def set_wanted(self, wanted: bool) -> None:
        """View ▸ What Else Fits? (hidden in presentation mode unless asked for)."""
        self.wanted = wanted
        self.header.setVisible(wanted)
        self.list.setVisible(wanted)
        self.refresh_soon()

    def refresh_soon(self) -> None:
        """Every action is checked: done just after the checklist is drawn, and only when shown."""
        if self.wanted and self.document.has_plan:
            self._timer.start()

    def refresh(self) -> None:
        if not self.document.has_plan:
            return
        self._timer.stop()
        plan = self.document.plan
        self.list.clear()
        shown = 0
        for suggestion in self.document.session.suggestions:
            if (suggestion.action, suggestion.field, suggestion.lot) == (plan.action, plan.field, plan.lot):
                continue
            self._add(suggestion)
            shown += 1
            if shown == MAX_SUGGESTIONS:
                break
        if not shown:
            item = QListWidgetItem(translate("EligibilityPanel", "No other action is open in the {year} call for this field.").format(year=plan.call_year))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._enable_switch()

    def _add(self, suggestion: Suggestion) -> None:
        label = option_label(self.catalogue, suggestion.action, suggestion.field, suggestion.lot)
        if suggestion.eligible:
            detail = translate("EligibilityPanel", "Eligible with these partners")
            status = "pass"
        else:
            first = suggestion.missing[0] if suggestion.missing else ""
            more = len(suggestion.missing) - 1
            detail = first + (translate("EligibilityPanel", " (and {n} more)").format(n=more) if more > 0 else "")
            status = "fail"
        item = self.list.add_row(
            status_icon(status),
            f"{label}. {detail}",
            f"<b>{escape(label)}</b><br><small>{escape(detail)}</small>",
            "\n".join(suggestion.missing) or detail,
        )
        item.setData(SuggestionRole, (suggestion.action, suggestion.field, suggestion.lot))

    def set_editable(self, editable: bool) -> None:
        """A read-only copy: the suggestions are shown, switching is not possible."""
        self.editable = editable
        self._enable_switch()

    def _enable_switch(self) -> None:
        item = self.list.currentItem()
        self.switch_button.setEnabled(self.editable and item is not None and bool(item.data(SuggestionRole)))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        target = item.data(SuggestionRole) if item is not None else None
        if not target or not self.document.has_plan or not self.editable:
            return
        action, field, lot = target
        plan = self.document.plan
        if (plan.action, plan.field, plan.lot) == (action, field, lot):
            return
        self.document.push(SetHeaderCommand(self.document, action=action, field=field, lot=lot, variant=None))
