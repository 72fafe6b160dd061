"""A plan document's life in one place: new, open, save, save as, autosave, recovery, close and
the recent plans — without a window (Anki's ``CollectionOp``, Cosmic Python's unit of work: the
window asks, this decides).

Every step answers with an outcome (``document_outcomes``) that the window turns into a dialog or
a status line; nothing here asks a question. Where the plan lives is a ``PlanPlace``
(``plan_places``; plan files today), so a team workspace can be a second place without the
window learning it.

**What happens when you press Save** (``save``):

1. The plan lives nowhere yet, or was opened read-only → ``NeedsName``: the window asks where,
   then calls ``save_as`` with the answer.
2. The place holds a newer version than the one read here (another program, a synchronised
   folder, a colleague) → ``NewerElsewhere``: the window asks; ``save(overwrite=True)`` writes.
3. The session claims the location (a plan file's lock; ``Locked`` when another has it) and the
   place writes a complete new state (a crash leaves the old plan or the new one).
4. Then: the autosaved recovery copies are dropped, the plan goes to the top of the recent plans
   and its folder is remembered, the document marks its undo history clean → ``Saved``.
   A problem at any step is ``Failed`` (or ``Locked``) and changes nothing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Protocol

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.services.changes import Changes
from erasmus_planner.services.document_outcomes import (
    Autosaved,
    Failed,
    Locked,
    NeedsName,
    NewerElsewhere,
    Opened,
    OpenOutcome,
    Recovery,
    Saved,
    SaveOutcome,
    SaveState,
)
from erasmus_planner.services.plan_places import PlanPlace, UnsavedWork, Where, refusal
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.services.samples import sample_plan_path


class Document(Protocol):
    """The open document as its front end keeps it: the session, and an undo history that knows
    whether the plan differs from what was stored (``ui.document.PlanDocument``;
    ``PlainDocument`` without a window)."""

    session: PlanSession

    def replace(self, operation: Callable[[PlanSession], Changes], *, clean: bool = True) -> Changes: ...

    def saved(self, changes: Changes) -> None: ...

    @property
    def modified(self) -> bool: ...


class RecentPlans(Protocol):
    """The recent plans and the last folder, remembered between runs (``ui.settings.AppSettings``)."""

    def recent_plans(self) -> list[str]: ...

    def existing_recent_plans(self) -> list[str]: ...

    def add_recent_plan(self, path: str | Path) -> None: ...

    def clear_recent_plans(self) -> None: ...

    def last_folder(self) -> str: ...

    def set_last_folder(self, folder: str | Path) -> None: ...


class PlainDocument:
    """A ``Document`` without a window (tests, scripts): modified while the plan differs from the
    one last opened or saved."""

    def __init__(self, session: PlanSession | None = None) -> None:
        self.session = session or PlanSession()
        self._stored: Plan | None = self.session.plan if self.session.has_plan else None

    def replace(self, operation: Callable[[PlanSession], Changes], *, clean: bool = True) -> Changes:
        changes = operation(self.session)
        self._stored = self.session.plan if clean and self.session.has_plan else None
        return changes

    def saved(self, changes: Changes) -> None:
        self._stored = self.session.plan

    @property
    def modified(self) -> bool:
        return self.session.has_plan and self.session.plan != self._stored


class DocumentController:
    """Owns the open plan's life; see the module's docstring for what Save does."""

    def __init__(
        self,
        document: Document,
        *,
        recent: RecentPlans | None = None,
        unsaved: UnsavedWork | None = None,
        sample: Path | None = None,
    ) -> None:
        """``unsaved``: where autosaved work waits for recovery (None: no autosave);
        ``sample``: the plan that opens as an unsaved copy (default: the one that ships)."""
        self.document = document
        self.recent = recent
        self.unsaved = unsaved
        self.sample = sample if sample is not None else sample_plan_path()
        self.autosaved_at: datetime.datetime | None = None

    # --- what the window shows -----------------------------------------------------------

    @property
    def session(self) -> PlanSession:
        return self.document.session

    @property
    def place(self) -> PlanPlace:
        return self.session.place

    @property
    def has_plan(self) -> bool:
        return self.session.has_plan

    def display_name(self) -> str | None:
        """The plan's file name, else its title; None for an untitled plan never saved (the
        window says "Untitled plan" in its language)."""
        session = self.session
        if session.path is None and not session.plan.title.strip():
            return None
        return session.display_name()

    def save_state(self) -> SaveState:
        """How far the open plan is from what is stored, for the status line."""
        if not self.has_plan:
            return ""
        if self.document.modified:
            return "autosaved" if self.autosaved_at is not None else "unsaved"
        return "not saved yet" if self.session.path is None else "saved"

    def can_save(self) -> bool:
        session = self.session
        return session.has_plan and (self.document.modified or session.path is None or session.read_only)

    def plan_stem(self) -> str:
        """A name for files made from the plan: its file's stem, else its title made a file name."""
        session = self.session
        if session.path is not None:
            return session.path.stem
        return file_stem(session.plan.title) or "plan"

    def suggested_location(self) -> str:
        """What "Save as" offers: the plan's own name, or its title made a file name."""
        return self.place.suggest(self.folder(), self.plan_stem(), self.session.path)

    def folder(self) -> str:
        """Where a file question starts: the plan's folder, else the last one used, else home."""
        path = self.session.path if self.has_plan else None
        if path is not None:
            return str(path.parent)
        return (self.recent.last_folder() if self.recent is not None else "") or str(Path.home())

    def recent_plans(self) -> list[str]:
        """The recent plans still there, newest first."""
        return self.recent.existing_recent_plans() if self.recent is not None else []

    def clear_recent_plans(self) -> None:
        if self.recent is not None:
            self.recent.clear_recent_plans()

    # --- new, open, close --------------------------------------------------------------------

    def new(self) -> Changes:
        return self._replace(lambda s: s.new())

    def new_from(self, plan: Plan) -> Changes:
        """A new plan with this content (File ▸ New from Funded Project…): not saved anywhere
        yet, and unsaved work until it is."""
        return self._replace(lambda s: s.load(plan, None), clean=False)

    def is_sample(self, where: Where) -> bool:
        try:
            return self.sample is not None and Path(where).resolve() == self.sample.resolve()
        except OSError:
            return False

    def open(self, where: Where, *, read_only: bool = False, check_recovery: bool = True) -> OpenOutcome:
        """Open the plan at ``where``: ``Opened`` (with any autosaved work newer than it, and for
        an older planner's document where the first save will keep the old file),
        ``Locked`` (open elsewhere: the window may ask again with ``read_only=True``) or
        ``Failed``; on anything but ``Opened`` the open plan stays as it was."""
        if self.is_sample(where):
            return self._open_copy(where)
        try:
            location = self.place.locate(where)
            stored = self.place.read(location)
            self._replace(lambda s: s.load_stored(stored, location, read_only=read_only))
        except PlanError as error:
            refused = refusal(error)
            return Locked.of(refused) if refused is not None else Failed(error)
        self._remember(location)
        recovery = self.recovery_for(location) if check_recovery else None
        return Opened(location.name, read_only=self.session.read_only, recovery=recovery, upgrade_keeps_old_at=stored.upgrade_keeps_old_at)

    def _open_copy(self, where: Where) -> OpenOutcome:
        """The sample opens as a new, unsaved plan: Save asks where, so the example that ships
        with the planner (and that ``make run`` opens) is never overwritten or locked."""
        try:
            plan = self.place.read(self.place.locate(where)).plan
        except PlanError as error:
            return Failed(error)
        self._replace(lambda s: s.load(plan, None))
        return Opened(Path(where).name, as_copy=True)

    def close(self) -> Changes:
        """Close the plan (after the window made sure nothing is lost): its autosaved copy and
        its claim go with it."""
        self.forget_unsaved()
        return self._replace(lambda s: s.close())

    def shut_down(self) -> None:
        """The window is going away: drop the autosaved copy (the user saved or discarded) and
        release the plan, without redrawing anything."""
        self.autosaved_at = None
        if self.has_plan:
            self.forget_unsaved()
            self.session.close()

    # --- save ----------------------------------------------------------------------------------

    def save(self, *, overwrite: bool = False) -> SaveOutcome | None:
        """Save where the plan lives (see the module's docstring); None when no plan is open."""
        session = self.session
        if not session.has_plan:
            return None
        if session.path is None or session.read_only:
            why = "read-only" if session.read_only else "never saved"
            return NeedsName(self.suggested_location(), why)
        if not overwrite and session.version is not None and self.place.version(session.path) not in (session.version, None):
            return NewerElsewhere(session.path.name)
        return self._write(None)

    def save_as(self, where: Where) -> SaveOutcome | None:
        """Save under the name the user chose (the place adds what a name lacks: a suffix)."""
        if not self.has_plan:
            return None
        try:
            location = self.place.locate_new(where)
        except PlanError as error:
            return Failed(error)
        return self._write(location)

    def _write(self, location: PurePath | None) -> SaveOutcome:
        session = self.session
        before = session.path
        try:
            changes = session.save(location)
        except PlanError as error:
            refused = refusal(error)
            return Locked.of(refused) if refused is not None else Failed(error)
        saved = session.path
        assert saved is not None  # just written there
        self.forget_unsaved(before)
        self.forget_unsaved(saved)
        self._remember(saved)
        self.document.saved(changes)
        return Saved(saved.name, saved)

    # --- autosave and recovery ------------------------------------------------------------------

    def edited(self) -> None:
        """After every edit, undo or redo: the autosaved copy is behind again."""
        self.autosaved_at = None

    @property
    def autosaves(self) -> bool:
        return self.unsaved is not None

    def autosave(self) -> Autosaved | Failed | None:
        """Keep the unsaved plan for recovery after a crash (None: nothing to keep)."""
        if self.unsaved is None or not self.document.modified:
            return None
        try:
            self.unsaved.save(self.session.path, self.session.plan)
        except PlanError as error:
            return Failed(error)
        self.autosaved_at = datetime.datetime.now()
        return Autosaved(self.autosaved_at)

    def recovery_for(self, location: PurePath | None) -> Recovery | None:
        """Autosaved work for the plan at ``location`` (None: a plan never saved) that differs
        from the plan open now, if any."""
        if self.unsaved is None:
            return None
        pending = self.unsaved.pending(location)
        if pending is None or (self.has_plan and location is not None and pending == self.session.plan):
            return None
        return Recovery(location, pending)

    def recovery_at_start(self) -> Recovery | None:
        """Started without a plan: work a crash left unsaved — the never-saved plan's first,
        else the first recent plan that has some."""
        if self.unsaved is None:
            return None
        untitled = self.recovery_for(None)
        if untitled is not None:
            return untitled
        for recent in self.recent.recent_plans() if self.recent is not None else []:
            found = self.recovery_for(Path(recent))
            if found is not None:
                return found
        return None

    def restore(self, recovery: Recovery) -> Changes:
        """Make the recovered work the open plan, modified until saved (the stored plan is
        untouched; a plan opened read-only stays read-only)."""
        location = recovery.location

        def load(session: PlanSession) -> Changes:
            same = location is not None and self.place.same(session.path, location)
            return session.load(recovery.plan, location, read_only=session.read_only if same else False)

        return self._replace(load, clean=False)

    def forget_unsaved(self, location: PurePath | None | bool = True) -> None:
        """Drop the autosaved copy of ``location`` (default: of the open plan)."""
        if self.unsaved is None:
            return
        if location is True:
            if not self.has_plan:
                return
            location = self.session.path
        self.unsaved.discard(location)  # type: ignore[arg-type]

    def decline(self, recovery: Recovery) -> None:
        """The user does not want the recovered work: it is not offered again."""
        if self.unsaved is not None:
            self.unsaved.discard(recovery.location)

    # --- helpers -----------------------------------------------------------------------------------

    def _replace(self, operation: Callable[[PlanSession], Changes], *, clean: bool = True) -> Changes:
        """A whole new document (open, new, recover, close): a fresh undo history."""
        self.autosaved_at = None
        return self.document.replace(operation, clean=clean)

    def _remember(self, location: PurePath) -> None:
        if self.recent is not None and isinstance(location, Path):
            self.recent.add_recent_plan(location)
            self.recent.set_last_folder(location.parent)



def file_stem(title: str) -> str:
    """A plan title as a file name: letters, digits, dashes; at most 60 characters."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.lower().split())[:60]

