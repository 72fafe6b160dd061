"""Plain-text renderings of reports, suggestions and agencies for the terminal.

Status is always a word ([PASS], [FAIL], …), never colour alone: output is read in logs, in
e-mails and on black-and-white printouts. Fixed words come from the catalogues' "cli" context in
the language asked for (``--lang``); the findings arrive already written in it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from erasmus_planner.domain import countries
from erasmus_planner.domain.brussels_time import Day
from erasmus_planner.domain.call_calendar import CalendarRow
from erasmus_planner.domain.call_wording import CALLS, SUBMIT_LABEL, call_line, deadline_text, submission_text
from erasmus_planner.domain.catalogue import Catalogue, load_catalogue
from erasmus_planner.domain.eligibility import Suggestion
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Agency, Report
from erasmus_planner.domain.vocabulary import FIELD_LABELS, VOCABULARY
from erasmus_planner.domain.wording import ENGLISH, N_, Wording

CLI = "cli"  # catalogue context of the report's fixed words
WIDTH = 100
STATUS_WORDS = {"pass": N_("PASS", CLI), "fail": N_("FAIL", CLI), "warn": N_("WARN", CLI), "info": N_("INFO", CLI)}
CONFIDENCE_WORDS = {
    "official": N_("official source", CLI),
    "agency-summary": N_("National Agency / secondary summary", CLI),
    "unconfirmed": N_("UNCONFIRMED: not yet verified against the Programme Guide", CLI),
}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def describe_target(
    catalogue: Catalogue, action_id: str, field: str | None, lot: str | None, year: int, w: Wording = ENGLISH
) -> str:
    action = catalogue.action(action_id)
    parts = [f"{w.tr(action.name, VOCABULARY)} ({action.code_for(field)})"]
    if field:
        parts.append(w.tr(FIELD_LABELS.get(field, field), VOCABULARY))
    if lot:
        lot_def = action.lot(lot)
        parts.append(w.tr(lot_def.name, VOCABULARY) if lot_def else lot)
    parts.append(w.tr("call {year}", CLI).format(year=year))
    return " · ".join(parts)


def agency_lines(agency: Agency | None, why_not: str = "", w: Wording = ENGLISH) -> list[str]:
    if agency is None:
        return [w.tr("Submit to: no agency can be named", CLI), _wrap(why_not, "  ")] if why_not else []
    country = countries.name(agency.country, w.language) if agency.country != "EU" else ""
    where = ", ".join(x for x in (w.tr(agency.city, "agency") if agency.city else "", country) if x)
    name = agency.name + (f" ({agency.acronym})" if agency.acronym else "")
    lines = [w.tr("Submit to: {agency}", CLI).format(agency=name)]
    if where:
        lines.append(f"  {where}" + (f" · {agency.website}" if agency.website else ""))
    lines.append(_wrap(w.tr("Why: {reason}", CLI).format(reason=agency.reason), "  "))
    for alt in agency.alternatives:
        lines.append(_wrap(w.tr("Or: {agency}, {valid}", CLI).format(agency=f"{alt.name} ({alt.acronym})", valid=alt.valid), "  "))
    return lines


def render_report(plan: Plan, report: Report, catalogue: Catalogue, w: Wording = ENGLISH) -> str:
    lines: list[str] = []
    if plan.title:
        lines.append(plan.title)
    lines.append(describe_target(catalogue, report.action, report.field, report.lot, report.call_year, w))
    lines.append("")
    failures = len(report.failures)
    if report.eligible:
        lines.append(w.tr("Verdict: ELIGIBLE — every requirement is met.", CLI))
    else:
        lines.append(
            w.trn("Verdict: NOT ELIGIBLE — {n} requirement not met.", "Verdict: NOT ELIGIBLE — {n} requirements not met.",
                  failures, CLI)
        )
    lines.append("")
    why_not = next((f.message for f in report.findings if f.rule == "agency"), "")
    lines.extend(agency_lines(report.agency, why_not, w))
    if report.call is not None and report.today is not None:
        lines.append(_wrap(call_line(report.call, report.today, w), "  "))
    lines.append("")
    lines.append(w.tr("Checklist:", CLI))
    if not w.is_source:
        lines.append(_wrap(w.tr("(Sources are cited in English, as the documents they name are written.)", CLI), "  "))
    words = {status: f"[{w.tr(word, CLI)}]" for status, word in STATUS_WORDS.items()}
    # English keeps its 9-column indent; longer words push the text right by as much.
    hang = " " * max(9, 3 + max(len(word) for word in words.values()))
    for finding in report.findings:
        if finding.rule == "agency":
            continue
        word = words[finding.status]
        lines.append(textwrap.fill(finding.message, WIDTH, initial_indent=f"  {word} ".ljust(len(hang)), subsequent_indent=hang))
        if finding.hint:
            lines.append(_wrap(w.tr("What to do: {hint}", CLI).format(hint=finding.hint), hang))
        if finding.status in ("fail", "warn") or finding.confidence == "unconfirmed":
            confidence = w.tr(CONFIDENCE_WORDS[finding.confidence], CLI)
            lines.append(_wrap(w.tr("Source: {source} ({confidence})", CLI).format(source=finding.source, confidence=confidence), hang))
    return "\n".join(lines) + "\n"


def render_suggestions(plan: Plan, suggestions: Iterable[Suggestion], catalogue: Catalogue, w: Wording = ENGLISH) -> str:
    heading = w.tr("The same {count} partners against every action of the {year} call, best fits first:", CLI)
    lines = [heading.format(count=len(plan.partners), year=plan.call_year), ""]
    for rank, s in enumerate(suggestions, start=1):
        verdict = w.tr("ELIGIBLE", CLI) if s.eligible else w.tr("not eligible", CLI)
        lines.append(f"{rank:>2}. {describe_target(catalogue, s.action, s.field, s.lot, s.call_year, w)} — {verdict}")
        for item in s.missing:
            lines.append(_wrap("- " + item, "      "))
    return "\n".join(lines) + "\n"


def render_calendar(rows: Iterable[CalendarRow], year: int, action_id: str | None, on: Day, w: Wording = ENGLISH) -> str:
    """The deadlines of a call year, action by action (``erasmus-planner calls``)."""
    catalogue = load_catalogue()
    rows = list(rows)
    if not rows:
        if action_id:
            action = catalogue.action(action_id)
            text = w.tr("{action} are not open in the {year} call (they are open in {years}).", CLI)
            return text.format(action=w.tr(action.name, VOCABULARY), year=year, years=action.years) + "\n"
        return w.tr("No action is open in the {year} call.", CLI).format(year=year) + "\n"
    lines = [w.tr("Deadlines of the {year} call (Brussels time):", CLI).format(year=year), ""]
    for row in rows:
        action = catalogue.action(row.action)
        parts = [f"{w.tr(action.name, VOCABULARY)} ({row.code})"]
        if row.fields and set(row.fields) != set(action.fields):
            parts.append(", ".join(w.tr(FIELD_LABELS[f], VOCABULARY) for f in row.fields))
        if row.lots and set(row.lots) != {lot.id for lot in action.lots_in(year)}:
            parts.append(", ".join(w.tr(lot.name, VOCABULARY) for lot in action.lots if lot.id in row.lots))
        if row.route:
            parts.append(w.tr("applications by European NGOs", CLI))
        lines.append(" · ".join(parts))
        if not row.deadlines:
            lines.append("  " + w.tr("No deadline of this call is recorded yet.", CLI))
        for deadline in row.deadlines:
            label = w.tr("Round {round}: ", CLI).format(round=deadline.round) if len(row.deadlines) > 1 else ""
            lines.append(_wrap(label + deadline_text(deadline, on, w), "  "))
        lines.append(_wrap(f"{w.tr(SUBMIT_LABEL, CALLS)} {submission_text(row.submission, w)}", "  "))
        lines.append("")
    lines.append(_wrap(w.tr("Each date's source and confidence: erasmus-planner calls --year {year} --json", CLI).format(year=year), ""))
    return "\n".join(lines) + "\n"
