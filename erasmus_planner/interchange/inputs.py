"""The one guarded way in for every file a user hands the planner: plans, documents, spreadsheets,
directories.

* Ordinary files only. A named pipe (FIFO) would make a read wait forever, a device such as
  ``/dev/zero`` would fill the memory, a socket cannot be read at all: each is refused at once,
  by its name, before anything is opened, created or locked.
* A ceiling per kind of file (``docs/limits.md``), checked before reading and again while
  reading (a file can grow, and files under ``/proc`` claim to be empty): memory stays bounded
  whatever the file says about itself.
* Every OS refusal is one ``PlanError`` naming the file (``files.reading``).

Usage: ``read_input(path, SPREADSHEET)`` for the bytes, ``check_input(path, PLAN_DOCUMENT)`` for
a file another library opens by name (SQLite), ``kind_words(kind.what)`` for the kind as words.
"""

from __future__ import annotations

import os
import stat

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.interchange.files import folder_not_file, reading

TYPE_CHECKING = False  # typing.TYPE_CHECKING: no typing, dataclasses or pathlib on every check's path
if TYPE_CHECKING:
    from typing import BinaryIO, Final

    Where = str | os.PathLike[str]

_CHUNK: Final = 1024 * 1024
# Not blocking on open: a FIFO swapped in after the check must not hang the open itself;
# not becoming the controlling terminal of a terminal device; binary on Windows.
_OPEN_FLAGS: Final = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class InputKind:
    """A kind of input file: what it is called in messages, and the largest one accepted (bytes)."""

    __slots__ = ("what", "ceiling")

    def __init__(self, what: str, ceiling: int) -> None:
        self.what = what
        self.ceiling = ceiling


PLAN_FILE: Final = InputKind("plan file", limits.PLAN_FILE_MAX)
PLAN_DOCUMENT: Final = InputKind("plan document", limits.PLAN_DOCUMENT_MAX)
SPREADSHEET: Final = InputKind("spreadsheet", limits.SPREADSHEET_MAX)
PARTNER_DIRECTORY: Final = InputKind("partner directory", limits.DIRECTORY_MAX)
FUNDED_LIST: Final = InputKind("list of funded projects", limits.FUNDED_LIST_MAX)

_KINDS: Final = {
    "plan file": Message("plan file"),
    "plan document": Message("plan document"),
    "spreadsheet": Message("spreadsheet"),
    "partner directory": Message("partner directory"),
    "list of funded projects": Message("list of funded projects"),
}


def kind_words(what: str) -> Message:
    """The kind of file ("plan document", "spreadsheet") as a noun the catalogues translate."""
    return _KINDS.get(what) or Message(what)


def check_input(path: Where, kind: InputKind) -> int:
    """Refuse anything but an ordinary file within ``kind``'s ceiling; return its size.

    For files another library opens by name (SQLite): the check cannot stop the file being
    swapped afterwards, but a FIFO, a device or a giant is refused before anything touches it.
    """
    with reading(path, what=kind.what):
        info = os.stat(path)
    _refuse_unless_regular(path, info.st_mode, kind)
    _refuse_if_larger(path, info.st_size, kind)
    return info.st_size


def read_input(path: Where, kind: InputKind) -> bytes:
    """The whole content of the ordinary file ``path``, at most ``kind.ceiling`` bytes of it."""
    check_input(path, kind)
    with reading(path, what=kind.what):
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)  # the file actually opened, should it have been swapped
            _refuse_unless_regular(path, info.st_mode, kind)
            return _read_bounded(fd, path, kind)
        finally:
            os.close(fd)


def open_input(path: Where, kind: InputKind) -> BinaryIO:
    """The ordinary file ``path`` opened to be read as a stream, a row at a time (a list of
    funded projects may be far larger than memory should hold): refused like ``read_input``
    unless ordinary and within ``kind``'s ceiling. The caller closes it."""
    check_input(path, kind)
    with reading(path, what=kind.what):
        fd = os.open(path, _OPEN_FLAGS)
    try:
        _refuse_unless_regular(path, os.fstat(fd).st_mode, kind)  # the file actually opened
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bounded(fd: int, path: Where, kind: InputKind) -> bytes:
    chunks: list[bytes] = []
    left = kind.ceiling + 1  # one byte more than allowed tells "too large" from "exactly the ceiling"
    while left > 0:
        chunk = os.read(fd, min(_CHUNK, left))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    if left <= 0:  # larger than its size said (a growing file, one under /proc): how much, unknown
        _refuse_if_larger(path, kind.ceiling + 1, kind, size_known=False)
    return b"".join(chunks)


def _refuse_unless_regular(path: Where, mode: int, kind: InputKind) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise PlanError(folder_not_file(kind.what), source=str(path))
    if stat.S_ISFIFO(mode):
        thing = Message("a named pipe (FIFO)")
    elif stat.S_ISSOCK(mode):
        thing = Message("a socket")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        thing = Message("a device")
    else:
        thing = Message("not an ordinary file")
    raise PlanError(
        "this is {thing}, not a {what}; the planner reads only ordinary files", thing=thing, what=kind_words(kind.what), source=str(path)
    )


def _refuse_if_larger(path: Where, size: int, kind: InputKind, *, size_known: bool = True) -> None:
    if size > kind.ceiling:
        raise PlanError(
            "the file is too large ({size}); a {what} may be at most {limit} (see the limits in the documentation)",
            size=limits.size_text(size) if size_known else Message("more than {limit}", limit=limits.size_text(kind.ceiling)),
            what=kind_words(kind.what), limit=limits.size_text(kind.ceiling), source=str(path),
        )
