"""Which optional parts of the planner this installation has.

Parts are built in parallel and some may be absent from a given build; the window shows their
menu entries disabled, with a tooltip, instead of failing when they are chosen.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Final

SPREADSHEETS: Final = "erasmus_planner.interchange.spreadsheets"
BRIEFING: Final = "erasmus_planner.export.briefing"
PLAN_DOCUMENTS: Final = "erasmus_planner.persistence.plan_document"
RECOVERY: Final = "erasmus_planner.persistence.recovery"
LOCKS: Final = "erasmus_planner.persistence.lock"
DIRECTORY: Final = "erasmus_planner.persistence.directory"
PARTNER_DIALOG: Final = "erasmus_planner.ui.partner_dialog"


@cache
def available(module: str) -> bool:
    """Whether ``module`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False
