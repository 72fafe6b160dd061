"""Bringing a partner directory to the current schema: created, migrated or refused.

One path for every engine: a new directory is made by running every Alembic migration, an
older one is migrated (after ``backup`` has copied it, for a file), one of a newer planner or of
another program is refused untouched. The whole migration is one transaction, so a failure
leaves the directory as it was. Alembic is imported only when there is something to do, so
opening an up-to-date directory (every start of the window) stays quick.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from sqlalchemy import Engine, MetaData, String, inspect, select
from sqlalchemy import Column as SAColumn
from sqlalchemy import Table as SATable
from sqlalchemy.engine import Connection

from erasmus_planner.persistence import directory_dialect as dialect
from erasmus_planner.persistence.directory_tables import HEAD_REVISION, SCHEMA_VERSION, VERSION_TABLE
from erasmus_planner.persistence.errors import FileTooNew, NotOurFile
from erasmus_planner.persistence.sqlite_files import kind_words

MIGRATIONS: Final = Path(__file__).with_name("directory_migrations")
WHAT: Final = "partner directory"

_version_table = SATable(VERSION_TABLE, MetaData(), SAColumn("version_num", String, nullable=False))


def revision_of(conn: Connection, *, source: str | None = None) -> str | None:
    """The directory's schema revision; None for an empty database (a new directory).

    Raises NotOurFile for another program's database, FileTooNew for a newer planner's."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if not dialect.is_ours(conn):
        raise NotOurFile("this is a database of another program, not a {what}", what=kind_words(WHAT), source=source)
    marked = dialect.marked_version(conn)
    if VERSION_TABLE in tables:
        revision = conn.execute(select(_version_table.c.version_num)).scalar()
    else:
        revision = dialect.legacy_revision(conn)
    if revision is None and (marked is None or marked <= SCHEMA_VERSION):
        raise NotOurFile("this is a database of another program, not a {what}", what=kind_words(WHAT), source=source)
    version = max(int(revision) if revision and revision.isdigit() else 0, marked or 0)
    if version > SCHEMA_VERSION or (revision is not None and not revision.isdigit()):
        raise FileTooNew(
            "this {what} was written by a newer version of the planner (version {version}; this program "
            "reads up to {ours}); it was not changed",
            what=kind_words(WHAT), version=version or revision, ours=SCHEMA_VERSION, source=source,
        )
    return revision


def prepare(engine: Engine, *, source: str | None = None, backup: Callable[[int], None] | None = None) -> None:
    """Make the directory behind ``engine`` current. ``backup(version)`` copies an existing
    directory of an older schema before anything in it changes."""
    with engine.connect() as conn:
        revision = revision_of(conn, source=source)
    if revision == HEAD_REVISION:
        return
    if revision is not None and backup is not None:
        backup(int(revision))
    with engine.begin() as conn:
        # Read again inside the transaction: another process may have migrated it meanwhile.
        revision = revision_of(conn, source=source)
        if revision != HEAD_REVISION:
            _upgrade(conn, revision)


def _upgrade(conn: Connection, revision: str | None) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    config.attributes["version_table"] = VERSION_TABLE
    if revision is not None and VERSION_TABLE not in set(inspect(conn).get_table_names()):
        command.stamp(config, revision)  # a directory from before Alembic: tell it where it is
    command.upgrade(config, "head")
    dialect.mark(conn, SCHEMA_VERSION)
