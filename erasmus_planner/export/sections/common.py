"""What every section of the briefing is built from: a paragraph in a named style, a table style
in the embedded font, and a section heading that never ends a page alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, TableStyle

from erasmus_planner.export import fonts
from erasmus_planner.export.flowables import Para
from erasmus_planner.export.styles import CONFIDENCE_WORDS, esc, styles


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in the embedded font: Table's own default is Helvetica, which ReportLab
    would name (unembedded) for every empty or plain-string cell."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of ``text`` (markup: escape user values with ``esc`` first) in a named style."""
    return Para(text, styles()[style])


# A section starts on a new page unless this much is left: a heading never ends a page alone.
SECTION_ROOM = 45 * mm


def section(title: str) -> list[Flowable]:
    return [CondPageBreak(SECTION_ROOM), para(esc(title), "h1")]


def source_paras(source: str, confidence: str, t: Any) -> list[Flowable]:
    """A value's source in small grey type, with how sure it is; an unconfirmed one is marked
    in bold before it, wherever it is shown. ``t`` translates the briefing's words."""
    sure = t(CONFIDENCE_WORDS.get(confidence, confidence))
    label = esc(t("Source:"))
    if confidence == "unconfirmed":
        found = [para(f"<b>⚠ {esc(sure)}.</b>", "small")]
        return found + ([para(f"{label} {esc(source)}", "quiet")] if source else [])
    return [para(f"{label} {esc(source)} ({esc(sure)})", "quiet")] if source else []
