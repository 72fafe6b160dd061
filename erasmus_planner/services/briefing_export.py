"""Exporting the open plan as a PDF briefing (the window runs this on a worker thread)."""

from __future__ import annotations

import os
from collections.abc import Callable

from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Report
from erasmus_planner.services import features


def export_available() -> bool:
    return features.available(features.BRIEFING)


def paper_for_territory(territory_code: str) -> str:
    """Letter where offices print on Letter (US, Canada, Mexico, Philippines, Chile…), else A4."""
    return "letter" if territory_code.upper() in {"US", "CA", "MX", "PH", "CL", "CO", "VE"} else "a4"


def export_briefing(
    plan: Plan,
    out_path: str | os.PathLike[str],
    *,
    report: Report | None = None,
    paper: str = "a4",
    language: str = "en",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the briefing; raises ``BriefingCancelled`` when ``cancelled()`` turns true (nothing
    is written then) and PlanError when the file cannot be written. ``language``: the briefing's
    language where this build's briefing speaks it (else English)."""
    from erasmus_planner.export.briefing import write_briefing
    from erasmus_planner.services.plan_session import in_language

    in_language(
        write_briefing, plan, out_path, language=language,
        paper=paper, report=report, progress=progress, cancelled=cancelled,
    )


def is_cancellation(error: BaseException) -> bool:
    from erasmus_planner.export.briefing import BriefingCancelled

    return isinstance(error, BriefingCancelled)
