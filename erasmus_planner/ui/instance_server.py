"""The running planner's end of "one planner per user" (``single_instance``): it reads each new
start's request, answers it, and opens the plan in the window, which comes to the front.

Imported once this process is the planner, after the window's first paint: QtNetwork is not on
the way to the first picture.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from erasmus_planner.ui.open_requests import ENVIRONMENT_PASSED


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
            passed = {str(k): str(v) for k, v in environment.items() if k in ENVIRONMENT_PASSED}
            self.pending.append((path, passed))
            # After this slot returns: opening may ask questions in an event loop of their own.
            QTimer.singleShot(0, self._deliver)

    def _deliver(self) -> None:
        while self.pending:
            self.on_request(*self.pending.pop(0))
