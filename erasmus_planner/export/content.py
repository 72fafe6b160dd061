"""What the briefing says, as plain values: the words are decided here, the layout elsewhere.

Nothing in this module knows about ReportLab, so the wording (and the grouping, ordering and
counting of partners) can be tested without reading a PDF back.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import ActionDef, Catalogue
from erasmus_planner.domain.eligibility import Suggestion
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.report import Agency, Finding, Report
from erasmus_planner.domain.vocabulary import APPLICANT, ASSOCIATED, FIELD_LABELS, PARTNER, ROLES, type_label

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# How many other actions "What else fits?" lists: enough to show the alternatives, few enough to read.
SUGGESTIONS_SHOWN = 5
UNTITLED = "Untitled plan"
# Short enough for the table's Role column; the applicant box says "coordinator" in full.
ROLE_WORDS = {APPLICANT: "Applicant", PARTNER: "Full partner", ASSOCIATED: "Associated partner"}


def date_text(day: dt.date) -> str:
    """``29 November 2025``: English month names whatever the process locale (Qt sets it)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_type_label(type_id: str) -> str:
    """The type's label without its parenthesis or explanation, for chart axes."""
    label = type_label(type_id)
    return label.split(" (")[0].split(":")[0]


@dataclass(frozen=True)
class Target:
    """An action as the briefing names it: official name, code, field or lot, variant, year."""

    action_name: str
    code: str
    field_label: str
    lot_name: str
    variant_name: str
    call_year: int

    def describe(self) -> str:
        parts = [f"{self.action_name} ({self.code})", self.field_label, self.lot_name, self.variant_name]
        parts.append(f"call {self.call_year}")
        return " · ".join(p for p in parts if p)


def target_of(action: ActionDef, field: str | None, lot: str | None, variant: str | None, year: int) -> Target:
    lot_def = action.lot(lot) if lot else None
    variant_def = action.variant(variant) if variant else None
    return Target(
        action_name=action.name,
        code=action.code_for(field),
        field_label=FIELD_LABELS.get(field, field or "") if field else "",
        lot_name=(lot_def.name if lot_def else lot or "") if lot else "",
        variant_name=(variant_def.name if variant_def else variant or "") if variant else "",
        call_year=year,
    )


@dataclass(frozen=True)
class PartnerRow:
    number: int
    name: str
    type_label: str
    role: str
    role_label: str
    city: str
    identifiers: str

    @property
    def is_applicant(self) -> bool:
        return self.role == APPLICANT


@dataclass(frozen=True)
class CountryGroup:
    code: str
    name: str
    status_label: str
    rows: tuple[PartnerRow, ...]

    @property
    def heading(self) -> str:
        count = len(self.rows)
        noun = "organisation" if count == 1 else "organisations"
        return f"{self.name} ({self.code}) · {self.status_label} · {count} {noun}"


@dataclass(frozen=True)
class SuggestionLine:
    eligible: bool
    target: Target
    missing: tuple[str, ...]


@dataclass(frozen=True)
class BriefingContent:
    plan_name: str
    target: Target
    date: str
    duration: str
    report: Report
    agency: Agency | None
    no_agency_reason: str
    applicant: Organisation | None
    applicant_country: str
    checklist: tuple[Finding, ...]
    groups: tuple[CountryGroup, ...]
    counts: tuple[tuple[str, int], ...]
    type_counts: tuple[tuple[str, int], ...]
    country_counts: tuple[tuple[str, int], ...]
    suggestions: tuple[SuggestionLine, ...]
    identifier: str

    @property
    def verdict_word(self) -> str:
        return "ELIGIBLE" if self.report.eligible else "NOT ELIGIBLE"

    @property
    def verdict_detail(self) -> str:
        failures, warnings = len(self.report.failures), len(self.report.warnings)
        if failures:
            detail = f"{failures} requirement{'s' if failures != 1 else ''} not met"
        else:
            detail = "every requirement is met"
        if warnings:
            detail += f"; {warnings} warning{'s' if warnings != 1 else ''} to review"
        return detail


def identifiers_text(org: Organisation, used: str) -> str:
    """The organisation's OID / PIC, the one the action uses first; says so when it is missing."""
    values = {"OID": org.oid, "PIC": org.pic}
    order = (used, "PIC" if used == "OID" else "OID")
    parts = [f"{kind} {values[kind]}" for kind in order if values[kind]]
    if not values[used]:
        parts.insert(0, f"no {used} yet")
    if org.eche:
        parts.append("ECHE")
    return "\n".join(parts)


