"""The plan's header: title, call year, action (grouped by programme), field, lot, project type.

Pickers offer only what exists for the chosen action in the chosen call year. Every change the
user makes is an undoable ``SetHeaderCommand``; the widget redraws itself from the plan whenever
the document says the header changed, with its signals blocked so redrawing is never an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QStyle, QStyleOptionComboBox, QWidget

from erasmus_planner.domain import limits
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, ActionDef, Catalogue
from erasmus_planner.domain.model import Plan
from erasmus_planner.services.changes import Changes
from erasmus_planner.ui import catalogue_text, i18n, labels
from erasmus_planner.ui.commands import SetHeaderCommand
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.keyboard_undo import mark_plan_field
from erasmus_planner.ui.wording import escape, relative_font

ActionIdRole = Qt.ItemDataRole.UserRole


class FittingCombo(QComboBox):
    """A picker that asks for the width of the choice it shows (so "Vocational education and
    training" is never cut where there is room) but may shrink to ``minimum_chars`` (the header
    then puts one picker per row, and the popup always shows whole names)."""

    def __init__(self, minimum_chars: int) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_chars)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = self.currentText() or self.placeholderText()
        content = QSize(self.fontMetrics().horizontalAdvance(text) + 4, hint.height())
        wanted = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, self)
        return QSize(max(hint.width(), wanted.width()), hint.height())


def _combo(object_name: str, minimum_chars: int = 12) -> QComboBox:
    combo = FittingCombo(minimum_chars)
    combo.setObjectName(object_name)
    return combo


class PlanHeader(i18n.Retranslating, QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planHeader")
        self.document = document
        self.catalogue: Catalogue = document.session.catalogue

        self.title = QLineEdit()
        self.title.setObjectName("planTitle")
        self.title.setMaxLength(limits.TITLE_MAX)  # docs/limits.md: the same limit as a plan file's title
        self.title.textEdited.connect(self._title_edited)
        # The title is part of the plan: Ctrl+Z here is the plan's undo (one step for the typing,
        # then the edits before it), not the field's own, which would stop at the field's start.
        mark_plan_field(self.title)

        self.year = _combo("callYearPicker", 4)
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            self.year.addItem(str(year), year)
        self.year.activated.connect(self._year_chosen)

        self.action = _combo("actionPicker", 16)
        self.action_model = QStandardItemModel(self.action)
        self.action.setModel(self.action_model)
        self.action.activated.connect(self._action_chosen)

        self.field = _combo("fieldPicker", 10)
        self.field.activated.connect(self._field_chosen)
        self.lot = _combo("lotPicker", 14)
        self.lot.activated.connect(self._lot_chosen)
        self.variant = _combo("variantPicker", 10)
        self.variant.activated.connect(self._variant_chosen)

        # Duration in months; 0 shows "Not set" (the plan's duration_months is None). Keyboard
        # tracking off: typing "36" is one edit (on Enter or leaving the box), not "3" then "36".
        self.duration = QSpinBox()
        self.duration.setObjectName("durationPicker")
        self.duration.setRange(0, 72)
        self.duration.setKeyboardTracking(False)
        self.duration.valueChanged.connect(self._duration_chosen)

        self.description = QLabel()
        self.description.setObjectName("actionDescription")
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setMinimumWidth(200)  # wraps instead of widening the window
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text, any theme

        # A grid: Title on top; call year, action and field beneath; lot and project type
        # (rarely both) on a third row only when the action has them, project type under field.
        self._labels: dict[QWidget, QLabel] = {}
        self._last_field: str | None = None  # the field this plan had last (see _action_chosen)
        self._compact = False  # presentation mode: always a form
        self._form = False  # one picker per row now (compact, or too narrow for the grid)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        for widget in (self.title, self.year, self.action, self.field, self.lot, self.variant, self.duration):
            label = QLabel()
            label.setBuddy(widget)
            self._labels[widget] = label
        self._place(compact=False)
        self._apply_fonts()

        document.changed.connect(self._document_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setAccessibleName(self.tr("Plan title"))
        self.title.setPlaceholderText(self.tr("Title of the project, e.g. Green skills for rural schools"))
        for widget, accessible, text in (
            (self.title, self.tr("Plan title"), self.tr("&Title")),
            (self.year, self.tr("Call year"), self.tr("Call &year")),
            (self.action, self.tr("Action"), self.tr("&Action")),
            (self.field, self.tr("Field"), self.tr("F&ield")),
            (self.lot, self.tr("Lot"), self.tr("&Lot")),
            (self.variant, self.tr("Project type"), self.tr("&Project type")),
            (self.duration, self.tr("Duration in months"), self.tr("D&uration")),
        ):
            widget.setAccessibleName(accessible)
            self._labels[widget].setText(text)
        # The spin box's inner text field is what Tab reaches and screen readers announce.
        self.duration.lineEdit().setAccessibleName(self.tr("Duration in months"))
        self.duration.setSpecialValueText(self.tr("Not set"))
        self.duration.setSuffix(self.tr(" months"))
        self.duration.setToolTip(self.tr("How long the project runs; the checklist compares it with what the action allows."))
        if self.document.has_plan:
            self.refresh()

    def set_compact(self, compact: bool) -> None:
        """Presentation mode: one picker per row (the pane is narrow and the text large, so no
        label is cut off), and the action's description goes (its code and name stay in the
        pickers and the verdict)."""
        if compact == self._compact:
            return
        self._compact = compact
        self.description.setVisible(not compact)
        self._fit_rows()

    def set_editable(self, editable: bool) -> None:
        """A read-only copy: the header can be read and copied from, not changed."""
        self.title.setReadOnly(not editable)
        self.duration.setReadOnly(not editable)
        if not self.document.has_plan:
            return
        has_fields = self.catalogue.action(self.document.plan.action).has_fields
        for picker in (self.year, self.action, self.field, self.lot, self.variant):
            picker.setEnabled(editable and (picker is not self.field or has_fields))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """The pickers side by side while each has room for its whole choice, else one per row
        (a narrow window, a large zoom, a long name in another language)."""
        form = self._compact or (self.width() > 1 and self.width() < self._grid_width())
        if form != self._form:
            self._place(compact=form)

    def _grid_width(self) -> int:
        """The width the grid needs for every picker to show its choice whole."""
        def width(*widgets: QWidget, label: bool = False) -> int:
            shown = [self._labels[w] if label else w for w in widgets if not w.isHidden()]
            return max((w.sizeHint().width() for w in shown), default=0)

        # The grid's columns: labels, year (lot and duration span on), labels, action, labels,
        # field and project type (one column: the wider decides).
        columns = [
            width(self.year, self.lot, self.duration, label=True), width(self.year),
            width(self.action, label=True), width(self.action),
            width(self.field, self.variant, label=True), width(self.field, self.variant),
        ]
        return sum(columns) + self.grid.horizontalSpacing() * (len(columns) - 1)

    def _place(self, *, compact: bool) -> None:
        """A grid: normally Title on top; call year, action and field beneath; lot and project
        type on a third row only when the action has them. Compact: a form, one row each."""
        self._form = compact
        grid = self.grid
        for widget in (self.title, self.year, self.action, self.field, self.lot, self.variant, self.duration):
            grid.removeWidget(self._labels[widget])
            grid.removeWidget(widget)
        grid.removeWidget(self.description)
        if compact:
            pickers = (self.title, self.year, self.action, self.field, self.lot, self.variant, self.duration)
            placements = [(w, row, 0, 5) for row, w in enumerate(pickers)]
        else:
            placements = [
                (self.title, 0, 0, 5),
                (self.year, 1, 0, 1),
                (self.action, 1, 2, 1),
                (self.field, 1, 4, 1),
                (self.lot, 2, 0, 3),
                (self.variant, 2, 4, 1),
                (self.duration, 3, 0, 3),
            ]
        for widget, row, column, span in placements:
            label = self._labels[widget]
            inside = column > 0  # labels inside a row sit right beside their picker
            label.setAlignment((Qt.AlignmentFlag.AlignRight if inside else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        # The duration spans the year and action columns but keeps its own width, so its
        # "Not set … months" text never widens the year column.
        grid.setAlignment(self.duration, Qt.AlignmentFlag.AlignLeft)
        # One per row, a year needs no more room than "2019" and its arrow.
        grid.setAlignment(self.year, Qt.AlignmentFlag.AlignLeft if compact else Qt.AlignmentFlag(0))
        grid.addWidget(self.description, 4 if not compact else 7, 0, 1, 6)
        for column in range(6):
            grid.setColumnStretch(column, 0)
        if compact:
            grid.setColumnStretch(1, 1)
        else:
            grid.setColumnStretch(3, 3)
            grid.setColumnStretch(5, 2)

    def _apply_fonts(self) -> None:
        self.title.setFont(relative_font(self.font(), 1.25))

    def font_changed(self) -> None:
        self._apply_fonts()

    # --- redraw from the plan --------------------------------------------------------------

    def _document_changed(self, changes: Changes) -> None:
        if changes.document:
            self._last_field = None  # another plan: nothing of the last one's to bring back
        if (changes.header or changes.document) and self.document.has_plan:
            self.refresh()

    def refresh(self) -> None:
        plan = self.document.plan
        if plan.field is not None:
            self._last_field = plan.field
        action = self.catalogue.action(plan.action)
        widgets = (self.title, self.year, self.action, self.field, self.lot, self.variant, self.duration)
        for w in widgets:
            w.blockSignals(True)
        try:
            if self.title.text() != plan.title:
                self.title.setText(plan.title)
                if not self.title.hasFocus():
                    self.title.setCursorPosition(0)  # a long title shows its beginning
            self.year.setCurrentIndex(self.year.findData(plan.call_year))
            self.duration.setValue(plan.duration_months or 0)
            self._fill_actions(plan)
            self._fill_fields(plan, action)
            self._fill_lots(plan, action)
            self._fill_variants(plan, action)
            self._describe(plan, action)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._fit_rows()  # the choices shown, and so their widths, may have changed

    def _fill_actions(self, plan: Plan) -> None:
        self.action_model.clear()
        current_row = -1
        for programme in dict.fromkeys(a.programme for a in self.catalogue.actions.values()):
            heading = QStandardItem(labels.programme(programme))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, never chosen
            heading.setData(self.tr("Actions of the {p} programme").format(p=programme), Qt.ItemDataRole.AccessibleTextRole)
            self.action_model.appendRow(heading)
            for action in self.catalogue.actions.values():
                if action.programme != programme:
                    continue
                open_now = plan.call_year in action.years
                text = catalogue_text.action_name(action)
                if not open_now:
                    text += "  " + self.tr("(calls {years})").format(years=action.years)
                item = QStandardItem(text)
                item.setData(action.id, ActionIdRole)
                item.setToolTip(f"{action.primary_code}: {catalogue_text.action_description(action)}")
                is_current = action.id == plan.action
                if not open_now and not is_current:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                if is_current:
                    current_row = self.action_model.rowCount()
                self.action_model.appendRow(item)
        self.action.setCurrentIndex(current_row)

    def _fill_fields(self, plan: Plan, action: ActionDef) -> None:
        self.field.clear()
        if not action.has_fields:
            self.field.setPlaceholderText(self.tr("No fields in this action"))
            self.field.setEnabled(False)
            self.field.setCurrentIndex(-1)
            return
        self.field.setEnabled(True)
        self.field.setPlaceholderText(self.tr("Choose a field…"))
        for field in action.fields:
            self.field.addItem(labels.field(field), field)
            self.field.setItemData(self.field.count() - 1, action.code_for(field), Qt.ItemDataRole.ToolTipRole)
        self.field.setCurrentIndex(self.field.findData(plan.field) if plan.field else -1)

    def _fill_lots(self, plan: Plan, action: ActionDef) -> None:
        self.lot.clear()
        lots = action.lots_in(plan.call_year)
        for lot in lots:
            self.lot.addItem(catalogue_text.lot_name(action, lot), lot.id)
        self.lot.setPlaceholderText(self.tr("Choose a lot…"))
        self.lot.setCurrentIndex(self.lot.findData(plan.lot) if plan.lot else -1)
        self._show(self.lot, bool(lots) or plan.lot is not None)

    def _fill_variants(self, plan: Plan, action: ActionDef) -> None:
        self.variant.clear()
        variants = action.variants_in(plan.call_year, plan.field)
        for variant in variants:
            self.variant.addItem(catalogue_text.variant_name(action, variant), variant.id)
        chosen = plan.variant if plan.variant is not None else action.default_variant()
        self.variant.setCurrentIndex(self.variant.findData(chosen) if chosen else -1)
        self._show(self.variant, len(variants) > 1 or plan.variant is not None)

    def _show(self, widget: QWidget, visible: bool) -> None:
        widget.setVisible(visible)
        self._labels[widget].setVisible(visible)

    def _describe(self, plan: Plan, action: ActionDef) -> None:
        code = action.code_for(plan.field)
        description = catalogue_text.action_description(action)
        self.description.setText(f"<b>{code}</b> · {escape(description)}")
        self.action.setToolTip(f"{code}: {description}")
        self.action.setAccessibleDescription(description)

    # --- user edits become undoable commands ----------------------------------------------

    def _set(self, **changes: Any) -> None:
        if not self.document.has_plan:
            return  # the duration box commits its typing when it loses the keyboard, also at close
        current = self.document.session.header()
        if all(current.get(k) == v for k, v in changes.items()):
            return
        self.document.push(SetHeaderCommand(self.document, **changes))

    def _duration_chosen(self, months: int) -> None:
        self._set(duration_months=months or None)

    def _title_edited(self, text: str) -> None:
        self._set(title=text)

    def _year_chosen(self, index: int) -> None:
        self._set(call_year=self.year.itemData(index))

    def _action_chosen(self, index: int) -> None:
        action_id = self.action.itemData(index, ActionIdRole)
        if not action_id:
            return
        # Back from an action without fields (a Knowledge Alliance, an Alliance for Innovation)
        # the plan's field comes back with it, rather than "Choose a field…" again.
        action = self.catalogue.action(action_id)
        field = self.document.plan.field
        if field not in action.fields and self._last_field in action.fields and len(action.fields) > 1:
            self._set(action=action_id, field=self._last_field)
            return
        self._set(action=action_id)

    def _field_chosen(self, index: int) -> None:
        self._set(field=self.field.itemData(index))

    def _lot_chosen(self, index: int) -> None:
        self._set(lot=self.lot.itemData(index))

    def _variant_chosen(self, index: int) -> None:
        variant = self.variant.itemData(index)
        plan = self.document.plan
        if plan.variant is None and variant == self.document.session.action.default_variant():
            return  # choosing the default changes nothing the checklist sees
        self._set(variant=variant)
