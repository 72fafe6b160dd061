"""Build consortia for the tests: the smallest one that meets a set of requirements, and edits of it.

``requirements(...)`` reads what the catalogue demands of an action, field, lot and call year;
``build(...)`` turns requirements (read from the catalogue, or written out from ka2-rules.md) into
a plan whose applicant and full partners come from ``countries.eligible_countries(year)``. Tests
then take one requirement away and watch the rule that guards it fail.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import RuleDef, load_catalogue
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.report import Finding, Report
from erasmus_planner.domain.vocabulary import APPLICANT, ASSOCIATED, PARTNER, TYPE_GROUPS

# Kinds whose rules describe the make-up of the consortium (what boundaries are tested on).
MINIMUM_KINDS = ("min-organisations", "min-countries", "min-eu-countries", "min-type")
COMPOSITION_KINDS = (*MINIMUM_KINDS, "max-organisations", "per-country-types", "only-types")

# One organisation type per group, chosen to belong to as few other groups as possible, so that
# taking it away touches only the requirement under test.
REPRESENTATIVE = {
    "school": "school",
    "hei": "higher-education",
    "vet-provider": "vet-provider",
    "enterprise": "enterprise-sme",
    "sector-representative": "social-partner",
    "labour-market-actor": "social-partner",
    "education-provider": "adult-education",
    "regulatory-body": "qualification-body",
    "public-body": "public-body-local",
    "youth-group": "youth-organisation",
}
FILLER = "ngo"
NEUTRAL = "other"  # in no group: what a member becomes when a requirement is taken away

# Never a full participant, in any call year (spec §1: "Switzerland never").
OUTSIDER = "CH"


def org(name: str, country: str, type: str, role: str = PARTNER, **kw: object) -> Organisation:
    """An organisation with the details a clean application has (ECHE for HEIs, old enough)."""
    kw.setdefault("eche", type == "higher-education")
    kw.setdefault("established", "2000-01-01")
    return Organisation(name=name, country=country, type=type, role=role, **kw)  # type: ignore[arg-type]


def eligible_pool(year: int) -> list[str]:
    """Eligible countries of the call year, EU Member States first (so EU minimums hold)."""
    return sorted(countries.eligible_countries(year), key=lambda c: (not countries.is_eu_member(c, year), c))


def non_eu_pool(year: int) -> list[str]:
    return [c for c in eligible_pool(year) if not countries.is_eu_member(c, year)]


@dataclass(frozen=True)
class Requirements:
    organisations: int = 1
    countries: int = 1
    eu_countries: int = 0
    types: dict[str, int] = field(default_factory=dict)
    per_country: tuple[str, ...] = ()
    only: str | None = None
    maximum: int | None = None


def applicable_rules(action: str, year: int, field: str | None = None, lot: str | None = None) -> list[RuleDef]:
    catalogue = load_catalogue()
    variant = catalogue.action(action).default_variant()
    return [
        r
        for r in catalogue.rules_for(action)
        if r.applies(year=year, field=field, lot=lot, variant=variant)
    ]


def params(rule: RuleDef, year: int) -> dict[str, object]:
    return dict(rule.edition_for(year)[2])


def requirements(action: str, year: int, field: str | None = None, lot: str | None = None) -> Requirements:
    """What the catalogue's blocking composition rules demand (warnings are left out)."""
    req = Requirements(types={})
    for rule in applicable_rules(action, year, field, lot):
        if rule.status != "fail":
            continue
        p = params(rule, year)
        if rule.kind == "min-organisations":
            req = replace(req, organisations=max(req.organisations, int(p["min"])))  # type: ignore[arg-type]
        elif rule.kind == "min-countries":
            req = replace(req, countries=max(req.countries, int(p["min"])))  # type: ignore[arg-type]
        elif rule.kind == "min-eu-countries":
            req = replace(req, eu_countries=max(req.eu_countries, int(p["min"])))  # type: ignore[arg-type]
        elif rule.kind == "min-type":
            group = str(p["group"])
            req.types[group] = max(req.types.get(group, 0), int(p["min"]))  # type: ignore[arg-type]
        elif rule.kind == "per-country-types":
            req = replace(req, per_country=tuple(dict.fromkeys((*req.per_country, *p["groups"]))))  # type: ignore[misc]
        elif rule.kind == "only-types":
            req = replace(req, only=str(p["group"]))
        elif rule.kind == "max-organisations":
            req = replace(req, maximum=int(p["max"]))  # type: ignore[arg-type]
    return req


