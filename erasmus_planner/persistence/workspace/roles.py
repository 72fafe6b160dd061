"""Members and their roles, enforced by PostgreSQL itself.

A workspace has three group roles, named after its database (``team_viewer``, ``team_editor``,
``team_owner`` for database ``team``): viewers may read, editors may also save plans, take leases
and edit the directory, owners may also remove plans, upgrade the schema and grant membership.
Each group is a member of the one below it. ``grant ROLE editor`` makes a login role a member of
exactly one group; the server then refuses what the group may not do, whatever program the
member uses (a viewer's INSERT from psql is refused as well).

Role names are identifiers, which SQL cannot take as bound parameters: they are composed with
``psycopg.sql.Identifier`` (quoted by the driver), never pasted into SQL text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.workspace.errors import NotPermitted, WorkspaceError

if TYPE_CHECKING:
    import psycopg

ROLES: Final = ("viewer", "editor", "owner")
# What each group may do with each table, beyond what the group below it may.
_READ_TABLES: Final = ("workspace_role", "team_plan", "team_plan_version", "team_plan_lease", "workspace_schema_version")
_EDITOR_GRANTS: Final = (
    "GRANT INSERT, UPDATE ON team_plan TO {}",
    "GRANT INSERT, UPDATE, DELETE ON team_plan_lease TO {}",
)
# The workspace's own functions, owned by the owners' group.
_FUNCTION_OWNERS: Final = (
    "ALTER FUNCTION team_plan_stamp() OWNER TO {}",
    "ALTER FUNCTION team_plan_keep_version() OWNER TO {}",
    "ALTER FUNCTION workspace_announce(text, bigint) OWNER TO {}",
    "ALTER FUNCTION team_plan_announce() OWNER TO {}",
    "ALTER FUNCTION team_plan_lease_announce() OWNER TO {}",
)


@dataclass(frozen=True)
class Member:
    login: str
    role: str


def group_names(database: str) -> dict[str, str]:
    """``{"viewer": "team_viewer", …}``; a long database name is shortened with a hash so that
    PostgreSQL's 63-byte limit never makes two workspaces share a group."""
    stem = database if len(database.encode()) <= 48 else f"{database[:32]}_{hashlib.sha1(database.encode()).hexdigest()[:8]}"
    return {role: f"{stem}_{role}" for role in ROLES}


def set_up(conn: psycopg.Connection[Any], extra_tables: Iterable[str] = (), extra_read: Iterable[str] = ()) -> dict[str, str]:
    """Create the group roles (when missing), make the connecting role an owner, and grant each
    group its privileges on the workspace's tables. Idempotent: ``init`` runs it on every upgrade.

    ``extra_tables``: the partner directory's tables, which editors may change; ``extra_read``:
    tables everyone reads and only owners write (the directory's schema version)."""
    from psycopg import sql

    database = conn.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
    groups = group_names(database)
    ident = {role: sql.Identifier(name) for role, name in groups.items()}
    extra_tables = tuple(extra_tables)
    for role, name in groups.items():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(ident[role]))
        conn.execute(
            "INSERT INTO workspace_role (role, group_name) VALUES (%s, %s) "
            "ON CONFLICT (role) DO UPDATE SET group_name = EXCLUDED.group_name",
            (role, name),
        )
    conn.execute(sql.SQL("GRANT {} TO {}").format(ident["viewer"], ident["editor"]))
    conn.execute(sql.SQL("GRANT {} TO {}").format(ident["editor"], ident["owner"]))
    # Owners grant membership in every group (ADMIN OPTION), and the role running init is one.
    for role in ("viewer", "editor"):
        conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(ident[role], ident["owner"]))
    conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(ident["owner"], sql.SQL("CURRENT_USER")))

    db = sql.Identifier(database)
    # Only members may connect at all; everyone else gets "permission denied for database".
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
    conn.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(db, ident["viewer"]))
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident["viewer"]))
    tables = (*_READ_TABLES, *extra_tables, *extra_read)
    for table in tables:
        conn.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(table), ident["viewer"]))
    for statement in _EDITOR_GRANTS:
        conn.execute(sql.SQL(statement).format(ident["editor"]))
    for table in extra_tables:
        conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(sql.Identifier(table), ident["editor"]))
    conn.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(ident["editor"]))
    # Owners own the tables (so any owner can upgrade the schema later) and the functions: the
    # history is written by a SECURITY DEFINER trigger as the owners' group, members only read it.
    conn.execute(sql.SQL("GRANT CREATE ON SCHEMA public TO {}").format(ident["owner"]))
    for table in tables:
        conn.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(table), ident["owner"]))
    for statement in _FUNCTION_OWNERS:
        conn.execute(sql.SQL(statement).format(ident["owner"]))
    return groups


