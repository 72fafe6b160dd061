"""The PDF briefing (ReportLab; never Qt): ``write_briefing`` for files, ``briefing_bytes`` for memory."""

from __future__ import annotations

from erasmus_planner.export.briefing import BriefingCancelled, BriefingOptions, briefing_bytes, write_briefing

__all__ = ["BriefingCancelled", "BriefingOptions", "briefing_bytes", "write_briefing"]
