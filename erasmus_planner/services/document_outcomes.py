"""What the document controller answers: values the window turns into a dialog or a status line.

Each outcome says what happened in words of the plan (names, holders, errors with their
template), never in widgets; the window decides how to ask or tell. Plain ``Value`` classes,
not dataclasses: they are loaded with the window, and each dataclass costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from erasmus_planner.domain.values import Value

if TYPE_CHECKING:
    import datetime
    from pathlib import PurePath

    from erasmus_planner.domain.errors import Message, PlanError
    from erasmus_planner.domain.model import Plan
    from erasmus_planner.services.plan_places import Holder, InUse

_set = object.__setattr__


class Recovery(Value):
    """Work autosaved before a crash that the plan at ``location`` (None: a plan never saved)
    does not have: the window offers to bring it back."""

    __slots__ = _fields = ("location", "plan")

    location: PurePath | None
    plan: Plan

    def __init__(self, location: PurePath | None, plan: Plan) -> None:
        _set(self, "location", location)
        _set(self, "plan", plan)


class Opened(Value):
    """The plan is open. ``as_copy``: the sample, opened as a new unsaved plan so the one that
    ships is never overwritten; ``recovery``: autosaved work newer than what was read;
    ``upgrade_keeps_old_at``: an older planner wrote the plan; the first save upgrades it and
    keeps the old file there (older planners cannot open the upgrade)."""

    __slots__ = _fields = ("name", "read_only", "as_copy", "recovery", "upgrade_keeps_old_at")

    name: str
    read_only: bool
    as_copy: bool
    recovery: Recovery | None
    upgrade_keeps_old_at: PurePath | None

    def __init__(
        self,
        name: str,
        read_only: bool = False,
        as_copy: bool = False,
        recovery: Recovery | None = None,
        upgrade_keeps_old_at: PurePath | None = None,
    ) -> None:
        _set(self, "name", name)
        _set(self, "read_only", read_only)
        _set(self, "as_copy", as_copy)
        _set(self, "recovery", recovery)
        _set(self, "upgrade_keeps_old_at", upgrade_keeps_old_at)


class Saved(Value):
    __slots__ = _fields = ("name", "location")

    name: str
    location: PurePath

    def __init__(self, name: str, location: PurePath) -> None:
        _set(self, "name", name)
        _set(self, "location", location)


class NeedsName(Value):
    """Save needs a place to go: the plan was never saved, or was opened read-only.
    ``suggested``: what to offer in the "Save as" question."""

    __slots__ = _fields = ("suggested", "why")

    suggested: str
    why: Literal["never saved", "read-only"]

    def __init__(self, suggested: str, why: Literal["never saved", "read-only"]) -> None:
        _set(self, "suggested", suggested)
        _set(self, "why", why)


class Locked(Value):
    """Another window, program or computer has the plan (``holder``, when known), or no claim
    can be made there (``reason``). Opening can go on read-only; saving needs another name."""

    __slots__ = _fields = ("name", "holder", "reason")

    name: str
    holder: Holder | None
    reason: Message | None

    def __init__(self, name: str, holder: Holder | None, reason: Message | None) -> None:
        _set(self, "name", name)
        _set(self, "holder", holder)
        _set(self, "reason", reason)

    @property
    def elsewhere(self) -> bool:
        return self.reason is None

    @classmethod
    def of(cls, refused: InUse) -> Locked:
        return cls(refused.location.name, refused.holder, refused.reason)


class NewerElsewhere(Value):
    """The stored plan changed since it was read here (another program, a synchronised folder,
    a colleague in the workspace): saving would overwrite that. ``save(overwrite=True)`` does."""

    __slots__ = _fields = ("name",)

    name: str

    def __init__(self, name: str) -> None:
        _set(self, "name", name)


class Failed(Value):
    """Nothing changed; ``error`` says why (its template translates)."""

    __slots__ = _fields = ("error",)

    error: PlanError

    def __init__(self, error: PlanError) -> None:
        _set(self, "error", error)


class Autosaved(Value):
    __slots__ = _fields = ("at",)

    at: datetime.datetime

    def __init__(self, at: datetime.datetime) -> None:
        _set(self, "at", at)


OpenOutcome = Opened | Locked | Failed
SaveOutcome = Saved | NeedsName | Locked | NewerElsewhere | Failed

# How far the open plan is from what is stored (the window's status line words each).
SaveState = Literal["", "autosaved", "unsaved", "not saved yet", "saved"]
