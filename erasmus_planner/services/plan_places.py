"""Where plans live: the few words the document controller speaks to any place that keeps plans.

A place is a folder of plan files today (``file_place.FilePlace``) and a team workspace on a
server tomorrow; the controller (``document_controller.py``) and the window never learn which.
The words are the ones both need to be honest about sharing:

* a **location** names one plan in the place. It is a ``PurePath`` so that the window can show
  its ``name`` and suggest names from its ``stem``: a file's path, or for a workspace a path such
  as ``PurePosixPath("Team workspace/Green skills")``.
* a plan an **older planner** wrote is read as it is and upgraded by the first save, which
  keeps the old state (a backup file beside it); the place says where, so the window can tell
  the user before anything is written.
* a **version** says which state of the plan was read or written: a file's size and change time,
  a workspace row's version number. The controller keeps the version it read and, before it
  writes, asks the place for the version now stored; when they differ someone else wrote the
  plan meanwhile (optimistic locking), and the user decides instead of losing either text.
* a **claim** is the right to write one plan while it is open: a lock file beside a plan file,
  a lease on a server (which expires, so a crash never keeps a plan forever). A place that
  cannot give one answers ``InUse`` — who holds the plan, or why no claim can be had there.

Unsaved work kept for crash recovery is not a place's business: it stays on this computer
wherever the plan lives (``UnsavedWork``).
"""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import TYPE_CHECKING, Protocol

from erasmus_planner.domain.values import Value

if TYPE_CHECKING:
    from erasmus_planner.domain.errors import Message, PlanError
    from erasmus_planner.domain.model import Plan

# A file's (size, modification time in ns) or a workspace's version number: compared, never read.
Version = tuple[int, int] | int
Where = str | os.PathLike[str]


class Holder(Value):
    """Who has a plan open for editing, as far as the place knows (any part may be unknown)."""

    __slots__ = _fields = ("pid", "host", "user", "since")

    pid: int | None
    host: str | None
    user: str | None
    since: str | None  # ISO 8601 time the claim was made

    def __init__(self, pid: int | None = None, host: str | None = None, user: str | None = None, since: str | None = None) -> None:
        set_ = object.__setattr__
        set_(self, "pid", pid)
        set_(self, "host", host)
        set_(self, "user", user)
        set_(self, "since", since)


class Stored(Value):
    """A plan as read from its place: the plan, the version it was read at, and — for a plan an
    older planner wrote — where the first save will keep the old state (None: nothing to upgrade)."""

    __slots__ = _fields = ("plan", "version", "upgrade_keeps_old_at")

    plan: Plan
    version: Version | None
    upgrade_keeps_old_at: PurePath | None

    def __init__(self, plan: Plan, version: Version | None, upgrade_keeps_old_at: PurePath | None = None) -> None:
        set_ = object.__setattr__
        set_(self, "plan", plan)
        set_(self, "version", version)
        set_(self, "upgrade_keeps_old_at", upgrade_keeps_old_at)


class InUse(Value):
    """No claim on the plan: ``holder`` has it (``reason`` None), or none can be made (``reason``).

    ``error`` is the place's own PlanError saying the same, for callers that raise (the session's
    ``open`` and ``save``; the command line); ``refusal(error)`` finds this value again."""

    __slots__ = _fields = ("location", "holder", "reason", "error")

    location: PurePath
    holder: Holder | None
    reason: Message | None
    error: PlanError

    def __init__(self, location: PurePath, holder: Holder | None, reason: Message | None, error: PlanError) -> None:
        set_ = object.__setattr__
        set_(self, "location", location)
        set_(self, "holder", holder)
        set_(self, "reason", reason)
        set_(self, "error", error)
        error.in_use = self  # type: ignore[attr-defined]

    @property
    def elsewhere(self) -> bool:
        """Open in another window, program or computer (not: no claim can be made here)."""
        return self.reason is None


def refusal(error: BaseException) -> InUse | None:
    """The ``InUse`` that ``error`` reports, when it is a place's "in use" error."""
    found = getattr(error, "in_use", None)
    return found if isinstance(found, InUse) else None


class Claim(Protocol):
    """The right to write one plan, held while it is open; released when it closes."""

    @property
    def location(self) -> PurePath: ...

    def release(self) -> None: ...


class PlanPlace(Protocol):
    """Somewhere plans are kept. Every failure is a PlanError naming the plan; nothing is
    half-written (a place writes a complete new state or leaves the old one)."""

    def locate(self, where: Where) -> PurePath:
        """The location ``where`` names in this place (refuses what is not a plan here)."""
        ...

    def read(self, location: PurePath) -> Stored:
        """The plan stored at ``location``, the version it was read at, and (an older planner's
        plan) where the first save will keep the old state. Reading writes nothing."""
        ...

    def version(self, location: PurePath) -> Version | None:
        """The version stored at ``location`` now (None: nothing is stored there)."""
        ...

    def claim(self, location: PurePath) -> Claim | InUse | None:
        """The right to write ``location`` while it is open here, or who or what stops it
        (None: this place, or this reader, takes no claims)."""
        ...

    def write(self, location: PurePath, plan: Plan, *, copied_from: PurePath | None = None) -> Version | None:
        """Store ``plan`` at ``location``; the version written. ``copied_from``: a "Save as" from
        there (a document carries its history and notes along)."""
        ...

    def locate_new(self, where: Where) -> PurePath:
        """Where a plan saved under the name the user gave goes (a file gets the usual suffix
        when the name has none of a plan's)."""
        ...

    def suggest(self, folder: str, stem: str, like: PurePath | None) -> str:
        """A name to offer when the user saves a plan as ``stem`` (in the place's words: for
        files a path in ``folder`` with the suffix of ``like``, else the usual one)."""
        ...

    def same(self, first: PurePath | None, second: PurePath | None) -> bool:
        """Whether two locations name the same plan."""
        ...


class UnsavedWork(Protocol):
    """Autosaved work for crash recovery, kept on this computer by plan location (None: a plan
    never saved). ``persistence.recovery.RecoveryStore`` is one."""

    def save(self, plan_path: Where | None, plan: Plan) -> None: ...

    def pending(self, plan_path: Where | None) -> Plan | None: ...

    def discard(self, plan_path: Where | None) -> None: ...
