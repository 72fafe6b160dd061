"""The eligibility engine: one ``check`` that every consumer reads, and ``suggest`` over all actions.

``check(plan)`` runs every rule of the plan's action (and the common ones) that applies to its call
year, field, lot and variant, and returns a ``Report``. ``suggest(plan)`` runs the same partners
against every action and lot open in the plan's call year, best fits first.

Both take ``language`` ("en", "de", "fr", "tr"): every message, hint and agency reason is written
in it, while ``message_id`` / ``hint_id`` / ``params`` stay what they are (the English templates
and their values). The language travels with the call, never through a global, so two languages
can be checked at once in one process.
"""

from __future__ import annotations

from collections.abc import Mapping

from erasmus_planner.domain.agencies import EXECUTIVE, NoAgency, resolve_agency
from erasmus_planner.domain.brussels_time import Day, today as today_here
from erasmus_planner.domain.calls import EUROPEAN_NGO, CallFacts, call_facts
from erasmus_planner.domain.catalogue import ActionDef, Catalogue, RuleDef, load_catalogue
from erasmus_planner.domain.consortium import Consortium
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Agency, Finding, Report
from erasmus_planner.domain.rule_kinds import KINDS, Context, Outcome
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.wording import Wording, wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any


class _Blank(dict):  # type: ignore[type-arg]
    """Format mapping that leaves unknown placeholders empty instead of raising."""

    def __missing__(self, key: str) -> str:
        return ""


RULES = "rules"  # catalogue context of the message and hint templates


def render(template: str, values: Mapping[str, Any], w: Wording | None = None) -> str:
    """The template in ``w``'s language, filled in, its first letter capitalised."""
    if w is not None:
        template = w.tr(template, RULES)
    # str.format_map (C) rather than string.Formatter (Python): the same result, and it runs
    # for every finding of every action that suggest tries.
    text = template.format_map(_Blank(values))
    if w is not None and not w.is_source:
        return w.capitalise(text)
    return text[:1].upper() + text[1:] if text else text


def _finding(rule: RuleDef, outcome: Outcome, year: int, w: Wording) -> Finding:
    confidence, source, _ = rule.edition_for(year)
    status = "pass" if outcome.passed else (outcome.status or rule.status)
    params = {**outcome.values, "_kind": rule.kind}
    return Finding(
        rule=rule.id,
        status=status,  # type: ignore[arg-type]
        message=render(rule.message, outcome.values, w),
        hint="" if status == "pass" else render(rule.hint, outcome.values, w),
        source=source,
        confidence=confidence,
        partners=outcome.partners,
        message_id=rule.message,
        hint_id=rule.hint,
        params=params,
        shortfall=outcome.shortfall if status == "fail" else 0,
    )


def evaluate(
    consortium: Consortium,
    action: ActionDef,
    rules: tuple[RuleDef, ...],
    *,
    field: str | None,
    lot: str | None,
    variant: str | None,
    w: Wording | None = None,
) -> tuple[Finding, ...]:
    """Run the applicable rules; findings come out in rule order, failures and all."""
    w = w or wording()
    findings: list[Finding] = []
    year = consortium.year
    for rule in rules:
        if not rule.applies(year=year, field=field, lot=lot, variant=variant):
            continue
        _, _, params = rule.edition_for(year)
        ctx = Context(consortium, action, year, field, lot, variant, params, tuple(findings), w)
        outcome = KINDS[rule.kind](ctx)
        if outcome is not None:
            finding = _finding(rule, outcome, year, w)
            if rule.kind == "lot-valid" and lot is None and finding.status == "fail":
                # An action applied for in lots, none chosen: every count depends on the lot, so
                # nothing else is judged yet — "choose a lot" is the one thing to do (a verdict
                # of one problem that becomes five once the lot is chosen misled).
                return (finding,)
            findings.append(finding)
    return tuple(findings)


def agency_for(plan: Plan, action: ActionDef, w: Wording | None = None) -> tuple[Agency | None, str]:
    """The submitting agency, or None with the one-sentence reason why none can be named
    (both in ``w``'s language)."""
    applicants = plan.applicants
    applicant = applicants[0] if len(applicants) == 1 else None  # plan.applicant, without a second pass
    if not action.centralised and len(applicants) > 1:
        wording_ = w or wording("en")
        return None, wording_.tr(
            "Several organisations are marked as applicant: the agency follows from the country of the one that applies.",
            "agency",
        )
    try:
        agency = resolve_agency(
            action_name=action.name,
            centralised=action.centralised,
            field=plan.field,
            call_year=plan.call_year,
            applicant_country=applicant.country if applicant else None,
            applicant_type=applicant.type if applicant else None,
            community=applicant.community if applicant else None,
            european_ngo_route=action.european_ngo_route,
            wording=w,
        )
    except NoAgency as exc:
        return None, exc.detail
    return agency, agency.reason


