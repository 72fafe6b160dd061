""""Partners by country": one table per country, its heading and column labels repeated on every
page it continues on.

Partner table cells are plain strings, wrapped here into lines: ReportLab draws those literally
(no markup at all) and lays them out several times faster than Paragraphs, which is what keeps a
1,000-partner briefing quick. Only a word wider than its column (which a Paragraph can cut)
becomes a Paragraph.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from erasmus_planner.domain.wording import N_
from erasmus_planner.export import fonts
from erasmus_planner.export.content import BRIEFING, BriefingContent, CountryGroup
from erasmus_planner.export.flowables import PagedTable
from erasmus_planner.export.sections.common import para, section, table_style
from erasmus_planner.export.styles import BLACK, DARK, LIGHT, MID, TABLE_SIZE, clean, esc

CELL_PAD = 3.0
LABEL_SIZE = 7.5  # column labels: smaller than the rows, bold and grey


# Partner table columns as fractions of the text width: name widest, numbers narrowest.
PARTNER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 0.05),
    (N_("Organisation", BRIEFING), 0.30),
    (N_("Type", BRIEFING), 0.23),
    (N_("Role", BRIEFING), 0.13),
    (N_("City", BRIEFING), 0.12),
    ("OID / PIC", 0.17),
)


@lru_cache(maxsize=4096)
def _lines(text: str, room: float, font: str) -> str | None:
    """``text`` broken into lines no wider than ``room``, or None if one word is wider.
    Cached: types, roles and cities repeat on every page of a large consortium."""
    if "\n" not in text and stringWidth(text, font, TABLE_SIZE) <= room:
        return text  # the usual case: one line, measured once
    lines = simpleSplit(text, font, TABLE_SIZE, room)
    if all(stringWidth(line, font, TABLE_SIZE) <= room for line in lines):
        return "\n".join(lines)
    return None


def _cell_text(text: str, width: float, bold: bool) -> Any:
    """The text as a plain string broken into lines that fit the column; a wrapping Paragraph
    of the escaped text only when a single word is wider than the column."""
    text = clean(text)
    lines = _lines(text, width - 2 * CELL_PAD, fonts.BOLD if bold else fonts.REGULAR)
    if lines is not None:
        return lines
    return copy.copy(_cell_paragraph(text, bold))


@lru_cache(maxsize=1024)
def _cell_paragraph(text: str, bold: bool) -> Paragraph:
    """The wrapping paragraph of a cell, parsed once: cities such as "Clermont-Ferrand" repeat on
    every page, and each cell gets a copy (a paragraph keeps its own line breaks)."""
    return para(esc(text), "cell-bold" if bold else "cell")


def country_table(
    group: CountryGroup, widths: Sequence[float], page_height: float, titles: Sequence[str] | None = None
) -> PagedTable:
    """One country's partners under its own heading and column labels, both repeated at the
    top of every page the country continues on: a reader never has to turn back a page to
    know which country, or which column, a row belongs to. Laid out a page at a time
    (``PagedTable``): 20,000 partners take twenty times as long as 1,000, not four hundred."""
    width = sum(widths)
    header: list[list[Any]] = [
        [_cell_text(group.heading, width, bold=True)] + [""] * (len(PARTNER_COLUMNS) - 1),
        list(titles) if titles is not None else [title for title, _ in PARTNER_COLUMNS],
    ]
    bold_rows = [index for index, partner in enumerate(group.rows) if partner.is_applicant]

    def cells(partner: Any) -> list[Any]:
        values = (
            str(partner.number),
            partner.name,
            partner.type_label,
            partner.role_label,
            partner.city,
            partner.identifiers,
        )
        return [_cell_text(v, w, partner.is_applicant) for v, w in zip(values, widths, strict=True)]

    def style_for(start: int, stop: int) -> TableStyle:
        first = len(header)
        bold = [("FONTNAME", (0, first + i - start), (-1, first + i - start), fonts.BOLD) for i in bold_rows if start <= i < stop]
        # The frame stays open at the foot of a page the country continues after, as when
        # ReportLab splits one long table (a closed box would say "the list ends here"); the
        # pieces of a split table draw it as lines, a table in one piece as a box.
        if start == 0 and stop == len(group.rows):
            frame = _CLOSED
        else:
            frame = _OPEN_BELOW if stop < len(group.rows) else (*_OPEN_BELOW, _LINE_BELOW)
        return table_style([*_COUNTRY_STYLE, *frame, *bold])

    return PagedTable(header, group.rows, cells, list(widths), style_for, page_height=page_height)


# The partner tables' look: heading row 0 (the country), labels row 1, partners from row 2.
_COUNTRY_STYLE: tuple[tuple[Any, ...], ...] = (
    ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
    ("LEADING", (0, 0), (-1, -1), TABLE_SIZE * 1.25),
    ("FONT", (0, 1), (-1, 1), fonts.BOLD, LABEL_SIZE, LABEL_SIZE * 1.2),
    ("TEXTCOLOR", (0, 1), (-1, 1), DARK),
    ("SPAN", (0, 0), (-1, 0)),
    ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
    ("LINEBELOW", (0, 1), (-1, 1), 0.8, BLACK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LINEBELOW", (0, 2), (-1, -1), 0.25, MID),
    # No NOSPLIT needed to keep the heading and labels with a partner: a table is never split
    # just after its repeated rows (and NOSPLIT would forbid cutting a first partner taller
    # than a page).
)
_CLOSED: tuple[tuple[Any, ...], ...] = (("BOX", (0, 0), (-1, -1), 0.8, BLACK),)
_OPEN_BELOW: tuple[tuple[Any, ...], ...] = (
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLACK),
    ("LINEBEFORE", (0, 0), (0, -1), 0.8, BLACK),
    ("LINEAFTER", (-1, 0), (-1, -1), 0.8, BLACK),
)
_LINE_BELOW: tuple[Any, ...] = ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLACK)


def _unprintable_warning(content: BriefingContent) -> Paragraph | None:
    """Say so when a name uses letters the shipped font lacks (Chinese, Hindi…): they print as
    empty boxes, and a coordinator must not hand out a list with names silently mangled."""
    rows = [row for group in content.groups for row in group.rows]
    missing = fonts.missing_glyphs(content.plan_name + "".join(row.name + row.city for row in rows))
    if not missing:
        return None
    affected = [str(row.number) for row in rows if fonts.missing_glyphs(row.name + row.city)]
    numbers = ", ".join(f"#{n}" for n in affected[:20]) + (" …" if len(affected) > 20 else "")
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(missing)[:12]) + (" …" if len(missing) > 12 else "")
    t = content.t
    where = esc(t(" in partners {numbers}").format(numbers=numbers)) if numbers else ""
    boxes = esc(t("Some letters cannot be drawn by the briefing's font and print as empty boxes"))
    return para(
        f"<b>⚠ {boxes}</b> "
        f"({codes}){where}. {esc(t('Check those names in the plan.'))}",
        "small",
    )


# Columns that print fixed words (types and roles, longer in German and French than in English)
# and the column that gives way to them, down to a floor: names wrap between words anyway.
_WORDY_COLUMNS = (2, 3)
_GIVING_COLUMN = 1
_GIVING_FLOOR = 0.20


def partner_widths(content: BriefingContent, width: float) -> list[float]:
    """The partner table's column widths: the shares of PARTNER_COLUMNS, except that the Type and
    Role columns grow (at the Organisation column's expense) until their longest word fits, so
    "Nichtregierungsorganisation" or a bold "Antragsteller" is never cut in the middle."""
    widths = [width * share for _, share in PARTNER_COLUMNS]
    rows = [row for group in content.groups for row in group.rows]
    texts = {2: {row.type_label for row in rows}, 3: {row.role_label for row in rows}}
    for index in _WORDY_COLUMNS:
        words = {word for text in texts[index] for word in text.split()}
        longest = max((stringWidth(word, fonts.BOLD, TABLE_SIZE) for word in words), default=0.0)
        missing = longest + 2 * CELL_PAD + 1 - widths[index]
        spare = widths[_GIVING_COLUMN] - width * _GIVING_FLOOR
        if missing > 0 and spare > 0:
            widths[index] += min(missing, spare)
            widths[_GIVING_COLUMN] -= min(missing, spare)
    return widths


def partners(content: BriefingContent, width: float, page_height: float) -> list[Flowable]:
    t = content.t
    intro = esc(
        t(
            "Grouped by country, the applicant's country first; the applicant is printed in bold. "
            "Applications for this action identify organisations by their {identifier}."
        ).format(identifier=content.identifier)
    )
    widths = partner_widths(content, width)
    titles = [t(title) if title not in ("#", "OID / PIC") else title for title, _ in PARTNER_COLUMNS]
    flowables: list[Flowable] = [*section(t("Partners by country")), para(intro, "small")]
    warning = _unprintable_warning(content)
    if warning:
        flowables += [Spacer(1, 1.5 * mm), warning]
    for group in content.groups:
        flowables += [Spacer(1, 3 * mm), country_table(group, widths, page_height, titles)]
    return flowables

