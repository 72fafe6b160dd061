"""Name completion from the partner directory, for the partner dialog.

The directory file is opened on the first search, not at start-up, and a directory that cannot
be opened simply offers no completions: typing a name must never fail because of it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.services import features

SearchFunction = Callable[[str], list[Organisation]]


def directory_search(path: str | os.PathLike[str] | None = None, *, limit: int = 12) -> SearchFunction | None:
    """A search function over the directory at ``path`` (default: the user's), or None when this
    build has no directory."""
    if not features.available(features.DIRECTORY):
        return None
    opened: list[Any] = []  # the PartnerDirectory, once the first search has opened it

    def search(text: str) -> list[Organisation]:
        if not opened:
            # Imported here, not at start-up: the directory brings SQLAlchemy (~230 ms).
            from erasmus_planner.persistence.directory import PartnerDirectory

            try:
                opened.append(PartnerDirectory(PartnerDirectory.default_path(path)))
            except PlanError:
                opened.append(None)
        directory = opened[0]
        if directory is None or not text.strip():
            return []
        try:
            return [entry.organisation for entry in directory.search(text, limit=limit)]
        except PlanError:
            return []

    return search


def default_location() -> str | None:
    """Where the partner directory lives when Preferences names no file (None: no directory in
    this build). Loads the database library: ask only when the answer is to be shown."""
    if not features.available(features.DIRECTORY):
        return None
    from erasmus_planner.persistence.directory import PartnerDirectory

    return str(PartnerDirectory.default_path(None))
