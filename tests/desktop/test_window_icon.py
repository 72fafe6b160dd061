"""The window shows the planner's own icon — the pixels the desktop's launcher shows — not a
drawing of the EU emblem."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from erasmus_planner.services.desktop_integration import APP_ID, icons_folder
from erasmus_planner.ui.icons import app_icon


def test_the_window_icon_is_the_launchers_icon_at_every_size(qapp) -> None:
    icon = app_icon()
    for size in (16, 32, 48, 256):
        shown = icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        shipped = QImage(str(icons_folder() / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert shown == shipped.convertToFormat(QImage.Format.Format_ARGB32), size


def test_the_icon_is_not_blue_and_gold_like_the_eu_flag(qapp) -> None:
    image = QImage(str(icons_folder() / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"))
    gold = blue = 0
    for y in range(0, 256, 4):
        for x in range(0, 256, 4):
            c = image.pixelColor(x, y)
            if c.alpha() < 200:
                continue
            gold += c.red() > 200 and c.green() > 170 and c.blue() < 80  # the stars' yellow
            blue += c.blue() > 120 and c.red() < 60 and c.green() < 80  # the flag's blue
    assert gold == 0 and blue < 50
