"""What ``workspace status`` tells: the server, the schema, the connection's security, who is
a member with which role, and how much the workspace holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from erasmus_planner.persistence.workspace import roles
from erasmus_planner.persistence.workspace.schema import schema_version
from erasmus_planner.persistence.workspace.team_plans import Workspace

_COUNTS = (
    "SELECT (SELECT count(*) FROM team_plan), (SELECT count(*) FROM team_plan_version), "
    "(SELECT count(*) FROM team_plan_lease WHERE expires_at > now())"
)


@dataclass(frozen=True)
class Status:
    workspace: str
    server: str
    schema_version: int | None
    tls: bool
    user: str
    role: str | None
    members: list[roles.Member]
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "workspace": self.workspace,
            "server": self.server,
            "schema_version": self.schema_version,
            "tls": self.tls,
            "user": self.user,
            "role": self.role,
            "members": [{"login": m.login, "role": m.role} for m in self.members],
            "counts": dict(self.counts),
        }


def status_of(workspace: Workspace, *, extra_counts: dict[str, str] | None = None) -> Status:
    def read(conn: Any) -> Status:
        server = conn.execute("SHOW server_version").fetchone()[0]
        user = conn.execute("SELECT session_user").fetchone()[0]
        tls_row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        plans, versions, leases = conn.execute(_COUNTS).fetchone()
        return Status(
            workspace=workspace.address.shown,
            server=server,
            schema_version=schema_version(conn),
            tls=bool(tls_row and tls_row[0]),
            user=user,
            role=roles.role_of(conn),
            members=roles.members(conn),
            counts={"plans": plans, "versions": versions, "active_leases": leases},
        )

    return workspace.run(read)
