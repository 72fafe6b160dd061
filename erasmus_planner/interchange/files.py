"""Reading and writing files the way every part of the planner must: one clear message naming
the file when the OS says no, and saves that a crash at any moment leaves either the old or the
new content — never a mixture, never a half-written file.

Plans (JSON and .epplan), spreadsheets, recovery snapshots and PDF briefings all go through here.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable

from erasmus_planner.domain.errors import Message, PlanError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from pathlib import Path

# The OS's reasons a user can act on, in words the catalogues translate; any other reason is
# shown as the OS words it.
_OS_PROBLEMS: dict[int, Message] = {
    errno.EACCES: Message("permission denied"),
    errno.EPERM: Message("permission denied"),
    errno.ENOSPC: Message("no space left on device"),
    errno.EROFS: Message("the drive is read-only"),
    errno.ENAMETOOLONG: Message("the file name is too long"),
    errno.ENOENT: Message("the folder does not exist"),
}
if hasattr(errno, "EDQUOT"):  # not on every system
    _OS_PROBLEMS[errno.EDQUOT] = Message("the disk quota is used up")


def os_problem(exc: OSError) -> Message | str:
    """An OSError as the end of a sentence ("permission denied", "no space left on device")."""
    if isinstance(exc, PermissionError):
        return _OS_PROBLEMS[errno.EACCES]
    if exc.errno in _OS_PROBLEMS:
        return _OS_PROBLEMS[exc.errno]
    return (exc.strerror or str(exc)).lower()


class reading:  # noqa: N801 (used as ``with reading(path, what=...):``, like a function)
    """Turn the OS's reasons for not reading ``path`` into one PlanError naming it.

    ``what`` is the kind of file expected ("spreadsheet", "plan file"): the folder case names it
    in English and says "not a file" in other languages, where the article would depend on it.
    (A class rather than ``contextlib.contextmanager``: every check process reads a plan through
    here, and need not import contextlib for it.)
    """

    __slots__ = ("path", "what")

    def __init__(self, path: str | os.PathLike[str], *, what: str) -> None:
        self.path = path
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if not isinstance(exc, OSError):
            return
        source = str(self.path)
        if isinstance(exc, FileNotFoundError):
            raise PlanError("no such file", source=source) from None
        if isinstance(exc, IsADirectoryError):
            raise PlanError(folder_not_file(self.what), source=source) from None
        if isinstance(exc, PermissionError):
            raise PlanError("permission denied: the file cannot be read", source=source) from None
        raise PlanError("cannot be read ({problem})", problem=os_problem(exc), source=source) from None


_FOLDER_NOT_A_FILE = Message("this is a folder, not a file")
_FOLDER_NOT: dict[str, Message] = {
    "plan file": Message("this is a folder, not a plan file"),
    "spreadsheet": Message("this is a folder, not a spreadsheet"),
    "plan document": Message("this is a folder, not a plan document"),
    "partner directory": Message("this is a folder, not a partner directory"),
}


def folder_not_file(what: str) -> Message:
    """"This is a folder, not a …" for the kind of file expected."""
    return _FOLDER_NOT.get(what, _FOLDER_NOT_A_FILE)


def temp_path_beside(path: Path) -> Path:
    """A new empty file next to ``path`` (same folder, so the final rename is atomic)."""
    import tempfile  # here: reading a plan (every check process) never needs it, ~3 ms to import
    from pathlib import Path  # likewise (~3 ms with urllib.parse and ipaddress)

    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PlanError(
            "cannot write in the folder {folder} ({problem}); nothing was saved", folder=str(folder), problem=os_problem(exc), source=str(path)
        ) from None
    os.close(fd)
    return Path(name)


def replace_atomically(path: Path, build: Callable[[Path], None]) -> None:
    """Call ``build(temp)`` to write the new content, then make it ``path`` in one step."""
    if path.is_dir():
        raise PlanError("this is a folder; choose a file name to save to", source=str(path))
    tmp = temp_path_beside(path)
    try:
        build(tmp)
        # mkstemp makes the file owner-only; keep the old file's mode (or the umask's for a new
        # one) so a plan or briefing on a shared drive stays readable by the others.
        os.chmod(tmp, mode_for(path))
        _fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise PlanError(
                "cannot be written ({problem}); the previous version is unchanged", problem=os_problem(exc), source=str(path)
            ) from None
        raise
    fsync_folder(tmp.parent)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    from pathlib import Path

    replace_atomically(Path(path), lambda tmp: tmp.write_bytes(data))


def mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_current_umask()


def _current_umask() -> int:
    """The process umask, read without changing it where the OS allows (saves run on worker threads)."""
    try:
        with open("/proc/self/status") as status:
            lines = status.read().splitlines()
        for line in lines:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _fsync_file(path: Path) -> None:
    # Read-write: Windows refuses to flush a handle opened for reading only.
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