def groups_of(conn: psycopg.Connection[Any]) -> dict[str, str]:
    return {role: name for role, name in conn.execute("SELECT role, group_name FROM workspace_role")}


def members(conn: psycopg.Connection[Any]) -> list[Member]:
    """Every login role and its highest role in this workspace, by name."""
    groups = groups_of(conn)
    rank = {name: ROLES.index(role) for role, name in groups.items()}
    found: dict[str, int] = {}
    rows = conn.execute(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a "
        "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
        "WHERE g.rolname = ANY(%s) AND NOT (m.rolname = ANY(%s))",
        (list(groups.values()), list(groups.values())),
    )
    for login, group in rows:
        found[login] = max(found.get(login, -1), rank[group])
    return [Member(login, ROLES[level]) for login, level in sorted(found.items())]


def role_of(conn: psycopg.Connection[Any], login: str | None = None) -> str | None:
    """The role of ``login`` (default: the connected user), following inherited membership."""
    groups = groups_of(conn)
    who = login or conn.execute("SELECT session_user").fetchone()[0]  # type: ignore[index]
    for role in reversed(ROLES):
        held = conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (who, groups[role])).fetchone()
        if held and held[0]:
            return role
    return None


def grant(conn: psycopg.Connection[Any], login: str, role: str) -> None:
    """Make ``login`` a member of exactly the ``role`` group (revoking any other of this workspace)."""
    from psycopg import errors as pg
    from psycopg import sql

    if role not in ROLES:
        raise PlanError("unknown workspace role {role!r}; valid roles: {valid}", role=role, valid=", ".join(ROLES))
    _require_login(conn, login)
    groups = groups_of(conn)
    try:
        for other in ROLES:
            if other != role:
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(groups[other]), sql.Identifier(login)))
        admin = sql.SQL(" WITH ADMIN OPTION") if role == "owner" else sql.SQL("")
        conn.execute(sql.SQL("GRANT {} TO {}{}").format(sql.Identifier(groups[role]), sql.Identifier(login), admin))
    except pg.InsufficientPrivilege:
        raise NotPermitted(
            "only an owner of the workspace can change who is a member (you are {role})",
            role=role_of(conn) or "not a member",
        ) from None


def revoke(conn: psycopg.Connection[Any], login: str) -> None:
    """Remove ``login`` from every group of this workspace (the login role itself stays)."""
    from psycopg import errors as pg
    from psycopg import sql

    _require_login(conn, login)
    me = conn.execute("SELECT session_user").fetchone()[0]  # type: ignore[index]
    groups = groups_of(conn)
    if login == me and role_of(conn) == "owner" and sum(m.role == "owner" for m in members(conn)) <= 1:
        raise WorkspaceError("{login} is the last owner of the workspace; make someone else an owner first", login=login)
    try:
        for name in groups.values():
            conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(name), sql.Identifier(login)))
    except pg.InsufficientPrivilege:
        raise NotPermitted(
            "only an owner of the workspace can change who is a member (you are {role})",
            role=role_of(conn) or "not a member",
        ) from None


def _require_login(conn: psycopg.Connection[Any], login: str) -> None:
    row = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    if row is None:
        raise PlanError(
            "there is no PostgreSQL role {login!r}; an administrator creates it first (CREATE ROLE {login} LOGIN "
            "PASSWORD '…', see docs/workspace.md)",
            login=login,
        )
    if not row[0]:
        raise PlanError("{login!r} is a group, not a person's login role", login=login)
