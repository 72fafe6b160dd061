"""A partner directory on a PostgreSQL server (a team workspace's shared directory).

``--directory`` and ``$ERASMUS_PLANNER_DIRECTORY`` take a ``postgresql://`` URL as well as a file
(spec §4.4). The directory's tables, queries and migrations are the same SQLAlchemy code on both
engines (``directory.py``, ``directory_dialect.py``); what is particular to a server is only how
to reach it — through the workspace's connection rules: libpq URLs and service names, the
password file, a 5 s connect timeout, and an address shown without its password wherever the
directory is named (messages name ``where``, never the URL as typed).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from typing import Any, Final

from sqlalchemy import Engine, create_engine

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.interchange.inputs import kind_words

_SCHEMES: Final = ("postgresql://", "postgres://")


def is_server_address(where: object) -> bool:
    """A ``postgresql://`` URL, or a workspace address already read (with a password typed in)."""
    return (isinstance(where, str) and where.strip().startswith(_SCHEMES)) or hasattr(where, "connect_params")


class ServerName(str):
    """The directory's address as shown (no password): what messages put in front, where a file
    directory puts its path."""

    def exists(self) -> bool:  # a server directory is made by ``workspace init`` or on first use
        return True


class ReadBound:
    """A time limit for the reads of one thread: every statement sent while ``reading()`` is
    open gets what is left of ``seconds`` to be answered, then ``answer_within`` cuts the socket
    and the read ends as a lost connection. Statements outside ``reading()`` — an import's
    thousands of inserts on its worker thread, an edit's write — are never cut."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._local = threading.local()

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        self._local.deadline = time.monotonic() + self.seconds
        try:
            yield
        finally:
            self._local.deadline = None

    def left(self) -> float | None:
        """Seconds left for the read under way on this thread; None outside a read."""
        deadline = getattr(self._local, "deadline", None)
        return None if deadline is None else max(0.05, deadline - time.monotonic())

    def cursor_class(self) -> type:
        """A psycopg cursor whose statements keep to this bound (SQLAlchemy's statements and
        its checks all go through ``connection.cursor()``)."""
        import psycopg

        from erasmus_planner.persistence.workspace.connect import answer_within

        bound = self

        class BoundCursor(psycopg.Cursor):  # type: ignore[type-arg]
            def execute(self, *args: Any, **kwargs: Any) -> Any:
                send = super().execute  # SQLAlchemy's statement and parameters, passed on unchanged
                left = bound.left()
                if left is None:
                    return send(*args, **kwargs)
                with answer_within(self.connection, left):
                    return send(*args, **kwargs)

        return BoundCursor


def server_engine(where: object, *, read_bound: ReadBound | None = None) -> tuple[Engine, ServerName]:
    """A small pooled engine on the directory at ``where`` (a ``postgresql://`` URL), and its
    name as shown. Connections are checked before use, so a server restart costs one retry —
    except with ``read_bound``: a check of a connection whose server hangs would be cut and then
    silently replaced, hiding the hang, so the caller retries a read that failed fast instead
    (``services/team_directory_access.py``)."""
    from erasmus_planner.persistence.workspace.address import WorkspaceAddress
    from erasmus_planner.persistence.workspace.connect import connect

    address = where if isinstance(where, WorkspaceAddress) else WorkspaceAddress.parse(str(where))
    cursor = read_bound.cursor_class() if read_bound is not None else None

    def opened() -> Any:
        connection = connect(address, prepare=False)
        if cursor is not None:
            connection.cursor_factory = cursor
        return connection

    engine = create_engine(
        "postgresql+psycopg://", creator=opened, pool_size=2, max_overflow=4, pool_pre_ping=read_bound is None
    )
    return engine, ServerName(address.shown)


def server_problem(exc: BaseException, where: str, *, what: str) -> PlanError:
    """What the server said, for a person: the same kinds (and exit codes) as the workspace's —
    a viewer's change refused by the server is ``NotPermitted`` (exit 5), a connection lost or
    refused ``WorkspaceUnreachable`` (exit 6) — never a sentence about files and folders."""
    from erasmus_planner.persistence.workspace.errors import NotPermitted, WorkspaceUnreachable

    state = str(getattr(exc, "sqlstate", None) or "")
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    problem = lines[0] if lines else type(exc).__name__
    kind = kind_words(what)
    if state == "42501":  # insufficient_privilege
        return NotPermitted(
            "the {what} at {where} refused this: your role does not allow it ({problem}); viewers search it, editors "
            "also add and change entries — ask one of the workspace's owners",
            what=kind, where=where, problem=problem,
        )
    if state.startswith("08") or state.startswith("57P") or type(exc).__name__ in ("OperationalError", "InterfaceError"):
        return WorkspaceUnreachable(
            "the connection to the {what} at {where} was lost ({problem}); nothing was changed by this step",
            what=kind, where=where, problem=problem,
        )
    return PlanError("the {what} at {where} refused this: {problem}", what=kind, where=where, problem=problem)
