"""A list whose rows are short rich texts (bold message, hint, small source line) that wrap.

Used by the findings list and "What else fits?". Each item keeps plain text in its display role
(what screen readers and tests read) and the formatted version in ``HtmlRole``; the delegate
lays the HTML out at the list's current width, so rows grow and shrink with the panel.
Secondary text is marked ``<span class='muted'>``, a confidence mark ``class='mark'``.
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

from erasmus_planner.ui import theme
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
        if option.state & QStyle.StateFlag.State_Selected:
            # On the selection's colour every part of the row is the selection's text colour:
            # a muted grey or a status colour on it would be unreadable (navy on navy).
            muted = mark = option.palette.color(QPalette.ColorRole.HighlightedText).name()
        else:
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
            mark = theme.status_text_colour("warn").name()
        key = (html, max(40, width), option.font.key(), f"{muted}{mark}")
        doc = self._documents.get(key)
        if doc is None:
            if len(self._documents) >= self._CACHE_SIZE:
                self._documents.clear()
            doc = self._documents[key] = self._lay_out(html, key[1], option, f".muted {{ color: {muted}; }} .mark {{ color: {mark}; }}")
        return doc

    @staticmethod
    def _lay_out(html: str, width: int, option: QStyleOptionViewItem, style: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        # Secondary text (sources, ``muted``) and confidence marks (``mark``) in the theme's own
        # colours, or the selection's text colour on a selected row.
        doc.setDefaultStyleSheet(style)
        doc.setHtml(html)
        doc.setTextWidth(width)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = self._view.viewport_width() if isinstance(self._view, KnowsViewportWidth) else self._view.viewport().width()
        doc = self._document(option, index, width - ICON - 3 * PADDING)
        height = max(int(doc.size().height()), ICON) + 2 * PADDING
        return QSize(width, height)

    def row_height(self, index: QModelIndex, width: int) -> int:
        """The height of ``index``'s row in a viewport ``width`` pixels wide (the view may be
        another width now: the window measures what a layout would need before choosing it)."""
        option = QStyleOptionViewItem()
        option.initFrom(self._view)
        option.font = self._view.font()  # what the view would give (``initFrom`` sets no font)
        self.initStyleOption(option, index)
        doc = self._document(option, index, width - ICON - 3 * PADDING)
        return max(int(doc.size().height()), ICON) + 2 * PADDING

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

    def sizeHint(self) -> QSize:
        # As tall as its minimum: the layout gives the list what room is left (its stretch), and
        # a panel that scrolls asks for no more than it needs (a list's own hint is 192 pixels).
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def rows_height(self, rows: int, width: int) -> int:
        """What the first ``rows`` rows need, frame included, in a list ``width`` pixels wide."""
        delegate = self.itemDelegate()
        frame = 2 * self.frameWidth()
        viewport = width - frame - (self.verticalScrollBar().sizeHint().width() if self.count() > rows else 0)
        heights = [
            delegate.row_height(self.model().index(row, 0), viewport) if isinstance(delegate, RichTextDelegate) else self.sizeHintForRow(row)
            for row in range(min(rows, self.count()))
        ]
        return sum(heights) + frame

    def add_row(self, icon: QIcon, plain: str, html: str, tooltip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(icon, plain)
        item.setData(HtmlRole, html)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
        if tooltip:
            item.setToolTip(tooltip)
        self.addItem(item)
        return item
