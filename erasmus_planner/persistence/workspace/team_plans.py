"""Team plans in a workspace: read, save with an optimistic lock, history, leases.

A save carries the version it started from. The server moves ``version`` on by one with every
update (a trigger), so ``UPDATE … WHERE version = base`` either stores exactly on top of what the
saver saw or changes nothing; a refused save raises ``VersionConflict`` naming both versions, and
the caller keeps the text as a copy (nothing is merged silently, nothing is lost).

A lease says who is editing a plan: holder (the login), since, expiry. It is renewed while the
plan is open and lapses by itself after ``LEASE_SECONDS`` when its holder vanishes (a crash, a
killed process, a pulled cable), so a plan is never locked for ever. A save while another
member's lease is current is refused too, so the lease means something.

Every statement is a constant with bound parameters (psycopg sends the values separately).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, TypeVar

from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.connect import answer_within, connect, lost_connection, server_errors
from erasmus_planner.persistence.workspace.errors import LeaseHeld, NoSuchPlan, VersionConflict, WorkspaceError
from erasmus_planner.persistence.workspace.schema import require_current

if TYPE_CHECKING:
    import psycopg

LEASE_SECONDS: Final = 120
# A statement without any answer for this long: the server (or the network) hangs. The socket is
# then cut, which ends the wait as a lost connection: reconnected, looked up, or said — never a
# window waiting for ever. Generous beside every statement here (milliseconds on a working server).
ANSWER_WITHIN_S: Final = 10.0
T = TypeVar("T")


@dataclass(frozen=True)
class Lease:
    holder: str
    client_id: str
    since: datetime
    expires_at: datetime


@dataclass(frozen=True)
class Summary:
    """What the plan list and the board show without reading a plan's content."""

    title: str
    action: str
    field: str | None
    lot: str | None
    call_year: int
    partner_count: int


@dataclass(frozen=True)
class TeamPlanInfo:
    id: int
    name: str
    version: int
    summary: Summary
    updated_at: datetime
    updated_by: str
    lease: Lease | None


@dataclass(frozen=True)
class TeamPlan:
    info: TeamPlanInfo
    content: str  # the plan in the JSON format (spec §2), exactly as saved


@dataclass(frozen=True)
class SavedVersion:
    version: int
    saved_at: datetime
    saved_by: str


_INFO_COLUMNS: Final = (
    "p.id, p.name, p.version, p.title, p.action, p.field, p.lot, p.call_year, p.partner_count, p.updated_at, "
    "p.updated_by, l.holder, l.client_id, l.since, l.expires_at"
)
_LIST: Final = (
    "SELECT " + _INFO_COLUMNS + " FROM team_plan p "
    "LEFT JOIN team_plan_lease l ON l.plan_id = p.id AND l.expires_at > now() ORDER BY lower(p.name), p.id"
)
_ALL_WITH_CONTENT: Final = (
    "SELECT " + _INFO_COLUMNS + ", p.content FROM team_plan p "
    "LEFT JOIN team_plan_lease l ON l.plan_id = p.id AND l.expires_at > now() ORDER BY lower(p.name), p.id"
)
_ONE: Final = (
    "SELECT " + _INFO_COLUMNS + ", p.content FROM team_plan p "
    "LEFT JOIN team_plan_lease l ON l.plan_id = p.id AND l.expires_at > now() WHERE p.name = %s"
)
_INSERT: Final = (
    "INSERT INTO team_plan (name, content, title, action, field, lot, call_year, partner_count) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (name) DO NOTHING RETURNING version"
)
_UPDATE: Final = (
    "UPDATE team_plan SET content = %s, title = %s, action = %s, field = %s, lot = %s, call_year = %s, "
    "partner_count = %s WHERE id = %s AND version = %s RETURNING version"
)
_LOCK_ROW: Final = "SELECT id, version FROM team_plan WHERE name = %s FOR UPDATE"
_OTHER_LEASE: Final = (
    "SELECT holder, client_id, since, expires_at FROM team_plan_lease "
    "WHERE plan_id = %s AND expires_at > now() AND client_id <> %s"
)
_TAKE_LEASE: Final = (
    "INSERT INTO team_plan_lease (plan_id, client_id, expires_at) "
    "SELECT id, %s, now() + make_interval(secs => %s) FROM team_plan WHERE name = %s "
    "ON CONFLICT (plan_id) DO UPDATE SET holder = session_user, client_id = EXCLUDED.client_id, "
    "since = CASE WHEN team_plan_lease.client_id = EXCLUDED.client_id THEN team_plan_lease.since ELSE now() END, "
    "expires_at = EXCLUDED.expires_at "
    "WHERE team_plan_lease.client_id = EXCLUDED.client_id OR team_plan_lease.expires_at <= now() "
    "RETURNING holder, client_id, since, expires_at"
)
_CURRENT_LEASE: Final = (
    "SELECT l.holder, l.client_id, l.since, l.expires_at FROM team_plan_lease l JOIN team_plan p ON p.id = l.plan_id "
    "WHERE p.name = %s AND l.expires_at > now()"
)
_RELEASE: Final = (
    "DELETE FROM team_plan_lease WHERE client_id = %s AND plan_id = (SELECT id FROM team_plan WHERE name = %s)"
)
_HISTORY: Final = (
    "SELECT v.version, v.saved_at, v.saved_by FROM team_plan_version v JOIN team_plan p ON p.id = v.plan_id "
    "WHERE p.name = %s ORDER BY v.version DESC"
)
_VERSION_CONTENT: Final = (
    "SELECT v.content, v.saved_by FROM team_plan_version v JOIN team_plan p ON p.id = v.plan_id "
    "WHERE p.name = %s AND v.version = %s"
)


