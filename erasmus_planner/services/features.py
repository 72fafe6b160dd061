"""Which optional parts of the planner this installation has.

Parts are built in parallel and some may be absent from a given build; the window shows their
menu entries disabled, with a tooltip, instead of failing when they are chosen.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
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
    """Whether ``module`` can be imported — found on disk without running it or its packages.

    ``importlib.util.find_spec`` would import the parent packages, and ``erasmus_planner.export``
    loads ReportLab: asking must stay cheap, it happens while the window is built.
    """
    if module in sys.modules:
        return True
    parts = module.split(".")
    try:
        spec = importlib.util.find_spec(parts[0])
        for depth in range(1, len(parts)):
            if spec is None or spec.submodule_search_locations is None:
                return False
            name = ".".join(parts[: depth + 1])
            spec = importlib.machinery.PathFinder.find_spec(name, list(spec.submodule_search_locations))
    except (ImportError, ValueError):
        return False
    return spec is not None
