"""Creating and upgrading a workspace's schema (``workspace init``) with the shipped Alembic
migrations, and telling a workspace from other databases.

Everything happens in one transaction under an advisory lock: two owners running ``init`` at
once do not interleave, and a failure leaves the database as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from erasmus_planner.persistence.workspace import roles
from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.connect import connect, server_errors
from erasmus_planner.persistence.workspace.errors import NotAWorkspace, NotPermitted

if TYPE_CHECKING:
    import psycopg

MIGRATIONS: Final = Path(__file__).with_name("migrations")
SCHEMA_VERSION: Final = 2
HEAD_REVISION: Final = f"w{SCHEMA_VERSION:04d}"
VERSION_TABLE: Final = "workspace_schema_version"
_INIT_LOCK: Final = 0x45504C57  # "EPLW": the advisory lock key of init
# The partner directory's tables (directory_migrations): editors change them, viewers read them.
DIRECTORY_TABLES: Final = ("organisation", "funded_project", "participation")
DIRECTORY_VERSION_TABLE: Final = "directory_schema_version"


def schema_version(conn: psycopg.Connection[Any]) -> int | None:
    """The workspace schema version of the connected database, or None when it has none."""
    exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (VERSION_TABLE,)).fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute("SELECT version_num FROM workspace_schema_version").fetchone()
    return int(row[0].lstrip("w")) if row else None


def require_current(conn: psycopg.Connection[Any], address: WorkspaceAddress) -> None:
    """Refuse a database that is not a workspace, or whose schema this program does not know."""
    version = schema_version(conn)
    if version is None:
        raise NotAWorkspace(
            "{where} is not a workspace yet: its owner runs erasmus-planner workspace init {where}", where=address.shown
        )
    if version > SCHEMA_VERSION:
        raise NotAWorkspace(
            "the workspace {where} has schema version {version}, newer than this program knows ({ours}); "
            "update the planner",
            where=address.shown, version=version, ours=SCHEMA_VERSION,
        )
    if version < SCHEMA_VERSION:
        raise NotAWorkspace(
            "the workspace {where} has schema version {version}; one of its owners runs "
            "erasmus-planner workspace init {where} to bring it to version {ours}",
            where=address.shown, version=version, ours=SCHEMA_VERSION,
        )


def init(address: WorkspaceAddress) -> tuple[int | None, int]:
    """Create or upgrade the schema and (re)grant the roles. Returns (version before, after)."""
    from alembic import command
    from alembic.config import Config
    from psycopg import errors as pg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from erasmus_planner.persistence.directory_schema import prepare as prepare_directory

    engine = create_engine("postgresql+psycopg://", creator=lambda: connect(address), poolclass=NullPool)
    try:
        with server_errors(address):
            # The shared partner directory: the same migrations as a directory file's.
            prepare_directory(engine, source=address.shown)
        with server_errors(address), engine.begin() as connection:
            raw = connection.connection.driver_connection
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
            before = schema_version(raw)
            if before is not None and before > SCHEMA_VERSION:
                require_current(raw, address)
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            try:
                command.upgrade(config, HEAD_REVISION)
                roles.set_up(raw, extra_tables=DIRECTORY_TABLES, extra_read=(DIRECTORY_VERSION_TABLE,))
            except pg.InsufficientPrivilege as exc:
                raise NotPermitted(
                    "{where}: this login may not create the workspace ({problem}); run init as the database's owner "
                    "with the CREATEROLE privilege (docs/workspace.md)",
                    where=address.shown, problem=str(exc).splitlines()[0],
                ) from None
    finally:
        engine.dispose()
    return before, SCHEMA_VERSION