def _in_group(type_id: str, group: str) -> bool:
    return type_id in TYPE_GROUPS[group]


def build(
    action: str,
    year: int,
    field: str | None = None,
    lot: str | None = None,
    req: Requirements | None = None,
    *,
    pool: list[str] | None = None,
    title: str = "",
) -> Plan:
    """The smallest consortium that meets ``req`` (by default: what the catalogue demands).

    Countries are taken in order from ``pool`` (default: eligible countries, EU first); the
    applicant is the first organisation. Every organisation is a counted one.
    """
    req = req or requirements(action, year, field, lot)
    pool = pool or eligible_pool(year)
    n_countries = max(req.countries, req.eu_countries, 1)
    chosen = pool[:n_countries]
    assert len(chosen) == n_countries, f"not enough eligible countries in {year} for {n_countries}"
    types: list[tuple[str, str | None]] = []  # (type, fixed country or None)
    for code in chosen:
        types.extend((REPRESENTATIVE[g], code) for g in req.per_country)
    # Narrow groups first, so a broad group ("education-provider") counts what is already there.
    for group, minimum in sorted(req.types.items(), key=lambda item: len(TYPE_GROUPS[item[0]])):
        have = sum(1 for t, _ in types if _in_group(t, group))
        types.extend((REPRESENTATIVE[group], None) for _ in range(minimum - have))
    filler = REPRESENTATIVE[req.only] if req.only else FILLER
    while len(types) < max(req.organisations, n_countries):
        types.append((filler, None))
    # Free organisations go first to countries that have none yet, then round the pool.
    used = {c for _, c in types if c}
    spare = itertools.chain([c for c in chosen if c not in used], itertools.cycle(chosen))
    partners = []
    for i, (type_id, country) in enumerate(types):
        code = country or next(spare)
        partners.append(
            org(
                f"{type_id.replace('-', ' ').title()} {i + 1}",
                code,
                type_id,
                APPLICANT if i == 0 else PARTNER,
                oid=f"E{10_000_000 + i}",
                pic=f"{900_000_000 + i}",
            )
        )
    return Plan(action=action, call_year=year, partners=tuple(partners), field=field, lot=lot, title=title)


# --- edits and reading reports -----------------------------------------------------------


def with_partner(plan: Plan, name: str, country: str, type: str, role: str = PARTNER, **kw: object) -> Plan:
    return plan.with_partner_added(org(name, country, type, role, **kw))


def replace_partner(plan: Plan, index: int, **changes: object) -> Plan:
    return plan.with_partner_replaced(plan.partners[index].with_changes(**changes))


def drop_partner(plan: Plan, index: int) -> Plan:
    return plan.with_partner_removed(plan.partners[index].id)


def last_non_applicant(plan: Plan, predicate=lambda o: True) -> int:  # type: ignore[no-untyped-def]
    return max(i for i, o in enumerate(plan.partners) if o.role != APPLICANT and predicate(o))


def remap_countries(plan: Plan, mapping: dict[str, str]) -> Plan:
    return plan.with_changes(partners=tuple(p.with_changes(country=mapping.get(p.country, p.country)) for p in plan.partners))


def findings(report: Report, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def finding(report: Report, rule: str) -> Finding:
    found = findings(report, rule)
    assert len(found) == 1, f"expected one finding {rule!r}, got {[(f.rule, f.status) for f in report.findings]}"
    return found[0]


def status_of(plan: Plan, rule: str) -> str:
    return finding(check(plan), rule).status


def failing(report: Report) -> list[str]:
    return [f.rule for f in report.failures]


def describe(report: Report) -> str:
    return "\n".join(f"{f.status:5} {f.rule}: {f.message}" for f in report.findings)


def set_role(plan: Plan, index: int, role: str) -> Plan:
    return replace_partner(plan, index, role=role)


ASSOCIATED_ROLE = ASSOCIATED
