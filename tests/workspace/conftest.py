"""A workspace on the run's throwaway PostgreSQL server (tests/conftest.py ``pg_server``): a new
database per test, initialised by the superuser, and members made on demand with their own
login roles and passwords."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from erasmus_planner.persistence.workspace import roles, schema
from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.connect import connect

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_LOGINS = itertools.count(1)


@dataclass(frozen=True)
class MemberLogin:
    user: str
    password: str
    url: str

    @property
    def address(self) -> WorkspaceAddress:
        return WorkspaceAddress.parse(self.url)


@dataclass
class Team:
    server: Any
    database: str
    owner_url: str  # the superuser's, password included (tests only)
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def owner(self) -> WorkspaceAddress:
        return WorkspaceAddress.parse(self.owner_url)

    def login(self, prefix: str = "member") -> tuple[str, str]:
        """A new PostgreSQL login role (not yet a member) and its password."""
        name = f"{prefix}{next(_LOGINS)}_{self.database}"
        password = secrets.token_urlsafe(12)
        self.server.create_login(name, password)
        self.passwords[name] = password
        return name, password

    def member(self, role: str, prefix: str | None = None) -> MemberLogin:
        """A new member with ``role``: login, password and a URL that holds both (tests only)."""
        name, password = self.login(prefix or role)
        with connect(self.owner, autocommit=True) as conn:
            roles.grant(conn, name, role)
        return MemberLogin(name, password, self.server.url(self.database, user=name, password=password))

    def url_of(self, login: str, *, with_password: bool = True) -> str:
        return self.server.url(self.database, user=login, password=self.passwords[login] if with_password else "")


@pytest.fixture
def team(pg_server: Any, pg_database: tuple[str, str]) -> Team:
    name, url = pg_database
    schema.init(WorkspaceAddress.parse(url))
    return Team(pg_server, name, url)
