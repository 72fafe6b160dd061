"""The briefing's sections as platypus flowables, in reading order.

Every value that came from a user (names, cities, titles, identifiers, contacts) reaches a
Paragraph only through ``esc``. Partner table cells are plain strings, wrapped here into lines:
ReportLab draws those literally (no markup at all) and lays them out several times faster than
Paragraphs, which is what keeps a 1,000-partner briefing quick. Only a word wider than its
column (which a Paragraph can cut) becomes a Paragraph.

Fixed words come from the content's wording (``content.t``), so the same layout prints in every
language; columns that hold a fixed word (the status column) are as wide as its longest word.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.report import Agency, Finding
from erasmus_planner.domain.wording import N_
from erasmus_planner.export import fonts
from erasmus_planner.export.chart import composition_charts
from erasmus_planner.export.content import BRIEFING, BriefingContent, CountryGroup, SuggestionLine, short_type_label
from erasmus_planner.export.flowables import Para, row_table
from erasmus_planner.export.styles import (
    BLACK,
    CONFIDENCE_WORDS,
    DARK,
    FAINT,
    LIGHT,
    MID,
    STATUS_MARKS,
    TABLE_SIZE,
    WHITE,
    clean,
    esc,
    esc_attr,
    styles,
)

CELL_PAD = 3.0
STATUS_SIZE = 8.5
LABEL_SIZE = 7.5  # column labels: smaller than the rows, bold and grey
STATUS_COLUMN = 19 * mm  # "⚠ WARN"
VERDICT_COLUMN = 27 * mm  # "✘ NOT ELIGIBLE" on two lines, "✔ ELIGIBLE" on one

# Partner table columns as fractions of the text width: name widest, numbers narrowest.
PARTNER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("#", 0.05),
    (N_("Organisation", BRIEFING), 0.30),
    (N_("Type", BRIEFING), 0.23),
    (N_("Role", BRIEFING), 0.13),
    (N_("City", BRIEFING), 0.12),
    ("OID / PIC", 0.17),
)


def _style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in the embedded font: Table's own default is Helvetica, which ReportLab
    would name (unembedded) for every empty or plain-string cell."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def _p(text: str, style: str = "body") -> Paragraph:
    return Para(text, styles()[style])


# A section starts on a new page unless this much is left: a heading never ends a page alone.
SECTION_ROOM = 45 * mm


def section(title: str) -> list[Flowable]:
    return [CondPageBreak(SECTION_ROOM), _p(esc(title), "h1")]


# --- title block --------------------------------------------------------------------------


def title_block(content: BriefingContent) -> list[Flowable]:
    t = content.target
    facts = [f"<b>{esc(t.action_name)}</b> ({esc(t.code)})"]
    facts += [esc(x) for x in (t.field_label, t.lot_name, t.variant_name) if x]
    # No-break spaces: "Call" and its year stay on one line.
    facts.append(esc(content.t("Call {year}").format(year=t.call_year)).replace(" ", "\u00a0"))
    if content.duration:
        facts.append(esc(content.duration).replace(" ", "\u00a0"))
    return [
        _p(f"{esc(content.t('ERASMUS+ CONSORTIUM BRIEFING'))} · {esc(content.date)}", "kicker"),
        _p(esc(content.plan_name), "title"),
        _p(" · ".join(facts), "subtitle"),
        Spacer(1, 4 * mm),
    ]


# --- the Submit to box --------------------------------------------------------------------


def _where(agency: Agency, content: BriefingContent) -> str:
    country = countries.name(agency.country, content.language) if agency.country not in ("", "EU") else ""
    city = content.wording.tr(agency.city, "agency")  # "Brussels" is "Brüssel" in German
    return ", ".join(esc(x) for x in (city, country) if x)


def _website(url: str) -> str:
    if url.startswith(("https://", "http://")):
        return f'<link href="{esc_attr(url)}">{esc(url)}</link>'
    return esc(url)


def _agency_name(agency: Agency) -> str:
    """The name with its acronym, unless the name already ends with it: "… Education (PAD)"."""
    if agency.acronym and f"({agency.acronym})" not in agency.name:
        return f"{esc(agency.name)} ({esc(agency.acronym)})"
    return esc(agency.name)


def _agency_line(agency: Agency, content: BriefingContent) -> str:
    parts = [_where(agency, content), _website(agency.website) if agency.website else ""]
    return " · ".join(p for p in parts if p)


def submit_to_box(content: BriefingContent, width: float) -> Table:
    agency = content.agency
    t = content.t
    cell: list[Flowable] = [_p(esc(t("SUBMIT TO")), "box-label"), Spacer(1, 1.5 * mm)]
    if agency is None:
        cell.append(_p(esc(t("No agency can be named yet")), "agency"))
        if content.no_agency_reason:
            cell.append(_p(esc(t("Why:")) + " " + esc(content.no_agency_reason)))
    else:
        name = _agency_name(agency)
        cell.append(_p(name, "agency"))
        if agency.name_local and agency.name_local != agency.name:
            cell.append(_p(esc(agency.name_local), "quiet"))
        line = _agency_line(agency, content)
        if line:
            cell.append(_p(line))
        cell.append(Spacer(1, 1.5 * mm))
        cell.append(_p(f"<b>{esc(t('Why:'))}</b> " + esc(agency.reason)))
        if agency.alternatives:
            cell.append(Spacer(1, 1 * mm))
        for alt in agency.alternatives:
            alt_name = _agency_name(alt)
            validity = f" — {esc(alt.valid)}" if alt.valid else ""
            alt_line = _agency_line(alt, content)
            cell.append(
                _p(f"<b>{esc(t('Or:'))}</b> {alt_name}{validity}" + (f"<br/>{alt_line}" if alt_line else ""), "small")
            )
    box = Table([[cell]], colWidths=[width])
    box.setStyle(
        _style(
            [
                ("BOX", (0, 0), (-1, -1), 2.0, BLACK),
                ("BACKGROUND", (0, 0), (-1, -1), FAINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm),
            ]
        )
    )
    return box


# --- applicant and verdict ----------------------------------------------------------------


def _applicant_cell(content: BriefingContent) -> list[Flowable]:
    org: Organisation | None = content.applicant
    t = content.t
    cell: list[Flowable] = [_p(esc(t("APPLICANT (COORDINATOR)")), "box-label"), Spacer(1, 1 * mm)]
    if org is None:
        cell.append(
            _p(f"<b>{esc(t('No single applicant yet.'))}</b> {esc(t('Mark exactly one organisation as the applicant.'))}")
        )
        return cell
    cell.append(_p(f"<b>{esc(org.name)}</b>"))
    cell.append(_p(esc(short_type_label(org.type, content.wording))))
    cell.append(_p(", ".join(esc(x) for x in (org.city, content.applicant_country) if x)))
    ids = " · ".join(f"{kind} {esc(value)}" for kind, value in (("OID", org.oid), ("PIC", org.pic)) if value)
    if ids:
        cell.append(_p(ids))
    contact = org.contact or {}
    person = " · ".join(esc(contact[k]) for k in ("person", "email", "phone") if contact.get(k))
    if person:
        cell.append(_p(esc(t("Contact:")) + " " + person, "small"))
    return cell


def _verdict_cell(content: BriefingContent) -> list[Flowable]:
    eligible = content.report.eligible
    mark = STATUS_MARKS["pass" if eligible else "fail"]
    colour = "white" if not eligible else "black"
    detail = content.verdict_detail
    # English as before ("Every requirement is met"); elsewhere only the first letter changes
    # (str.capitalize would lower-case German nouns).
    detail = detail.capitalize() if content.wording.is_source else content.wording.capitalise(detail)
    return [
        _p(f'<font color="{colour}">{esc(content.t("VERDICT"))}</font>', "box-label"),
        Spacer(1, 1 * mm),
        _p(f'<font color="{colour}">{mark.symbol} {esc(content.verdict_word)}</font>', "verdict"),
        _p(f'<font color="{colour}">{esc(detail)}.</font>'),
    ]


def applicant_and_verdict(content: BriefingContent, width: float, page_height: float) -> Table:
    gap = 4 * mm
    left = (width - gap) * 0.58
    right = width - gap - left
    # A row table: an applicant whose name runs to pages is cut, not refused with a LayoutError.
    row = [[_applicant_cell(content), "", _verdict_cell(content)]]
    table = row_table(row, [left, gap, right], repeat_rows=0, page_height=page_height)
    verdict_fill = WHITE if content.report.eligible else BLACK
    table.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.8, BLACK),
                ("BOX", (2, 0), (2, 0), 2.0, BLACK),
                ("BACKGROUND", (2, 0), (2, 0), verdict_fill),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ("LEFTPADDING", (1, 0), (1, 0), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return table


# --- status tables: the checklist and "what else fits" ------------------------------------


def status_column(words: Sequence[str], least: float) -> float:
    """Wide enough for the longest line of any status word with its symbol ("✘ NICHT", "⚠ À VÉRIFIER"),
    and never narrower than ``least``: plain table cells do not wrap."""
    lines = [f"✘ {line}" for word in words for line in word.split("\n")]
    widest = max((stringWidth(line, fonts.BOLD, STATUS_SIZE) for line in lines), default=0.0)
    return max(least, widest + 4 * mm + 1)


def _status_table(
    header: str,
    rows: Sequence[tuple[str, str, list[Flowable]]],
    width: float,
    page_height: float,
    status_width: float = STATUS_COLUMN,
    status_header: str = "Status",
) -> Table:
    """Two columns: the status (symbol and word, shaded as a second cue) and what it is about.

    ``word`` may hold a line break ("NOT\nELIGIBLE"); the status and header cells are plain
    strings styled by the table, the cheapest thing ReportLab can lay out.
    """
    data: list[list[Any]] = [[status_header, header]]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.BOLD, STATUS_SIZE, STATUS_SIZE * 1.3),
        ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("BACKGROUND", (0, 0), (-1, 0), DARK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, DARK),
        ("BOX", (0, 0), (-1, -1), 0.8, BLACK),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    for i, (status, word, cell) in enumerate(rows, start=1):
        mark = STATUS_MARKS[status]
        data.append([f"{mark.symbol} {word}", cell])
        if mark.background != WHITE:
            commands.append(("BACKGROUND", (0, i), (0, i), mark.background))
        if mark.text != BLACK:
            commands.append(("TEXTCOLOR", (0, i), (0, i), mark.text))
    table = row_table(data, [status_width, width - status_width], repeat_rows=1, page_height=page_height)
    table.setStyle(_style(commands))
    return table


def _finding_cell(finding: Finding, content: BriefingContent) -> list[Flowable]:
    t = content.t
    cell: list[Flowable] = [_p(esc(finding.message))]
    if finding.hint:
        cell.append(_p(f"<b>{esc(t('What to do:'))}</b> " + esc(finding.hint)))
    confidence = t(CONFIDENCE_WORDS.get(finding.confidence, finding.confidence))
    source = esc(t("Source:"))
    if finding.confidence == "unconfirmed":
        cell.append(_p(f"<b>⚠ {esc(confidence)}.</b>", "small"))
        if finding.source:
            cell.append(_p(f"{source} {esc(finding.source)}", "quiet"))
    elif finding.source:
        cell.append(_p(f"{source} {esc(finding.source)} ({esc(confidence)})", "quiet"))
    return cell


def _status_word(content: BriefingContent, status: str) -> str:
    return content.t(STATUS_MARKS[status].word)


def checklist(content: BriefingContent, width: float, page_height: float) -> list[Flowable]:
    t = content.t
    intro = esc(
        t(
            "Each rule of {target}, checked against the partners below, what to fix first. Statuses are printed "
            "as a symbol and a word: {fail}, {warn} (review before submitting), {pass} and {info}."
        ).format(target=content.target.describe(), **{s: _status_word(content, s).replace("\n", " ") for s in STATUS_MARKS})
    )
    if not content.wording.is_source:
        intro += " " + esc(t("Sources are cited in English, as the documents they name are written."))
    rows = [(f.status, _status_word(content, f.status), _finding_cell(f, content)) for f in content.checklist]
    if not rows:
        return [*section(t("Eligibility checklist")), _p(esc(t("No rule applies to this plan.")))]
    width_of_status = status_column([_status_word(content, s) for s in STATUS_MARKS], STATUS_COLUMN)
    return [
        *section(t("Eligibility checklist")),
        _p(intro, "small"),
        Spacer(1, 2 * mm),
        _status_table(t("Finding"), rows, width, page_height, width_of_status, t("Status")),
    ]


def _suggestion_cell(line: SuggestionLine, content: BriefingContent) -> list[Flowable]:
    cell: list[Flowable] = [_p(f"<b>{esc(line.target.describe())}</b>")]
    if line.missing:
        cell.append(_p(esc(content.t("Missing:")), "small"))
        cell.extend(_p(esc(item), "bullet") for item in line.missing)
        for para in cell[2:]:
            para.bulletText = "•"  # type: ignore[attr-defined]
    else:
        cell.append(_p(esc(content.t("Every requirement is met by the same partners.")), "small"))
    return cell


# The verdict of another action, on two lines where it is long (a plain cell does not wrap).
ELIGIBLE_WORD = N_("ELIGIBLE", BRIEFING)
NOT_ELIGIBLE_LINES = N_("NOT\nELIGIBLE", BRIEFING)


def what_else_fits(content: BriefingContent, width: float, page_height: float) -> list[Flowable]:
    t = content.t
    flowables: list[Flowable] = section(t("What else fits?"))
    year = content.target.call_year
    if not content.suggestions:
        flowables.append(_p(esc(t("No other action of the {year} call is open to this consortium.").format(year=year))))
        return flowables
    flowables.append(
        _p(
            esc(
                t(
                    "The same partners against other actions of the {year} call, best fits first, with what each "
                    "still needs."
                ).format(year=year)
            ),
            "small",
        )
    )
    flowables.append(Spacer(1, 2 * mm))
    eligible, not_eligible = t(ELIGIBLE_WORD), t(NOT_ELIGIBLE_LINES)
    rows = [
        ("pass", eligible, _suggestion_cell(line, content))
        if line.eligible
        else ("fail", not_eligible, _suggestion_cell(line, content))
        for line in content.suggestions
    ]
    column = status_column([eligible, not_eligible], VERDICT_COLUMN)
    flowables.append(_status_table(t("Action"), rows, width, page_height, column, t("Status")))
    return flowables


# --- composition ------------------------------------------------------------------------


def composition(content: BriefingContent, width: float) -> list[Flowable]:
    cells = [[[_p(f"<b>{n}</b>", "verdict"), _p(esc(label), "small")] for label, n in content.counts]]
    counts = Table(cells, colWidths=[width / len(content.counts)] * len(content.counts))
    counts.setStyle(
        _style(
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


# --- partners by country ----------------------------------------------------------------


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
    return _p(esc(text), "cell-bold" if bold else "cell")


def country_table(
    group: CountryGroup, widths: Sequence[float], page_height: float, titles: Sequence[str] | None = None
) -> Table:
    """One country's partners under its own heading and column labels, both repeated at the
    top of every page the country continues on: a reader never has to turn back a page to
    know which country, or which column, a row belongs to."""
    width = sum(widths)
    data: list[list[Any]] = [[_cell_text(group.heading, width, bold=True)] + [""] * (len(PARTNER_COLUMNS) - 1)]
    data.append(list(titles) if titles is not None else [title for title, _ in PARTNER_COLUMNS])
    commands: list[tuple[Any, ...]] = [
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
        ("BOX", (0, 0), (-1, -1), 0.8, BLACK),
        # No NOSPLIT needed to keep the heading and labels with a partner: ReportLab never
        # splits a table just after its repeated rows (and NOSPLIT would forbid cutting a first
        # partner taller than a page).
    ]
    for partner in group.rows:
        bold = partner.is_applicant
        values = (
            str(partner.number),
            partner.name,
            partner.type_label,
            partner.role_label,
            partner.city,
            partner.identifiers,
        )
        if bold:
            commands.append(("FONTNAME", (0, len(data)), (-1, len(data)), fonts.BOLD))
        data.append([_cell_text(v, w, bold) for v, w in zip(values, widths, strict=True)])
    table = row_table(data, list(widths), repeat_rows=2, page_height=page_height)
    table.setStyle(_style(commands))
    return table


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
    return _p(
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
    flowables: list[Flowable] = [*section(t("Partners by country")), _p(intro, "small")]
    warning = _unprintable_warning(content)
    if warning:
        flowables += [Spacer(1, 1.5 * mm), warning]
    for group in content.groups:
        flowables += [Spacer(1, 3 * mm), country_table(group, widths, page_height, titles)]
    return flowables


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
