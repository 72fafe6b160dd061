"""The partner directory as the window uses it: name completion in the partner dialog, and keeping
an entry in step with a partner edited in a plan.

The directory file is opened on first use, not at start-up (SQLAlchemy takes ~230 ms to load),
from whichever thread asks first. A directory that cannot be opened simply offers no completions
and no updates: typing a name or editing a partner must never fail because of it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.services import features

SearchFunction = Callable[[str], list[Organisation]]


class DirectoryAccess:
    """One partner directory file, opened when first searched or asked about."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, limit: int = 12) -> None:
        self._path = path
        self._limit = limit
        self._lock = threading.Lock()
        self._opened: list[Any] = []  # the DirectoryService, or None when it cannot be opened
        self._error: PlanError | None = None  # why it could not be

    def _location(self) -> Path:
        from erasmus_planner.persistence.directory import PartnerDirectory

        return PartnerDirectory.default_path(self._path)

    def _service(self) -> Any:
        with self._lock:
            if not self._opened:
                # Typing a name or editing a partner never creates a directory: until the user
                # makes one (directory import), there is simply nothing to offer.
                if not self._location().exists():
                    return None
                # Imported here, not at start-up: the directory brings SQLAlchemy.
                from erasmus_planner.persistence.directory import PartnerDirectory
                from erasmus_planner.services.directory_service import DirectoryService

                try:
                    self._opened.append(DirectoryService(PartnerDirectory(self._location())))
                except PlanError as exc:
                    self._opened.append(None)
                    self._error = exc
            return self._opened[0]

    def location(self) -> Path:
        """Where the directory is (or would be made)."""
        return self._location()

    def service(self, *, create: bool = False) -> Any:
        """The ``DirectoryService`` for the Directory view; None while there is no directory,
        unless ``create`` (the user adds or imports the first organisation). PlanError when the
        file cannot be opened or made (the view says why; completion stays silent)."""
        found = self._service()
        if found is not None or not create:
            if found is None and self._error is not None:
                raise self._error
            return found
        from erasmus_planner.persistence.directory import PartnerDirectory
        from erasmus_planner.services.directory_service import DirectoryService

        with self._lock:
            if not self._opened or self._opened[0] is None:
                self._opened[:] = [DirectoryService(PartnerDirectory(self._location()))]
            return self._opened[0]

    def close(self) -> None:
        """Let go of the file (the window closes, or the preferences name another directory)."""
        with self._lock:
            if self._opened and self._opened[0] is not None:
                self._opened[0].close()
            self._opened.clear()
            self._error = None

    def is_empty(self) -> bool:
        """No directory yet, or (when it is open already) one without a single organisation: the
        partner dialog says how to fill it. A directory not yet opened is not opened for this
        (opening the dialog must not wait for the database library to load)."""
        if not self._location().exists():
            return True
        service = self._opened[0] if self._opened else None
        try:
            return service is not None and service.count() == 0
        except PlanError:
            return False

    def search_entries(self, text: str, *, newest: int = 1) -> list[Any]:
        """Directory entries for name completion, each with its number of funded projects and
        its ``newest`` ones (none on any problem)."""
        if not text.strip():
            return []
        service = self._service()
        if service is None:
            return []
        try:
            return service.search(text, limit=self._limit, track_records=newest > 0, newest=newest)
        except PlanError:
            return []

    def search(self, text: str) -> list[Organisation]:
        """Organisations whose name, city, OID or PIC contain the words typed (none on any problem)."""
        return [entry.organisation for entry in self.search_entries(text, newest=0)]

    def update_offer(self, edited: Organisation, before: Organisation | None = None) -> Any:
        """The ``UpdateOffer`` for a partner just edited (None: nothing to offer, or no directory)."""
        service = self._service()
        if service is None:
            return None
        try:
            return service.update_offer(edited, before)
        except PlanError:
            return None

    def update_entry(self, entry_id: int, org: Organisation) -> None:
        """Write ``org`` over the directory's entry; PlanError naming the file when it cannot."""
        service = self._service()
        if service is None:
            raise PlanError("the partner directory cannot be opened", source=str(self._location()))
        service.update_entry_from_partner(entry_id, org)


def directory_access(path: str | os.PathLike[str] | None = None, *, limit: int = 12) -> DirectoryAccess | None:
    """The directory at ``path`` (default: the user's), or None when this build has no directory."""
    if not features.available(features.DIRECTORY):
        return None
    return DirectoryAccess(path, limit=limit)


def directory_search(path: str | os.PathLike[str] | None = None, *, limit: int = 12) -> SearchFunction | None:
    """A search function over the directory at ``path`` (default: the user's), or None when this
    build has no directory."""
    access = directory_access(path, limit=limit)
    return access.search if access is not None else None


def default_location() -> str | None:
    """Where the partner directory lives when Preferences names no file (None: no directory in
    this build). Loads the database library: ask only when the answer is to be shown."""
    if not features.available(features.DIRECTORY):
        return None
    from erasmus_planner.persistence.directory import PartnerDirectory

    return str(PartnerDirectory.default_path(None))
