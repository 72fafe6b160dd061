"""The ``.epplan`` plan document: the plan of the JSON format plus its change history and free notes.

An ``.epplan`` file is an SQLite database (schema in ``schema.py``, version in its Alembic revision).

* Reading never changes a byte: the file is opened read-only after its header has been checked,
  so random bytes, a truncated copy, a folder or another program's database each give one clear
  PlanError. An older schema is migrated first, after a backup copy is written beside the file
  (``migrate.py``); a newer one is refused and left alone.
* Writing builds a complete new database in a temporary file in the same folder, flushes it to
  disk and renames it over the old one (``interchange/files.py``): a crash leaves the old plan or the
  new one. The history is carried over from the file being replaced, with one entry per save
  that changed something.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Final

from sqlalchemy import Column, Engine, MetaData, String, Table, insert, select, text
from sqlalchemy.orm import Session

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.persistence import plan_mapping
from erasmus_planner.interchange.files import replace_atomically
from erasmus_planner.persistence.errors import DamagedFile, FileTooNew, NotOurFile
from erasmus_planner.persistence.history import HistoryEntry, describe_changes, summarise
from erasmus_planner.persistence.organisation_columns import to_json_text
from erasmus_planner.persistence.schema import (
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_VERSION,
    Base,
    HistoryRow,
    PartnerRow,
    PlanRow,
)
from erasmus_planner.persistence.sqlite_files import kind_words, read_header, readonly_engine, sqlite_errors, writable_engine

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
    """Open a plan document; migrates an older schema (after a backup), refuses a newer one."""
    path = Path(path)
    read_header(path, what=WHAT)
    with _session(path) as session:
        version = _check_document(session, path)
        if version == SCHEMA_VERSION:
            return _load(session, path)
    from erasmus_planner.persistence.migrate import migrated

    with migrated(path, version, what=WHAT) as current, _session(current) as session:
        _check_document(session, path)
        return _load(session, path)


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
    read_header(path, what=WHAT)
    with _session(path) as session:
        return _check_document(session, path)


@contextlib.contextmanager
def _session(path: Path) -> Iterator[Session]:
    engine = readonly_engine(path)
    try:
        with sqlite_errors(path, what=WHAT), Session(engine) as session:
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
    revision = session.scalar(select(_VERSION_TABLE.c.version_num))
    version = int(revision) if isinstance(revision, str) and revision.isdigit() else None
    if version is None or version > SCHEMA_VERSION:
        shown = Message("version {version}", version=version) if version is not None else Message(
            "an unknown version ({revision!r})", revision=revision
        )
        raise FileTooNew(
            "this plan was saved by a newer version of the planner (document {shown}; this program "
            "reads up to version {ours}). It was not changed; open it with a newer version of the planner",
            shown=shown, ours=SCHEMA_VERSION, source=str(path),
        )
    verdict = session.scalars(text("PRAGMA quick_check")).all()
    if verdict != ["ok"]:
        raise DamagedFile(
            "the {what} is damaged ({details}); open the backup copy if there is one",
            what=kind_words(WHAT), details="; ".join(verdict[:3]), source=str(path),
        )
    return version


def _load(session: Session, path: Path) -> PlanDocument:
    plan_row = session.get(PlanRow, plan_mapping.PLAN_ROW_ID)
    if plan_row is None:
        raise DamagedFile("the {what} is damaged: it holds no plan", what=kind_words(WHAT), source=str(path))
    # Plain rows, not ORM objects: the values go straight into validation, nothing is tracked.
    partners = session.execute(select(PartnerRow.__table__).order_by(PartnerRow.position)).all()
    history = session.scalars(select(HistoryRow).order_by(HistoryRow.id)).all()
    try:
        plan = plan_mapping.rows_to_plan(plan_row, partners)
        entries = tuple(_history_entry(row) for row in history)
    except PlanError as exc:
        raise type(exc)(exc.message, source=str(path)) from None
    return PlanDocument(plan=plan, notes=plan_row.notes, history=entries)


def _history_entry(row: HistoryRow) -> HistoryEntry:
    try:
        at = datetime.fromisoformat(row.at)
    except ValueError:
        raise PlanError("the document is damaged: history entry {entry} has no readable date", entry=row.id) from None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    details = plan_mapping.from_json_text(row.details_json, expect=list, what=Message("history entry {entry}", entry=row.id))
    return HistoryEntry(at=at, summary=row.summary, details=tuple(str(line) for line in details))


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
        return read_document(path)
    except DamagedFile:
        return None
    except (NotOurFile, FileTooNew) as exc:
        raise type(exc)(Message("{problem}. It was not overwritten: save under another name", problem=exc), source=str(path)) from None


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
