"""A list whose rows are short rich texts (bold message, hint, small source line) that wrap.

Used by the findings list and "What else fits?". Each item keeps plain text in its display role
(what screen readers and tests read) and the formatted version in ``HtmlRole``; the delegate
lays the HTML out at the list's current width, so rows grow and shrink with the panel.
Secondary text is marked ``<span class='muted'>``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QIcon, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from erasmus_planner.ui.viewport_width import KnowsViewportWidth

HtmlRole = Qt.ItemDataRole.UserRole + 10
PADDING = 6
ICON = 20


class RichTextDelegate(QStyledItemDelegate):
    _CACHE_SIZE = 256

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        # Laid-out documents by (text, width, font, colour): measuring and painting a row, and
        # repainting it, lay the text out once instead of each time.
        self._documents: dict[tuple[str, int, str, str], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        html = index.data(HtmlRole) or ""
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        key = (html, max(40, width), option.font.key(), muted)
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= self._CACHE_SIZE:
                self._documents.clear()
            doc = self._documents[key] = self._lay_out(html, key[1], option, muted)
        return doc

    @staticmethod
    def _lay_out(html: str, width: int, option: QStyleOptionViewItem, muted: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        # Secondary text (sources) in the theme's own muted colour: readable in light and dark.
        doc.setDefaultStyleSheet(f".muted {{ color: {muted}; }}")
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = self._view.viewport_width() if isinstance(self._view, KnowsViewportWidth) else self._view.viewport().width()
        doc = self._document(option, index, width - ICON - 3 * PADDING)
        height = max(int(doc.size().height()), ICON) + 2 * PADDING
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else self._view.style()
        icon = QIcon(opt.icon)  # a copy: the option's own is cleared below
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        rect = option.rect
        if not icon.isNull():
            icon.paint(painter, rect.left() + PADDING, rect.top() + PADDING, ICON, ICON)
        doc = self._document(opt, index, rect.width() - ICON - 3 * PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.left() + ICON + 2 * PADDING, rect.top() + PADDING)
        painter.setClipRect(QRectF(0, 0, rect.width() - ICON - 3 * PADDING, rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class RichList(KnowsViewportWidth, QListWidget):
    """A vertically scrolling list of wrapped rich-text rows."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setItemDelegate(RichTextDelegate(self))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure rows when the width changes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)

    def add_row(self, icon: QIcon, plain: str, html: str, tooltip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(icon, plain)
        item.setData(HtmlRole, html)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
        if tooltip:
            item.setToolTip(tooltip)
        self.addItem(item)
        return item
