"""Where the main window opens and how large: from the screen it opens on, never larger.

The first time, the window takes a comfortable size on a large screen and the whole screen
(maximised) on a laptop or a projector, where a fixed 1280×820 used to run off the edge. A size
and position saved on another screen (a large monitor the laptop is no longer docked to) are
brought inside the screen the window opens on. Sizes are in device-independent pixels, so a
screen at 200 % is treated as the half-size screen it looks like.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

COMFORTABLE: Final = QSize(1400, 900)  # the first size on a screen with room to spare
ROOMY: Final = 0.9  # a comfortable size must leave this share of the screen free, else: maximised
MARGIN: Final = 8  # kept free at the screen's edges for a window frame
TITLE_BAR: Final = 32  # a dialog's title bar, which its own size does not include


def screen_for_new_window() -> QScreen | None:
    """The screen under the mouse pointer (where the user is looking), else the primary one."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def first_placement(available: QRect) -> tuple[QRect, bool]:
    """The window's first geometry on a screen whose free area is ``available``, and whether it
    should open maximised (when a comfortable size would not leave a tenth of the screen free)."""
    width, height = COMFORTABLE.width(), COMFORTABLE.height()
    maximised = width > available.width() * ROOMY or height > available.height() * ROOMY
    size = QSize(min(width, available.width() - 2 * MARGIN), min(height, available.height() - 2 * MARGIN))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect, maximised


def clamped(rect: QRect, available: QRect) -> QRect:
    """``rect`` made to fit inside ``available``: shrunk where it is larger, then moved inside."""
    width = min(rect.width(), available.width() - 2 * MARGIN)
    height = min(rect.height(), available.height() - 2 * MARGIN)
    left = min(max(rect.left(), available.left() + MARGIN), available.right() - MARGIN - width + 1)
    top = min(max(rect.top(), available.top() + MARGIN), available.bottom() - MARGIN - height + 1)
    return QRect(left, top, max(width, 1), max(height, 1))


def place(window: QWidget, saved_geometry: object | None) -> None:
    """Give ``window`` its saved geometry, brought inside the screen it opens on, or its first
    one on the screen under the pointer."""
    if saved_geometry is not None and window.restoreGeometry(saved_geometry):  # type: ignore[arg-type]
        screen = QGuiApplication.screenAt(window.geometry().center()) or screen_for_new_window()
        if screen is not None and not window.isMaximized() and not window.isFullScreen():
            available = screen.availableGeometry()
            if not available.contains(window.geometry()):
                window.setGeometry(clamped(window.geometry(), available))
        return
    screen = screen_for_new_window()
    if screen is None:
        return
    window.setScreen(screen)
    rect, maximised = first_placement(screen.availableGeometry())
    window.setGeometry(rect)
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def fit_dialog(dialog: QWidget, wanted: QSize) -> None:
    """A dialog's first size: ``wanted``, or less where the screen it opens on (its parent
    window's) is smaller — Help ▸ Rules at 1100 pixels ran off a 1024×768 projector."""
    parent = dialog.parentWidget()
    screen = (parent.screen() if parent is not None else None) or screen_for_new_window()
    if screen is None:
        dialog.resize(wanted)
        return
    available = screen.availableGeometry()
    dialog.resize(
        min(wanted.width(), available.width() - 2 * MARGIN),
        min(wanted.height(), available.height() - 2 * MARGIN - TITLE_BAR),
    )
