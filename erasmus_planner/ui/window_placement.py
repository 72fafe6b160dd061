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
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

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


def _room_of(window: QWidget) -> QScreen | None:
    """The screen a window or dialog opens on: its parent window's, else the one under the pointer."""
    parent = window.parentWidget()
    return (parent.screen() if parent is not None else None) or screen_for_new_window()


def fit_dialog(dialog: QWidget, wanted: QSize) -> None:
    """A dialog's or window's first size: ``wanted``, or less where the screen it opens on (its
    parent window's) is smaller — Help ▸ Rules at 1100 pixels ran off a 1024×768 projector, the
    Partner Directory at 1000 off an 800×600 screen — and its place: over its parent window,
    inside that screen with room for a title bar. (Qt centres a dialog without counting one, and
    a window of its own that is no dialog, the Team Board, opened on the primary screen.)"""
    screen = _room_of(dialog)
    if screen is None:
        dialog.resize(wanted)
        return
    available = screen.availableGeometry()
    dialog.resize(
        min(wanted.width(), available.width() - 2 * MARGIN),
        min(wanted.height(), available.height() - 2 * MARGIN - TITLE_BAR),
    )
    parent = dialog.parentWidget()
    if parent is None:
        return
    dialog.setScreen(screen)
    frame = QRect(QPoint(0, 0), dialog.size() + QSize(0, TITLE_BAR))
    frame.moveCenter(parent.window().geometry().center())
    dialog.move(clamped(frame, available).topLeft())  # a window's position is its frame's


def grow_to_content(dialog: QWidget, scroll: QScrollArea | None = None) -> None:
    """Make a shown dialog as tall as its wrapped lines need (top-level windows do not grow for
    them by themselves), but never taller than its screen leaves: then ``scroll``, the part that
    scrolls, gets what remains and its buttons stay in view."""
    layout = dialog.layout()
    screen = dialog.screen() or _room_of(dialog)
    room = screen.availableGeometry().height() - 2 * MARGIN - TITLE_BAR if screen is not None else 10_000
    if scroll is not None and scroll.widget() is not None and scroll.widget().layout() is not None:
        inner: QLayout = scroll.widget().layout()
        content = inner.totalHeightForWidth(scroll.viewport().width()) if inner.hasHeightForWidth() else -1
        content = max(content, inner.totalMinimumSize().height())
        rest = layout.totalMinimumSize().height() - (scroll.minimumHeight() or scroll.minimumSizeHint().height())
        scroll.setMinimumHeight(max(80, min(content + 2 * scroll.frameWidth(), room - rest)))
    layout.activate()
    needed = max(layout.totalHeightForWidth(dialog.width()), layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), min(needed, max(room, dialog.minimumHeight())))
    if screen is not None:  # placed for its first height: grown, it may reach off the bottom
        available = screen.availableGeometry()
        frame = QRect(dialog.pos(), dialog.size() + QSize(0, TITLE_BAR))
        if not available.contains(frame):
            dialog.move(clamped(frame, available).topLeft())
