"""What the briefing says, as plain values: the words are decided here, the layout elsewhere.

Nothing in this module knows about ReportLab, so the wording (and the grouping, ordering and
counting of partners) can be tested without reading a PDF back.

Every fixed word goes through the content's ``Wording`` (catalogue context "briefing"); labels of
the vocabulary and catalogue (types, roles, fields, actions, statuses) through "vocabulary".
Names of people, organisations, agencies and places the user typed are printed as they are.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from erasmus_planner.domain import countries
from erasmus_planner.domain.affiliation import placed_under_partner, under_their_partners
from erasmus_planner.domain.call_wording import fact_lines
from erasmus_planner.domain.catalogue import ActionDef, Catalogue
from erasmus_planner.domain.eligibility import Suggestion
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.report import Agency, Finding, Report
from erasmus_planner.domain.vocabulary import (
    AFFILIATED,
    APPLICANT,
    ASSOCIATED,
    FIELD_LABELS,
    PARTNER,
    ROLES,
    VOCABULARY,
    type_label,
)
from erasmus_planner.domain.wording import ENGLISH, N_, Wording

BRIEFING = "briefing"  # catalogue context of the briefing's fixed words
# How many other actions "What else fits?" lists: enough to show the alternatives, few enough to read.
SUGGESTIONS_SHOWN = 5
UNTITLED = N_("Untitled plan", BRIEFING)
# Short enough for the table's Role column; the applicant box says "coordinator" in full.
ROLE_WORDS = {
    APPLICANT: N_("Applicant", BRIEFING),
    PARTNER: N_("Full partner", BRIEFING),
    ASSOCIATED: N_("Associated partner", BRIEFING),
    AFFILIATED: N_("Affiliated entity", BRIEFING),
}
# An affiliated entity's row, right under its partner's: the arrow says whose it is.
AFFILIATE_MARK = "↳ "


def date_text(day: dt.date, w: Wording = ENGLISH) -> str:
    """``29 November 2025`` (``29. November 2025``…): month names from the catalogues, whatever
    the process locale (Qt sets it)."""
    return w.date(day)


def short_type_label(type_id: str, w: Wording = ENGLISH) -> str:
    """The type's label without its parenthesis or explanation, for chart axes."""
    label = type_label(type_id, w)
    return label.split(" (")[0].split(":")[0].strip()  # French puts a space before its colon


@dataclass(frozen=True)
class Target:
    """An action as the briefing names it: official name, code, field or lot, variant, year."""

    action_name: str
    code: str
    field_label: str
    lot_name: str
    variant_name: str
    call_year: int
    wording: Wording = ENGLISH

    @property
    def call(self) -> str:
        """"call 2019" (lower case: it follows the other parts of a description)."""
        return self.wording.tr("call {year}", BRIEFING).format(year=self.call_year)

    def describe(self) -> str:
        parts = [f"{self.action_name} ({self.code})", self.field_label, self.lot_name, self.variant_name]
        parts.append(self.call)
        return " · ".join(p for p in parts if p)


