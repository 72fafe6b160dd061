"""The two status tables: the eligibility checklist (one row per rule, what to fix first) and
"What else fits?" (the same partners against the call's other actions).

Both print the status as a symbol and a word in a plain cell, shaded as a second cue; a column
holding a fixed word is as wide as its longest word in the briefing's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from erasmus_planner.domain.report import Finding
from erasmus_planner.domain.wording import N_
from erasmus_planner.export import fonts
from erasmus_planner.export.content import BRIEFING, BriefingContent, SuggestionLine
from erasmus_planner.export.flowables import row_table
from erasmus_planner.export.sections.common import para, section, source_paras, table_style
from erasmus_planner.export.styles import BLACK, DARK, STATUS_MARKS, WHITE, esc

STATUS_SIZE = 8.5
STATUS_COLUMN = 19 * mm  # "⚠ WARN"
VERDICT_COLUMN = 27 * mm  # "✘ NOT ELIGIBLE" on two lines, "✔ ELIGIBLE" on one


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
    table.setStyle(table_style(commands))
    return table


def _finding_cell(finding: Finding, content: BriefingContent) -> list[Flowable]:
    t = content.t
    cell: list[Flowable] = [para(esc(finding.message))]
    if finding.hint:
        cell.append(para(f"<b>{esc(t('What to do:'))}</b> " + esc(finding.hint)))
    cell.extend(source_paras(finding.source, finding.confidence, t))
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
        return [*section(t("Eligibility checklist")), para(esc(t("No rule applies to this plan.")))]
    width_of_status = status_column([_status_word(content, s) for s in STATUS_MARKS], STATUS_COLUMN)
    return [
        *section(t("Eligibility checklist")),
        para(intro, "small"),
        Spacer(1, 2 * mm),
        _status_table(t("Finding"), rows, width, page_height, width_of_status, t("Status")),
    ]


def _suggestion_cell(line: SuggestionLine, content: BriefingContent) -> list[Flowable]:
    cell: list[Flowable] = [para(f"<b>{esc(line.target.describe())}</b>")]
    if line.missing:
        cell.append(para(esc(content.t("Missing:")), "small"))
        cell.extend(para(esc(item), "bullet") for item in line.missing)
        for bullet in cell[2:]:
            bullet.bulletText = "•"  # type: ignore[attr-defined]
    else:
        cell.append(para(esc(content.t("Every requirement is met by the same partners.")), "small"))
    return cell


# The verdict of another action, on two lines where it is long (a plain cell does not wrap).
ELIGIBLE_WORD = N_("ELIGIBLE", BRIEFING)
NOT_ELIGIBLE_LINES = N_("NOT\nELIGIBLE", BRIEFING)


def what_else_fits(content: BriefingContent, width: float, page_height: float) -> list[Flowable]:
    t = content.t
    flowables: list[Flowable] = section(t("What else fits?"))
    year = content.target.call_year
    if not content.suggestions:
        flowables.append(para(esc(t("No other action of the {year} call is open to this consortium.").format(year=year))))
        return flowables
    flowables.append(
        para(
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

