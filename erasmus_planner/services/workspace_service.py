"""Team plans between local files and a workspace: push, pull, the plan list and the board.

A pulled file remembers where it came from: ``workspace_name`` and ``workspace_version`` are
written into it as plan-level keys (unknown keys are kept on every round trip, spec §2), and
are never part of what is stored in the workspace. ``push`` sends the version the file was
pulled at; the workspace refuses it when someone saved in between (exit 3), and ``--as
NAME-copy`` keeps it under a new name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.workspace.address import ENV_VARIABLE, WorkspaceAddress
from erasmus_planner.persistence.workspace.errors import PasswordNeeded, WorkspaceError
from erasmus_planner.persistence.workspace.team_plans import Summary, TeamPlanInfo, Workspace
from erasmus_planner.services.plan_files import load_plan, locked, save_plan

NAME_KEY: Final = "workspace_name"
VERSION_KEY: Final = "workspace_version"


def open_workspace(
    given: str | None, *, ask_password: Callable[[WorkspaceAddress], str | None] | None = None, client_id: str | None = None
) -> Workspace:
    """The workspace named by ``--workspace`` or ``$ERASMUS_PLANNER_WORKSPACE``.

    When the server wants a password that neither the address nor libpq's password file holds,
    ``ask_password`` is asked (a terminal prompt, the window's dialog); the answer stays in memory."""
    address = WorkspaceAddress.from_settings(given)
    if address is None:
        raise PlanError(
            "no workspace given: use --workspace postgresql://user@host/database, or set {variable}", variable=ENV_VARIABLE
        )
    return connect_with_password(address, ask_password=ask_password, client_id=client_id)


def connect_with_password(
    address: WorkspaceAddress,
    *,
    ask_password: Callable[[WorkspaceAddress], str | None] | None = None,
    client_id: str | None = None,
    check_schema: bool = True,
) -> Workspace:
    try:
        return Workspace(address, client_id=client_id, check_schema=check_schema)
    except PasswordNeeded:
        answer = ask_password(address) if ask_password is not None else None
        if not answer:
            raise
        return Workspace(address.with_password(answer), client_id=client_id, check_schema=check_schema)


def address_of(text: str) -> WorkspaceAddress:
    """The workspace address ``text`` names (a PlanError says what is wrong with it)."""
    return WorkspaceAddress.parse(text)


def needs_password(error: BaseException) -> bool:
    return isinstance(error, PasswordNeeded)


def is_workspace_error(error: BaseException) -> bool:
    return isinstance(error, WorkspaceError)


def listen(address: WorkspaceAddress, client_id: str, on_event: Callable[[dict[str, Any]], None]) -> Any:
    """Live announcements of the workspace (LISTEN/NOTIFY) to ``on_event``, in a background
    thread that reconnects by itself; ``.stop()`` ends it. Own announcements are left out."""
    from erasmus_planner.persistence.workspace.listener import Listener

    return Listener(address, client_id, on_event).start()


def valid_name(name: str) -> str:
    """A team plan's name as typed: trimmed; refused when empty or holding a slash (names are
    the last part of a plan's location in the window)."""
    name = name.strip()
    if not name or "/" in name:
        raise PlanError("a team plan's name must not be empty or contain '/': {name!r}", name=name)
    return name


def summary_of(plan: Plan) -> Summary:
    return Summary(plan.title, plan.action, plan.field, plan.lot, plan.call_year, len(plan.partners))


def without_origin(plan: Plan) -> Plan:
    """The plan as the workspace stores it: without the local file's note of where it came from."""
    if NAME_KEY not in plan.extra and VERSION_KEY not in plan.extra:
        return plan
    extra = {k: v for k, v in plan.extra.items() if k not in (NAME_KEY, VERSION_KEY)}
    return plan.with_changes(extra=MappingProxyType(extra))


def with_origin(plan: Plan, name: str, version: int) -> Plan:
    return plan.with_changes(extra=MappingProxyType({**plan.extra, NAME_KEY: name, VERSION_KEY: version}))


def origin(plan: Plan) -> tuple[str | None, int | None]:
    """(team plan name, version) a local plan was pulled at, or (None, None)."""
    name = plan.extra.get(NAME_KEY)
    version = plan.extra.get(VERSION_KEY)
    return (name if isinstance(name, str) else None, version if isinstance(version, int) and not isinstance(version, bool) else None)


def save_team_plan(workspace: Workspace, plan: Plan, name: str, *, base: int | None) -> int:
    """Store ``plan`` as team plan ``name`` on top of version ``base`` (None: a new plan)."""
    stored = without_origin(plan)
    return workspace.save(name, plan_json.dumps(stored), summary_of(stored), base=base)


@dataclass(frozen=True)
class Pushed:
    name: str
    version: int
    file_updated: bool


def push(workspace: Workspace, path: str | os.PathLike[str], *, as_name: str | None = None) -> Pushed:
    """Store a local plan as a team plan; the file then records the new version.

    The whole read-store-record runs under the plan file's lock (issue 12's one discipline for
    every writer): a plan open in a window is refused with ``PlanLocked`` naming the holder
    before anything is stored, so the file and the workspace never disagree about its version."""
    path = Path(path)
    with locked(path) as lock:
        plan = load_plan(path)
        pulled_name, pulled_version = origin(plan)
        name = (as_name or pulled_name or path.stem).strip()
        if not name:
            raise PlanError("a team plan needs a name; give one with --as NAME", source=str(path))
        name = valid_name(name)
        base = pulled_version if pulled_name == name else None
        version = save_team_plan(workspace, plan, name, base=base)
        try:
            save_plan(with_origin(plan, name, version), path, lock=lock)
        except (PlanError, OSError):
            return Pushed(name, version, file_updated=False)
    return Pushed(name, version, file_updated=True)


def load_team_plan(workspace: Workspace, name: str) -> tuple[Plan, TeamPlanInfo]:
    team_plan = workspace.get(name)
    plan = plan_json.loads(team_plan.content, source=f"{workspace.address.shown} ▸ {name}")
    return plan, team_plan.info


def pull(workspace: Workspace, name: str, target: str | os.PathLike[str]) -> int:
    """Write team plan ``name`` to a local ``.json`` or ``.epplan`` file; returns its version.
    The target's lock is taken first: a plan open in a window is refused (``PlanLocked``, the
    holder named) before anything is read, and the file is left as it was."""
    target = Path(target)
    with locked(target) as lock:
        plan, info = load_team_plan(workspace, name)
        save_plan(with_origin(plan, info.name, info.version), target, lock=lock)
    return info.version


def info_json(info: TeamPlanInfo) -> dict[str, Any]:
    lease = info.lease
    return {
        "name": info.name,
        "version": info.version,
        "title": info.summary.title,
        "action": info.summary.action,
        "field": info.summary.field,
        "lot": info.summary.lot,
        "call_year": info.summary.call_year,
        "partners": info.summary.partner_count,
        "updated_at": info.updated_at.isoformat(timespec="seconds"),
        "updated_by": info.updated_by,
        "lease": None if lease is None else {
            "holder": lease.holder,
            "since": lease.since.isoformat(timespec="seconds"),
            "expires_at": lease.expires_at.isoformat(timespec="seconds"),
        },
    }


@dataclass(frozen=True)
class BoardRow:
    """One team plan on the board: its verdict and agency as the planner checks it today."""

    info: TeamPlanInfo
    eligible: bool | None  # None: the stored plan could not be read (see ``problem``)
    agency: Mapping[str, str] | None
    next_deadline: Mapping[str, Any] | None
    failures: int
    problem: str | None
    failing: tuple[str, ...] = ()  # what each failing rule says, in the board's language

    def to_json(self) -> dict[str, Any]:
        summary = self.info.summary
        return {
            "name": self.info.name,
            "version": self.info.version,
            "action": summary.action,
            "field": summary.field,
            "lot": summary.lot,
            "call_year": summary.call_year,
            "eligible": self.eligible,
            "agency": dict(self.agency) if self.agency is not None else None,
            "next_deadline": dict(self.next_deadline) if self.next_deadline is not None else None,
            "updated_at": self.info.updated_at.isoformat(timespec="seconds"),
            "updated_by": self.info.updated_by,
        }


def board(workspace: Workspace, *, today: date | None = None, language: str = "en") -> list[BoardRow]:
    """Every team plan, checked now against the rules this program ships."""
    from erasmus_planner.domain.catalogue import load_catalogue

    catalogue = load_catalogue()
    rows = []
    for team_plan in workspace.plans_with_content():
        rows.append(_board_row(team_plan.info, team_plan.content, catalogue, today or date.today(), language))
    return rows


def _board_row(info: TeamPlanInfo, content: str, catalogue: Any, today: date, language: str) -> BoardRow:
    from erasmus_planner.domain.brussels_time import Day
    from erasmus_planner.domain.eligibility import check

    try:
        plan = plan_json.loads(content, source=info.name)
        day = Day(today.year, today.month, today.day)
        report = check(plan, catalogue, language=language, today=day)
    except PlanError as exc:
        return BoardRow(info, None, None, None, 0, str(exc))
    agency = report.agency
    return BoardRow(
        info,
        report.eligible,
        {"acronym": agency.acronym, "name": agency.name, "country": agency.country} if agency is not None else None,
        report.call.to_json(day)["next_deadline"] if report.call is not None else None,
        len(report.failures),
        None,
        tuple(finding.message for finding in report.failures),
    )


def when(moment: datetime) -> str:
    """A time as people read it on the board: today's as 14:02, older ones with their date."""
    local = moment.astimezone()
    return local.strftime("%H:%M") if local.date() == datetime.now().astimezone().date() else local.strftime("%Y-%m-%d %H:%M")
