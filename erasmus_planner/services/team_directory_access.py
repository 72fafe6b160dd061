"""The team workspace's shared directory as the Directory view reads it: every read gets a time
limit, so a server that accepted the connection and then hangs (a frozen VM, a stopped server
process — TCP notices nothing) costs the window a few seconds, never the whole window.

The limit is ``answer_within`` (persistence/workspace/connect.py), the same cut as the team's
plans, applied through ``directory_server.ReadBound`` to the reads named in ``READS`` only, on the
thread that makes them: an import (thousands of statements on its worker thread) and the view's
writes are never cut. A read that gets no answer in time ends as ``NotAnswering`` (the view says
"Team workspace: not answering"); the cut connection is dropped, so the next read after the server
answers again simply opens a new one.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Final

# A read without any answer for this long: the server hangs. 5 s is the workspace's connect
# timeout too (one number for "not answering" in the whole planner), far above a working server's
# answer (a search is ~5 ms, docs/performance.md) even on a slow network, and short enough that a
# coordinator waits for it rather than thinking the planner has crashed.
ANSWER_WITHIN_S: Final = 5.0
# The DirectoryService methods the view reads with; everything else (imports, edits, merges) goes
# through unbounded.
READS: Final = frozenset(
    {"search", "entries", "count", "project_count", "countries", "duplicates", "search_projects", "entry_for",
     "candidates", "plan_from_project"}  # Find in Directory, New from Funded Project
)


def is_not_answering(error: BaseException) -> bool:
    """Whether ``error`` is a read the team workspace gave no answer to in time."""
    from erasmus_planner.persistence.workspace.errors import NotAnswering

    return isinstance(error, NotAnswering)


class BoundReads:
    """A ``DirectoryService`` whose reads keep to ``bound`` (see the module's docstring)."""

    def __init__(self, service: Any, bound: Any, where: str) -> None:
        self._service = service
        self._bound = bound
        self._where = where

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._service, name)
        if name not in READS:
            return found

        def read(*args: Any, **kwargs: Any) -> Any:
            return self._read(found, args, kwargs)

        return read

    def _read(self, work: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        from erasmus_planner.persistence.workspace.errors import NotAnswering, WorkspaceUnreachable

        started = time.monotonic()
        for attempt in (1, 2):
            try:
                with self._bound.reading():
                    return work(*args, **kwargs)
            except WorkspaceUnreachable:
                if time.monotonic() - started >= self._bound.seconds:
                    raise NotAnswering(
                        "the workspace {where} did not answer within {seconds} s; check the address and the network "
                        "(the planner keeps working on local files meanwhile)",
                        where=self._where, seconds=f"{self._bound.seconds:g}",
                    ) from None
                if attempt == 2:
                    raise
                # Lost at once (the server restarted): once more, on a new connection — what the
                # pool's check before use does for unbounded engines.
        raise AssertionError("unreachable")


class TeamDirectoryAccess:
    """The team workspace's shared directory (PostgreSQL), for the Directory view: opened on first
    use with the address the window connected with (its password kept in memory only). Every
    refusal — the server gone or hanging, a viewer's write — is a PlanError the view shows."""

    is_team = True

    def __init__(self, address: Any, *, answer_within_s: float | None = None) -> None:
        self.address = address
        self.answer_within_s = ANSWER_WITHIN_S if answer_within_s is None else answer_within_s
        self._lock = threading.Lock()
        self._opened: Any = None

    def service(self, *, create: bool = False) -> Any:
        """The ``DirectoryService`` over the team's directory, reads bounded (``create`` changes
        nothing: the workspace made it); PlanError when the server cannot be reached."""
        with self._lock:
            if self._opened is None:
                from erasmus_planner.persistence.directory import PartnerDirectory
                from erasmus_planner.persistence.directory_server import ReadBound
                from erasmus_planner.services.directory_service import DirectoryService

                bound = ReadBound(self.answer_within_s)
                service = DirectoryService(PartnerDirectory(self.address, read_bound=bound))
                self._opened = BoundReads(service, bound, self.address.shown)
            return self._opened

    def close(self) -> None:
        with self._lock:
            if self._opened is not None:
                self._opened.close()
            self._opened = None

