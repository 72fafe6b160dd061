"""The top of the briefing's first page: the title block, the "Submit to" box naming the national
agency (or the Executive Agency) and why, and the applicant beside the verdict."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.report import Agency
from erasmus_planner.export.content import BriefingContent, short_type_label
from erasmus_planner.export.flowables import row_table
from erasmus_planner.export.sections.common import para, source_paras, table_style
from erasmus_planner.export.styles import BLACK, FAINT, STATUS_MARKS, WHITE, esc, esc_attr

# --- title block --------------------------------------------------------------------------


def title_block(content: BriefingContent) -> list[Flowable]:
    t = content.target
    facts = [f"<b>{esc(t.action_name)}</b> ({esc(t.code)})"]
    facts += [esc(x) for x in (t.field_label, t.lot_name, t.variant_name) if x]
    # No-break spaces: "Call" and its year stay on one line.
    facts.append(esc(content.t("Call {year}").format(year=t.call_year)).replace(" ", "\u00a0"))
    if content.duration:
        facts.append(esc(content.duration).replace(" ", "\u00a0"))
    title = [para(esc(_shortened(content.plan_name, TITLE_PRINTED)), "title")]
    if len(content.plan_name) > TITLE_PRINTED:
        note = content.t(
            "The title is shortened here; all {count} characters of it are in the plan and in the PDF's document properties."
        )
        title.append(para(esc(note.format(count=len(content.plan_name))), "quiet"))
    return [
        para(f"{esc(content.t('ERASMUS+ CONSORTIUM BRIEFING'))} · {esc(content.date)}", "kicker"),
        *title,
        para(" · ".join(facts), "subtitle"),
        Spacer(1, 4 * mm),
    ]


# Characters of the plan's title the title block prints, about four lines of the large type; a
# longer title (up to the 500 a plan may hold) is cut there, with a note, so the agency and the
# verdict stay on the first page.
TITLE_PRINTED = 180


def _shortened(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut after a whole word where there is one, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + "…"


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
    cell: list[Flowable] = [para(esc(t("SUBMIT TO")), "box-label"), Spacer(1, 1.5 * mm)]
    if agency is None:
        cell.append(para(esc(t("No agency can be named yet")), "agency"))
        if content.no_agency_reason:
            cell.append(para(esc(t("Why:")) + " " + esc(content.no_agency_reason)))
    else:
        name = _agency_name(agency)
        cell.append(para(name, "agency"))
        if agency.name_local and agency.name_local != agency.name:
            cell.append(para(esc(agency.name_local), "quiet"))
        line = _agency_line(agency, content)
        if line:
            cell.append(para(line))
        cell.append(Spacer(1, 1.5 * mm))
        cell.append(para(f"<b>{esc(t('Why:'))}</b> " + esc(agency.reason)))
        if agency.alternatives:
            cell.append(Spacer(1, 1 * mm))
        for alt in agency.alternatives:
            alt_name = _agency_name(alt)
            validity = f" — {esc(alt.valid)}" if alt.valid else ""
            alt_line = _agency_line(alt, content)
            cell.append(
                para(f"<b>{esc(t('Or:'))}</b> {alt_name}{validity}" + (f"<br/>{alt_line}" if alt_line else ""), "small")
            )
    if content.call_facts:
        cell.append(Spacer(1, 2 * mm))
    for fact in content.call_facts:
        cell.append(para(f"<b>{esc(fact.label)}</b> {esc(fact.text)}"))
        cell.extend(source_paras(fact.source, fact.confidence, t))
    box = Table([[cell]], colWidths=[width])
    box.setStyle(
        table_style(
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
    cell: list[Flowable] = [para(esc(t("APPLICANT (COORDINATOR)")), "box-label"), Spacer(1, 1 * mm)]
    if org is None:
        cell.append(
            para(f"<b>{esc(t('No single applicant yet.'))}</b> {esc(t('Mark exactly one organisation as the applicant.'))}")
        )
        return cell
    cell.append(para(f"<b>{esc(org.name)}</b>"))
    cell.append(para(esc(short_type_label(org.type, content.wording))))
    cell.append(para(", ".join(esc(x) for x in (org.city, content.applicant_country) if x)))
    ids = " · ".join(f"{kind} {esc(value)}" for kind, value in (("OID", org.oid), ("PIC", org.pic)) if value)
    if ids:
        cell.append(para(ids))
    contact = org.contact or {}
    person = " · ".join(esc(contact[k]) for k in ("person", "email", "phone") if contact.get(k))
    if person:
        cell.append(para(esc(t("Contact:")) + " " + person, "small"))
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
        para(f'<font color="{colour}">{esc(content.t("VERDICT"))}</font>', "box-label"),
        Spacer(1, 1 * mm),
        para(f'<font color="{colour}">{mark.symbol} {esc(content.verdict_word)}</font>', "verdict"),
        para(f'<font color="{colour}">{esc(detail)}.</font>'),
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
        table_style(
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

