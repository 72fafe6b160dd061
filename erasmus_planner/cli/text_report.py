"""Plain-text renderings of reports, suggestions and agencies for the terminal.

Status is always a word ([PASS], [FAIL], …), never colour alone: output is read in logs, in
e-mails and on black-and-white printouts.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import Catalogue
from erasmus_planner.domain.eligibility import Suggestion
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Agency, Report
from erasmus_planner.domain.vocabulary import FIELD_LABELS

WIDTH = 100
STATUS_WORDS = {"pass": "[PASS]", "fail": "[FAIL]", "warn": "[WARN]", "info": "[INFO]"}
CONFIDENCE_WORDS = {
    "official": "official source",
    "agency-summary": "National Agency / secondary summary",
    "unconfirmed": "UNCONFIRMED: not yet verified against the Programme Guide",
}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def describe_target(catalogue: Catalogue, action_id: str, field: str | None, lot: str | None, year: int) -> str:
    action = catalogue.action(action_id)
    parts = [f"{action.name} ({action.code_for(field)})"]
    if field:
        parts.append(FIELD_LABELS.get(field, field))
    if lot:
        lot_def = action.lot(lot)
        parts.append(lot_def.name if lot_def else lot)
    parts.append(f"call {year}")
    return " · ".join(parts)


def agency_lines(agency: Agency | None, why_not: str = "") -> list[str]:
    if agency is None:
        return ["Submit to: no agency can be named", _wrap(why_not, "  ")] if why_not else []
    where = ", ".join(x for x in (agency.city, countries.name(agency.country) if agency.country != "EU" else "") if x)
    lines = [f"Submit to: {agency.name}" + (f" ({agency.acronym})" if agency.acronym else "")]
    if where:
        lines.append(f"  {where}" + (f" · {agency.website}" if agency.website else ""))
    lines.append(_wrap("Why: " + agency.reason, "  "))
    for alt in agency.alternatives:
        lines.append(_wrap(f"Or: {alt.name} ({alt.acronym}), {alt.valid}", "  "))
    return lines


def render_report(plan: Plan, report: Report, catalogue: Catalogue) -> str:
    lines: list[str] = []
    if plan.title:
        lines.append(plan.title)
    lines.append(describe_target(catalogue, report.action, report.field, report.lot, report.call_year))
    lines.append("")
    failures = len(report.failures)
    if report.eligible:
        lines.append("Verdict: ELIGIBLE — every requirement is met.")
    else:
        lines.append(f"Verdict: NOT ELIGIBLE — {failures} requirement{'s' if failures != 1 else ''} not met.")
    lines.append("")
    why_not = next((f.message for f in report.findings if f.rule == "agency"), "")
    lines.extend(agency_lines(report.agency, why_not))
    lines.append("")
    lines.append("Checklist:")
    for finding in report.findings:
        if finding.rule == "agency":
            continue
        word = STATUS_WORDS[finding.status]
        lines.append(textwrap.fill(finding.message, WIDTH, initial_indent=f"  {word} ", subsequent_indent=" " * 9))
        if finding.hint:
            lines.append(_wrap("What to do: " + finding.hint, " " * 9))
        if finding.status in ("fail", "warn") or finding.confidence == "unconfirmed":
            lines.append(_wrap(f"Source: {finding.source} ({CONFIDENCE_WORDS[finding.confidence]})", " " * 9))
    return "\n".join(lines) + "\n"


def render_suggestions(plan: Plan, suggestions: Iterable[Suggestion], catalogue: Catalogue) -> str:
    lines = [f"The same {len(plan.partners)} partners against every action of the {plan.call_year} call, best fits first:", ""]
    for rank, s in enumerate(suggestions, start=1):
        verdict = "ELIGIBLE" if s.eligible else "not eligible"
        lines.append(f"{rank:>2}. {describe_target(catalogue, s.action, s.field, s.lot, s.call_year)} — {verdict}")
        for item in s.missing:
            lines.append(_wrap("- " + item, "      "))
    return "\n".join(lines) + "\n"
