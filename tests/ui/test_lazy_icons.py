"""The status and toolbar icons are drawn a size at a time, when first shown (start-up draws one
of five; docs/performance.md, bench/startup.py) — and look exactly as the icons that were given
all five sizes up front: at every size and screen scale, enabled, disabled and selected, in the
light and the dark theme's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from erasmus_planner.ui import icons

MODES = (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected)
REQUESTS = (8, 12, 16, 18, 20, 22, 24, 28, 32, 40, 48, 64)
SCALES = (1.0, 1.25, 1.5, 2.0, 3.0)


def _eager(draw) -> QIcon:
    """The icon as it was built before: every size drawn and added at once."""
    icon = QIcon()
    for size in icons._SIZES:
        icon.addPixmap(draw(size))
    return icon


def _bytes(pixmap) -> tuple:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    return (pixmap.size(), pixmap.devicePixelRatio(), bytes(image.constBits()))


def _painted(icon: QIcon, side: int, scale: float, mode: QIcon.Mode) -> bytes:
    image = QImage(round(side * scale) + 4, round(side * scale) + 4, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    icon.paint(painter, QRect(1, 1, side, side), Qt.AlignmentFlag.AlignCenter, mode)
    painter.end()
    return bytes(image.constBits())


CASES = [
    ("toolbar", name, colour) for name in icons.TOOLBAR_ICONS for colour in ("#202020", "#f0f0f0")
] + [("status", status, None) for status in ("pass", "fail", "warn", "info", "unknown")]


@pytest.mark.parametrize(("kind", "name", "colour"), CASES)
def test_a_lazily_drawn_icon_has_the_pixels_of_the_one_drawn_at_once(qapp, kind: str, name: str, colour: str | None) -> None:
    if kind == "toolbar":
        lazy = icons.toolbar_icon(name, QColor(colour))
        eager = _eager(lambda size: icons._toolbar_pixmap(name, QColor(colour), size))
    else:
        icons.status_icon.cache_clear()
        lazy = icons.status_icon(name)
        eager = _eager(lambda size: icons._draw(name if name in icons.COLOURS else "info", size))
    copy = QIcon(lazy)  # as an action hands it to its buttons
    for side in REQUESTS:
        size = QSize(side, side)
        for mode in MODES:
            assert lazy.actualSize(size, mode) == eager.actualSize(size, mode)
            for scale in SCALES:
                assert _bytes(copy.pixmap(size, scale, mode)) == _bytes(eager.pixmap(size, scale, mode)), (side, scale, mode)
                assert _painted(lazy, side, scale, mode) == _painted(eager, side, scale, mode), (side, scale, mode)
        assert _bytes(lazy.pixmap(side)) == _bytes(eager.pixmap(side))
    assert lazy.availableSizes() == eager.availableSizes()
    assert not lazy.isNull()


def test_an_icon_draws_only_the_sizes_asked_for(qapp) -> None:
    icons.drawn.clear()
    icon = icons.toolbar_icon("save", QColor("black"))
    assert icons.drawn == {}
    icon.pixmap(QSize(24, 24), 1.0)
    QIcon(icon).pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled)
    assert icons.drawn == {("save", 24): 1}
    icon.pixmap(QSize(24, 24), 2.0)
    assert icons.drawn == {("save", 24): 1, ("save", 48): 1}
