"""The PDF briefing service: a plan in, a print-ready PDF out, stoppable from another thread.

The window calls ``write_briefing`` from a worker thread with a progress callback and a
``cancelled`` predicate; the command line calls it directly. The PDF is laid out in memory and
only then written (temporary file in the same folder, renamed), so a cancelled or failed export
never leaves a partial file behind, and an existing file is either kept or fully replaced.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypedDict, Unpack

from erasmus_planner.domain.catalogue import Catalogue, load_catalogue
from erasmus_planner.domain.eligibility import Suggestion, check, suggest
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Report
from erasmus_planner.domain.wording import Wording, wording
from erasmus_planner.export import fonts
from erasmus_planner.export.content import BriefingContent, build_content, date_text
from erasmus_planner.export.flowables import PagedTable
from erasmus_planner.export.pages import CREATOR, PAPER_SIZES, FooterCanvas, StoppableDocument
from erasmus_planner.export.sections import story
from erasmus_planner.interchange.files import atomic_write_bytes

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

LANGUAGE = "en"  # the default language of the briefing's words; names keep their own scripts
# Steps before layout (check, suggest, compose) and after it (write), around one per page.
_STEPS_BEFORE = 3
_STEPS_AFTER = 1
_ROWS_PER_PAGE = 40  # partner rows on a full page, for the first progress estimate only
_FIRST_PAGES = 2  # title, agency, verdict, checklist and the rest before the partner tables


class BriefingCancelled(Exception):
    """The export was stopped on request; nothing was written."""


def estimated_pages(partner_count: int) -> int:
    return _FIRST_PAGES + math.ceil(partner_count / _ROWS_PER_PAGE)


class _Steps:
    """Reports ``(done, total)`` and stops the work when asked, between steps and pages."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise BriefingCancelled("the PDF briefing was cancelled; nothing was written")

    def advance_to(self, done: int) -> None:
        # Never reach the total before the file is written: a bar at 100 % means finished.
        done = min(max(done, self.done), self.total - _STEPS_AFTER)
        if done != self.done:
            self.done = done
            self._report()
        self.check()

    def finish(self) -> None:
        self.done = self.total
        self._report()

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, self.total)


def _date_line(title_date: dt.date | str | None, w: Wording) -> str:
    if isinstance(title_date, str):
        return title_date
    if isinstance(title_date, dt.datetime):
        title_date = title_date.date()
    return date_text(title_date or dt.date.today(), w)


def _metadata(content: BriefingContent) -> dict[str, object]:
    applicant = content.applicant
    t = content.t
    keywords = ["Erasmus+", content.target.code, content.target.call]
    if content.agency and content.agency.acronym:
        keywords.append(content.agency.acronym)
    return {
        "title": t("{plan}: consortium briefing").format(plan=content.plan_name),
        "subject": t("{target}: agency, eligibility and partners").format(target=content.target.describe()),
        "author": applicant.name if applicant else CREATOR,
        "keywords": keywords,
        "lang": content.language,  # the document's /Lang: screen readers pick their voice by it
    }


class BriefingOptions(TypedDict, total=False):
    """What ``write_briefing`` and ``briefing_bytes`` accept besides the plan (see ``write_briefing``)."""

    paper: str
    report: Report | None
    suggestions: Sequence[Suggestion] | None
    title_date: dt.date | str | None
    progress: Progress | None
    cancelled: Cancelled | None
    catalogue: Catalogue | None
    language: str


def write_briefing(plan: Plan, out_path: str | os.PathLike[str], **options: Unpack[BriefingOptions]) -> None:
    """Write the PDF briefing of ``plan`` to ``out_path``.

    ``paper`` is ``"a4"`` (default) or ``"letter"``. ``language`` is ``"en"`` (default), ``"de"``,
    ``"fr"`` or ``"tr"``: every heading, label and sentence is written in it (names as typed).
    ``report`` and ``suggestions`` are reused when the caller already has them (the window
    does) and must then be in the same language; otherwise they are computed.
    ``title_date`` is printed in the title block (a date, or text printed as given; today by
    default). ``progress(done, total)`` is called as the work advances, ``done == total`` only
    once the file is written; ``cancelled()`` is asked between steps and between pages: when it
    returns true, ``BriefingCancelled`` is raised and no file is written (an existing one is
    kept). A folder that cannot be written raises ``PlanError`` naming the file.
    """
    path = Path(out_path)
    _produce(plan, lambda data: atomic_write_bytes(path, data), **options)


