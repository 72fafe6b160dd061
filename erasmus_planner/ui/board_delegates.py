"""How the Team Board draws its cells: lines that never wrap but are elided in the middle (a
group's long name keeps its start and its end: "Group 12 – Voc…Saxony-Anhalt"), an action that
wraps but keeps its call year, and the verdict as a badge word in the theme's verdict colours."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from erasmus_planner.ui import theme

STATUS_ROLE = Qt.ItemDataRole.UserRole  # a verdict cell's "pass", "fail" or "info"
_PAD_X, _PAD_Y, _MARGIN = 8, 2, 4  # inside the badge; around it in the cell


class LinesElided(QStyledItemDelegate):
    """Each line of the cell on a line of its own, elided in the middle when too long."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class WrappedKeepingEnd(QStyledItemDelegate):
    """Wrapped to the row's two lines; a text longer than that keeps its last word (an action's
    call year) and cuts the words before it short: "Kooperationspart… 2023"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        option.text = fitted(option.text, option.fontMetrics, option.rect.width() - 2 * margin, lines=2)


def fitted(text: str, metrics: QFontMetrics, width: int, *, lines: int) -> str:
    """``text``, or its words before the last cut short with "…", so that it wraps into ``lines``."""

    def fits(candidate: str) -> bool:
        bound = metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 20), Qt.TextFlag.TextWordWrap, candidate)
        return bound.width() <= width and bound.height() < (lines + 0.5) * metrics.lineSpacing()

    head, _, last = text.rpartition(" ")
    if fits(text) or not head:
        return text
    low, high = 0, len(head)  # the longest start of ``head`` that fits, found by halving
    while low < high:
        middle = (low + high + 1) // 2
        if fits(f"{head[:middle].rstrip()}… {last}"):
            low = middle
        else:
            high = middle - 1
    return f"{head[:low].rstrip()}… {last}"


def badge_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def badge_width(font: QFont, text: str, *, lines: int = 1) -> int:
    """The cell width a badge needs to show ``text`` on one line, or on two ("Nicht förderfähig"
    over "(2)": the narrowest break between words)."""
    metrics = QFontMetrics(badge_font(font))
    words = text.split(" ")
    needed = metrics.horizontalAdvance(text)
    if lines > 1:
        for cut in range(1, len(words)):
            needed = min(needed, max(metrics.horizontalAdvance(" ".join(words[:cut])), metrics.horizontalAdvance(" ".join(words[cut:]))))
    return needed + 2 * (_PAD_X + _MARGIN) + 2


class VerdictBadge(QStyledItemDelegate):
    """The verdict as a rounded badge; in a cell narrower than it, its words wrap inside it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)  # selection, focus
        status = index.data(STATUS_ROLE) or "info"
        background, border, _ = theme.banner_colours(status)
        ink = theme.status_text_colour(status) if theme.current() == theme.LIGHT else border
        font = badge_font(item.font)
        metrics = QFontMetrics(font)
        room = item.rect.adjusted(_MARGIN, _MARGIN // 2, -_MARGIN, -_MARGIN // 2)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        words = metrics.boundingRect(QRect(0, 0, max(1, room.width() - 2 * _PAD_X), room.height()), flags, text)
        pill = QRect(0, 0, min(room.width(), words.width() + 2 * _PAD_X), min(room.height(), words.height() + 2 * _PAD_Y))
        pill.moveTopLeft(room.topLeft())
        pill.moveTop(room.top() + (room.height() - pill.height()) // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, theme.border_width() / 2))
        painter.setBrush(background)
        radius = min(pill.height() / 2, metrics.height() / 2)
        painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setPen(ink)
        painter.setFont(font)
        painter.drawText(pill, flags, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(badge_width(option.font, str(index.data() or "")), hint.height())
