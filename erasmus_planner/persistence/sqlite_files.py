"""Opening SQLite files safely: recognise what a file is before SQLite touches it, open read-only
when only reading, and turn every SQLite or OS failure into one PlanError naming the file.

SQLite happily "opens" an empty file, a folder name or random bytes and only fails at the first
query, with messages like "file is not a database". People get a sentence instead, and a read
never creates, truncates or journals anything beside the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import NullPool, QueuePool

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.interchange.files import os_problem, reading
from erasmus_planner.interchange.inputs import PARTNER_DIRECTORY, PLAN_DOCUMENT, InputKind, check_input, kind_words
from erasmus_planner.persistence.errors import DamagedFile, NotOurFile

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_HEADER_SIZE: Final = 100


def read_header(path: Path, *, what: str) -> bytes:
    """The first 100 bytes of an existing SQLite file; anything else is a PlanError.

    ``what`` names the kind of file expected ("plan document", "partner directory") so the
    message can say what the file is not.
    """
    check_input(path, _INPUT_KINDS.get(what) or InputKind(what, PLAN_DOCUMENT.ceiling))  # a FIFO would hang the open below
    with reading(path, what=what), open(path, "rb") as handle:
        header = handle.read(_HEADER_SIZE)
        size = handle.seek(0, 2)
    if size == 0:
        raise DamagedFile("the file is empty; it is not a {what}", what=kind_words(what), source=str(path))
    if not header.startswith(SQLITE_MAGIC):
        raise NotOurFile(_what_it_looks_like(header, what), source=str(path))
    if len(header) < _HEADER_SIZE or _is_truncated(header, size):
        raise DamagedFile(
            "the {what} is damaged: its size does not match its header (cut off while copying or "
            "downloading?); open the backup copy, or the last version you sent or received",
            what=kind_words(what), source=str(path),
        )
    return header


_INPUT_KINDS: Final = {kind.what: kind for kind in (PLAN_DOCUMENT, PARTNER_DIRECTORY)}


def is_wal(header: bytes) -> bool:
    """Whether the database is in WAL mode (file format versions 2 at bytes 18 and 19)."""
    return header[18:20] == b"\x02\x02"


def _what_it_looks_like(header: bytes, what: str) -> Message:
    kind = kind_words(what)
    stripped = header.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"{", b"[")):
        return Message(
            "this is JSON text, not a {what}; if it is a plan in the JSON format, give it the .json extension "
            "(or turn it into a .epplan document with: erasmus-planner convert IN.json OUT.epplan)",
            what=kind,
        )
    if header.startswith(b"PK\x03\x04"):
        return Message("this is a zip archive (a spreadsheet or an office document?), not a {what}", what=kind)
    return Message(
        "this is not a {what}: the planner writes them as SQLite databases, and this file is something else", what=kind
    )


def _is_truncated(header: bytes, size: int) -> bool:
    """Compare the page count the header promises with the bytes actually there."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True  # not a power of two between 512 and 65536: not a sound header
    if size % page_size:
        return True
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96]
    # The in-header page count is only trustworthy when written by SQLite 3.7+ in the same change.
    return pages > 0 and valid_for == change_counter and size < pages * page_size


def _connect_readonly(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    # Text that is not UTF-8 comes back with its bad bytes as lone surrogates (U+DCxx) instead of
    # failing the whole query: the validator then names the partner and the field that hold it.
    connection.text_factory = _lenient_text
    return connection


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def readonly_engine(path: Path) -> Engine:
    """An engine that can only read ``path``: no journal, no new file, no change of any byte."""
    return create_engine("sqlite://", creator=lambda: _connect_readonly(path), poolclass=NullPool)


def writable_engine(path: Path, *, durable: bool = True, pooled: bool = False, busy_timeout_ms: int = 5000) -> Engine:
    """An engine on ``path`` (created if missing).

    ``durable=False`` is for a private temporary file that is fsynced and renamed as a whole
    afterwards: no journal and no syncs while building it, since a crash only leaves a temp file.
    ``pooled=True`` keeps connections open between calls (the partner directory, searched on
    every keystroke); otherwise each use opens and closes its own, so no file stays open.
    """
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=not pooled),
        poolclass=QueuePool if pooled else NullPool,
    )
    if not durable:

        @event.listens_for(engine, "connect")
        def _fast(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA journal_mode = OFF")
            dbapi_connection.execute("PRAGMA synchronous = OFF")

    return engine


@contextlib.contextmanager
def sqlite_errors(path: Path, *, what: str, doing: str = "read") -> Iterator[None]:
    """Turn SQLite's and SQLAlchemy's exceptions into one PlanError naming ``path``."""
    try:
        yield
    except PlanError:
        raise
    except (sa_exc.DBAPIError, sqlite3.Error) as exc:
        original = getattr(exc, "orig", exc)
        if not isinstance(original, sqlite3.Error):  # a team's directory on a server refused or went away
            from erasmus_planner.persistence.directory_server import server_problem

            raise server_problem(original, str(path), what=what) from None
        kind = DamagedFile if _is_damage(original) else PlanError
        raise kind(_sqlite_problem(original, what, doing), source=str(path)) from None
    except OSError as exc:
        template = "cannot be written ({problem})" if doing == "write" else "cannot be read ({problem})"
        raise PlanError(template, problem=os_problem(exc), source=str(path)) from None


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _sqlite_problem(exc: BaseException, what: str, doing: str) -> Message:
    text = str(exc).lower()
    kind = kind_words(what)
    writing = doing == "write"
    if _is_damage(exc):
        return Message("the {what} is damaged and cannot be read; open the backup copy if there is one", what=kind)
    if "locked" in text or "busy" in text:
        return Message("the {what} is busy in another program; try again in a moment", what=kind)
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        if writing:
            return Message("the {what} cannot be written (permission denied or the folder is read-only)", what=kind)
        return Message("the {what} cannot be opened (permission denied or the folder is read-only)", what=kind)
    if "disk" in text and "full" in text:
        return Message("the disk is full; nothing was saved")
    if writing:
        return Message("the {what} cannot be written ({problem})", what=kind, problem=str(exc))
    return Message("the {what} cannot be read ({problem})", what=kind, problem=str(exc))


class NewFileUndo:
    """What opening a SQLite file that does not exist yet will create — the file, its journals and
    any missing folders above it — noted before the opening, so that an action that ends up keeping
    nothing (a refused import into a directory it had to create) can leave no trace of itself.
    A file that already existed is never touched."""

    _JOURNALS: Final = ("-wal", "-shm", "-journal")

    def __init__(self, path: Path) -> None:
        self._path = path
        self._new = not path.exists()
        first_missing = None
        for folder in path.parents:
            if folder.exists():
                break
            first_missing = folder
        self._first_missing_folder = first_missing

    def remove(self) -> None:
        if not self._new:
            return
        for suffix in ("", *self._JOURNALS):
            with contextlib.suppress(OSError):
                Path(f"{self._path}{suffix}").unlink(missing_ok=True)
        if self._first_missing_folder is None:
            return
        for folder in self._path.parents:  # innermost first, up to the first one that was missing
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: something else put there is left alone
            if folder == self._first_missing_folder:
                break
