"""Plans as files on this computer or a shared drive: the first ``PlanPlace``.

A location is the file's path (``.epplan`` document or ``.json`` interchange file); its version
is the file's size and modification time, read again before every save, so a plan another
program or a synchronised folder changed meanwhile is noticed. The claim is the lock file
beside the plan (``persistence/lock.py``), which the operating system frees with the process
that held it. The modules behind it load when first needed: a JSON plan opened for reading
never imports the database library.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from erasmus_planner.services import features, plan_files
from erasmus_planner.services.plan_places import Claim, Holder, InUse, Stored, Version, Where

if TYPE_CHECKING:
    from erasmus_planner.domain.model import Plan
    from erasmus_planner.services.plan_places import UnsavedWork


class FilePlace:
    """Plan files. ``use_locks=False`` for a reader that never writes (a screenshot)."""

    def __init__(self, *, use_locks: bool = True) -> None:
        self.use_locks = use_locks
        self._held: dict[Path, Any] = {}  # the locks of this place's claims, by absolute path

    def locate(self, where: Where) -> Path:
        return Path(where)

    @property
    def default_suffix(self) -> str:
        """What a new plan is saved as: a document with history, where this build has them."""
        return ".epplan" if features.available(features.PLAN_DOCUMENTS) else ".json"

    def locate_new(self, where: Where) -> Path:
        path = Path(where)
        if path.suffix.lower() not in plan_files.PLAN_SUFFIXES:
            path = path.with_name(path.name + self.default_suffix)
        return path

    def suggest(self, folder: str, stem: str, like: PurePath | None) -> str:
        return str(Path(folder) / f"{stem}{like.suffix if like is not None else self.default_suffix}")

    def read(self, location: PurePath) -> Stored:
        path = Path(location)
        version = self.version(path)  # before reading: a write meanwhile makes the save ask
        backup = _backup_for_upgrade(path)
        return Stored(plan_files.load_plan(path), version, backup)

    def version(self, location: PurePath) -> Version | None:
        try:
            stat = os.stat(location)
        except OSError:
            return None
        return (stat.st_size, stat.st_mtime_ns)

    def claim(self, location: PurePath) -> Claim | InUse | None:
        """The plan's lock, or None where this build or this place takes none."""
        if not self.use_locks or not features.available(features.LOCKS):
            return None
        from erasmus_planner.persistence.lock import PlanLock, PlanLocked

        from erasmus_planner.persistence.lock import remove_leftovers

        lock = PlanLock(location)
        try:
            lock.acquire()
        except PlanLocked as refused:
            return in_use(refused)
        remove_leftovers(Path(location))  # a save of this plan killed half-way left its temporary file
        self._held[_key(location)] = lock
        return _LockClaim(lock, lambda: self._held.pop(_key(location), None))

    def write(self, location: PurePath, plan: Plan, *, copied_from: PurePath | None = None) -> Version | None:
        # Under the plan's lock, like every writer: the claim this place holds on it, else one
        # taken for the write (a plan open in another window is refused, not overwritten).
        plan_files.save_plan(plan, location, copied_from=copied_from, lock=self._held.get(_key(location)))
        return self.version(location)

    def same(self, first: PurePath | None, second: PurePath | None) -> bool:
        if first is None or second is None:
            return first is second
        return Path(first).absolute() == Path(second).absolute()


def _key(location: PurePath) -> Path:
    return Path(location).absolute()


class _LockClaim:
    """A held ``PlanLock`` as the claim on its plan."""

    def __init__(self, lock: Any, forget: Callable[[], object] = lambda: None) -> None:
        self._lock = lock
        self._forget = forget

    @property
    def location(self) -> Path:
        return self._lock.path

    def release(self) -> None:
        self._forget()
        self._lock.release()


def _backup_for_upgrade(path: Path) -> Path | None:
    """Where the first save will keep the old file when ``path`` is an older ``.epplan`` (read
    through a migrated copy, upgraded by the save: older planners cannot open the upgrade)."""
    if path.suffix.lower() != ".epplan" or not features.available(features.PLAN_DOCUMENTS):
        return None
    from erasmus_planner.domain.errors import PlanError
    from erasmus_planner.persistence.migrate import backup_path
    from erasmus_planner.persistence.plan_document import SCHEMA_VERSION, schema_version

    try:
        old = schema_version(path)
    except PlanError:
        return None  # reading it says what is wrong
    return backup_path(path, old) if old < SCHEMA_VERSION else None


def in_use(refused: Any) -> InUse:
    """``persistence.lock.PlanLocked`` in the words every place speaks."""
    holder = refused.holder
    who = None if holder is None else Holder(pid=holder.pid, host=holder.host, user=holder.user, since=holder.since)
    return InUse(location=refused.path, holder=who, reason=refused.reason, error=refused)


def unsaved_work(folder: Where | None = None) -> UnsavedWork | None:
    """The crash-recovery store in the user's state folder (``folder`` in tests), or None when
    this build has none."""
    if not features.available(features.RECOVERY):
        return None
    from erasmus_planner.persistence.recovery import RecoveryStore

    return RecoveryStore(folder)
