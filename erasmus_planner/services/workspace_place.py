"""A team workspace as a place where plans live: the second ``PlanPlace`` (``plan_places``).

The window's document controller opens, saves and claims team plans through the same words it
uses for files; only the meaning differs:

* a location is ``/team-workspace/<workspace id>/<plan name>`` (a ``WorkspaceLocation``), so
  its ``name`` is the team plan's name and crash-recovery copies are kept per workspace;
* a version is the plan's version number; a write carries the version this place last read or
  wrote for that plan, so the server refuses a save based on an older one (``VersionConflict``)
  even when the controller was told to overwrite — a workspace never overwrites;
* a claim is a lease (holder, since, expiry), renewed every 30 s by a background thread while
  the plan is open and lapsing 2 minutes after a crash; someone else's lease is ``InUse`` with
  the holder's login and since when, so the window can say "being edited by X since 14:02".

``Places`` puts both places behind one: locations of the workspace go to it, everything else to
the files, so a window opens a file and a team plan alike. Each window has its own place (its
own client id and versions): two windows are two editors, even for the same person.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import PurePath, PurePosixPath
from typing import TYPE_CHECKING, Any, Final

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.workspace.errors import LeaseHeld, NoSuchPlan, WorkspaceUnreachable
from erasmus_planner.persistence.workspace.team_plans import LEASE_SECONDS, Workspace
from erasmus_planner.services.file_place import FilePlace
from erasmus_planner.services.plan_places import Claim, Holder, InUse, PlanPlace, Stored, Version, Where
from erasmus_planner.services.workspace_service import load_team_plan, save_team_plan, valid_name

if TYPE_CHECKING:
    from erasmus_planner.domain.model import Plan

ROOT: Final = "/team-workspace"
RENEW_EVERY_S: Final = 30.0


class WorkspaceLocation(PurePosixPath):
    """Where a team plan lives: ``/team-workspace/<workspace id>/<name>``."""

    @property
    def workspace_id(self) -> str:
        return self.parts[2] if len(self.parts) > 3 else ""


def is_team_location(location: object) -> bool:
    return isinstance(location, WorkspaceLocation)


def is_offline(error: BaseException) -> bool:
    """Whether ``error`` means the workspace could not be reached (so a retry later may work)."""
    return isinstance(error, WorkspaceUnreachable)


class WorkspacePlace:
    """Team plans of one workspace, for one window (see the module's docstring)."""

    def __init__(self, workspace: Workspace, *, renew_every_s: float = RENEW_EVERY_S, lease_seconds: int = LEASE_SECONDS) -> None:
        self.workspace = workspace
        self.id = hashlib.sha256(workspace.address.shown.encode("utf-8")).hexdigest()[:12]
        self.lease_seconds = lease_seconds
        self._known: dict[str, int] = {}  # the version this place last read or wrote, by name
        self._claims: dict[str, _LeaseClaim] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._renewer = threading.Thread(target=self._renew_loop, args=(renew_every_s,), name="workspace-leases", daemon=True)
        self._renewer.start()

    @property
    def client_id(self) -> str:
        return self.workspace.client_id

    def location(self, name: str) -> WorkspaceLocation:
        return WorkspaceLocation(ROOT, self.id, valid_name(name))

    def owns(self, location: object) -> bool:
        return isinstance(location, WorkspaceLocation) and location.workspace_id == self.id

    # --- PlanPlace ---------------------------------------------------------------------------------

    def locate(self, where: Where) -> WorkspaceLocation:
        if not self.owns(where):
            raise PlanError("{where} is not a team plan of the workspace {workspace}", where=str(where), workspace=self.workspace.address.shown)
        return where  # type: ignore[return-value]

    def locate_new(self, where: Where) -> WorkspaceLocation:
        return self.locate(where)

    def suggest(self, folder: str, stem: str, like: PurePath | None) -> str:
        return stem

    def read(self, location: PurePath) -> Stored:
        plan, info = load_team_plan(self.workspace, location.name)
        self._known[location.name] = info.version
        return Stored(plan, info.version)

    def version(self, location: PurePath) -> Version | None:
        """The version stored now; None when it cannot be told (offline: the save finds out)."""
        try:
            return self.workspace.current_version(location.name)
        except WorkspaceUnreachable:
            return None

    def claim(self, location: PurePath) -> Claim | InUse | None:
        name = location.name
        claim = _LeaseClaim(self, location)
        try:
            self.workspace.take_lease(name, seconds=self.lease_seconds)
        except LeaseHeld as held:
            return _in_use(location, held)
        except NoSuchPlan:
            claim.pending = True  # a plan not saved yet: the lease is taken with its first save
        with self._lock:
            self._claims[name] = claim
        return claim

    def write(self, location: PurePath, plan: Plan, *, copied_from: PurePath | None = None) -> Version | None:
        """Save on top of the version last read here. The server refuses it while another
        member's lease is current — ours lapsed (a sleeping laptop) and they took the plan —
        and that refusal is the same ``InUse`` as a refused claim: the window says who edits
        it and offers to save elsewhere, as for a plan file open in another window."""
        name = location.name
        try:
            version = save_team_plan(self.workspace, plan, name, base=self._known.get(name))
        except LeaseHeld as held:
            raise _in_use(location, held).error from None
        self._known[name] = version
        with self._lock:
            claim = self._claims.get(name)
        if claim is not None and claim.pending:
            claim.take()
        return version

    def same(self, first: PurePath | None, second: PurePath | None) -> bool:
        return first == second and (first is None or self.owns(first))

    # --- leases ------------------------------------------------------------------------------------

    def _release(self, claim: _LeaseClaim) -> None:
        with self._lock:
            if self._claims.get(claim.location.name) is claim:
                del self._claims[claim.location.name]
        try:
            self.workspace.release_lease(claim.location.name)
        except PlanError:
            pass  # offline: the lease lapses by itself

    def renew_now(self) -> None:
        """Renew every lease held here (the background thread does so every 30 s)."""
        with self._lock:
            claims = list(self._claims.values())
        for claim in claims:
            claim.take()

    def _renew_loop(self, every: float) -> None:
        renewer: Workspace | None = None
        while not self._stop.wait(every):
            with self._lock:
                claims = list(self._claims.values())
            if not claims:
                continue
            try:
                if renewer is None:  # its own connection: the window's may be busy
                    renewer = Workspace(self.workspace.address, client_id=self.client_id)
                for claim in claims:
                    claim.take(renewer)
            except PlanError:
                if renewer is not None:
                    renewer.close()
                renewer = None  # offline: try again next round
        if renewer is not None:
            renewer.close()

    def close(self) -> None:
        """Release every lease and stop renewing (the window closes)."""
        self._stop.set()
        with self._lock:
            claims = list(self._claims.values())
        for claim in claims:
            claim.release()
        self.workspace.close()


def _in_use(location: PurePath, held: LeaseHeld) -> InUse:
    """Someone else's lease as the place's "in use": their login and since when."""
    lease = held.lease
    holder = Holder(user=lease.holder, since=lease.since.isoformat(timespec="seconds"))  # type: ignore[attr-defined]
    return InUse(location=location, holder=holder, reason=None, error=held)


class _LeaseClaim:
    """A lease held (or, for a plan not yet saved, to be taken) while the plan is open here."""

    def __init__(self, place: WorkspacePlace, location: PurePath) -> None:
        self.place = place
        self._location = location
        self.pending = False
        self.lost: LeaseHeld | None = None  # someone else took it after ours lapsed (offline)

    @property
    def location(self) -> PurePath:
        return self._location

    def take(self, workspace: Workspace | None = None) -> None:
        try:
            (workspace or self.place.workspace).take_lease(self._location.name, seconds=self.place.lease_seconds)
        except NoSuchPlan:
            return
        except LeaseHeld as held:
            self.lost = held
            return
        self.pending = False
        self.lost = None

    def release(self) -> None:
        self.place._release(self)


class Places:
    """Plan files and, once connected, one team workspace, behind one ``PlanPlace``."""

    def __init__(self, files: PlanPlace | None = None, workspace: WorkspacePlace | None = None) -> None:
        self.files: PlanPlace = files if files is not None else FilePlace()
        self.workspace = workspace

    def _for(self, where: object) -> Any:
        if isinstance(where, WorkspaceLocation):
            if self.workspace is None:
                raise WorkspaceUnreachable("the team workspace is not connected; connect it in Preferences ▸ Workspace")
            return self.workspace
        return self.files

    def locate(self, where: Where) -> PurePath:
        return self._for(where).locate(where)

    def locate_new(self, where: Where) -> PurePath:
        return self._for(where).locate_new(where)

    def suggest(self, folder: str, stem: str, like: PurePath | None) -> str:
        return self.files.suggest(folder, stem, None if isinstance(like, WorkspaceLocation) else like)

    def read(self, location: PurePath) -> Stored:
        return self._for(location).read(location)

    def version(self, location: PurePath) -> Version | None:
        return self._for(location).version(location)

    def claim(self, location: PurePath) -> Claim | InUse | None:
        return self._for(location).claim(location)

    def write(self, location: PurePath, plan: Plan, *, copied_from: PurePath | None = None) -> Version | None:
        source = None if isinstance(copied_from, WorkspaceLocation) != isinstance(location, WorkspaceLocation) else copied_from
        return self._for(location).write(location, plan, copied_from=source)

    def same(self, first: PurePath | None, second: PurePath | None) -> bool:
        if isinstance(first, WorkspaceLocation) or isinstance(second, WorkspaceLocation):
            return first == second
        return self.files.same(first, second)
