"""The partner list as a Qt model (Vorta's ``ArchiveTableModel`` pattern), and its quick filter.

Rows are the plan's organisations in plan order, each affiliated entity indented right under
its partner; the status column reads the per-partner
problems derived from the Report. ``set_partners`` keeps rows (and so the selection) stable
across edits: an edit repaints one row, an addition inserts one, only a new plan resets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from erasmus_planner.domain import countries
from erasmus_planner.domain.affiliation import placed_under_partner, under_their_partners
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.model import Organisation, PartnerId
from erasmus_planner.services.partner_status import OK, PartnerStatus
from erasmus_planner.ui import labels
from erasmus_planner.ui.icons import status_icon
from erasmus_planner.ui.wording import escape

COL_NAME, COL_COUNTRY, COL_TYPE, COL_ROLE, COL_ID, COL_STATUS = range(6)
HEADERS: Final = (  # English; headerData translates them, so they follow a change of language
    QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Country"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Type"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Role"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "OID / PIC"),
    QT_TRANSLATE_NOOP("PartnerTableModel", "Status"),
)

SortRole: Final = Qt.ItemDataRole.UserRole
PartnerRole: Final = Qt.ItemDataRole.UserRole + 1  # the Organisation behind a row, through any proxy
SearchRole: Final = Qt.ItemDataRole.UserRole + 2  # folded text the quick filter matches

_ROLE_ORDER: Final = {"applicant": 0, "partner": 1, "associated-partner": 2, "affiliated-entity": 3}
# Before an affiliated entity's name when it is listed under its partner.
AFFILIATE_INDENT: Final = "    ↳ "
_SEVERITY_ORDER: Final = {"fail": 0, "warn": 1, "info": 2, "ok": 3}
_Index = QModelIndex | QPersistentModelIndex


def identifier_text(org: Organisation, identifier: str = "OID") -> str:
    """The OID and the PIC as the briefing prints them: the one the action asks for first, each
    named, and "no OID yet" when that one is missing ("OID E10123456 · PIC 910107919")."""
    values = {"OID": org.oid, "PIC": org.pic}
    other = "PIC" if identifier == "OID" else "OID"
    parts = [f"{kind} {values[kind]}" for kind in (identifier, other) if values[kind]]
    if not values[identifier]:
        parts.insert(0, QCoreApplication.translate("PartnerTableModel", "no {identifier} yet").format(identifier=identifier))
    return " · ".join(parts)


def _status_words(text: str) -> str:
    return QCoreApplication.translate("partner_status", text)


class _Row:
    """What the view shows of one organisation, computed once per change or language (not per paint)."""

    __slots__ = ("org", "name", "country", "type", "role", "ids", "status", "summary", "tooltip", "search")

    def __init__(self, org: Organisation, status: PartnerStatus, language: str | None, identifier: str, under: bool = False) -> None:
        self.org = org
        self.name = AFFILIATE_INDENT + org.name if under else org.name
        self.country = countries.name(org.country, language)
        self.type = labels.short_type(org.type)
        self.role = labels.short_role(org.role)
        self.ids = identifier_text(org, identifier)
        self.status = status
        self.summary = status.summary_in(_status_words)
        self.tooltip = status.tooltip_in(_status_words)
        # The English country name too: "Germany" finds Deutschland's partners in any language.
        english = countries.name(org.country) if language not in (None, "en") else ""
        self.search = fold_name(
            " ".join(
                (org.name, org.country, self.country, english, self.type, self.role, org.oid or "", org.pic or "", org.city or "")
            )
        )


class PartnerTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._language = language
        self._identifier = "OID"

    def set_language(self, language: str | None) -> None:
        """Country names, types, roles and statuses in ``language`` (the interface's texts are
        already translated by the time Qt reports the change: rows are simply rebuilt)."""
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self._rows = [_Row(r.org, r.status, self._language, self._identifier, r.name != r.org.name) for r in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    # --- feeding ---------------------------------------------------------------------------

    def set_partners(
        self,
        partners: Sequence[Organisation],
        statuses: Mapping[PartnerId, PartnerStatus],
        *,
        identifier: str = "OID",
    ) -> None:
        """Show ``partners``; rows that keep their identity keep their place in the view.

        ``identifier`` ("OID" or "PIC") is the one the plan's action asks for: the identifier
        column shows it first.
        """
        self._identifier = identifier
        new_rows = [
            _Row(org, statuses.get(org.id, OK), self._language, identifier, placed_under_partner(org, partners))
            for org in under_their_partners(partners)
        ]
        old_ids = [r.org.id for r in self._rows]
        new_ids = [r.org.id for r in new_rows]
        if old_ids == new_ids:
            self._rows = new_rows
            if new_rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new_rows) - 1, len(HEADERS) - 1))
            return
        if len(new_ids) > len(old_ids) and _is_insertion(old_ids, new_ids):
            start = _first_difference(old_ids, new_ids)
            count = len(new_ids) - len(old_ids)
            self.beginInsertRows(QModelIndex(), start, start + count - 1)
            self._rows = new_rows
            self.endInsertRows()
            self._refresh_all()
            return
        if len(new_ids) == len(old_ids) - 1 and _is_insertion(new_ids, old_ids):
            gone = _first_difference(new_ids, old_ids)
            self.beginRemoveRows(QModelIndex(), gone, gone)
            self._rows = new_rows
            self.endRemoveRows()
            self._refresh_all()
            return
        self.beginResetModel()
        self._rows = new_rows
        self.endResetModel()

    def _refresh_all(self) -> None:
        # Statuses of other rows move with the consortium (a duplicate removed, an ID now required).
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def summaries(self) -> set[str]:
        """The status words shown, each once (what the status column must have room for)."""
        return {row.summary for row in self._rows}

    def longest_identifiers(self) -> str:
        """The longest OID / PIC text shown (what the identifier column must have room for)."""
        return max((row.ids for row in self._rows), key=len, default="")

    def partner_at(self, row: int) -> Organisation:
        return self._rows[row].org

    def status_at(self, row: int) -> PartnerStatus:
        return self._rows[row].status

    def row_of(self, partner_id: PartnerId) -> int:
        for i, r in enumerate(self._rows):
            if r.org.id == partner_id:
                return i
        return -1

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PartnerTableModel", HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == PartnerRole:
            return row.org
        if role == SearchRole:
            return row.search
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_STATUS:
                # As rich text, which Qt wraps at a reading width: as plain text a status of
                # several findings was one line across the whole screen.
                return "<p>" + escape(row.tooltip).replace("\n", "<br>") + "</p>" if row.tooltip else row.tooltip
            if column == COL_TYPE:
                return labels.org_type(row.org.type)
            if column == COL_ROLE:
                if row.org.is_affiliated and row.org.affiliated_to:
                    return QCoreApplication.translate("PartnerTableModel", "Affiliated entity of {partner}").format(
                        partner=row.org.affiliated_to
                    )
                return labels.role(row.org.role)
            if column == COL_ID:
                return "\n".join(f"{k}: {v or '—'}" for k, v in (("OID", row.org.oid), ("PIC", row.org.pic)))
            if column == COL_NAME and row.org.city:
                return f"{row.org.name}, {row.org.city}"
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return status_icon(row.status.severity)
        return None

    @staticmethod
    def _display(row: _Row, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_COUNTRY:
            return row.country
        if column == COL_TYPE:
            return row.type
        if column == COL_ROLE:
            return row.role
        if column == COL_ID:
            return row.ids
        return row.summary

    @staticmethod
    def _sort_key(row: _Row, column: int) -> Any:
        if column == COL_NAME:
            return fold_name(row.org.name)
        if column == COL_ROLE:
            return _ROLE_ORDER.get(row.org.role, 9)
        if column == COL_STATUS:
            return _SEVERITY_ORDER[row.status.severity]
        return PartnerTableModel._display(row, column).casefold()


def _first_difference(shorter: list[PartnerId], longer: list[PartnerId]) -> int:
    for i, (a, b) in enumerate(zip(shorter, longer, strict=False)):
        if a != b:
            return i
    return len(shorter)


def _is_insertion(shorter: list[PartnerId], longer: list[PartnerId]) -> bool:
    """Whether ``longer`` is ``shorter`` with one contiguous block inserted."""
    start = _first_difference(shorter, longer)
    count = len(longer) - len(shorter)
    return longer[:start] + longer[start + count :] == shorter


class PartnerFilterProxy(QSortFilterProxyModel):
    """Quick filter: every word typed must appear in the row (accents and case ignored, so
    "lodz" finds Łódź); sorting by each column's native value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SortRole)

    def set_filter_text(self, text: str) -> None:
        words = tuple(fold_name(text).split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SearchRole) or ""
        return all(word in text for word in self._words)
