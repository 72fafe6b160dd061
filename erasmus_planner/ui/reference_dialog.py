"""What Help ▸ Rules and Help ▸ Call Calendar share: an explanation, a call-year picker, a
read-only tree whose rows grow to show their texts in full — wrapped in the width of each column,
again whenever a column or the dialog is resized (sources are long; a one-line cell cut them
mid-word) — and, below it, the chosen line in full."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR


class _WrappedRows(QStyledItemDelegate):
    """Each row as tall as its longest text wrapped in its column's current width (the view
    draws the text wrapped; a tree asks the delegate for one line's height unless told)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop  # a row of several lines reads from its top

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.text:
            return hint
        spans = index.column() == 0 and self._tree.isFirstColumnSpanned(index.row(), index.parent())
        width = self._tree.viewport().width() if spans else self._tree.header().sectionSize(index.column())
        if index.column() == 0:  # the branch lines and arrows take the start of the first column
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self._tree.indentation()
        style = self._tree.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, self._tree) + 1
        width -= 2 * margin + (item.decorationSize.width() + margin if not item.icon.isNull() else 0)
        text = QFontMetrics(item.font).boundingRect(QRect(0, 0, max(width, 20), 100_000), Qt.TextFlag.TextWordWrap, item.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 2 * margin))


class ReferenceDialog(QDialog):
    """Subclasses fill ``tree`` in ``fill()`` (called again when the year changes) and say the
    chosen item in ``detail`` from ``_show_detail``."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        names: tuple[str, str, str, str],
        intro: str,
        year_words: tuple[str, str, str],
        headers: Sequence[str],
        widths: Sequence[int],
        stretch: int,
        year: int | None,
        all_years: str = "",
    ) -> None:
        """``names``: the object names of the dialog, the tree, the year picker and the detail
        line; ``year_words``: the picker's
        accessible name, its label (with a mnemonic) and the tree's accessible name; ``widths``
        of the columns before ``stretch``, the column that takes the rest; ``all_years``: the
        text of a first "every year" choice, if any."""
        super().__init__(parent)
        self.setObjectName(names[0])
        text = QLabel(intro)
        text.setWordWrap(True)

        self.year = QComboBox()
        self.year.setObjectName(names[2])
        self.year.setAccessibleName(year_words[0])
        if all_years:
            self.year.addItem(all_years, None)
        for y in range(FIRST_YEAR, LAST_YEAR + 1):
            self.year.addItem(str(y), y)
        if year is not None:
            self.year.setCurrentIndex(self.year.findData(year))
        self.year.currentIndexChanged.connect(lambda _: self.fill())
        year_label = QLabel(year_words[1])
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setObjectName(names[1])
        self.tree.setAccessibleName(year_words[2])
        self.tree.setHeaderLabels(list(headers))
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths):
            if column != stretch:
                header.resizeSection(column, width)
        self.tree.setItemDelegate(_WrappedRows(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        # A column made wider or narrower (by hand, or with the dialog) lays the rows out again,
        # once the dragging has settled.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())

        self.detail = QLabel()
        self.detail.setObjectName(names[3])
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tree.currentItemChanged.connect(self._show_detail)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)

    def fill(self) -> None:
        raise NotImplementedError

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        raise NotImplementedError
