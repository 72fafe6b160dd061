"""Paper, margins, the footer with "Page X of Y", and a document that can be stopped mid-way.

The total page count is only known once every page is laid out, so the canvas keeps each
finished page's state and draws the footers when the document is saved (the usual ReportLab
recipe): one layout pass instead of the two a ``multiBuild`` would need.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from erasmus_planner.domain.wording import ENGLISH, Wording
from erasmus_planner.export import fonts
from erasmus_planner.export.styles import DARK, fit

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

# Binary streams instead of ASCII85 text: a fifth smaller, and without ReportLab's optional C
# accelerator its pure-Python ASCII85 encoder is a tenth of a small briefing's time. The setting
# is process-wide; the briefing is ReportLab's only user in the planner.
rl_config.useA85 = 0

# Every mark stays at least 15 mm from the paper's edge, inside what office printers can print.
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 17 * mm
BOTTOM_MARGIN = 26 * mm
FOOTER_BASELINE = 17 * mm
FOOTER_RULE = 21 * mm
FOOTER_SIZE = 7.5

CREATOR = "Erasmus+ Consortium Planner"


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}; choose one of: {', '.join(PAPER_SIZES)}") from None


class FooterCanvas(Canvas):
    """A canvas that holds pages back until it knows how many there are, then writes the footers."""

    def __init__(self, *args: Any, plan_name: str = "", wording: Wording = ENGLISH, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._plan_name = plan_name
        self._wording = wording
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        right_text = self._wording.tr("Page {page} of {total}", "briefing").format(page=self._pageNumber, total=total)
        self.saveState()
        self.setStrokeColor(DARK)
        self.setLineWidth(0.5)
        self.line(SIDE_MARGIN, FOOTER_RULE, width - SIDE_MARGIN, FOOTER_RULE)
        self.setFillColor(DARK)
        self.setFont(fonts.REGULAR, FOOTER_SIZE)
        self.drawRightString(width - SIDE_MARGIN, FOOTER_BASELINE, right_text)
        room = width - 2 * SIDE_MARGIN - self.stringWidth(right_text, fonts.REGULAR, FOOTER_SIZE) - 12 * mm
        # drawString prints text as it is: no markup, so the plan's name needs no escaping here.
        self.drawString(
            SIDE_MARGIN, FOOTER_BASELINE, fit(f"{self._plan_name} · {CREATOR}", fonts.REGULAR, FOOTER_SIZE, room)
        )
        self.restoreState()


class StoppableDocument(BaseDocTemplate):
    """One frame per page; asks ``check_cancelled`` before each flowable and reports each page.

    A long partner table is split page by page, and each remainder comes back through
    ``handle_flowable``, so a 1,000-partner briefing can be stopped between any two pages.
    """

    def __init__(
        self,
        target: Any,
        *,
        paper: str,
        check_cancelled: Callable[[], None],
        on_page: Callable[[int], None],
        **kwargs: Any,
    ) -> None:
        width, height = paper_size(paper)
        super().__init__(
            target,
            pagesize=(width, height),
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            creator=CREATOR,
            # Without this every page would name Helvetica, a font the PDF does not embed.
            initialFontName=fonts.REGULAR,
            displayDocTitle=1,  # viewers show "<plan>: consortium briefing", not the file name
            **kwargs,
        )
        self._check_cancelled = check_cancelled
        self._on_page = on_page
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def handle_flowable(self, flowables: list[Any]) -> None:
        self._check_cancelled()
        super().handle_flowable(flowables)

    def afterPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._on_page(self.page)
