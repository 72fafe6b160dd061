"""Plans that reach the running planner from outside: another start of the planner
(``instance_server``) or the desktop itself (macOS's open-file events). Each opens in the window,
which comes to the front.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

# What a new start passes on from its environment: the desktop's permission to raise a window
# (Wayland's activation token; X11's startup id).
ENVIRONMENT_PASSED: Final = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


def bring_to_front(window: Any, environment: dict[str, str]) -> None:
    """Show ``window`` restored, raised and active — with the activation token the desktop gave
    the process that asked, which Wayland compositors require before they let a window take focus."""
    token = environment.get("XDG_ACTIVATION_TOKEN")
    if token:
        os.environ["XDG_ACTIVATION_TOKEN"] = token  # Qt's Wayland plugin reads it on activation
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class OpenRequests:
    """Plans that other starts (or the desktop, as macOS's open-file events) ask to open.

    A request that arrives while a question is on screen waits until it is answered: opening a
    plan under a modal dialog would ask "save changes?" on top of another question.
    """

    def __init__(self, window: Any, open_plan: Callable[[str], Any], current_path: Callable[[], Any] = lambda: None) -> None:
        self.window = window
        self.open_plan = open_plan
        self.current_path = current_path
        self.waiting: list[str] = []
        self.timer = QTimer(window)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._open_waiting)

    def __call__(self, path: str | None, environment: dict[str, str] | None = None) -> None:
        from PySide6.QtWidgets import QApplication

        bring_to_front(self.window, environment or {})
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.raise_()
            modal.activateWindow()
        if path and not self._is_open(path):
            self.waiting.append(path)
            self._open_waiting()

    def _is_open(self, path: str) -> bool:
        """The plan asked for is the one in the window: coming to the front is all there is to do
        (opening it again would ask whether to save it first)."""
        current = self.current_path()
        try:
            return current is not None and os.path.samefile(current, path)
        except OSError:
            return False

    def _open_waiting(self) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.activeModalWidget() is not None:
            self.timer.start()
            return
        self.timer.stop()
        while self.waiting:
            self.open_plan(self.waiting.pop(0))


class FileOpenEvents(QObject):
    """macOS hands a double-clicked plan to the running application as a FileOpen event
    (an application event filter: ``QApplication.instance().installEventFilter``)."""

    def __init__(self, requests: OpenRequests, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests = requests

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.requests(event.file())
            return True
        return False