def target_of(
    action: ActionDef, field: str | None, lot: str | None, variant: str | None, year: int, w: Wording = ENGLISH
) -> Target:
    lot_def = action.lot(lot) if lot else None
    variant_def = action.variant(variant) if variant else None
    return Target(
        action_name=w.tr(action.name, VOCABULARY),
        code=action.code_for(field),
        field_label=w.tr(FIELD_LABELS.get(field, field or ""), VOCABULARY) if field else "",
        lot_name=(w.tr(lot_def.name, VOCABULARY) if lot_def else lot or "") if lot else "",
        variant_name=(w.tr(variant_def.name, VOCABULARY) if variant_def else variant or "") if variant else "",
        call_year=year,
        wording=w,
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
class CallFact:
    """One line of the call facts under the agency: a label, the value, its source and grade."""

    label: str
    text: str
    source: str
    confidence: str


@dataclass(frozen=True)
class CountryGroup:
    code: str
    name: str
    status_label: str
    rows: tuple[PartnerRow, ...]
    wording: Wording = ENGLISH

    @property
    def heading(self) -> str:
        count = self.wording.trn("{n} organisation", "{n} organisations", len(self.rows), BRIEFING)
        return f"{self.name} ({self.code}) · {self.status_label} · {count}"


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
    call_facts: tuple[CallFact, ...]
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
    wording: Wording = ENGLISH

    def t(self, text: str) -> str:
        """One of the briefing's fixed words in the briefing's language."""
        return self.wording.tr(text, BRIEFING)

    @property
    def language(self) -> str:
        return self.wording.language

    @property
    def verdict_word(self) -> str:
        return self.t("ELIGIBLE") if self.report.eligible else self.t("NOT ELIGIBLE")

    @property
    def verdict_detail(self) -> str:
        """"2 requirements not met; 1 warning to review"."""
        w = self.wording
        failures, warnings = len(self.report.failures), len(self.report.warnings)
        if failures:
            detail = w.trn("{n} requirement not met", "{n} requirements not met", failures, BRIEFING)
        else:
            detail = self.t("every requirement is met")
        if warnings:
            detail += w.trn("; {n} warning to review", "; {n} warnings to review", warnings, BRIEFING)
        return detail


def identifiers_text(org: Organisation, used: str, w: Wording = ENGLISH) -> str:
    """The organisation's OID / PIC, the one the action uses first; says so when it is missing."""
    values = {"OID": org.oid, "PIC": org.pic}
    order = (used, "PIC" if used == "OID" else "OID")
    parts = [f"{kind} {values[kind]}" for kind in order if values[kind]]
    if not values[used]:
        parts.insert(0, w.tr("no {identifier} yet", BRIEFING).format(identifier=used))
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


def _groups(plan: Plan, identifier: str, w: Wording) -> tuple[CountryGroup, ...]:
    """Partners by country: the applicant's country first, then countries by name; inside a
    country the applicant, full partners, then associated partners, each in plan order. An
    affiliated entity follows its partner when they share a country, else comes last."""
    by_country: dict[str, list[Organisation]] = {}
    for org in plan.partners:
        by_country.setdefault(org.country, []).append(org)
    applicant = plan.applicant
    first = applicant.country if applicant else None
    order = sorted(by_country, key=lambda code: (code != first, countries.name(code, w.language).casefold(), code))
    role_rank = {role: i for i, role in enumerate(ROLES)}
    groups: list[CountryGroup] = []
    number = 0
    for code in order:
        members = sorted(by_country[code], key=lambda o: role_rank.get(o.role, len(ROLES)))
        rows = []
        for org in under_their_partners(members):
            number += 1
            under = placed_under_partner(org, members)
            rows.append(
                PartnerRow(
                    number=number,
                    name=(AFFILIATE_MARK + org.name) if under else org.name,
                    type_label=short_type_label(org.type, w),
                    role=org.role,
                    role_label=_role_label(org, w),
                    city=org.city or "",
                    identifiers=identifiers_text(org, identifier, w),
                )
            )
        groups.append(
            CountryGroup(
                code=code,
                name=countries.name(code, w.language),
                status_label=w.tr(countries.STATUS_LABELS.get(countries.status(code, plan.call_year), ""), VOCABULARY),
                rows=tuple(rows),
                wording=w,
            )
        )
    return tuple(groups)


def _role_label(org: Organisation, w: Wording) -> str:
    if org.role == AFFILIATED and org.affiliated_to:
        return w.tr("Affiliated entity of {partner}", BRIEFING).format(partner=org.affiliated_to)
    return w.tr(ROLE_WORDS[org.role], BRIEFING) if org.role in ROLE_WORDS else org.role


def _call_facts(report: Report, w: Wording) -> tuple[CallFact, ...]:
    """The next deadline (or that they have passed), how to submit and the grant, each with
    its source: what the Submit to box says under the agency."""
    if report.call is None or report.today is None:
        return ()
    return tuple(CallFact(*line) for line in fact_lines(report.call, report.today, w))


def _counts(plan: Plan, w: Wording) -> tuple[tuple[str, int], ...]:
    roles = Counter(p.role for p in plan.partners)
    return (
        (w.tr("Organisations", BRIEFING), len(plan.partners)),
        (w.tr("Countries", BRIEFING), len({p.country for p in plan.partners})),
        (w.tr("Applicant", BRIEFING), roles[APPLICANT]),
        (w.tr("Full partners", BRIEFING), roles[PARTNER]),
        (w.tr("Associated partners", BRIEFING), roles[ASSOCIATED]),
    ) + (((w.tr("Affiliated entities", BRIEFING), roles[AFFILIATED]),) if roles[AFFILIATED] else ())


def _suggestion_lines(
    plan: Plan, suggestions: Sequence[Suggestion], catalogue: Catalogue, w: Wording
) -> tuple[SuggestionLine, ...]:
    """Other actions for the same partners, eligible first (``suggest`` already sorts), without
    the plan's own target, which the rest of the briefing is about."""
    lines = []
    for s in suggestions:
        if (s.action, s.field, s.lot) == (plan.action, plan.field, plan.lot):
            continue
        action = catalogue.action(s.action)
        lines.append(SuggestionLine(s.eligible, target_of(action, s.field, s.lot, None, s.call_year, w), s.missing))
        if len(lines) == SUGGESTIONS_SHOWN:
            break
    return tuple(lines)


def build_content(
    plan: Plan,
    report: Report,
    suggestions: Sequence[Suggestion],
    catalogue: Catalogue,
    date_line: str,
    wording: Wording = ENGLISH,
) -> BriefingContent:
    """What the briefing says, in ``wording``'s language (the report and suggestions must have
    been made in the same language: their messages are printed as they are)."""
    w = wording
    action = catalogue.action(plan.action)
    variant = plan.variant if plan.variant is not None else action.default_variant()
    # A variant is worth naming only where the action offers a choice that year.
    if len(action.variants_in(plan.call_year, plan.field)) < 2:
        variant = None
    applicant = plan.applicant
    types = Counter(short_type_label(p.type, w) for p in plan.partners)
    nations = Counter(countries.name(p.country, w.language) for p in plan.partners)
    months = plan.duration_months
    return BriefingContent(
        plan_name=plan.title.strip() or w.tr(UNTITLED, BRIEFING),
        target=target_of(action, plan.field, plan.lot, variant, plan.call_year, w),
        date=date_line,
        duration=w.trn("{n} month", "{n} months", months, BRIEFING) if months else "",
        report=report,
        agency=report.agency,
        call_facts=_call_facts(report, w),
        no_agency_reason=next((f.message for f in report.findings if f.rule == "agency"), ""),
        applicant=applicant,
        applicant_country=countries.name(applicant.country, w.language) if applicant else "",
        checklist=checklist_order(report.findings),
        groups=_groups(plan, action.identifier, w),
        counts=_counts(plan, w),
        type_counts=tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        country_counts=tuple(sorted(nations.items(), key=lambda kv: (-kv[1], kv[0]))),
        suggestions=_suggestion_lines(plan, suggestions, catalogue, w),
        identifier=action.identifier,
        wording=w,
    )
