"""Status icons drawn in code: the same look on every platform and theme, crisp at any scale.

Each status has a shape as well as a colour (tick in a circle, cross in a circle, exclamation
in a triangle, "i" in a circle), so the verdict never depends on telling red from green.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

COLOURS: Final[dict[str, str]] = {
    "pass": "#1e7d32",
    "ok": "#1e7d32",
    "fail": "#c62828",
    "warn": "#b26a00",
    "info": "#1565c0",
}
# The word and symbol that go with a status wherever text is shown.
SYMBOLS: Final[dict[str, str]] = {"pass": "✓", "ok": "✓", "fail": "✗", "warn": "!", "info": "i"}

_SIZES: Final = (16, 20, 24, 32, 48)

# How many pixmaps were drawn, by icon and size (tests/ui/test_first_paint_work.py: the first
# paint draws only the sizes it shows).
drawn: dict[tuple[str, int], int] = {}


def _side(size: QSize, scale: float = 1.0) -> int:
    """The size a QIcon given all of ``_SIZES`` picks for a request: the smallest at least as large
    in device pixels, else the largest."""
    wanted = size.width() * size.height() * scale * scale
    return next((s for s in _SIZES if s * s >= wanted), _SIZES[-1])


class _LazyIconEngine(QIconEngine):
    """An icon of ``_SIZES`` drawn on demand: the same pixels as a QIcon given all five pixmaps
    up front, but a size is drawn only when something shows it (the first paint's toolbar needs
    one of five). Each request goes to a stock icon holding just the pixmap the full icon would
    have chosen — the smallest at least as large as the request in device pixels, else the
    largest — so Qt's own scaling, disabled-greying and caching apply exactly as before."""

    def __init__(self, name: str, draw: Callable[[int], QPixmap], icons: dict[int, QIcon] | None = None) -> None:
        super().__init__()
        self._name = name
        self._draw = draw
        self._icons = {} if icons is None else icons  # shared by clones: each size drawn once

    def _icon(self, size: QSize, scale: float = 1.0) -> QIcon:
        side = _side(size, scale)
        icon = self._icons.get(side)
        if icon is None:
            drawn[self._name, side] = drawn.get((self._name, side), 0) + 1
            icon = self._icons[side] = QIcon(self._draw(side))
        return icon

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._icon(size).pixmap(size, 1.0, mode, state)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return self._icon(size, scale).pixmap(size, scale, mode, state)  # ``size`` is logical

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        self._icon(rect.size(), scale).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        # As a stock icon's: the chosen square, shrunk to fit the request (measuring draws nothing).
        side = min(_side(size), size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        on = mode == QIcon.Mode.Normal and state == QIcon.State.Off
        return [QSize(s, s) for s in _SIZES] if on else []

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "erasmus-planner-lazy"

    def clone(self) -> QIconEngine:
        return _LazyIconEngine(self._name, self._draw, self._icons)


def _lazy_icon(name: str, draw: Callable[[int], QPixmap]) -> QIcon:
    return QIcon(_LazyIconEngine(name, draw))


def _draw(status: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[status])
    margin = size * 0.06
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if status == "warn":
        triangle = QPolygonF(
            [QPointF(box.center().x(), box.top()), QPointF(box.right(), box.bottom()), QPointF(box.left(), box.bottom())]
        )
        painter.drawPolygon(triangle)
    else:
        painter.drawEllipse(box)
    pen = QPen(QColor("white"), max(1.5, size * 0.12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if status in ("pass", "ok"):
        path = QPainterPath(QPointF(s * 0.29, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.67))
        path.lineTo(QPointF(s * 0.72, s * 0.35))
        painter.drawPath(path)
    elif status == "fail":
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
    elif status == "warn":
        painter.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.62))
        painter.drawPoint(QPointF(s * 0.5, s * 0.78))
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(s * 0.62))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "i")
    painter.end()
    return pixmap


@cache
def status_icon(status: str) -> QIcon:
    """The icon of a finding or partner status: pass/ok, fail, warn or info."""
    known = status if status in COLOURS else "info"
    return _lazy_icon(known, lambda size: _draw(known, size))


@cache
def app_icon() -> QIcon:
    """The planner's own icon (resources/desktop/icons, drawn for the planner — not the EU emblem),
    the same pixels the desktop's launcher shows: one PNG per size, so small sizes stay crisp."""
    from erasmus_planner.services.app_identity import APP_ID, ICON_RENDERINGS, icons_folder

    icon = QIcon()
    folder = icons_folder() / "hicolor"
    for name, context, sizes in ICON_RENDERINGS:
        if name == APP_ID:
            for size in sizes:
                icon.addFile(str(folder / f"{size}x{size}" / context / f"{name}.png"), QSize(size, size))
    return icon


