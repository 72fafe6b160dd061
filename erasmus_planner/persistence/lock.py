"""One writer per plan: a lock file beside the plan, held with an operating-system lock.

The operating system releases the lock when the holding process ends, however it ends, so a
lock left by a crashed or killed planner is simply taken over by the next one. The file's
content (process id, host, user, since when) is only there to tell the second process who holds
the plan.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Final

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.values import Value
from erasmus_planner.interchange.files import os_problem

# Windows locks a byte range; one far beyond the content leaves the content readable to others.
_WINDOWS_LOCK_OFFSET: Final = 1 << 30
_ATTEMPTS: Final = 5


class LockHolder(Value):
    """Who holds a plan's lock, as its lock file says (a plain value: no ``dataclasses`` at start)."""

    __slots__ = _fields = ("pid", "host", "user", "since")

    pid: int | None
    host: str | None
    user: str | None
    since: str | None

    def __init__(self, pid: int | None, host: str | None, user: str | None = None, since: str | None = None) -> None:
        set_ = object.__setattr__
        set_(self, "pid", pid)
        set_(self, "host", host)
        set_(self, "user", user)
        set_(self, "since", since)


class PlanLocked(PlanError):
    """The plan cannot be opened for editing: open elsewhere (``holder`` says where, when known),
    or no lock can be taken (``reason`` says why). The message ends by offering read-only, which
    is what the window does; the command line words its own ending from ``problem``."""

    def __init__(self, path: Path, holder: LockHolder | None, *, reason: Message | None = None, writing: bool = False) -> None:
        self.path = path
        self.holder = holder
        self.reason = reason  # why no lock can be taken; None when the plan is open elsewhere
        self.problem = (
            Message("is open in another window or program{holder}", holder=_describe(holder))
            if reason is None
            else Message("cannot be opened for editing: {reason}", reason=reason)
        )
        # A command or a save cannot "open it read-only": it says the file was left alone.
        ending = (
            Message("{problem}; it was not changed (close it there, then try again)", problem=self.problem)
            if writing
            else Message("{problem}; open it read-only?", problem=self.problem)
        )
        super().__init__(ending, source=str(path))

    @property
    def elsewhere(self) -> bool:
        """Open in another window or program (not: no lock can be taken here)."""
        return self.reason is None


def _describe(holder: LockHolder | None) -> Message | str:
    if holder is None or (holder.pid is None and holder.host is None):
        return ""
    pid, host = holder.pid if holder.pid is not None else "?", holder.host or "?"
    if holder.user:
        return Message(" (process {pid} on host {host}, user {user})", pid=pid, host=host, user=holder.user)
    return Message(" (process {pid} on host {host})", pid=pid, host=host)


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class PlanLock:
    """``acquire()`` before editing ``path``; ``release()`` when the window closes it.

    Usable as a context manager. ``acquire`` raises ``PlanLocked`` when another process holds the
    plan, or when the folder cannot be written (then the plan can only be opened read-only).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.lock_path = lock_path_for(self.path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        for _ in range(_ATTEMPTS):
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise PlanLocked(
                    self.path,
                    None,
                    reason=Message("no lock can be written beside it ({problem})", problem=os_problem(exc)),
                ) from None
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise PlanLocked(self.path, holder)
            if _still_named(fd, self.lock_path):
                _write_holder(fd)
                self._fd = fd
                return
            # The previous holder removed the file between our open and our lock: start again.
            os.close(fd)
        raise PlanLocked(self.path, None, reason=Message("the lock keeps changing; try again"))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
        else:
            # Remove the name while still holding the lock, so nobody locks a file about to vanish.
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
            os.close(fd)

    def holder(self) -> LockHolder | None:
        """Who holds the plan now (None when nobody does)."""
        try:
            fd = os.open(self.lock_path, os.O_RDWR)
        except OSError:
            return None
        try:
            if self._fd is None and _try_lock(fd):
                _unlock(fd)
                return None
            return _read_holder(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> PlanLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.release()


@contextlib.contextmanager
def locked_for_writing(path: str | os.PathLike[str], holding: PlanLock | None = None) -> Iterator[PlanLock]:
    """The one lock discipline of every writer of a plan file: a save from the window, ``convert``,
    ``import-partners``, the save that upgrades an older document.

    ``holding`` is the caller's own lock on ``path`` (the window holds its plan's for as long as
    the plan is open); without it the lock is taken for the duration of the write and released
    after. A plan open anywhere else is refused with ``PlanLocked`` naming the holder, before a
    byte is written. Under the lock, temporary files left beside the plan by a save that was
    killed half-way are removed: nobody else can be writing them.
    """
    path = Path(path)
    if holding is not None and holding.held and holding.path.absolute() == path.absolute():
        remove_leftovers(path)
        yield holding
        return
    lock = PlanLock(path)
    try:
        lock.acquire()
    except PlanLocked as exc:
        raise PlanLocked(path, exc.holder, reason=exc.reason, writing=True) from None
    try:
        remove_leftovers(path)
        yield lock
    finally:
        lock.release()


def remove_leftovers(path: Path) -> None:
    """Remove the temporary files a killed save of ``path`` left beside it (``.NAME.*.tmp``, see
    ``interchange.files.temp_path_beside``). Only call it while holding the plan's lock."""
    # The names ``.NAME.*.tmp`` compared as strings: ``glob`` would compile a pattern (``fnmatch``,
    # ~2 ms) at every open, before the window's first paint.
    folder = path.parent if str(path.parent) else Path(".")
    prefix, suffix = f".{path.name}.", ".tmp"
    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in entries if e.name.startswith(prefix) and e.name[len(prefix) :].endswith(suffix)]
    except OSError:
        return
    for name in names:
        with contextlib.suppress(OSError):
            (folder / name).unlink()


def _still_named(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _write_holder(fd: int) -> None:
    data = {
        "pid": os.getpid(),
        "host": _host(),
        "user": _user(),
        "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, json.dumps(data).encode("utf-8"))


def _host() -> str:
    """The host name (``socket.gethostname()``). Where there is ``os.uname`` its node name is the
    same string, without importing ``socket`` (~3 ms) before the window's first paint."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers and services
        return None


def _read_holder(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    return LockHolder(
        pid=pid if isinstance(pid, int) else None,
        host=str(data["host"]) if data.get("host") else None,
        user=str(data["user"]) if data.get("user") else None,
        since=str(data["since"]) if data.get("since") else None,
    )


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
