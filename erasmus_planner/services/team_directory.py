"""Name completion from two directories at once: the user's own and the team workspace's shared
one. Results from the workspace say so (``FromTeamWorkspace``), so a coordinator knows whether a
colleague's entry or their own is being copied into the plan.

The workspace's directory is searched only while the workspace answers: a search that fails
(the server went away) gives the local results alone and turns the team's off until the window
reconnects, so typing a name never waits on a network.
"""

from __future__ import annotations

import threading
from typing import Any

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.model import Organisation
from erasmus_planner.services.partner_directory import SearchFunction


class FromTeamWorkspace(Organisation):
    """An organisation found in the team workspace's shared directory."""

    __slots__ = ()

    @classmethod
    def of(cls, org: Organisation) -> FromTeamWorkspace:
        copy = object.__new__(cls)
        for name in Organisation._fields:
            object.__setattr__(copy, name, getattr(org, name))
        return copy


class TeamDirectorySearch:
    """Local results first, then the workspace's that are not already among them."""

    def __init__(self, local: SearchFunction | None, address: Any, *, limit: int = 12) -> None:
        self.local = local
        self.address = address
        self.limit = limit
        self.available = True
        self._directory: Any = None
        self._lock = threading.Lock()

    def __call__(self, text: str) -> list[Organisation]:
        found = list(self.local(text)) if self.local is not None else []
        if not self.available or not text.strip():
            return found
        seen = {(fold_name(org.name), org.country) for org in found}
        try:
            team = self._search(text)
        except PlanError:
            self.available = False  # the window's reconnect makes a new one
            return found
        found.extend(FromTeamWorkspace.of(org) for org in team if (fold_name(org.name), org.country) not in seen)
        return found[: self.limit + self.limit // 2]

    def _search(self, text: str) -> list[Organisation]:
        with self._lock:
            if self._directory is None:
                from erasmus_planner.persistence.directory import PartnerDirectory

                self._directory = PartnerDirectory(self.address)
            return [entry.organisation for entry in self._directory.search(text, limit=self.limit)]

    def close(self) -> None:
        with self._lock:
            if self._directory is not None:
                self._directory.close()
                self._directory = None