# --- toolbar icons drawn in the theme's own text colour ---------------------------------------------
# The style's arrows and bin are dark grey: on the dark theme's toolbar they all but vanished. These
# are drawn in the palette's button-text colour, so each theme gets its own variant (the window
# asks again when the palette changes); disabled ones are greyed by Qt from them.

TOOLBAR_ICONS: Final = ("new", "open", "save", "undo", "redo", "add-partner", "remove-partner")


def _arrow(painter: QPainter, s: float, forward: bool) -> None:
    """A curved arrow turning back (undo) or forward (redo)."""
    path = QPainterPath()
    if forward:
        path.moveTo(QPointF(s * 0.2, s * 0.78))
        path.cubicTo(QPointF(s * 0.2, s * 0.4), QPointF(s * 0.45, s * 0.34), QPointF(s * 0.74, s * 0.34))
        head = [QPointF(s * 0.62, s * 0.18), QPointF(s * 0.86, s * 0.34), QPointF(s * 0.62, s * 0.5)]
    else:
        path.moveTo(QPointF(s * 0.8, s * 0.78))
        path.cubicTo(QPointF(s * 0.8, s * 0.4), QPointF(s * 0.55, s * 0.34), QPointF(s * 0.26, s * 0.34))
        head = [QPointF(s * 0.38, s * 0.18), QPointF(s * 0.14, s * 0.34), QPointF(s * 0.38, s * 0.5)]
    painter.drawPath(path)
    painter.drawPolyline(QPolygonF(head))


def _person(painter: QPainter, s: float, sign: str) -> None:
    """An organisation's person with a plus (add) or a minus (remove) beside it."""
    painter.drawEllipse(QPointF(s * 0.36, s * 0.32), s * 0.14, s * 0.14)
    body = QPainterPath(QPointF(s * 0.1, s * 0.86))
    body.cubicTo(QPointF(s * 0.1, s * 0.52), QPointF(s * 0.62, s * 0.52), QPointF(s * 0.62, s * 0.86))
    painter.drawPath(body)
    painter.drawLine(QPointF(s * 0.68, s * 0.4), QPointF(s * 0.94, s * 0.4))
    if sign == "+":
        painter.drawLine(QPointF(s * 0.81, s * 0.27), QPointF(s * 0.81, s * 0.53))


def _polygon(painter: QPainter, s: float, *points: tuple[float, float]) -> None:
    painter.drawPolygon(QPolygonF([QPointF(s * x, s * y) for x, y in points]))


def _document(painter: QPainter, s: float, kind: str) -> None:
    """A page with a folded corner (new), an open folder (open) or a diskette (save)."""
    if kind == "new":
        _polygon(painter, s, (0.22, 0.1), (0.58, 0.1), (0.8, 0.32), (0.8, 0.9), (0.22, 0.9))
        painter.drawPolyline(QPolygonF([QPointF(s * 0.58, s * 0.1), QPointF(s * 0.58, s * 0.32), QPointF(s * 0.8, s * 0.32)]))
    elif kind == "open":
        painter.drawPolyline(QPolygonF([QPointF(s * x, s * y) for x, y in ((0.1, 0.8), (0.1, 0.2), (0.38, 0.2), (0.46, 0.3), (0.82, 0.3), (0.82, 0.44))]))
        _polygon(painter, s, (0.1, 0.82), (0.24, 0.46), (0.94, 0.46), (0.8, 0.82))
    else:
        _polygon(painter, s, (0.14, 0.14), (0.72, 0.14), (0.86, 0.28), (0.86, 0.86), (0.14, 0.86))
        painter.drawRect(QRectF(s * 0.32, s * 0.14, s * 0.32, s * 0.22))
        painter.drawRect(QRectF(s * 0.28, s * 0.56, s * 0.44, s * 0.3))


def toolbar_icon(name: str, colour: QColor) -> QIcon:
    """``name`` (one of ``TOOLBAR_ICONS``) drawn in ``colour`` at the usual toolbar sizes, each
    when first shown."""
    return _lazy_icon(name, lambda size: _toolbar_pixmap(name, QColor(colour), size))


def _toolbar_pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, size * 0.1), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if name in ("new", "open", "save"):
        _document(painter, size, name)
    elif name in ("undo", "redo"):
        _arrow(painter, size, forward=name == "redo")
    else:
        _person(painter, size, "+" if name == "add-partner" else "-")
    painter.end()
    return pixmap
