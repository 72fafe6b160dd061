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

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

PROTOCOL: Final = 1
CONNECT_MS: Final = 1000
# A planner that is busy (opening a large plan, a question on screen) may take a moment to read
# the request; more than this and it is treated as hung.
ANSWER_MS: Final = 8000
# The lock is held only while deciding (a second or two, longer on a loaded machine).
ELECTION_MS: Final = 20000


def runtime_folder() -> Path | None:
    """This user's private folder for the socket and the lock; None when there is no safe one
    (then every start is a planner of its own, as before)."""
    if sys.platform == "win32":
        import tempfile

        folder = Path(tempfile.gettempdir()) / "erasmus-planner"  # %TEMP% is per user on Windows
        try:
            folder.mkdir(exist_ok=True)
        except OSError:
            return None
        return folder
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    # (tempfile's own search costs an import of ~10 ms at every start; TMPDIR or /tmp is its answer here)
    temporary = os.environ.get("TMPDIR") or "/tmp"
    folder = Path(base) / "erasmus-planner" if base and os.path.isdir(base) else Path(temporary) / f"erasmus-planner-{os.getuid()}"
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


class Claim:
    """The outcome of ``claim``: either the request went to a running planner (``forwarded``),
    or this process is to be the planner (``serve`` once the application exists; until then it
    holds the election's lock, so the next start waits for it rather than start a planner too)."""

    def __init__(self, forwarded: bool, name: str | None = None, lock: Any = None) -> None:
        self.forwarded = forwarded
        self.name = name
        self.lock = lock  # QLockFile
        self.server: Any = None

    def serve(self, on_request: Callable[[str | None, dict[str, str]], None]) -> bool:
        """Listen for the next starts; ``on_request(path or None, environment)`` runs in the
        application's thread for each. False when listening failed (the planner works on alone)."""
        try:
            if self.name is None:
                return False
            from erasmus_planner.ui.instance_server import InstanceServer

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
    from PySide6.QtCore import QLockFile

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
    import json

    from erasmus_planner.ui.open_requests import ENVIRONMENT_PASSED

    message = {
        "protocol": PROTOCOL,
        "open": str(Path(plan_path).absolute()) if plan_path else None,
        "environment": {k: os.environ[k] for k in ENVIRONMENT_PASSED if os.environ.get(k)},
    }
    return json.dumps(message).encode("utf-8") + b"\n"


def forward(name: str, plan_path: str | None, *, answer_ms: int = ANSWER_MS) -> bool:
    """True when a running planner at ``name`` took the request."""
    if sys.platform == "win32":
        answer = _exchange_by_pipe(name, request(plan_path), answer_ms)
    else:
        answer = _exchange_by_socket(name, request(plan_path), answer_ms)
    import json

    try:
        return bool(json.loads(answer).get("ok"))
    except (ValueError, AttributeError):
        return False


def _exchange_by_socket(name: str, message: bytes, answer_ms: int) -> bytes:
    """QLocalServer's socket on Unix is a plain Unix-domain socket: the asking side needs no Qt
    (QtNetwork is imported only once this process is the planner, after its first paint)."""
    import socket

    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    answer = b""
    try:
        connection.settimeout(CONNECT_MS / 1000)
        connection.connect(name)
        connection.sendall(message)
        connection.settimeout(answer_ms / 1000)
        while not answer.endswith(b"\n"):
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    except OSError:  # nobody there, a socket left by a crash, no answer in time
        return b""
    finally:
        connection.close()
    return answer


def _exchange_by_pipe(name: str, message: bytes, answer_ms: int) -> bytes:
    """Windows: QLocalServer is a named pipe; QLocalSocket speaks to it."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return b""
    socket.write(message)
    if not socket.waitForBytesWritten(CONNECT_MS):
        return b""
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(answer_ms):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return answer
