"""Organisation type picker, grouped the way the seed speaks: Schools, Universities, Businesses…

The contract's twenty type ids are precise but long; coordinators think "a business", "an NGO",
"the municipality". Each type sits under its plain-word group (``OrgType.seed_group``), and the
group headers can be seen but not chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from erasmus_planner.domain.vocabulary import ORG_TYPES, OrgType
from erasmus_planner.ui import labels

TYPE_ROLE = Qt.ItemDataRole.UserRole  # the type id; None on group headers
_INDENT = 14  # pixels: types sit visibly under their group in the drop-down


def grouped_types() -> list[tuple[str, list[OrgType]]]:
    """The vocabulary's types under their seed groups, groups in order of first appearance."""
    groups: dict[str, list[OrgType]] = {}
    for org_type in ORG_TYPES:
        groups.setdefault(org_type.seed_group, []).append(org_type)
    return list(groups.items())


class _GroupedDelegate(QStyledItemDelegate):
    """Headers in bold, types indented beneath them."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(TYPE_ROLE) is None:
            option.font.setBold(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(TYPE_ROLE) is not None:
            option = QStyleOptionViewItem(option)
            option.rect.adjust(_INDENT, 0, 0, 0)
        super().paint(painter, option, index)


class TypePicker(QComboBox):
    typeChanged = Signal(str)  # the chosen type id, "" when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model = QStandardItemModel(self)
        for group, types in grouped_types():
            group_label = labels.seed_group(group)
            header = QStandardItem(group_label)
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # seen, never chosen (mouse or keyboard)
            header.setData(None, TYPE_ROLE)
            header.setAccessibleDescription(self.tr("group"))
            model.appendRow(header)
            for org_type in types:
                label = labels.org_type(org_type.id)
                item = QStandardItem(label)
                item.setData(org_type.id, TYPE_ROLE)
                item.setToolTip(f"{group_label}: {label}")
                model.appendRow(item)
        self.setModel(model)
        self.setItemDelegate(_GroupedDelegate(self))
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setPlaceholderText(self.tr("Choose the kind of organisation…"))
        self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(lambda _row: self.typeChanged.emit(self.type_id() or ""))

    def type_id(self) -> str | None:
        value = self.currentData(TYPE_ROLE)
        return str(value) if value else None

    def set_type_id(self, type_id: str | None) -> None:
        if not type_id:
            self.setCurrentIndex(-1)
            return
        row = self.findData(type_id, TYPE_ROLE)
        if row < 0:
            # A type this version does not know (a newer file): keep it rather than lose it.
            item = QStandardItem(type_id)
            item.setData(type_id, TYPE_ROLE)
            self.model().appendRow(item)
            row = self.count() - 1
        self.setCurrentIndex(row)

    def showPopup(self) -> None:
        # Long labels ("Social partner: chamber of commerce, …") may be wider than the closed combo.
        view = self.view()
        view.setMinimumWidth(max(self.width(), view.sizeHintForColumn(0) + _INDENT + 24))
        super().showPopup()

