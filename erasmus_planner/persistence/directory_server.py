"""A partner directory on a PostgreSQL server (a team workspace's shared directory).

``--directory`` and ``$ERASMUS_PLANNER_DIRECTORY`` take a ``postgresql://`` URL as well as a file
(spec §4.4). The directory's tables, queries and migrations are the same SQLAlchemy code on both
engines (``directory.py``, ``directory_dialect.py``); what is particular to a server is only how
to reach it — through the workspace's connection rules: libpq URLs and service names, the
password file, a 5 s connect timeout, and an address shown without its password wherever the
directory is named (messages name ``where``, never the URL as typed).
"""

from __future__ import annotations

import os
from typing import Final

from sqlalchemy import Engine, create_engine

_SCHEMES: Final = ("postgresql://", "postgres://")


def is_server_address(where: object) -> bool:
    """A ``postgresql://`` URL, or a workspace address already read (with a password typed in)."""
    return (isinstance(where, str) and where.strip().startswith(_SCHEMES)) or hasattr(where, "connect_params")


class ServerName(str):
    """The directory's address as shown (no password): what messages put in front, where a file
    directory puts its path."""

    def exists(self) -> bool:  # a server directory is made by ``workspace init`` or on first use
        return True


def server_engine(where: object) -> tuple[Engine, ServerName]:
    """A small pooled engine on the directory at ``where`` (a ``postgresql://`` URL), and its
    name as shown. Connections are checked before use, so a server restart costs one retry."""
    from erasmus_planner.persistence.workspace.address import WorkspaceAddress
    from erasmus_planner.persistence.workspace.connect import connect

    address = where if isinstance(where, WorkspaceAddress) else WorkspaceAddress.parse(str(where))
    engine = create_engine(
        "postgresql+psycopg://", creator=lambda: connect(address, prepare=False), pool_size=2, max_overflow=4, pool_pre_ping=True
    )
    return engine, ServerName(address.shown)