def briefing_bytes(plan: Plan, **options: Unpack[BriefingOptions]) -> bytes:
    """The briefing as PDF bytes, for tests and previews (same options as ``write_briefing``)."""
    produced: list[bytes] = []
    _produce(plan, produced.append, **options)
    return produced[0]


def _produce(
    plan: Plan,
    deliver: Callable[[bytes], None],
    *,
    paper: str = "a4",
    report: Report | None = None,
    suggestions: Sequence[Suggestion] | None = None,
    title_date: dt.date | str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    catalogue: Catalogue | None = None,
    language: str = LANGUAGE,
) -> None:
    """Lay the briefing out in memory, then hand the bytes to ``deliver`` unless cancelled."""
    if paper.lower() not in PAPER_SIZES:
        raise PlanError("unknown paper size {value!r}; choose one of: {valid}", value=paper, valid=", ".join(PAPER_SIZES))
    w = wording(language)
    steps = _Steps(_STEPS_BEFORE + estimated_pages(len(plan.partners)) + _STEPS_AFTER, progress, cancelled)
    steps.check()
    catalogue = catalogue or load_catalogue()
    report = report if report is not None else check(plan, catalogue, language=w.language)
    steps.advance_to(1)
    suggestions = suggestions if suggestions is not None else suggest(plan, catalogue, language=w.language)
    steps.advance_to(2)

    content = build_content(plan, report, suggestions, catalogue, _date_line(title_date, w), w)
    with _REPORTLAB:
        buffer = _lay_out(content, paper, steps, len(plan.partners), w)
    steps.advance_to(steps.total - _STEPS_AFTER)
    steps.check()
    deliver(buffer.getvalue())
    steps.finish()


# ReportLab is not thread-safe: an embedded font's subsets live on the shared, registered font
# object, so two briefings laid out at once (two windows of one planner exporting, or an export
# beside a preview) corrupt each other's subsets (seen as a KeyError in TTFont.makeSubset). One
# layout at a time; the rest of the work (checking, content) stays parallel.
_REPORTLAB = threading.Lock()


def _lay_out(content: BriefingContent, paper: str, steps: _Steps, partners: int, w: Wording) -> io.BytesIO:
    """Lay the briefing's content out into PDF bytes (holding the ReportLab lock)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = StoppableDocument(
        buffer,
        paper=paper.lower(),
        check_cancelled=steps.check,
        on_page=lambda page: steps.advance_to(_STEPS_BEFORE + measuring + page),
        **_metadata(content),  # type: ignore[arg-type]
    )
    flowables = story(content, doc.width, doc.height)
    # The partner tables' rows are built and measured before the layout, a hundred at a time
    # with the bar moving (most of the work of a large plan); then they say how many pages
    # there will be, and the bar moves on evenly to the end instead of guessing 40 rows a page.
    tables = [f for f in flowables if isinstance(f, PagedTable)]
    measuring = sum(table.chunks for table in tables)
    steps.total = _STEPS_BEFORE + measuring + estimated_pages(partners) + _STEPS_AFTER
    ticks = itertools.count(_STEPS_BEFORE + 1)
    height = sum(table.measure(doc.width, tick=lambda: steps.advance_to(next(ticks))) for table in tables)
    steps.total = _STEPS_BEFORE + measuring + _FIRST_PAGES + math.ceil(height / doc.height) + _STEPS_AFTER
    steps.advance_to(_STEPS_BEFORE + measuring)
    doc.build(flowables, canvasmaker=lambda *a, **kw: FooterCanvas(*a, plan_name=content.plan_name, wording=w, **kw))
    return buffer


__all__ = ["BriefingCancelled", "BriefingOptions", "briefing_bytes", "estimated_pages", "write_briefing"]
