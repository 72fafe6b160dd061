""""The consortium at a glance": the counts in a row of boxes, then the type and country charts,
kept together with their heading."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from erasmus_planner.export.chart import composition_charts
from erasmus_planner.export.content import BriefingContent
from erasmus_planner.export.sections.common import para, section, table_style
from erasmus_planner.export.styles import BLACK, DARK, esc


def composition(content: BriefingContent, width: float) -> list[Flowable]:
    cells = [[[para(f"<b>{n}</b>", "verdict"), para(esc(label), "small")] for label, n in content.counts]]
    counts = Table(cells, colWidths=[width / len(content.counts)] * len(content.counts))
    counts.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, BLACK),
                ("LINEAFTER", (0, 0), (-2, -1), 0.5, DARK),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    charts: list[Flowable] = []
    for drawing in composition_charts(content.type_counts, content.country_counts, width, content.wording):
        charts += [Spacer(1, 4 * mm), drawing]
    page_room, title = section(content.t("The consortium at a glance"))
    return [page_room, KeepTogether([title, counts, *charts])]

