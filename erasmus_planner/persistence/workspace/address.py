"""Where a team workspace is: a libpq URL (``postgresql://user@host/db?sslmode=require``), a
libpq key/value string (``host=… dbname=…``) or a service name from ``pg_service.conf``.

libpq does the reading (``conninfo_to_dict``), so every parameter it knows works as it does for
``psql``: ``sslmode``, ``sslrootcert``, ``passfile``, ``service``, several hosts. What this module
adds is the rule that a password never leaves memory: ``shown`` (for messages, the status line,
the recent list) and ``saved`` (for settings) never carry one, and ``scrub`` removes it from any
text a driver or server produced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import quote

from erasmus_planner.domain.errors import PlanError

ENV_VARIABLE: Final = "ERASMUS_PLANNER_WORKSPACE"
CONNECT_TIMEOUT_S: Final = 5
# Parameters that are secret, or that a reader of a message does not need.
_SECRET: Final = frozenset({"password"})
_URL_SCHEMES: Final = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class WorkspaceAddress:
    """A parsed workspace address. ``params`` may hold a password typed into the URL or given at
    a prompt: it is used to connect and is never shown, saved or logged."""

    params: dict[str, str] = field(compare=False)
    shown: str

    @classmethod
    def parse(cls, text: str) -> WorkspaceAddress:
        from psycopg import ProgrammingError
        from psycopg.conninfo import conninfo_to_dict

        raw = text.strip()
        if not raw:
            raise PlanError("no workspace address given; write it as postgresql://user@host/database or give a service name")
        spelled = raw if raw.startswith(_URL_SCHEMES) or "=" in raw else f"service={raw}"
        try:
            params = {key: str(value) for key, value in conninfo_to_dict(spelled).items() if value is not None}
        except ProgrammingError as exc:
            problem = scrub(str(exc), _password_in(raw))
            raise PlanError(
                "{address} is not a workspace address ({problem}); write it as postgresql://user@host:5432/database "
                "(add ?sslmode=require for TLS), or give a service name from pg_service.conf",
                address=_without_password_text(raw), problem=problem,
            ) from None
        return cls(params=params, shown=_shown(params))

    @classmethod
    def from_settings(cls, given: str | None = None) -> WorkspaceAddress | None:
        """``--workspace URL`` if given, else ``$ERASMUS_PLANNER_WORKSPACE``, else None."""
        text = given if given else os.environ.get(ENV_VARIABLE, "")
        return cls.parse(text) if text.strip() else None

    @property
    def password(self) -> str:
        return self.params.get("password", "")

    @property
    def user(self) -> str:
        return self.params.get("user", "") or os.environ.get("PGUSER", "")

    @property
    def saved(self) -> str:
        """What may be written to a settings file or a recent list: the address without password."""
        return self.shown

    def with_password(self, password: str) -> WorkspaceAddress:
        return WorkspaceAddress(params={**self.params, "password": password}, shown=self.shown)

    def with_options(self, server_options: str, *, application_name: str | None = None) -> WorkspaceAddress:
        """The same workspace with server settings for this connection only (libpq's ``options``,
        e.g. ``-c statement_timeout=2000``) added to any the address has, and its own name in
        the server's activity view. Shown as before."""
        params = dict(self.params)
        params["options"] = f"{params.get('options', '')} {server_options}".strip()
        if application_name:
            params["application_name"] = application_name
        return WorkspaceAddress(params=params, shown=self.shown)

    def connect_params(self) -> dict[str, str]:
        """What libpq gets: the address, a 5 s connect timeout unless the address sets one, and
        the program's name for the server's activity view."""
        params = dict(self.params)
        params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
        params.setdefault("application_name", "erasmus-planner")
        return params

    @property
    def timeout_s(self) -> int:
        try:
            return int(self.connect_params()["connect_timeout"])
        except ValueError:
            return CONNECT_TIMEOUT_S

    def scrub(self, text: str) -> str:
        return scrub(text, self.password)

    def __str__(self) -> str:
        return self.shown

    def __repr__(self) -> str:
        return f"WorkspaceAddress({self.shown!r})"


def scrub(text: str, password: str) -> str:
    """``text`` with ``password`` (as typed and URL-encoded) replaced by asterisks."""
    if not password:
        return text
    for form in {password, quote(password, safe=""), quote(password)}:
        text = text.replace(form, "********")
    return text


def _password_in(raw: str) -> str:
    """The password of an address libpq could not read (to scrub it from libpq's complaint)."""
    if raw.startswith(_URL_SCHEMES):
        login = raw.split("://", 1)[1].split("@", 1)
        return login[0].split(":", 1)[1] if len(login) == 2 and ":" in login[0] else ""
    for part in raw.split():
        if part.startswith("password="):
            return part[len("password=") :].strip("'")
    return ""


def _without_password_text(raw: str) -> str:
    secret = _password_in(raw)
    return scrub(raw, secret) if secret else raw


def _shown(params: dict[str, str]) -> str:
    """A URL without password (``postgresql://alice@db.example.org:5432/team?sslmode=require``),
    or ``service=team`` when a service names the server."""
    extra = {k: v for k, v in params.items() if k not in _SECRET and k not in ("host", "port", "user", "dbname", "service")}
    query = "&".join(f"{quote(k)}={quote(v, safe='/')}" for k, v in sorted(extra.items()))  # a CA file's path reads as one
    if "service" in params and not params.get("host"):
        words = [f"service={params['service']}"]
        words += [f"{k}={params[k]}" for k in ("user", "dbname") if params.get(k)]
        return " ".join(words) + (f" ({query})" if query else "")
    user = quote(params.get("user", ""), safe="")
    host = params.get("host", "")
    hosts = ",".join(f"[{h}]" if ":" in h and not h.startswith("/") else h for h in host.split(",")) if host and not host.startswith("/") else ""
    port = params.get("port", "")
    where = f"{user + '@' if user else ''}{hosts}{':' + port if port and hosts else ''}"
    path = f"/{quote(params.get('dbname', ''), safe='')}" if params.get("dbname") else ""
    if host.startswith("/"):
        extra_query = {**extra, "host": host}
        query = "&".join(f"{quote(k)}={quote(v, safe='/')}" for k, v in sorted(extra_query.items()))
    return f"postgresql://{where}{path}{'?' + query if query else ''}"
