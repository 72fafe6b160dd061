"""Roles are PostgreSQL's business: a viewer's INSERT is refused by the server even when it
comes from a plain psycopg session and not from the planner."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors as pg

from erasmus_planner.persistence.workspace import roles
from erasmus_planner.persistence.workspace.connect import connect
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.workspace.errors import WorkspaceError

from .conftest import Team

_INSERT = "INSERT INTO team_plan (name, content, action, call_year) VALUES (%s, '{}', 'strategic-partnership', 2019)"


def test_a_viewers_insert_is_refused_by_the_server(team: Team) -> None:
    viewer = team.member("viewer")
    with psycopg.connect(viewer.url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM team_plan").fetchone() == (0,)
        with pytest.raises(pg.InsufficientPrivilege):
            conn.execute(_INSERT, ("sneaky",))
        with pytest.raises(pg.InsufficientPrivilege):
            conn.execute("INSERT INTO team_plan_lease (plan_id, client_id, expires_at) VALUES (1, 'x', now())")


def test_an_editor_saves_but_cannot_rewrite_history_or_remove_plans(team: Team) -> None:
    editor = team.member("editor")
    with psycopg.connect(editor.url, autocommit=True) as conn:
        conn.execute(_INSERT, ("fine",))
        assert conn.execute("SELECT version, saved_by FROM team_plan_version").fetchall() == [(1, editor.user)]
        with pytest.raises(pg.InsufficientPrivilege):
            conn.execute("UPDATE team_plan_version SET content = 'forged'")
        with pytest.raises(pg.InsufficientPrivilege):
            conn.execute("DELETE FROM team_plan WHERE name = %s", ("fine",))
        # Who saved and which version it is come from the server, not from the client.
        conn.execute("UPDATE team_plan SET version = 99, updated_by = 'someone-else' WHERE name = %s", ("fine",))
        assert conn.execute("SELECT version, updated_by FROM team_plan").fetchone() == (2, editor.user)


def test_grant_makes_exactly_one_role_and_revoke_removes_it(team: Team) -> None:
    login, _ = team.login("dana")
    with connect(team.owner, autocommit=True) as conn:
        roles.grant(conn, login, "viewer")
        assert roles.role_of(conn, login) == "viewer"
        roles.grant(conn, login, "owner")
        assert roles.role_of(conn, login) == "owner"
        roles.grant(conn, login, "editor")
        assert roles.role_of(conn, login) == "editor"
        assert {m.login: m.role for m in roles.members(conn)}[login] == "editor"
        roles.revoke(conn, login)
        assert roles.role_of(conn, login) is None
        assert login not in {m.login for m in roles.members(conn)}


def test_a_new_owner_can_grant_and_the_last_owner_cannot_leave(team: Team) -> None:
    owner = team.member("owner")
    newcomer, _ = team.login("erin")
    with connect(owner.address, autocommit=True) as conn:
        roles.grant(conn, newcomer, "owner")
        assert roles.role_of(conn, newcomer) == "owner"
    with connect(team.owner, autocommit=True) as conn:
        roles.revoke(conn, newcomer)
        roles.revoke(conn, owner.user)
        with pytest.raises(WorkspaceError, match="last owner"):
            roles.revoke(conn, conn.execute("SELECT session_user").fetchone()[0])  # type: ignore[index]


def test_grant_names_a_missing_login_role(team: Team) -> None:
    with connect(team.owner, autocommit=True) as conn, pytest.raises(PlanError, match="CREATE ROLE nobody_here"):
        roles.grant(conn, "nobody_here", "viewer")


def test_init_by_a_database_owner_who_is_not_superuser(pg_server, pg_database) -> None:  # type: ignore[no-untyped-def]
    from erasmus_planner.persistence.workspace import schema
    from erasmus_planner.persistence.workspace.address import WorkspaceAddress

    name, _ = pg_database
    admin = f"admin_{name}"
    pg_server.create_login(admin, "admin-pw", "CREATEROLE")
    from psycopg import sql

    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(sql.Identifier(name), sql.Identifier(admin)))
    address = WorkspaceAddress.parse(pg_server.url(name, user=admin, password="admin-pw"))
    assert schema.init(address) == (None, schema.SCHEMA_VERSION)
    with connect(address, autocommit=True) as conn:
        assert roles.role_of(conn) == "owner"
        conn.execute(_INSERT, ("by-admin",))
