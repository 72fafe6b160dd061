"""The Directory view's table: one row per directory entry — name, country, type, town and how
many funded projects it took part in (with an experience filter, how many of those matched).

Entries are whatever the directory service returns (``DirectoryEntry``: ``id``,
``organisation``, ``project_count``, ``matching``, ``type_as_written``); the model never asks
the database anything itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from erasmus_planner.domain import countries
from erasmus_planner.ui import i18n, labels

translate = QCoreApplication.translate

NAME, COUNTRY, TYPE, TOWN, PROJECTS = range(5)
ENTRY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class DirectoryTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Any] = []
        self.experience = False  # the last search filtered by experience: "Projects" says so
        self.notes: dict[int, str] = {}  # a word on an entry, as its name's tooltip (why it may be a duplicate)

    def set_entries(self, entries: Sequence[Any], *, experience: bool = False) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.experience = experience
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._entries[row]

    def entries(self) -> list[Any]:
        return list(self._entries)

    def row_of(self, entry_id: int) -> int:
        return next((row for row, entry in enumerate(self._entries) if entry.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        words = (
            translate("DirectoryWindow", "Name"),
            translate("DirectoryWindow", "Country"),
            translate("DirectoryWindow", "Type"),
            translate("DirectoryWindow", "Town"),
            translate("DirectoryWindow", "Matching projects") if self.experience else translate("DirectoryWindow", "Funded projects"),
        )
        return words[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        org = entry.organisation
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return org.name
            if column == COUNTRY:
                return countries.name(org.country, i18n.content_language()) if org.country else ""
            if column == TYPE:
                return type_text(entry)
            if column == TOWN:
                return org.city or ""
            count = entry.matching if self.experience else entry.project_count
            return str(count) if count else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TYPE:
                return labels.org_type(org.type) + (f"\n{entry.type_as_written}" if entry.type_as_written else "")
            if column == PROJECTS and self.experience:
                return translate("DirectoryWindow", "{matching} of its {total} funded projects match the filter").format(
                    matching=entry.matching, total=entry.project_count
                )
            return "\n".join(x for x in (org.name, self.notes.get(entry.id, "")) if x) if column == NAME else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROJECTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def type_text(entry: Any) -> str:
    """The type as a cell shows it; an unmapped type of a funded-project list in its own words
    ("Other: Sport club"), since `other` alone would hide what the list said."""
    org = entry.organisation
    written = (entry.type_as_written or "").strip()
    if org.type == "other" and written and written.casefold() != "other":
        return translate("DirectoryWindow", "Other: {label}").format(label=written)
    return labels.short_type(org.type)
