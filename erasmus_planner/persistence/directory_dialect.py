"""Everything about the partner directory that differs between database engines, in one place.

The directory's tables, queries and migrations are plain SQLAlchemy and run unchanged on SQLite
(the personal directory, a file) and on other engines (a team's PostgreSQL, issue 15). What
cannot be said portably is here, each with its SQLite answer and the portable default:

- marking a file as ours and as of which schema (``PRAGMA application_id`` / ``user_version``,
  which an older planner reads to refuse a newer directory), and reading that mark back from a
  directory made before the schema had Alembic's version table;
- settings for one long bulk load (the import of a funded-project list);
- the fastest correct "starts with" over an index;
- many rows inserted at once.

Every statement takes its values as bound parameters. The only SQL written as text is the
SQLite PRAGMAs below, and their values are integers this module owns.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any, Final

from pathlib import Path

from sqlalchemy import Engine, Table, event, insert
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

APPLICATION_ID: Final = 0x45504452  # "EPDR": what marks an SQLite file as a partner directory
# Every directory before Alembic managed it was this schema version (PRAGMA user_version 1).
LEGACY_REVISION: Final = "0001"
# The largest code point: a string that starts with P sorts before P + this (binary collation).
_AFTER_EVERY_CHARACTER: Final = "\U0010ffff"


def sqlite_file_engine(path: Path) -> Engine:
    """A pooled engine on the SQLite directory file at ``path`` whose transactions are real.

    Python's sqlite3 driver opens a transaction only before INSERT, UPDATE or DELETE, so a
    migration's CREATE TABLE and ALTER TABLE would each commit on their own; with the driver's
    own transaction handling turned off and a BEGIN at SQLAlchemy's begin (the SQLAlchemy
    documentation's recipe), a migration or an import is one transaction, all or nothing."""
    from erasmus_planner.persistence.sqlite_files import writable_engine

    engine = writable_engine(path, pooled=True)

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA cache_size = {SEARCH_CACHE_KIB}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A load that numbers its own rows takes the write lock at once (see reserve_ids).
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_LOCK) else "BEGIN")

    return engine


# A broad experience search reads the index entries of ~170,000 participations (~8 MB of pages):
# with SQLite's default cache of 2 MB each search read them again from the operating system
# (~6 ms of a 45 ms search, bench/funded_import.py). 16 MB holds them; more gained nothing.
SEARCH_CACHE_KIB: Final = -16384
WRITE_LOCK: Final = "directory_write_lock"  # execution option: begin holding the write lock


def reserve_ids(conn: Connection, table: Table, count: int) -> int | None:
    """The first of ``count`` new ids for ``table`` that this transaction may write itself, or
    None where the engine should number rows (then insert with RETURNING).

    SQLite: one past the largest id, safe because the transaction began with the write lock
    (``WRITE_LOCK``), so no one else can insert meanwhile; numbering rows here lets half a million
    rows go in with one executemany each instead of a RETURNING round trip per row. Other
    engines keep their sequences."""
    if not is_sqlite(conn) or not conn.get_execution_options().get(WRITE_LOCK):
        return None
    from sqlalchemy import func, select

    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


def narrow_group_key(engine_name: str, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The GROUP BY key of a search by experience narrow enough (an action and a field at least)
    that a short range of ix_participation_experience beats reading every row of the action.

    SQLite's planner prefers an index that hands rows over in GROUP BY order (here
    ix_participation_action) even when another would read a thirtieth of the rows; grouping on
    ``column + 0`` (the same values) takes that order away, and the planner picks the short
    range: a search by action, field and role from a year on reads 5,000 participations instead
    of 150,000 (2 ms instead of 16). SQLAlchemy renders no index hints for SQLite. Other engines
    plan with their statistics and group on the column itself."""
    return column + 0 if engine_name == "sqlite" else column


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def foreign_marks(conn: Connection) -> tuple[int, int] | None:
    """SQLite: (application_id, user_version) of the file; None on other engines."""
    if not is_sqlite(conn):
        return None
    return int(conn.exec_driver_sql("PRAGMA application_id").scalar() or 0), int(
        conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    )


def is_ours(conn: Connection) -> bool:
    """Whether a database that already has tables was made as a partner directory."""
    marks = foreign_marks(conn)
    return marks is None or marks[0] == APPLICATION_ID


def legacy_revision(conn: Connection) -> str | None:
    """The revision of a directory made before it had Alembic's version table, or None.

    Such directories were SQLite files with ``PRAGMA user_version = 1``: schema revision 0001."""
    marks = foreign_marks(conn)
    if marks is not None and marks == (APPLICATION_ID, 1):
        return LEGACY_REVISION
    return None


def marked_version(conn: Connection) -> int | None:
    """The schema version an SQLite directory is marked with (user_version); None elsewhere."""
    marks = foreign_marks(conn)
    return marks[1] if marks is not None else None


def mark(conn: Connection, version: int) -> None:
    """Mark an SQLite file as a partner directory of schema ``version`` (both integers ours)."""
    if is_sqlite(conn):
        conn.exec_driver_sql(f"PRAGMA application_id = {int(APPLICATION_ID)}")
        conn.exec_driver_sql(f"PRAGMA user_version = {int(version)}")


def prepare_bulk_load(conn: Connection) -> None:
    """Settings for one long transaction that writes hundreds of thousands of rows.

    SQLite: a page cache of 64 MB (index pages of half a million participations stay in memory
    instead of being re-read; the peak memory of an import stays far below its 400 MB budget),
    for this connection only (it may be set inside the transaction, unlike temp_store)."""
    if is_sqlite(conn):
        conn.exec_driver_sql("PRAGMA cache_size = -65536")


def end_bulk_load(conn: Connection) -> None:
    """Back to a search's page cache, before the connection returns to the pool."""
    if is_sqlite(conn):
        conn.exec_driver_sql(f"PRAGMA cache_size = {SEARCH_CACHE_KIB}")


def starts_with(conn_or_name: Connection | str, column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in the form the engine answers from an index.

    SQLite compares text byte by byte, so a range walks the index; other engines' collations
    may sort differently, and LIKE 'prefix%' (escaped) is what their text indexes serve."""
    name = conn_or_name if isinstance(conn_or_name, str) else conn_or_name.dialect.name
    if name == "sqlite":
        return (column >= prefix) & (column < prefix + _AFTER_EVERY_CHARACTER)
    return column.startswith(prefix, autoescape=True)


def insert_many(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``) with bound parameters.

    SQLite: the driver's own ``executemany`` with the statement SQLAlchemy compiled, since
    building a dictionary per row for SQLAlchemy's executemany costs more than SQLite's insert
    itself on an import of half a million rows (docs/performance.md). Elsewhere: SQLAlchemy's
    executemany, which each driver batches its own way."""
    if not rows:
        return
    if is_sqlite(conn):
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
        order = list(compiled.positiontup or [])
        if sorted(order) == sorted(columns):
            if order != list(columns):  # SQLAlchemy binds in the table's column order
                pick = itemgetter(*(list(columns).index(name) for name in order))
                rows = [pick(row) for row in rows]
            conn.connection.driver_connection.executemany(str(compiled), rows)  # type: ignore[union-attr]
            return
    conn.execute(insert(table), [dict(zip(columns, row)) for row in rows])