# What needs doing first: on paper, a reader should not have to hunt for the one failure.
_STATUS_ORDER = {"fail": 0, "warn": 1, "pass": 2, "info": 2}


def checklist_order(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Failures, then warnings, then the rest, each in the report's own order; the agency
    finding is left out (the Submit to box says why no agency is named)."""
    kept = [f for f in findings if f.rule != "agency"]
    return tuple(sorted(kept, key=lambda f: _STATUS_ORDER.get(f.status, 2)))


def _groups(plan: Plan, identifier: str) -> tuple[CountryGroup, ...]:
    """Partners by country: the applicant's country first, then countries by name; inside a
    country the applicant, full partners, then associated partners, each in plan order."""
    by_country: dict[str, list[Organisation]] = {}
    for org in plan.partners:
        by_country.setdefault(org.country, []).append(org)
    applicant = plan.applicant
    first = applicant.country if applicant else None
    order = sorted(by_country, key=lambda code: (code != first, countries.name(code).casefold(), code))
    role_rank = {role: i for i, role in enumerate(ROLES)}
    groups: list[CountryGroup] = []
    number = 0
    for code in order:
        members = sorted(by_country[code], key=lambda o: role_rank.get(o.role, len(ROLES)))
        rows = []
        for org in members:
            number += 1
            rows.append(
                PartnerRow(
                    number=number,
                    name=org.name,
                    type_label=short_type_label(org.type),
                    role=org.role,
                    role_label=ROLE_WORDS.get(org.role, org.role),
                    city=org.city or "",
                    identifiers=identifiers_text(org, identifier),
                )
            )
        groups.append(
            CountryGroup(
                code=code,
                name=countries.name(code),
                status_label=countries.STATUS_LABELS.get(countries.status(code, plan.call_year), ""),
                rows=tuple(rows),
            )
        )
    return tuple(groups)


def _counts(plan: Plan) -> tuple[tuple[str, int], ...]:
    roles = Counter(p.role for p in plan.partners)
    return (
        ("Organisations", len(plan.partners)),
        ("Countries", len({p.country for p in plan.partners})),
        ("Applicant", roles[APPLICANT]),
        ("Full partners", roles[PARTNER]),
        ("Associated partners", roles[ASSOCIATED]),
    )


def _suggestion_lines(
    plan: Plan, suggestions: Sequence[Suggestion], catalogue: Catalogue
) -> tuple[SuggestionLine, ...]:
    """Other actions for the same partners, eligible first (``suggest`` already sorts), without
    the plan's own target, which the rest of the briefing is about."""
    lines = []
    for s in suggestions:
        if (s.action, s.field, s.lot) == (plan.action, plan.field, plan.lot):
            continue
        action = catalogue.action(s.action)
        lines.append(SuggestionLine(s.eligible, target_of(action, s.field, s.lot, None, s.call_year), s.missing))
        if len(lines) == SUGGESTIONS_SHOWN:
            break
    return tuple(lines)


def build_content(
    plan: Plan,
    report: Report,
    suggestions: Sequence[Suggestion],
    catalogue: Catalogue,
    date_line: str,
) -> BriefingContent:
    action = catalogue.action(plan.action)
    variant = plan.variant if plan.variant is not None else action.default_variant()
    # A variant is worth naming only where the action offers a choice that year.
    if len(action.variants_in(plan.call_year, plan.field)) < 2:
        variant = None
    applicant = plan.applicant
    types = Counter(short_type_label(p.type) for p in plan.partners)
    nations = Counter(countries.name(p.country) for p in plan.partners)
    return BriefingContent(
        plan_name=plan.title.strip() or UNTITLED,
        target=target_of(action, plan.field, plan.lot, variant, plan.call_year),
        date=date_line,
        duration=f"{plan.duration_months} months" if plan.duration_months else "",
        report=report,
        agency=report.agency,
        no_agency_reason=next((f.message for f in report.findings if f.rule == "agency"), ""),
        applicant=applicant,
        applicant_country=countries.name(applicant.country) if applicant else "",
        checklist=checklist_order(report.findings),
        groups=_groups(plan, action.identifier),
        counts=_counts(plan),
        type_counts=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        country_counts=tuple(sorted(nations.items(), key=lambda kv: (-kv[1], kv[0]))),
        suggestions=_suggestion_lines(plan, suggestions, catalogue),
        identifier=action.identifier,
    )
