"""Name completion from two directories at once: the user's own and the team workspace's shared
one. Results from the workspace say so (``FromTeamWorkspace``), so a coordinator knows whether a
colleague's entry or their own is being copied into the plan.

Typing a name never waits on the network. The team's directory is searched by a worker thread;
the caller (the partner dialog, on the window's thread) waits at most ``WAIT_S`` for its answer —
a short client-side timeout that a server on the same network meets — and an answer that comes
later is handed to ``on_results`` so the list can be shown again with it. Two limits stop a
search that does not end:

* the server's own ``statement_timeout`` (``STATEMENT_TIMEOUT_MS``, set on this connection
  only): a search stuck behind a lock or a slow plan is cancelled by the server itself;
* ``ANSWER_WITHIN_S`` on this side: a server that accepted the connection and then hung (no
  server-side timeout can fire in a process that does not run) is abandoned with its
  connection, which is closed if it ever answers.

Either way the workspace is marked as not answering (``available`` False, ``on_not_answering``
called) and completion goes on with local results alone until the window, having seen the
workspace answer again, sets ``available`` back to True.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Final

from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.model import Organisation
from erasmus_planner.services.partner_directory import SearchFunction

log = logging.getLogger(__name__)

WAIT_S: Final = 0.2  # how long typing may wait for the team's answer before showing local results
STATEMENT_TIMEOUT_MS: Final = 2_000  # the server cancels an interactive search after this
ANSWER_WITHIN_S: Final = 3.0  # a search without any answer by then: the server is not answering
FRESH_FOR_S: Final = 30.0  # a team answer is shown again for this long (colleagues add entries)
APPLICATION_NAME: Final = "erasmus-planner completion"  # in the server's pg_stat_activity
_ANSWERS_KEPT: Final = 64


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

    def __init__(
        self,
        local: SearchFunction | None,
        address: Any,
        *,
        limit: int = 12,
        wait_s: float = WAIT_S,
        statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
        answer_within_s: float = ANSWER_WITHIN_S,
    ) -> None:
        self.local = local
        self.address = address
        self.limit = limit
        self.wait_s = wait_s
        self.statement_timeout_ms = statement_timeout_ms
        self.answer_within_s = answer_within_s
        # Called from the worker thread: a team answer that came after its caller stopped
        # waiting (with the text it answers), and the workspace found not answering.
        self.on_results: list[Callable[[str], None]] = []
        self.on_not_answering: list[Callable[[], None]] = []
        self.problem: str | None = None  # why the workspace was last found not answering
        self._available = True
        self._closed = False
        self._cond = threading.Condition()
        self._answers: OrderedDict[str, tuple[float, list[Organisation]]] = OrderedDict()
        self._wanted: str | None = None
        self._waiting: str | None = None  # the text a caller is waiting for right now
        self._busy_since: float | None = None  # when the search in flight started
        self._directory: Any = None
        self._given_up: set[Any] = set()  # connections left to a hung search
        self._worker: threading.Thread | None = None

    # --- availability -------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    @available.setter
    def available(self, value: bool) -> None:
        """The window sets it back to True when the workspace answers again."""
        with self._cond:
            if value and not self._available:
                self._answers.clear()  # found while it was away: maybe stale
                self.problem = None
            self._available = value
            self._cond.notify_all()

    # --- searching ----------------------------------------------------------------------------

    def __call__(self, text: str) -> list[Organisation]:
        found = list(self.local(text)) if self.local is not None else []
        key = text.strip()
        if not key or not self._available:
            return found
        team = self._team(key)
        if not team:
            return found
        seen = {(fold_name(org.name), org.country) for org in found}
        found.extend(FromTeamWorkspace.of(org) for org in team if (fold_name(org.name), org.country) not in seen)
        return found[: self.limit + self.limit // 2]

    def _team(self, key: str) -> list[Organisation] | None:
        """The team's answer for ``key`` if it is known or comes within ``wait_s``; else None
        (and, when it comes later, ``on_results`` is told)."""
        with self._cond:
            known = self._fresh(key)
            if known is not None:
                return known
            self._wanted = key
            self._start_worker()
            self._cond.notify_all()
            if self._busy_since is not None and time.monotonic() - self._busy_since > self.wait_s:
                return None  # a search is already overdue: don't make typing wait behind it
            self._waiting = key
            try:
                self._cond.wait_for(lambda: self._fresh(key) is not None or not self._available or self._closed, self.wait_s)
            finally:
                self._waiting = None
            return self._fresh(key)

    def _fresh(self, key: str) -> list[Organisation] | None:
        answer = self._answers.get(key)
        if answer is None or time.monotonic() - answer[0] > FRESH_FOR_S:
            return None
        return answer[1]

    def _start_worker(self) -> None:
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="team-directory", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or (self._wanted is not None and self._available))
                if self._closed:
                    return
                key, self._wanted = self._wanted, None
                self._busy_since = time.monotonic()
            assert key is not None
            found, problem = self._search_within(key)
            with self._cond:
                self._busy_since = None
                if self._closed:
                    return
                if found is None:
                    self._available = False
                    self.problem = problem
                else:
                    self._answers[key] = (time.monotonic(), found)
                    while len(self._answers) > _ANSWERS_KEPT:
                        self._answers.popitem(last=False)
                late = self._waiting != key
                self._cond.notify_all()
            if found is None:
                log.warning("team directory search of %s stopped: %s", self.address, problem)
                _tell(self.on_not_answering)
            elif late:
                _tell(self.on_results, key)

    def _search_within(self, key: str) -> tuple[list[Organisation] | None, str | None]:
        """One search on a thread of its own, waited for at most ``answer_within_s``: the found
        organisations, or None and why not."""
        done = threading.Event()
        box: dict[str, Any] = {}

        def run() -> None:
            directory = None
            try:
                directory = self._open()
                box["found"] = [entry.organisation for entry in directory.search(key, limit=self.limit)]
            except Exception as problem:  # a PlanError naming the workspace, or anything else
                box["problem"] = str(problem)
                self._forget(directory)  # a fresh connection next time
            finally:
                done.set()
                if directory is not None and self._taken_back(directory):
                    directory.close()  # it hung, was given up, and came back after all

        threading.Thread(target=run, name="team-directory-search", daemon=True).start()
        if not done.wait(self.answer_within_s):
            with self._cond:
                hung, self._directory = self._directory, None
            if hung is not None:
                self._abandon(hung)
            return None, f"no answer within {self.answer_within_s:g} s"
        if "problem" in box:
            return None, box["problem"]
        return box["found"], None

    # --- the connection -------------------------------------------------------------------------

    def _open(self) -> Any:
        with self._cond:
            if self._directory is not None:
                return self._directory
        from erasmus_planner.persistence.directory import PartnerDirectory

        directory = PartnerDirectory(
            self.address.with_options(f"-c statement_timeout={int(self.statement_timeout_ms)}", application_name=APPLICATION_NAME)
        )
        with self._cond:
            if self._closed:
                directory.close()
                raise RuntimeError("closed")
            self._directory = directory
        return directory

    def _forget(self, directory: Any) -> None:
        with self._cond:
            if directory is not None and self._directory is directory:
                self._directory = None
        if directory is not None:
            directory.close()

    def _abandon(self, directory: Any) -> None:
        """A connection whose search hung: closed when its search returns, if it ever does."""
        with self._cond:
            self._given_up.add(directory)

    def _taken_back(self, directory: Any) -> bool:
        """Whether ``directory`` was given up (it is then forgotten: its caller closes it)."""
        with self._cond:
            if directory in self._given_up:
                self._given_up.discard(directory)
                return True
            return False

    def close(self) -> None:
        """Stop searching (the window leaves the workspace). Never waits on a hung search."""
        with self._cond:
            self._closed = True
            directory, self._directory = self._directory, None
            busy = self._busy_since is not None
            self._cond.notify_all()
        if directory is not None:
            if busy:
                self._abandon(directory)
            else:
                directory.close()


def _tell(listeners: list[Callable[..., None]], *values: object) -> None:
    for listener in list(listeners):
        try:
            listener(*values)
        except RuntimeError:  # a dialog's completer that Qt has deleted meanwhile
            try:
                listeners.remove(listener)
            except ValueError:
                pass
        except Exception:
            log.exception("a completion listener failed")
