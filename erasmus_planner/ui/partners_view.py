"""The partner table with its quick filter: what the coordinator works in most of the time.

A ``QTableView`` over ``PartnerTableModel`` through ``PartnerFilterProxy`` (never a
``QTableWidget``). Double-click or Enter on a row asks to edit it; the window owns the actions
(add, edit, remove) and this view only reports what is selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation, PartnerId
from erasmus_planner.domain.vocabulary import ROLES
from erasmus_planner.domain.rule_kinds import required_identifier
from erasmus_planner.services.changes import Changes
from erasmus_planner.services.partner_status import partner_statuses
from erasmus_planner.ui import i18n, labels
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.partner_table_model import (
    COL_COUNTRY,
    COL_ID,
    COL_NAME,
    COL_ROLE,
    COL_STATUS,
    COL_TYPE,
    PartnerFilterProxy,
    PartnerRole,
    PartnerTableModel,
)
from erasmus_planner.ui.viewport_width import KnowsViewportWidth


# Types most consortia have: the type column is as wide as the longest of them reads.
_TYPICAL_TYPES = ("school", "youth-organisation", "ngo", "public-body-local", "enterprise-sme", "higher-education")


def shared_out(wanted: dict[int, int], least: dict[int, int], room: int) -> dict[int, int]:
    """Widths for the columns of ``wanted`` that fit in ``room``: each as wanted when all fit,
    else the same share of what each wants — but never below its ``least`` — so that together
    they take the room (a column held at its least leaves the rest to share the remainder)."""
    if sum(wanted.values()) <= room:
        return dict(wanted)
    if sum(least[c] for c in wanted) >= room:
        return {c: least[c] for c in wanted}
    low, high = 0.0, 1.0
    for _ in range(30):  # the share, to a thousandth of a pixel
        middle = (low + high) / 2
        if sum(max(least[c], int(w * middle)) for c, w in wanted.items()) > room:
            high = middle
        else:
            low = middle
    return {c: max(least[c], int(w * low)) for c, w in wanted.items()}


class PartnerTable(KnowsViewportWidth, QTableView):
    """The partner table, which reports its viewport's resizes (to size its columns)."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__()
        self._resized = resized

    def viewport_resized(self) -> None:
        self._resized()  # before the view's own handling, as an event filter on the viewport was


