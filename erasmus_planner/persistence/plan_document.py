"""The ``.epplan`` plan document: the plan of the JSON format plus its change history and free notes.

An ``.epplan`` file is an SQLite database (schema in ``schema.py``, version in its Alembic revision).

* Reading never changes a byte: the file is opened read-only after its header has been checked,
  so random bytes, a truncated copy, a folder or another program's database each give one clear
  PlanError. An older schema is migrated first, after a backup copy is written beside the file
  (``migrate.py``); a newer one is refused and left alone.
* Writing builds a complete new database in a temporary file in the same folder, flushes it to
  disk and renames it over the old one (``interchange/files.py``): a crash leaves the old plan or the
  new one. The history is carried over from the file being replaced, with one entry per save
  that changed something. The first save over an older schema writes a backup of it first.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Column, Engine, MetaData, String, Table, insert, text
from sqlalchemy.orm import Session

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.persistence import plan_mapping
from erasmus_planner.interchange.files import reading, replace_atomically
from erasmus_planner.persistence.errors import DamagedFile, FileTooNew, NotOurFile
from erasmus_planner.persistence.history import HistoryEntry, describe_changes, summarise
from erasmus_planner.persistence.organisation_columns import to_json_text
from erasmus_planner.persistence.schema import (
    APPLICATION_ID,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SCHEMA_VERSION,
    Base,
    HistoryRow,
    PartnerRow,
    PlanRow,
)
from erasmus_planner.persistence.sqlite_files import (
    is_wal,
    kind_words,
    read_header,
    readonly_engine,
    sqlite_errors,
    writable_engine,
)

SUFFIX: Final = ".epplan"
WHAT: Final = "plan document"

# Alembic's bookkeeping table, written directly so that saving needs no Alembic import.
_VERSION_TABLE: Final = Table("alembic_version", MetaData(), Column("version_num", String(32), primary_key=True))

__all__ = [
    "HistoryEntry",
    "PlanDocument",
    "read_document",
    "read_history",
    "read_notes",
    "read_plan",
    "schema_version",
    "write_document",
    "write_notes",
    "write_plan",
]


@dataclass(frozen=True)
class PlanDocument:
    """Everything an ``.epplan`` file holds: the plan, the free notes and the history (oldest first)."""

    plan: Plan
    notes: str = ""
    history: tuple[HistoryEntry, ...] = ()


# --- reading -------------------------------------------------------------------------------------


def read_document(path: str | os.PathLike[str]) -> PlanDocument:
    """Open a plan document; reads an older schema through a migrated private copy, refuses a newer one."""
    return _read(Path(path))[0]


def _read(path: Path) -> tuple[PlanDocument, int]:
    """The document and the schema version it is stored in."""
    header = read_header(path, what=WHAT)
    with _readable(path, header) as readable:
        with _session(readable, path) as session:
            version = _check_document(session, path)
            if version == SCHEMA_VERSION:
                return _load(session, path), version
        from erasmus_planner.persistence.migrate import migrated_copy

        with migrated_copy(readable, version, what=WHAT) as current, _session(current, path) as session:
            _check_document(session, path)
            return _load(session, path), version


@contextlib.contextmanager
def _readable(path: Path, header: bytes) -> Iterator[Path]:
    """``path`` itself, or for a document in WAL mode a private copy of it and its ``-wal``:
    SQLite reads WAL files only with ``-shm`` and ``-wal`` files beside them, which a read must
    never leave behind (nor need a writable folder for)."""
    if not is_wal(header):
        yield path
        return
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="erasmus-planner-") as folder:
        copy = Path(folder) / "reading.epplan"
        with reading(path, what=WHAT):
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        yield copy


def read_plan(path: str | os.PathLike[str]) -> Plan:
    return read_document(path).plan


def read_history(path: str | os.PathLike[str]) -> list[HistoryEntry]:
    """What changed and when, oldest first."""
    return list(read_document(path).history)


def read_notes(path: str | os.PathLike[str]) -> str:
    return read_document(path).notes


def schema_version(path: str | os.PathLike[str]) -> int:
    """The schema version of the document at ``path``, without migrating it."""
    path = Path(path)
    header = read_header(path, what=WHAT)
    with _readable(path, header) as readable, _session(readable, path) as session:
        return _check_document(session, path)


@contextlib.contextmanager
def _session(path: Path, named: Path) -> Iterator[Session]:
    """A read-only session on ``path``; errors name ``named`` (the user's file, not a private copy)."""
    engine = readonly_engine(path)
    try:
        with sqlite_errors(named, what=WHAT), Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def _check_document(session: Session, path: Path) -> int:
    """The file's schema version, once it is known to be a sound plan document of a version we can read."""
    tables = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
    application_id = session.scalar(text("PRAGMA application_id"))
    if not {"alembic_version", "plan"} <= tables or application_id not in (0, APPLICATION_ID):
        raise NotOurFile(
            "this is a database of another program, not a plan document (it holds no plan)", source=str(path)
        )
    # Raw SQL: the value as stored, whatever its type (a hostile file may hold a number or a BLOB).
    revision = session.scalar(text("SELECT version_num FROM alembic_version"))
    if revision in KNOWN_REVISIONS:
        version = int(revision)
    elif isinstance(revision, str) and revision.isdigit() and int(revision) > SCHEMA_VERSION:
        raise FileTooNew(
            "this plan was saved by a newer version of the planner (document {shown}; this program "
            "reads up to version {ours}). It was not changed; open it with a newer version of the planner",
            shown=Message("version {version}", version=int(revision)), ours=SCHEMA_VERSION, source=str(path),
        )
    else:
        # Not one we wrote, not a newer number: damaged, or from a future planner that names its
        # revisions otherwise. Either way not ours to read, nor to overwrite (FileTooNew).
        raise FileTooNew(
            "the {what} names a schema revision this program does not know ({revision}); it was written by "
            "a newer version of the planner, or it is damaged. It was not changed",
            what=kind_words(WHAT), revision=_shown(revision), source=str(path),
        )
    verdict = session.scalars(text("PRAGMA quick_check")).all()
    if verdict != ["ok"]:
        raise DamagedFile(
            "the {what} is damaged ({details}); open the backup copy if there is one",
            what=kind_words(WHAT), details="; ".join(verdict[:3]), source=str(path),
        )
    return version


def _shown(value: object) -> str:
    """A stored value as a message shows it: a short repr, whatever its type (text, a number, a BLOB)."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"


def _load(session: Session, path: Path) -> PlanDocument:
    # Raw SQL, not the ORM: the values exactly as stored (SQLite keeps any type in any column),
    # for the JSON format's validator to judge — an ECHE of "maybe" is refused, not made True.
    plan_row = session.execute(text("SELECT * FROM plan WHERE id = :id"), {"id": plan_mapping.PLAN_ROW_ID}).first()
    if plan_row is None:
        raise DamagedFile("the {what} is damaged: it holds no plan", what=kind_words(WHAT), source=str(path))
    count = session.scalar(text("SELECT count(*) FROM partner"))
    try:
        limits.check_partner_count(count or 0)  # before reading them: a million rows stay on disk
        partners = session.execute(text("SELECT * FROM partner ORDER BY position")).all()
        plan = plan_mapping.rows_to_plan(plan_row, partners)
        notes = plan_mapping.notes_of(plan_row)
        history = session.execute(text("SELECT * FROM history ORDER BY id")).all()
        entries = tuple(_history_entry(row) for row in history)
    except PlanError as exc:
        raise type(exc)(exc.message, source=str(path)) from None
    return PlanDocument(plan=plan, notes=notes, history=entries)


def _history_entry(row: Any) -> HistoryEntry:
    damaged = PlanError("the document is damaged: history entry {entry} has no readable date", entry=_shown(row.id))
    if not isinstance(row.at, str):
        raise damaged
    try:
        at = datetime.fromisoformat(row.at)
    except ValueError:
        raise damaged from None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    what = Message("history entry {entry}", entry=_shown(row.id))
    details = plan_mapping.from_json_text(row.details_json, expect=list, what=what)
    if not isinstance(row.summary, str) or not all(isinstance(line, str) for line in details):
        raise PlanError("the document is damaged: {what} is not readable", what=what)
    return HistoryEntry(at=at, summary=row.summary, details=tuple(details))


# --- writing -------------------------------------------------------------------------------------


def write_plan(
    plan: Plan, path: str | os.PathLike[str], *, note: str | None = None, notes: str | None = None
) -> None:
    """Save ``plan`` to ``path`` atomically, keeping the file's history and (unless given) its notes.

    ``note`` is this save's line in the history (for example the undo text "Add partner …");
    without one the entry says what changed. A save that changes nothing adds no entry.
    ``notes`` replaces the free notes; None keeps those already in the file.
    """
    path = Path(path)
    previous = _replaceable(path)
    if previous is None:
        document = PlanDocument(plan=plan, notes=notes or "")
        _write(path, document, base=(), since=None, note=note)
        return
    document = PlanDocument(plan=plan, notes=previous.notes if notes is None else notes)
    _write(path, document, base=previous.history, since=previous, note=note)


def write_document(
    document: PlanDocument, path: str | os.PathLike[str], *, note: str | None = None, since: Plan | None = None
) -> None:
    """Save a whole document, for "Save as" and conversions: its notes and history travel with it.

    When ``path`` already holds a plan document, that file's history is kept and extended instead
    (a save never rewrites history). ``since`` is the plan as it was when last saved, so the new
    history entry can say what changed; without it the entry only records the save.
    """
    path = Path(path)
    previous = _replaceable(path)
    if previous is not None:
        _write(path, document, base=previous.history, since=previous, note=note)
        return
    before = PlanDocument(plan=since, notes=document.notes) if since is not None else None
    if before is None and document.history:
        note = note or f"Saved as {path.name}"
    _write(path, document, base=document.history, since=before, note=note)


def write_notes(path: str | os.PathLike[str], notes: str) -> None:
    """Replace the free notes of an existing document; the plan is kept as it is."""
    path = Path(path)
    current = read_document(path)
    if current.notes != notes:
        write_plan(current.plan, path, notes=notes)


def _replaceable(path: Path) -> PlanDocument | None:
    """The document a save would replace; None where there is nothing worth keeping.

    Another program's file and a newer document are never overwritten; a damaged plan document
    (or an empty file) is, since nothing in it can be read back anyway.
    """
    if path.is_dir():
        raise PlanError("this is a folder; choose a file name to save to", source=str(path))
    if not path.exists():
        return None
    try:
        document, version = _read(path)
    except DamagedFile:
        return None
    except (NotOurFile, FileTooNew) as exc:
        raise type(exc)(Message("{problem}. It was not overwritten: save under another name", problem=exc), source=str(path)) from None
    if version < SCHEMA_VERSION:
        # The save upgrades the file, which older planners then cannot open: keep the old one.
        from erasmus_planner.persistence.migrate import write_backup

        write_backup(path, version)
    return document


def _write(
    path: Path, document: PlanDocument, *, base: Sequence[HistoryEntry], since: PlanDocument | None, note: str | None
) -> None:
    if since is not None:
        lines = describe_changes(since.plan, document.plan)
        if since.notes != document.notes:
            lines.append("Notes edited")
    elif base:
        lines = []  # a document with a past, saved elsewhere: what changed since its last save is unknown
    else:
        lines = describe_changes(None, document.plan)
    history = list(base)
    if note or lines:
        history.append(
            HistoryEntry(at=datetime.now(timezone.utc), summary=note or summarise(lines), details=tuple(lines))
        )

    def build(tmp: Path) -> None:
        engine = writable_engine(tmp, durable=False)
        try:
            with sqlite_errors(path, what=WHAT, doing="write"):
                _fill(engine, document, history)
        finally:
            engine.dispose()

    replace_atomically(path, build)


def _fill(engine: Engine, document: PlanDocument, history: Sequence[HistoryEntry]) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(conn)
        _VERSION_TABLE.create(conn)
        conn.execute(insert(_VERSION_TABLE), [{"version_num": HEAD_REVISION}])
        conn.execute(insert(PlanRow), [plan_mapping.plan_row(document.plan, notes=document.notes)])
        rows = plan_mapping.partner_rows(document.plan)
        if rows:
            conn.execute(insert(PartnerRow), rows)
        if history:
            conn.execute(
                insert(HistoryRow),
                [
                    {
                        "at": entry.at.astimezone(timezone.utc).isoformat(timespec="seconds"),
                        "summary": entry.summary,
                        "details_json": to_json_text(list(entry.details)),
                    }
                    for entry in history
                ],
            )
