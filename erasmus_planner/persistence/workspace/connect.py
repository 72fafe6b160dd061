"""Connecting to a workspace with psycopg 3, and turning what libpq and the server say into
sentences that name the workspace (never its password) and say what to do.

Passwords come from the address (typed by the user, kept in memory), from libpq's password file
(``~/.pgpass``, ``PGPASSFILE``, ``passfile=``), or from a prompt the caller shows when it gets
``PasswordNeeded`` — never from a settings file. Every connection has a 5 s connect timeout
unless the address sets another one, so a server that does not answer gives a clear message
instead of a frozen window.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.errors import (
    NotAWorkspace,
    NotPermitted,
    PasswordNeeded,
    WorkspaceError,
    WorkspaceUnreachable,
)

if TYPE_CHECKING:
    import psycopg


def connect(address: WorkspaceAddress, *, autocommit: bool = False, prepare: bool = True) -> psycopg.Connection[Any]:
    """An open connection, or a WorkspaceUnreachable/PasswordNeeded naming ``address``.

    ``prepare=False``: never server-side prepared statements (the directory's searches: a
    prepared LIKE gets a generic plan that cannot know how rare the word is)."""
    import psycopg

    try:
        connection = psycopg.connect(**address.connect_params(), autocommit=autocommit)  # type: ignore[arg-type]
        if not prepare:
            connection.prepare_threshold = None
        return connection
    except psycopg.Error as exc:
        raise connection_problem(exc, address) from None


def connection_problem(exc: BaseException, address: WorkspaceAddress) -> WorkspaceError:
    """The error to show for a failed connection attempt."""
    text = address.scrub(str(exc)).strip()
    low = text.lower()
    where = address.shown
    if "timeout expired" in low or "timed out" in low:
        return WorkspaceUnreachable(
            "the workspace {where} did not answer within {seconds} s; check the address and the network (the planner "
            "keeps working on local files meanwhile)",
            where=where, seconds=address.timeout_s,
        )
    if "no password supplied" in low or "password is required" in low:
        return PasswordNeeded("the workspace {where} asks for a password", where=where)
    if "password authentication failed" in low or "authentication failed" in low:
        return WorkspaceUnreachable(
            "the workspace {where} refused the login of {user}: wrong password or unknown user",
            where=where, user=_user_in(text) or address.user or "?",
        )
    if "connection refused" in low:
        return WorkspaceUnreachable(
            "no server answers at {where} (connection refused): is PostgreSQL running there, on that port?", where=where
        )
    if "could not translate host name" in low or "name or service not known" in low or "nodename nor servname" in low:
        return WorkspaceUnreachable("the server name of {where} is not known (mistyped, or no network?)", where=where)
    if "does not support ssl" in low:
        return WorkspaceUnreachable(
            "the server at {where} does not offer TLS, but the address requires it (sslmode); turn TLS on at the server "
            "(docs/workspace.md) or ask its administrator",
            where=where,
        )
    if "definition of service" in low and "not found" in low:
        return WorkspaceUnreachable(
            "the service {service} is not defined in pg_service.conf (PGSERVICEFILE or ~/.pg_service.conf)",
            service=address.params.get("service", "?"),
        )
    if "database" in low and "does not exist" in low:
        return WorkspaceUnreachable(
            "the database of {where} does not exist; an administrator creates it (docs/workspace.md), then runs "
            "erasmus-planner workspace init",
            where=where,
        )
    if "permission denied for database" in low or "no pg_hba.conf entry" in low:
        return NotPermitted(
            "the workspace {where} does not let {user} in: ask one of its owners for membership "
            "(erasmus-planner workspace grant {user} viewer)",
            where=where, user=address.user or "?",
        )
    tls = _tls_problem(low, address)
    if tls is not None:
        return tls
    if "certificate" in low or "ssl" in low:
        return WorkspaceUnreachable("a secure (TLS) connection to {where} failed: {problem}", where=where, problem=_first_line(text))
    return WorkspaceUnreachable("cannot connect to the workspace {where}: {problem}", where=where, problem=_first_line(text))


def _tls_problem(low: str, address: WorkspaceAddress) -> WorkspaceError | None:
    """What went wrong checking the server's certificate (sslmode=verify-ca or verify-full), in
    words that say what to fix; None for anything else."""
    where = address.shown
    ca = address.params.get("sslrootcert") or "~/.postgresql/root.crt"
    if "root certificate file" in low and "does not exist" in low:
        return WorkspaceUnreachable(
            "sslmode={mode} checks the certificate of {where}, but the CA certificate file {ca} does not exist: give "
            "the workspace's CA certificate with sslrootcert=/path/to/ca.pem (docs/workspace.md, TLS)",
            mode=address.params.get("sslmode", "verify-full"), where=where, ca=ca,
        )
    if "certificate verify failed" in low:
        return WorkspaceUnreachable(
            "the server at {where} showed a certificate that is not signed by the CA in {ca}, so the planner did not "
            "connect (nothing was sent): check that sslrootcert names your workspace's CA certificate, or ask its "
            "administrator",
            where=where, ca=ca,
        )
    if "does not match host name" in low:
        return WorkspaceUnreachable(
            "the certificate of the server at {where} is made out for another name than {host}, so the planner did not "
            "connect (nothing was sent): use the name the certificate gives, or ask its administrator",
            where=where, host=address.params.get("host", "?"),
        )
    return None


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else text


def _user_in(text: str) -> str:
    marker = 'for user "'
    start = text.find(marker)
    if start < 0:
        return ""
    end = text.find('"', start + len(marker))
    return text[start + len(marker) : end] if end > 0 else ""


@contextlib.contextmanager
def server_errors(address: WorkspaceAddress) -> Iterator[None]:
    """Turn errors during work on an open connection into WorkspaceErrors naming ``address``."""
    import psycopg
    from psycopg import errors as pg

    try:
        yield
    except PlanError:
        raise
    except pg.InsufficientPrivilege as exc:
        raise NotPermitted(
            "the workspace {where} refused this: your role does not allow it ({problem}); ask one of its owners",
            where=address.shown, problem=_first_line(address.scrub(str(exc))),
        ) from None
    except pg.UndefinedTable:
        raise NotAWorkspace(
            "{where} is not a workspace yet: its owner runs erasmus-planner workspace init {where}", where=address.shown
        ) from None
    except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
        raise WorkspaceUnreachable(
            "the connection to the workspace {where} was lost ({problem}); nothing was changed by this step",
            where=address.shown, problem=_first_line(address.scrub(str(exc))),
        ) from None
    except psycopg.Error as exc:
        raise WorkspaceError(
            "the workspace {where} refused this: {problem}", where=address.shown, problem=_first_line(address.scrub(str(exc)))
        ) from None


def lost_connection(exc: BaseException) -> bool:
    """True when ``exc`` means the server went away (restart, network), so a retry may succeed."""
    import psycopg

    return isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) or isinstance(exc, WorkspaceUnreachable)



@contextlib.contextmanager
def answer_within(connection: psycopg.Connection[Any], seconds: float) -> Iterator[None]:
    """Give the statements inside at most ``seconds`` to be answered, then cut the connection's
    socket: the waiting call ends with a lost connection (psycopg's OperationalError) instead of
    waiting for ever on a server that accepted the connection and then hung — which neither a
    server-side timeout nor TCP notices (the hung server's kernel still acknowledges)."""
    try:
        fd = connection.pgconn.socket
    except Exception:  # already closed: the statement fails at once anyway
        yield
        return
    timer = threading.Timer(seconds, _cut, args=(fd, connection))
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _cut(fd: int, connection: Any) -> None:
    if connection.closed:  # the descriptor may belong to something else by now
        return
    try:
        with socket.socket(fileno=os.dup(fd)) as dup:
            dup.shutdown(socket.SHUT_RDWR)  # the connection's own socket: the same file underneath
    except OSError:
        pass
