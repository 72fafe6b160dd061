"""What the document controller answers: values the window turns into a dialog or a status line.

Each outcome says what happened in words of the plan (names, holders, errors with their
template), never in widgets; the window decides how to ask or tell.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal

from erasmus_planner.services.plan_places import Holder, InUse

if TYPE_CHECKING:
    from erasmus_planner.domain.errors import Message, PlanError
    from erasmus_planner.domain.model import Plan


@dataclass(frozen=True)
class Recovery:
    """Work autosaved before a crash that the plan at ``location`` (None: a plan never saved)
    does not have: the window offers to bring it back."""

    location: PurePath | None
    plan: Plan


@dataclass(frozen=True)
class Opened:
    """The plan is open. ``as_copy``: the sample, opened as a new unsaved plan so the one that
    ships is never overwritten; ``recovery``: autosaved work newer than what was read."""

    name: str
    read_only: bool = False
    as_copy: bool = False
    recovery: Recovery | None = None


@dataclass(frozen=True)
class Saved:
    name: str
    location: PurePath


@dataclass(frozen=True)
class NeedsName:
    """Save needs a place to go: the plan was never saved, or was opened read-only.
    ``suggested``: what to offer in the "Save as" question."""

    suggested: str
    why: Literal["never saved", "read-only"]


@dataclass(frozen=True)
class Locked:
    """Another window, program or computer has the plan (``holder``, when known), or no claim
    can be made there (``reason``). Opening can go on read-only; saving needs another name."""

    name: str
    holder: Holder | None
    reason: Message | None

    @property
    def elsewhere(self) -> bool:
        return self.reason is None

    @classmethod
    def of(cls, refused: InUse) -> Locked:
        return cls(name=refused.location.name, holder=refused.holder, reason=refused.reason)


@dataclass(frozen=True)
class NewerElsewhere:
    """The stored plan changed since it was read here (another program, a synchronised folder,
    a colleague in the workspace): saving would overwrite that. ``save(overwrite=True)`` does."""

    name: str


@dataclass(frozen=True)
class Failed:
    """Nothing changed; ``error`` says why (its template translates)."""

    error: PlanError


@dataclass(frozen=True)
class Autosaved:
    at: datetime.datetime


OpenOutcome = Opened | Locked | Failed
SaveOutcome = Saved | NeedsName | Locked | NewerElsewhere | Failed

# How far the open plan is from what is stored (the window's status line words each).
SaveState = Literal["", "autosaved", "unsaved", "not saved yet", "saved"]