class PartnersView(i18n.Retranslating, QWidget):
    edit_requested = Signal(object)  # Organisation
    selection_changed = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersView")
        self.document = document
        self.model = PartnerTableModel(self, language=language)
        self.proxy = PartnerFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._language = language
        self.filter = QLineEdit()
        self.filter.setObjectName("partnerFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)  # Escape clears it (also from the table below)

        self.table = PartnerTable(self._viewport_resized)
        self.table.setObjectName("partnerTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # plan order until a header is clicked
        self.table.setSortingEnabled(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_COUNTRY, COL_TYPE, COL_ROLE, COL_ID, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._sizing = False
        self._compact = False
        self._auto_columns = True
        self._size_columns()
        header.sectionResized.connect(self._section_resized)
        self.table.activated.connect(self._activated)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())

        self.count = QLabel()
        self.count.setObjectName("partnerCount")

        self.button_box = QWidget()
        self.buttons = QHBoxLayout(self.button_box)
        self.buttons.setContentsMargins(8, 0, 0, 0)
        self.buttons.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.button_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        document.changed.connect(self._document_changed)
        self.retranslate()
        if document.has_plan:
            self.refresh()

    def retranslate(self) -> None:
        self.filter.setAccessibleName(self.tr("Filter partners"))
        self.filter.setPlaceholderText(self.tr("Filter by name, country, type, OID or PIC"))
        self.table.setAccessibleName(self.tr("Partners"))
        self.model.retranslate()
        self._update_count()
        self._auto_columns = True
        self._size_columns()

    def set_compact(self, compact: bool) -> None:
        """Presentation mode: the buttons go (the menus and keys still add, edit and remove) and
        so do the type and identifier columns, so the names and statuses keep the room."""
        self._compact = compact
        self.table.setWordWrap(compact)  # two lines a row: long names stay readable in a narrow pane
        self.button_box.setVisible(not compact)
        for column in (COL_TYPE, COL_ID):
            self.table.setColumnHidden(column, compact)
        self._auto_columns = True
        self._size_columns()

    def set_language(self, language: str | None) -> None:
        """Country names in ``language`` (the rest follows the installed translators)."""
        self._language = language
        self.model.set_language(language)

    def _size_columns(self) -> None:
        """Column widths from typical contents, not from every row (measuring 500 rows on each
        edit is slow). When the table is narrow (a projector, a large zoom, a 1024-pixel screen)
        the name gives way first, down to a quarter of the width (its tooltip has it whole); then
        country, type and identifiers share what is left, in proportion. The OID or PIC the action
        asks for is never cut (a code with its last digits missing is no code), nor a short status
        ("OK", "Not counted"): it is what the room looks at; nor the role, while the name keeps
        its quarter."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        icon = 20 + 24  # the status icon and the cell's padding
        shown = [metrics.horizontalAdvance(s) for s in self.model.summaries()] or [0]
        status_least = min(max(shown), metrics.horizontalAdvance("M" * 9)) + icon
        wanted = {
            column: metrics.horizontalAdvance(sample) + 24 + (20 if column == COL_STATUS else 0)
            for column, sample in (  # typical contents, in the language shown
                (COL_COUNTRY, countries.name("GB", self._language)),
                (COL_TYPE, max((labels.short_type(t) for t in _TYPICAL_TYPES), key=metrics.horizontalAdvance)),
                (COL_ROLE, max((labels.short_role(r) for r in ROLES), key=metrics.horizontalAdvance)),
                (COL_ID, self.model.longest_identifiers() or "PIC 910107919"),
                (COL_STATUS, self.tr("OID missing") if self._compact else self.tr("OID missing (+1)")),
            )
        }
        # The statuses shown decide their column (resized after each edit): a table of "OK"s
        # leaves the room of "OID missing (+1)" to the names.
        wanted[COL_STATUS] = min(wanted[COL_STATUS], max(shown) + icon)
        wanted = {column: width for column, width in wanted.items() if not self.table.isColumnHidden(column)}
        header_metrics = header.fontMetrics()
        least = {
            column: header_metrics.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal))) + 18
            for column in wanted  # a heading is never cut
        }
        if COL_STATUS in least:
            least[COL_STATUS] = max(least[COL_STATUS], status_least)
        if COL_ROLE in least:  # "Full partner", "Applicant": a cut role is no role
            least[COL_ROLE] = max(least[COL_ROLE], metrics.horizontalAdvance(max(
                (labels.short_role(r) for r in ROLES), key=metrics.horizontalAdvance)) + 24)
        if COL_ID in least:
            # The identifier the action asks for is never cut; the other one after it may be
            # (the tooltip has both).
            first = (self.model.longest_identifiers() or "PIC 910107919").split(" · ")[0]
            least[COL_ID] = max(least[COL_ID], metrics.horizontalAdvance(first) + 24)
        available = self.table.viewport_width()
        name_room = available * 35 // 100 if self._compact else max(available // 4, metrics.horizontalAdvance("Name of an organisation"))
        if COL_ROLE in least and sum(least.values()) + name_room > available:
            # Too narrow for whole roles beside a readable name: the name comes first.
            least[COL_ROLE] = header_metrics.horizontalAdvance(str(self.model.headerData(COL_ROLE, Qt.Orientation.Horizontal))) + 18
        widths = shared_out(wanted, least, available - name_room)
        self._sizing = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._sizing = False
        lines = 2 if self._compact else 1
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * lines + metrics.height() // 2 + 4)

    def _section_resized(self, column: int, *_: object) -> None:
        # The name column stretches with the table: its resizing is the table's, not the user's.
        if not self._sizing and column != COL_NAME:
            self._auto_columns = False  # the user set a width: leave the columns alone

    def font_changed(self) -> None:
        self._auto_columns = True
        self._size_columns()

    def _viewport_resized(self) -> None:
        if self._auto_columns:
            self._size_columns()

    def add_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        name_it = lambda: button.setAccessibleName(action.text().replace("&", "").rstrip("…"))  # noqa: E731
        name_it()
        action.changed.connect(name_it)  # the action's words change with the language
        self.buttons.addWidget(button)
        return button

    # --- redraw ----------------------------------------------------------------------------

    def _document_changed(self, changes: Changes) -> None:
        if changes.affects_report and self.document.has_plan:
            self.refresh()

    def refresh(self) -> None:
        session = self.document.session
        identifier = required_identifier(session.action, session.plan.call_year)
        self.model.set_partners(
            session.plan.partners,
            partner_statuses(session.plan, session.report, language=session.language),
            identifier=identifier,
        )
        self._update_count()
        if self._auto_columns:
            self._size_columns()  # the statuses shown may have grown or shrunk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the filter, or in the table it filters, clears the filter (the rows found
        stay selected); with no filter, Escape is left to whatever else wants it."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.filter.text()
        ):
            selected = self.selected_partners()
            self.filter.clear()
            if selected:
                self.select_partner(selected[0].id)
            return True
        return super().eventFilter(watched, event)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            text = self.tr("No partners yet. Add the applicant first, then the partners.")
        elif shown == total:
            text = self.tr("%n organisation(s)", "", total)
        else:
            text = self.tr("{shown} of %n organisation(s) match the filter", "", total).format(shown=shown)
        self.count.setText(text)

    # --- selection ---------------------------------------------------------------------------

    def selected_partners(self) -> list[Organisation]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(PartnerRole) for index in sorted(rows, key=lambda i: i.row())]

    def current_partner(self) -> Organisation | None:
        selected = self.selected_partners()
        if selected:
            return selected[0]
        index = self.table.currentIndex()
        return index.data(PartnerRole) if index.isValid() else None

    def select_partner(self, partner_id: PartnerId) -> None:
        row = self.model.row_of(partner_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        org = index.data(PartnerRole)
        if org is not None:
            self.edit_requested.emit(org)
