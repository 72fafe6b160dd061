"""A layout that puts its items in a row while the row fits and wraps them onto more rows when
it does not: the Partner Directory's filters and buttons, one row on a monitor, two or three on
an 800×600 screen or in presentation mode, where a single row made the window wider than the
screen.

Items that grow horizontally (a search field, a group with a stretch) share a row's spare width;
``add_break`` starts a new row whatever the width (the search filters above the experience ones).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

_SPACING = 6  # when the style leaves the spacing to the layout


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._breaks: set[int] = set()  # indexes of items that start a new row

    # --- QLayout ------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_break(self) -> None:
        """The next item starts a new row."""
        self._breaks.add(len(self._items))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Every row as it is given (wrapped only at the breaks)."""
        rows = self._rows(10_000_000)
        width = max((self._width(row, hint=True) for row in rows), default=0)
        return self._with_margins(QSize(width, self._height(rows)))

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: everything else wraps."""
        width = max((item.minimumSize().width() for item in self._visible()), default=0)
        return self._with_margins(QSize(width, max((i.minimumSize().height() for i in self._visible()), default=0)))

    # --- arranging ------------------------------------------------------------------------------------

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        gap = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if parent is not None else -1
        return gap if gap >= 0 else _SPACING

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        """Items in rows: as many as fit at their preferred width, a new row at each break."""
        rows: list[list[QLayoutItem]] = []
        row: list[QLayoutItem] = []
        for index, item in enumerate(self._items):
            if index in self._breaks and row:
                rows.append(row)
                row = []
            if item.isEmpty():
                continue
            if row and self._width([*row, item], hint=True) > width:
                rows.append(row)
                row = []
            row.append(item)
        if row:
            rows.append(row)
        return rows

    def _width(self, row: list[QLayoutItem], *, hint: bool) -> int:
        sizes = [(item.sizeHint() if hint else item.minimumSize()).width() for item in row]
        return sum(sizes) + self._gap() * (len(row) - 1)

    def _height(self, rows: list[list[QLayoutItem]]) -> int:
        heights = [max(item.sizeHint().height() for item in row) for row in rows]
        return sum(heights) + self._gap() * max(0, len(rows) - 1)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows = self._rows(area.width())
        y = area.y()
        gap = self._gap()
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            if apply:
                widths = [item.sizeHint().width() for item in row]
                spare = area.width() - sum(widths) - gap * (len(row) - 1)
                if spare < 0:  # one item alone wider than the room: it takes its minimum or the room
                    widths = [max(item.minimumSize().width(), min(w, area.width())) for item, w in zip(row, widths)]
                    spare = 0
                # The spare width to what grows (a search field), else shared by all: rows end flush.
                growing = [i for i, item in enumerate(row) if _grows(item)] or list(range(len(row)))
                for i in growing:
                    widths[i] += spare // len(growing)
                x = area.x()
                for item, width in zip(row, widths):
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                    x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if rows else margins.top() + margins.bottom()


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)
