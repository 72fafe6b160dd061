"""One planner per user: a plan opened while the planner runs opens in its window.

A double-clicked ``.epplan``, ``erasmus-planner open PLAN`` or ``erasmus-planner PLAN`` first asks
the running planner (a local socket, QLocalServer/QLocalSocket, in the user's own runtime folder,
reachable by this user only) to open the plan and come to the front; only when no planner answers
does the process become the planner itself and listen for the next ones.

Who becomes the planner is decided under a lock file, so two plans double-clicked together never
start two planners, and a planner that crashed leaves nothing that stops the next one: its lock is
stale (its process is gone) and its socket file is replaced when the next planner listens. A
planner that is there but does not answer (hung) is left alone: the new process opens its own
window rather than wait for ever.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QLockFile, QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

PROTOCOL: Final = 1
CONNECT_MS: Final = 1000
# A planner that is busy (opening a large plan, a question on screen) may take a moment to read
# the request; more than this and it is treated as hung.
ANSWER_MS: Final = 8000
# The lock is held only while deciding (a second or two, longer on a loaded machine).
ELECTION_MS: Final = 20000
_ENVIRONMENT_PASSED: Final = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


def runtime_folder() -> Path | None:
    """This user's private folder for the socket and the lock; None when there is no safe one
    (then every start is a planner of its own, as before)."""
    if sys.platform == "win32":
        return Path(tempfile.gettempdir()) / "erasmus-planner"  # %TEMP% is per user on Windows
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(base) / "erasmus-planner" if base and os.path.isdir(base) else Path(tempfile.gettempdir()) / f"erasmus-planner-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    # A folder someone else made, or one others may write to, could hand this user's plans to
    # another user's program: refuse it.
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder


def server_name(folder: Path) -> str:
    if sys.platform == "win32":
        # Named pipes live in one namespace per machine: the user's name keeps users apart,
        # QLocalServer.UserAccessOption keeps others out.
        user = os.environ.get("USERNAME", "user")
        return f"erasmus-planner-{user}"
    return str(folder / "socket")


@dataclass
class Claim:
    """The outcome of ``claim``: either the request went to a running planner (``forwarded``),
    or this process is to be the planner (``serve`` once the application exists)."""

    forwarded: bool
    name: str | None = None
    lock: Any = None  # QLockFile, held until ``serve`` listens
    server: Any = None

    def serve(self, on_request: Callable[[str | None, dict[str, str]], None]) -> bool:
        """Listen for the next starts; ``on_request(path or None, environment)`` runs in the
        application's thread for each. False when listening failed (the planner works on alone)."""
        try:
            if self.name is None:
                return False
            server = InstanceServer(on_request)
            if not server.listen(self.name):
                return False
            self.server = server
            return True
        finally:
            self.release()

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def claim(plan_path: str | None, *, answer_ms: int = ANSWER_MS) -> Claim:
    """Hand ``plan_path`` to the running planner, or become the planner (see the module's text)."""
    folder = runtime_folder()
    if folder is None:
        return Claim(forwarded=False)
    name = server_name(folder)
    lock = QLockFile(str(folder / "election.lock"))
    lock.setStaleLockTime(0)  # stale only when the process that holds it is gone
    if not lock.tryLock(ELECTION_MS):
        return Claim(forwarded=False)  # something holds it for ever: work alone rather than wait
    if forward(name, plan_path, answer_ms=answer_ms):
        lock.unlock()
        return Claim(forwarded=True)
    return Claim(forwarded=False, name=name, lock=lock)


def request(plan_path: str | None) -> bytes:
    message = {
        "protocol": PROTOCOL,
        "open": str(Path(plan_path).absolute()) if plan_path else None,
        "environment": {k: os.environ[k] for k in _ENVIRONMENT_PASSED if os.environ.get(k)},
    }
    return json.dumps(message).encode("utf-8") + b"\n"


def forward(name: str, plan_path: str | None, *, answer_ms: int = ANSWER_MS) -> bool:
    """True when a running planner at ``name`` took the request."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(request(plan_path))
    if not socket.waitForBytesWritten(CONNECT_MS):
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(answer_ms):
        answer += bytes(socket.readAll().data())
    socket.abort()
    try:
        return bool(json.loads(answer).get("ok"))
    except (ValueError, AttributeError):
        return False


class InstanceServer(QObject):
    """The running planner's end: reads each start's request, answers, and passes it on.

    Slots are methods, never lambdas holding the server or a connection: PySide6 can crash at
    exit on such cycles."""

    def __init__(self, on_request: Callable[[str | None, dict[str, str]], None]) -> None:
        super().__init__()
        self.on_request = on_request
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.received: dict[QLocalSocket, bytearray] = {}
        self.pending: list[tuple[str | None, dict[str, str]]] = []

    def listen(self, name: str) -> bool:
        if self.server.listen(name):
            return True
        if self.server.serverError() != QLocalServer.SocketError.AddressInUseError:
            return False
        # A socket left by a planner that crashed: nobody answered it, and the election is ours.
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            self.received[connection] = bytearray()
            connection.readyRead.connect(self._read)
            connection.disconnected.connect(self._forget)
            if connection.bytesAvailable():
                self._read(connection)

    def _forget(self) -> None:
        connection = self.sender()
        self.received.pop(connection, None)  # type: ignore[call-overload]
        connection.deleteLater()

    def _read(self, connection: QLocalSocket | None = None) -> None:
        connection = connection or self.sender()  # type: ignore[assignment]
        received = self.received.get(connection)  # type: ignore[arg-type]
        if received is None:
            return
        received.extend(bytes(connection.readAll().data()))  # type: ignore[union-attr]
        if len(received) > 65536:  # not a request of ours
            connection.abort()  # type: ignore[union-attr]
            return
        if b"\n" not in received:
            return
        line = bytes(received).split(b"\n", 1)[0]
        received.clear()
        try:
            message = json.loads(line)
            path = message.get("open")
            environment = message.get("environment") or {}
            valid = isinstance(path, (str, type(None))) and isinstance(environment, dict)
        except (ValueError, AttributeError):
            valid = False
        connection.write(json.dumps({"ok": valid}).encode("utf-8") + b"\n")  # type: ignore[union-attr]
        connection.flush()  # type: ignore[union-attr]
        connection.disconnectFromServer()  # type: ignore[union-attr]
        if valid:
            passed = {str(k): str(v) for k, v in environment.items() if k in _ENVIRONMENT_PASSED}
            self.pending.append((path, passed))
            # After this slot returns: opening may ask questions in an event loop of their own.
            QTimer.singleShot(0, self._deliver)

    def _deliver(self) -> None:
        while self.pending:
            self.on_request(*self.pending.pop(0))


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