def call_for(plan: Plan, action: ActionDef, agency: Agency | None) -> CallFacts:
    """The call facts of the plan: by the European-NGO route when the executive agency takes
    the application of an action that National Agencies otherwise handle."""
    route = EUROPEAN_NGO if agency is not None and agency.kind == EXECUTIVE and not action.centralised else None
    return call_facts(action.id, plan.field, plan.lot, plan.call_year, route)


def check(
    plan: Plan,
    catalogue: Catalogue | None = None,
    *,
    consortium: Consortium | None = None,
    language: str = "en",
    today: Day | None = None,
) -> Report:
    """Check the plan against its action's rules for its call year; name the agency and the
    call facts (the next deadline as seen on ``today``, by default the local date).

    Messages, hints and the agency's reason are written in ``language`` (en, de, fr, tr)."""
    w = wording(language)
    catalogue = catalogue or load_catalogue()
    action = catalogue.action(plan.action)
    consortium = consortium or Consortium(plan, plan.call_year)
    variant = plan.variant if plan.variant is not None else action.default_variant()
    findings = evaluate(
        consortium, action, catalogue.rules_for(action.id), field=plan.field, lot=plan.lot, variant=variant, w=w
    )
    agency, why_not = agency_for(plan, action, w)
    if agency is None:
        # The id is the English sentence, whatever the language shown.
        english = why_not if w.is_source else agency_for(plan, action)[1]
        findings += (
            Finding(
                rule="agency",
                status="info",
                message=why_not,
                source="Programme Guide: applications go to the National Agency of the applicant's country, or to the executive agency for centralised actions",
                confidence="official",
                message_id=english,
            ),
        )
    return Report(
        action=plan.action,
        field=plan.field,
        lot=plan.lot,
        variant=plan.variant,
        call_year=plan.call_year,
        findings=findings,
        agency=agency,
        call=call_for(plan, action, agency),
        today=today or today_here(),
    )


class Suggestion(Value):
    __slots__ = _fields = ("action", "field", "lot", "call_year", "eligible", "missing", "shortfall", "report")

    action: str
    field: str | None
    lot: str | None
    call_year: int
    eligible: bool
    missing: tuple[str, ...]
    shortfall: int
    report: Report

    def __init__(
        self,
        action: str,
        field: str | None,
        lot: str | None,
        call_year: int,
        eligible: bool,
        missing: tuple[str, ...],
        shortfall: int,
        report: Report,
    ) -> None:
        _set = object.__setattr__
        _set(self, "action", action)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "call_year", call_year)
        _set(self, "eligible", eligible)
        _set(self, "missing", missing)
        _set(self, "shortfall", shortfall)
        _set(self, "report", report)

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "field": self.field,
            "lot": self.lot,
            "call_year": self.call_year,
            "eligible": self.eligible,
            "missing": list(self.missing),
        }


def options(plan: Plan, catalogue: Catalogue) -> list[tuple[ActionDef, str | None, str | None]]:
    """Every (action, field, lot) open in the plan's call year that the plan's field allows."""
    found: list[tuple[ActionDef, str | None, str | None]] = []
    year = plan.call_year
    for action in catalogue.actions_in(year):
        if action.has_fields:
            if plan.field is not None:
                if plan.field not in action.fields:
                    continue
                fields: tuple[str | None, ...] = (plan.field,)
            else:
                fields = action.fields
        else:
            fields = (None,)
        lots: tuple[str | None, ...] = tuple(lot.id for lot in action.lots_in(year)) or (None,)
        found.extend((action, f, lot) for f in fields for lot in lots)
    return found


def suggest(plan: Plan, catalogue: Catalogue | None = None, *, language: str = "en") -> list[Suggestion]:
    """The same partners against every action and lot of the call year: eligible first, then by
    how little is missing; what is missing is written in ``language``."""
    wording(language)  # an unknown language fails here, before any work
    catalogue = catalogue or load_catalogue()
    consortium = Consortium(plan, plan.call_year)  # shared: same partners, same year
    results: list[Suggestion] = []
    for action, field, lot in options(plan, catalogue):
        candidate = plan.with_changes(action=action.id, field=field, lot=lot, variant=None)
        report = check(candidate, catalogue, consortium=consortium.shared_with(candidate), language=language)
        failures = report.failures
        results.append(
            Suggestion(
                action=action.id,
                field=field,
                lot=lot,
                call_year=plan.call_year,
                eligible=report.eligible,
                missing=tuple(f.hint or f.message for f in failures),
                shortfall=sum(max(1, f.shortfall) for f in failures),
                report=report,
            )
        )
    results.sort(key=lambda s: (not s.eligible, s.shortfall, len(s.missing)))
    return results
