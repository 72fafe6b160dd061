"""What can go wrong with a team workspace, as PlanErrors a person can act on.

Each kind carries the command line's exit code (spec §4.4): 3 for a save refused because the
plan moved on (or is being edited), 6 for a workspace that cannot be reached or refuses the
login, 5 for an action the member's role does not allow. (4 is every command's "unexpected error
of the planner itself", spec §4.5: a script can tell a planner bug from a server that is down.)
Messages name the workspace by its address without password.
"""

from __future__ import annotations

from erasmus_planner.domain.errors import PlanError

EXIT_CONFLICT = 3
EXIT_UNREACHABLE = 6
EXIT_NOT_PERMITTED = 5


class WorkspaceError(PlanError):
    exit_code = 2


class WorkspaceUnreachable(WorkspaceError):
    """No answer, no server, an unknown host, a refused login: nothing was read or written."""

    exit_code = EXIT_UNREACHABLE


class NotAnswering(WorkspaceUnreachable):
    """The server took the connection but gave no answer in time (it hangs): the wait was cut."""


class PasswordNeeded(WorkspaceUnreachable):
    """The server asks for a password and none was given (the window and a terminal can ask)."""


class NotPermitted(WorkspaceError):
    """The server refused an action the member's role does not allow (a viewer's save)."""

    exit_code = EXIT_NOT_PERMITTED


class VersionConflict(WorkspaceError):
    """A save based on version ``base`` of a plan that is at ``current`` now: refused, never merged."""

    exit_code = EXIT_CONFLICT

    def __init__(self, template: str, /, *, base: int | None, current: int, **values: object) -> None:
        super().__init__(template, base=base, current=current, **values)
        self.base = base
        self.current = current


class LeaseHeld(WorkspaceError):
    """Another member is editing the plan (an unexpired lease)."""

    exit_code = EXIT_CONFLICT

    def __init__(self, template: str, /, *, lease: object, **values: object) -> None:
        super().__init__(template, **values)
        self.lease = lease


class NoSuchPlan(WorkspaceError):
    """No team plan of that name (removed, or mistyped)."""


class NotAWorkspace(WorkspaceError):
    """The database has no workspace schema yet (``workspace init``), or a newer one."""
