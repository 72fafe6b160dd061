"""The briefing's sections as platypus flowables, in reading order (``story``), one module per part:

* ``opening``        — title block, "Submit to" box, applicant and verdict;
* ``status_tables``  — the eligibility checklist and "What else fits?";
* ``composition``    — the consortium at a glance (counts and charts);
* ``partner_tables`` — partners by country;
* ``common``         — the paragraph, table style and section heading they all use.

Every value that came from a user (names, cities, titles, identifiers, contacts) reaches a
Paragraph only through ``esc``. Fixed words come from the content's wording (``content.t``), so
the same layout prints in every language; columns that hold a fixed word (the status column) are
as wide as its longest word.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from erasmus_planner.export.content import BriefingContent
from erasmus_planner.export.sections.composition import composition
from erasmus_planner.export.sections.opening import applicant_and_verdict, submit_to_box, title_block
from erasmus_planner.export.sections.partner_tables import partners
from erasmus_planner.export.sections.status_tables import checklist, what_else_fits


def story(content: BriefingContent, width: float, page_height: float) -> list[Flowable]:
    """The whole briefing for a text area ``width`` wide and ``page_height`` tall."""
    return [
        *title_block(content),
        submit_to_box(content, width),
        Spacer(1, 4 * mm),
        applicant_and_verdict(content, width, page_height),
        *checklist(content, width, page_height),
        *what_else_fits(content, width, page_height),
        *composition(content, width),
        *partners(content, width, page_height),
    ]
