"""Per-partner problems, read from the one Report: what the status column of the table shows.

The engine speaks about the consortium; a coordinator scanning rows wants to know which partner
needs attention and why, in a few words. Findings name the partners they concern, so each row
gathers the non-passing findings that name it — only for rules whose named partners are the
offenders (a failed "at least 3 schools" names the schools that count, which are fine).
Identifier format is read straight from the partner, so the tooltip says what is wrong with it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Final, Literal

from erasmus_planner.domain.identifiers import oid_problem, pic_problem
from erasmus_planner.domain.model import PartnerId, Plan
from erasmus_planner.domain.report import Report

Severity = Literal["fail", "warn", "info"]

# Rule kinds whose ``partners`` are the organisations at fault, with the row's short wording.
_OFFENDER_KINDS: Final[dict[str, str]] = {
    "identifier-missing": "{identifier} missing",
    "duplicates": "Possibly the same organisation twice",
    "eche": "Higher education institution without an ECHE",
    "only-eligible-countries": "Country not eligible in this call",
    "non-eligible-only-associated": "Country not eligible unless an associated partner",
    "excluded-countries": "Country excluded from this action",
    "only-types": "Type of organisation not allowed in this action",
    "applicant-country": "Cannot apply from this country",
    "applicant-type": "This type of organisation cannot apply",
    "applicant-seniority": "Applicant's date of establishment",
    "single-applicant": "More than one applicant",
}
# Notes (status "info") worth a word on the row: the organisation is fine but does not count.
_NOTE_KINDS: Final[dict[str, str]] = {
    "not-counted": "Not counted",
    "eche-not-needed": "No ECHE needed in this country",
}


@dataclass(frozen=True)
class PartnerProblem:
    severity: Severity
    summary: str  # a few words for the row
    detail: str = ""  # the full sentence, for the tooltip


@dataclass(frozen=True)
class PartnerStatus:
    problems: tuple[PartnerProblem, ...] = ()

    @property
    def severity(self) -> Severity | Literal["ok"]:
        for level in ("fail", "warn", "info"):
            if any(p.severity == level for p in self.problems):
                return level  # type: ignore[return-value]
        return "ok"

    @property
    def summary(self) -> str:
        if not self.problems:
            return "OK"
        first = self.problems[0].summary
        return first if len(self.problems) == 1 else f"{first} (+{len(self.problems) - 1})"

    @property
    def tooltip(self) -> str:
        if not self.problems:
            return "No problem found with this organisation."
        return "\n".join(f"• {p.summary}" + (f": {p.detail}" if p.detail else "") for p in self.problems)


OK: Final = PartnerStatus()
_ORDER: Final = {"fail": 0, "warn": 1, "info": 2}


def partner_statuses(plan: Plan, report: Report) -> dict[PartnerId, PartnerStatus]:
    """Every partner's status (partners without problems map to ``OK``)."""
    by_name: dict[str, list[PartnerProblem]] = defaultdict(list)
    for finding in report.findings:
        if finding.status not in ("fail", "warn", "info"):
            continue
        kind = str(finding.params.get("_kind", finding.rule))
        wording = (_NOTE_KINDS if finding.status == "info" else _OFFENDER_KINDS).get(kind)
        if wording is None:
            continue
        if kind == "single-applicant" and len(finding.partners) < 2:
            continue
        summary = wording.format(identifier=finding.params.get("identifier", "Identifier"))
        problem = PartnerProblem(finding.status, summary, finding.message)  # type: ignore[arg-type]
        for name in dict.fromkeys(finding.partners):
            by_name[name].append(problem)

    statuses: dict[PartnerId, PartnerStatus] = {}
    for org in plan.partners:
        problems = list(by_name.get(org.name, ()))
        for label, value, problem in (("OID", org.oid, oid_problem(org.oid)), ("PIC", org.pic, pic_problem(org.pic))):
            if problem:
                problems.insert(0, PartnerProblem("warn", f"Malformed {label}", f"{value!r}: {problem}"))
        problems.sort(key=lambda p: _ORDER[p.severity])  # failures first, stable otherwise
        statuses[org.id] = PartnerStatus(tuple(problems)) if problems else OK
    return statuses