def _lease(row: tuple[Any, ...]) -> Lease | None:
    holder, client_id, since, expires_at = row
    return Lease(holder, client_id, since, expires_at) if holder is not None else None


def _info(row: tuple[Any, ...]) -> TeamPlanInfo:
    (plan_id, name, version, title, action, field, lot, call_year, partner_count, updated_at, updated_by, *lease) = row[:15]
    return TeamPlanInfo(
        id=plan_id, name=name, version=version,
        summary=Summary(title, action, field, lot, call_year, partner_count),
        updated_at=updated_at, updated_by=updated_by, lease=_lease(tuple(lease)),
    )


class Workspace:
    """One client's connection to a workspace. ``client_id`` tells this client's saves and leases
    from every other's (two windows of the same person are two clients).

    A dropped connection (server restart, network) is reopened on the next call; a read is then
    retried once, and a save whose answer was lost is looked up in the history rather than
    guessed, so a save is never doubled nor lost.
    """

    def __init__(
        self, address: WorkspaceAddress, *, client_id: str | None = None, check_schema: bool = True, answer_within_s: float = ANSWER_WITHIN_S
    ) -> None:
        self.address = address
        self.client_id = client_id or uuid.uuid4().hex
        self.answer_within_s = answer_within_s
        self._conn: psycopg.Connection[Any] | None = None
        self._check_schema = check_schema
        self.connection()

    # --- connection ------------------------------------------------------------------------------

    def connection(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            conn = connect(self.address, autocommit=True)
            try:
                with server_errors(self.address):
                    if self._check_schema:
                        require_current(conn, self.address)
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, work: Callable[[psycopg.Connection[Any]], T]) -> T:
        """Run idempotent work (a read, a grant); after a lost connection, once more on a new one."""
        with server_errors(self.address):
            try:
                conn = self.connection()
                with answer_within(conn, self.answer_within_s):
                    return work(conn)
            except Exception as exc:
                if not lost_connection(exc) or isinstance(exc, WorkspaceError):
                    raise
            conn = self.connection()
            with answer_within(conn, self.answer_within_s):
                return work(conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """A transaction whose NOTIFYs carry this client's id."""
        conn = self.connection()
        with server_errors(self.address), answer_within(conn, self.answer_within_s), conn.transaction():
            conn.execute("SELECT set_config('erasmus_planner.sender', %s, true)", (self.client_id,))
            yield conn

    # --- reading ---------------------------------------------------------------------------------

    def plans(self) -> list[TeamPlanInfo]:
        return self.run(lambda conn: [_info(row) for row in conn.execute(_LIST)])

    def plans_with_content(self) -> list[TeamPlan]:
        rows = self.run(lambda conn: conn.execute(_ALL_WITH_CONTENT).fetchall())
        return [TeamPlan(info=_info(row), content=row[15]) for row in rows]

    def get(self, name: str) -> TeamPlan:
        row = self.run(lambda conn: conn.execute(_ONE, (name,)).fetchone())
        if row is None:
            raise NoSuchPlan("the workspace {where} has no team plan {name!r}", where=self.address.shown, name=name)
        return TeamPlan(info=_info(row), content=row[15])

    def current_version(self, name: str) -> int | None:
        """The version stored now (None: no such plan) — one indexed row, for "did it move on?"."""
        row = self.run(lambda conn: conn.execute("SELECT version FROM team_plan WHERE name = %s", (name,)).fetchone())
        return int(row[0]) if row else None

    def history(self, name: str) -> list[SavedVersion]:
        rows = self.run(lambda conn: conn.execute(_HISTORY, (name,)).fetchall())
        return [SavedVersion(*row) for row in rows]

    def version_content(self, name: str, version: int) -> str | None:
        row = self.run(lambda conn: conn.execute(_VERSION_CONTENT, (name, version)).fetchone())
        return row[0] if row else None

    def lease(self, name: str) -> Lease | None:
        row = self.run(lambda conn: conn.execute(_CURRENT_LEASE, (name,)).fetchone())
        return _lease(row) if row else None

    # --- saving ----------------------------------------------------------------------------------

    def save(self, name: str, content: str, summary: Summary, *, base: int | None) -> int:
        """Store ``content`` as team plan ``name``; returns its new version.

        ``base`` None: a new plan (a ``VersionConflict`` when the name is taken). Otherwise the
        version the edit started from: refused with ``VersionConflict`` when the plan moved on,
        ``LeaseHeld`` while another client holds its lease."""
        try:
            return self._save_once(name, content, summary, base)
        except WorkspaceError as exc:
            if not lost_connection(exc):
                raise
            # The answer was lost: the save may or may not have been stored. The history knows.
            stored = self._stored_by_me(name, content, 1 if base is None else base + 1)
            if stored is not None:
                return stored
            return self._save_once(name, content, summary, base)

    def _stored_by_me(self, name: str, content: str, version: int) -> int | None:
        me = self.run(lambda conn: conn.execute("SELECT session_user").fetchone()[0])  # type: ignore[index]
        row = self.run(lambda conn: conn.execute(_VERSION_CONTENT, (name, version)).fetchone())
        return version if row is not None and row[0] == content and row[1] == me else None

    def _save_once(self, name: str, content: str, summary: Summary, base: int | None) -> int:
        values = (summary.title, summary.action, summary.field, summary.lot, summary.call_year, summary.partner_count)
        with self.transaction() as conn:
            if base is None:
                row = conn.execute(_INSERT, (name, content, *values)).fetchone()
                if row is not None:
                    return int(row[0])
                current = conn.execute("SELECT version FROM team_plan WHERE name = %s", (name,)).fetchone()
                raise _taken(name, current[0] if current else 0)
            locked = conn.execute(_LOCK_ROW, (name,)).fetchone()
            if locked is None:
                raise NoSuchPlan(
                    "the workspace {where} has no team plan {name!r} any more (removed meanwhile?); push it as a new plan "
                    "with --as", where=self.address.shown, name=name,
                )
            plan_id, current_version = locked
            if current_version != base:
                raise VersionConflict(
                    "team plan {name!r} is at version {current} in the workspace, but this copy is based on version "
                    "{base}: someone saved in between. Nothing was overwritten; keep yours as a copy (--as {name}-copy) "
                    "or pull theirs",
                    name=name, current=current_version, base=base,
                )
            other = conn.execute(_OTHER_LEASE, (plan_id, self.client_id)).fetchone()
            if other is not None:
                lease = _lease(other)
                raise LeaseHeld(
                    "team plan {name!r} is being edited by {holder} since {since}; nothing was saved (try again when "
                    "they are done, or keep yours as a copy)",
                    name=name, holder=lease.holder, since=lease.since.astimezone().strftime("%H:%M"), lease=lease,  # type: ignore[union-attr]
                )
            row = conn.execute(_UPDATE, (content, *values, plan_id, base)).fetchone()
            return int(row[0])  # type: ignore[index]

    def remove(self, name: str) -> None:
        with self.transaction() as conn:
            if conn.execute("DELETE FROM team_plan WHERE name = %s", (name,)).rowcount == 0:
                raise NoSuchPlan("the workspace {where} has no team plan {name!r}", where=self.address.shown, name=name)

    # --- leases ----------------------------------------------------------------------------------

    def take_lease(self, name: str, *, seconds: int = LEASE_SECONDS) -> Lease:
        """Start (or renew) editing ``name``; ``LeaseHeld`` names whoever is editing it already."""
        with self.transaction() as conn:
            row = conn.execute(_TAKE_LEASE, (self.client_id, seconds, name)).fetchone()
            if row is not None:
                return _lease(row)  # type: ignore[return-value]
            held = conn.execute(_CURRENT_LEASE, (name,)).fetchone()
        if held is None:
            raise NoSuchPlan("the workspace {where} has no team plan {name!r}", where=self.address.shown, name=name)
        lease = _lease(held)
        raise LeaseHeld(
            "team plan {name!r} is being edited by {holder} since {since}",
            name=name, holder=lease.holder, since=lease.since.astimezone().strftime("%H:%M"), lease=lease,  # type: ignore[union-attr]
        )

    def release_lease(self, name: str) -> None:
        with self.transaction() as conn:
            conn.execute(_RELEASE, (self.client_id, name))


def _taken(name: str, current: int) -> VersionConflict:
    return VersionConflict(
        "the workspace already has a team plan {name!r} (version {current}) that this file was not pulled from; "
        "pull it first, or push under another name (--as {name}-copy)",
        name=name, current=current, base=None,
    )
