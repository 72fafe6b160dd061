"""Importing partners from a spreadsheet (CSV or XLSX) into the open plan.

Reading runs on a worker thread (the window's ``BackgroundOp``); adding the partners is one
undoable command on the GUI thread, so an import is undone in one step.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.services import features

SPREADSHEET_SUFFIXES: Final = (".csv", ".xlsx")


def import_available() -> bool:
    return features.available(features.SPREADSHEETS)


def is_spreadsheet(path: str | os.PathLike[str]) -> bool:
    return Path(path).suffix.lower() in SPREADSHEET_SUFFIXES


def read_partners(path: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None) -> Any:
    """The organisations in a spreadsheet, with the rows it could not read: an ``ImportResult``
    (``partners``, ``problems``). Raises PlanError when the file cannot be read at all.
    ``progress(done, total)`` hears how far the reading is, and may raise to stop it."""
    if not is_spreadsheet(path):
        raise PlanError("partners are imported from .csv or .xlsx spreadsheets", source=str(path))
    from erasmus_planner.interchange.spreadsheets import read_partners as read

    return read(Path(path), progress=progress)
