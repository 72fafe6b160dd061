"""What each kind of rule checks. Rules (data) name a kind and give it parameters.

An evaluator returns an ``Outcome`` (passed or not, the values its message needs, the partners
involved, how much is missing) or ``None`` when it has nothing to say about this plan (a duplicate
check on a plan without duplicates, an ECHE rule with no university in the consortium).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import ActionDef
from erasmus_planner.domain.consortium import Consortium
from erasmus_planner.domain.identifiers import fold_name, oid_problem, pic_problem
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.report import Finding
from erasmus_planner.domain.vocabulary import (
    ASSOCIATED,
    FIELD_LABELS,
    TYPE_GROUP_EXAMPLES,
    TYPE_GROUPS,
    group_noun,
    type_label,
)

MAX_LISTED = 6


@dataclass(frozen=True)
class Context:
    consortium: Consortium
    action: ActionDef
    year: int
    field: str | None
    lot: str | None
    variant: str | None
    params: Mapping[str, Any]
    prior: Sequence[Finding] = ()  # findings of the rules evaluated before this one


@dataclass(frozen=True)
class Outcome:
    passed: bool
    values: dict[str, Any] = field(default_factory=dict)
    partners: tuple[str, ...] = ()
    shortfall: int = 0
    status: str | None = None  # overrides the rule's failure status (e.g. warn when unsure)


Evaluator = Callable[[Context], Outcome | None]
KINDS: dict[str, Evaluator] = {}


def kind(name: str) -> Callable[[Evaluator], Evaluator]:
    def register(fn: Evaluator) -> Evaluator:
        KINDS[name] = fn
        return fn

    return register


# --- wording helpers ---------------------------------------------------------------------


def listing(items: Iterable[str]) -> str:
    """'A, B and C'; long lists end in 'and N more'."""
    items = list(items)
    if len(items) > MAX_LISTED:
        shown = items[:MAX_LISTED]
        return ", ".join(shown) + f" and {len(items) - MAX_LISTED} more"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def in_brackets(items: Iterable[str]) -> str:
    text = listing(items)
    return f" ({text})" if text else ""


def after_colon(items: Iterable[str]) -> str:
    text = listing(items)
    return f": {text}" if text else ""


def where(org: Organisation) -> str:
    return f"{org.name} ({countries.name(org.country)})"


def country_names(codes: Iterable[str]) -> list[str]:
    return [countries.name(c) for c in codes]


def _base(ctx: Context) -> dict[str, Any]:
    return {
        "eligible": countries.eligible_word(ctx.year, plural=True),
        "eligible_one": _article(countries.eligible_word(ctx.year), lower=False),
        "year": ctx.year,
        "action": ctx.action.name,
    }


def _names(orgs: Sequence[Organisation]) -> tuple[str, ...]:
    return tuple(o.name for o in orgs)


# --- composition -------------------------------------------------------------------------


@kind("min-organisations")
def min_organisations(ctx: Context) -> Outcome:
    counted = ctx.consortium.counted
    minimum = int(ctx.params["min"])
    values = {**_base(ctx), "min": minimum, "count": len(counted), "names": in_brackets(_names(counted))}
    shortfall = max(0, minimum - len(counted))
    values["more"] = plural(shortfall, "more full partner", "more full partners")
    return Outcome(len(counted) >= minimum, {**values, "shortfall": shortfall}, _names(counted), shortfall)


def _min_countries(ctx: Context, codes: Sequence[str], word: str, words: str) -> Outcome:
    """``word`` / ``words`` name the countries that would help (the hint asks for those)."""
    minimum = int(ctx.params["min"])
    shortfall = max(0, minimum - len(codes))
    values = {
        **_base(ctx),
        "min": minimum,
        "count": len(codes),
        "countries": in_brackets(country_names(codes)),
        "shortfall": shortfall,
        "more": plural(shortfall, "more " + word, "more " + words),
        # One partner per missing country: "from 1 more X" / "from each of 2 more Xs".
        "from_each_of": "from each of" if shortfall > 1 else "from",
    }
    return Outcome(len(codes) >= minimum, values, (), shortfall)


@kind("min-countries")
def min_countries(ctx: Context) -> Outcome:
    word, words = countries.eligible_word(ctx.year), countries.eligible_word(ctx.year, plural=True)
    return _min_countries(ctx, ctx.consortium.counted_countries, word, words)


@kind("min-eu-countries")
def min_eu_countries(ctx: Context) -> Outcome:
    # Only an EU Member State helps here: another Programme / associated country would not.
    codes = [c for c in ctx.consortium.counted_countries if countries.is_eu_member(c, ctx.year)]
    return _min_countries(ctx, codes, "EU Member State", "EU Member States")


@kind("min-type")
def min_type(ctx: Context) -> Outcome:
    group = ctx.params["group"]
    minimum = int(ctx.params["min"])
    members = ctx.consortium.counted_in_group(group)
    shortfall = max(0, minimum - len(members))
    values = {
        **_base(ctx),
        "min": minimum,
        "count": len(members),
        "group": group_noun(group, minimum),
        "group_one": group_noun(group, 1),
        "examples": TYPE_GROUP_EXAMPLES[group],
        "names": in_brackets(_names(members)),
        "shortfall": shortfall,
        "more": f"{shortfall} more {group_noun(group, shortfall)}",
        # Number agreement: "1 VET provider is required … as a full partner", "2 … are … full partners".
        "is_are": "is" if minimum == 1 else "are",
        "full_partners": "full partner" if minimum == 1 else "full partners",
        "as_full_partners": "as a full partner" if shortfall == 1 else "as full partners",
    }
    return Outcome(len(members) >= minimum, values, _names(members), shortfall)


@kind("max-organisations")
def max_organisations(ctx: Context) -> Outcome:
    everyone = ctx.consortium.plan.partners
    maximum = int(ctx.params["max"])
    excess = max(0, len(everyone) - maximum)
    values = {**_base(ctx), "max": maximum, "count": len(everyone), "shortfall": excess,
              "more": plural(excess, "organisation", "organisations")}
    return Outcome(excess == 0, values, (), excess)


@kind("only-types")
def only_types(ctx: Context) -> Outcome:
    group = ctx.params["group"]
    allowed = TYPE_GROUPS[group]
    offenders = [p for p in ctx.consortium.plan.partners if p.type not in allowed]
    values = {
        **_base(ctx),
        "group": group_noun(group, 2),
        "offenders": after_colon(f"{p.name} is {_article(type_label(p.type))}" for p in offenders),
    }
    return Outcome(not offenders, values, _names(offenders), len(offenders))


def _article(label: str, *, lower: bool = True) -> str:
    """'a school', 'an enterprise'; ``lower=False`` keeps proper terms ('a Programme Country')."""
    if lower and label[:2] != label[:2].upper():
        label = label[0].lower() + label[1:]
    return ("an " if label[:1].lower() in "aeiou" else "a ") + label


def plural(count: int, singular: str, plural_form: str) -> str:
    return f"{count} {singular if count == 1 else plural_form}"


@kind("per-country-types")
def per_country_types(ctx: Context) -> Outcome:
    groups: list[str] = list(ctx.params["groups"])
    by_country: dict[str, list[Organisation]] = defaultdict(list)
    for org in ctx.consortium.counted:
        by_country[org.country].append(org)
    gaps: list[str] = []
    additions: list[str] = []
    shortfall = 0
    for code, orgs in by_country.items():
        types = {o.type for o in orgs}
        missing = [g for g in groups if not types & set(TYPE_GROUPS[g])]
        if missing:
            shortfall += len(missing)
            gaps.append(f"{countries.name(code)} lacks {listing(_article(group_noun(g, 1), lower=False) for g in missing)}")
            additions.append(f"in {countries.name(code)}, add {listing(TYPE_GROUP_EXAMPLES[g] for g in missing)}")
    values = {
        **_base(ctx),
        "group": listing(group_noun(g, 1) for g in groups),
        "offenders": ("; " + "; ".join(gaps)) if gaps else "",
        "missing": ("Per country: " + "; ".join(additions) + ".") if additions else "",
    }
    return Outcome(not gaps, values, (), shortfall)


# --- who applies -------------------------------------------------------------------------


@kind("single-applicant")
def single_applicant(ctx: Context) -> Outcome:
    applicants = ctx.consortium.applicants
    if len(applicants) == 1:
        offenders = f": {applicants[0].name}"
    elif not applicants:
        offenders = "; none is marked as applicant yet"
    else:
        offenders = f"; {len(applicants)} are marked as applicant: {listing(_names(applicants))}"
    return Outcome(len(applicants) == 1, {**_base(ctx), "offenders": offenders}, _names(applicants))


@kind("applicant-country")
def applicant_country(ctx: Context) -> Outcome | None:
    applicant = ctx.consortium.applicant
    if applicant is None:
        return None
    ok = ctx.consortium.is_eligible(applicant)
    status_label = countries.STATUS_LABELS[countries.status(applicant.country, ctx.year)]
    detail = f"; {applicant.name} is established in {countries.name(applicant.country)}, {_article(status_label, lower=False)} in {ctx.year}"
    return Outcome(ok, {**_base(ctx), "offenders": detail}, (applicant.name,))


@kind("applicant-type")
def applicant_type(ctx: Context) -> Outcome | None:
    applicant = ctx.consortium.applicant
    if applicant is None:
        return None
    group = ctx.params["group"]
    ok = applicant.type in TYPE_GROUPS[group]
    values = {
        **_base(ctx),
        "group": group_noun(group, 2),
        "examples": TYPE_GROUP_EXAMPLES[group],
        "offenders": "" if ok else f"; {applicant.name} is {_article(type_label(applicant.type))}",
    }
    return Outcome(ok, values, (applicant.name,))


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def english_date(day: date) -> str:
    """'5 March 2026'. Not strftime: "%-d" fails on Windows, and "%B" follows the process locale
    (which Qt sets), so an English message would get a German month."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@kind("applicant-seniority")
def applicant_seniority(ctx: Context) -> Outcome | None:
    applicant = ctx.consortium.applicant
    if applicant is None:
        return None
    years = int(ctx.params["min"])
    month, day = (int(x) for x in str(ctx.params.get("deadline", "03-01")).split("-"))
    deadline = date(ctx.year, month, day)
    limit = date(ctx.year - years, month, day)
    values = {**_base(ctx), "min": years, "deadline": english_date(deadline)}
    established = applicant.established
    if not established:
        values["offenders"] = f"; the date of establishment of {applicant.name} is not given"
        return Outcome(False, values, (applicant.name,), status="warn")
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})-(\d{2}))?", established.strip())
    if match is None:
        values["offenders"] = f"; {established!r} is not a date (use YYYY or YYYY-MM-DD)"
        return Outcome(False, values, (applicant.name,), status="warn")
    year = int(match.group(1))
    if match.group(2):
        founded = date(year, int(match.group(2)), int(match.group(3)))
        ok = founded <= limit
        values["offenders"] = f"; {applicant.name} was established on {founded.isoformat()}"
        return Outcome(ok, values, (applicant.name,))
    values["offenders"] = f"; {applicant.name} was established in {year}"
    if year < limit.year:
        return Outcome(True, values, (applicant.name,))
    if year > limit.year:
        return Outcome(False, values, (applicant.name,))
    # Same year as the limit: only the exact date tells.
    values["offenders"] += " (give the exact date to be sure)"
    return Outcome(False, values, (applicant.name,), status="warn")


# --- countries and charters --------------------------------------------------------------


@kind("eche")
def eche(ctx: Context) -> Outcome | None:
    consortium = ctx.consortium
    heis = consortium.fact(
        "eligible-heis", lambda: [p for p in consortium.plan.partners if p.type == "higher-education" and consortium.is_eligible(p)]
    )
    if not heis:
        return None
    offenders = [p for p in heis if not p.eche]
    values = {**_base(ctx), "offenders": after_colon(f"{where(p)} has none recorded" for p in offenders)}
    return Outcome(not offenders, values, _names(offenders), len(offenders))


@kind("only-eligible-countries")
def only_eligible_countries(ctx: Context) -> Outcome:
    offenders = ctx.consortium.outsiders
    values = {**_base(ctx), "offenders": after_colon(where(p) for p in offenders)}
    return Outcome(not offenders, values, _names(offenders), len(offenders))


@kind("non-eligible-only-associated")
def non_eligible_only_associated(ctx: Context) -> Outcome | None:
    except_regions = set(ctx.params.get("except_regions", ()))
    outsiders = ctx.consortium.outsiders
    if not outsiders:
        return None
    offenders = [
        p for p in outsiders if p.role != ASSOCIATED and countries.region_of(p.country) not in except_regions
    ]
    values = {**_base(ctx), "offenders": after_colon(where(p) for p in offenders)}
    return Outcome(not offenders, values, _names(offenders), len(offenders))


@kind("excluded-countries")
def excluded_countries(ctx: Context) -> Outcome | None:
    excluded = set(ctx.params["countries"])
    offenders = [p for p in ctx.consortium.plan.partners if p.country in excluded]
    if not offenders:
        return None
    values = {
        **_base(ctx),
        "countries": listing(country_names(sorted(excluded))),
        "offenders": after_colon(where(p) for p in offenders),
    }
    return Outcome(False, values, _names(offenders), len(offenders))


# --- action, field, lot, variant ---------------------------------------------------------


@kind("action-years")
def action_years(ctx: Context) -> Outcome | None:
    if ctx.year in ctx.action.years:
        return None
    return Outcome(False, {**_base(ctx), "years": str(ctx.action.years)})


def _choices(ids: Iterable[str], labels: Mapping[str, str] | None = None) -> str:
    return ", ".join(f"{i} ({labels[i]})" if labels and i in labels else i for i in ids)


@kind("field-valid")
def field_valid(ctx: Context) -> Outcome | None:
    action = ctx.action
    if not action.has_fields:
        if ctx.field is None:
            return None
        detail = f"{action.name} have no fields; the field {ctx.field!r} is ignored"
        return Outcome(False, {"detail": detail, "fix": "Clear the field."}, status="warn")
    if ctx.field in action.fields:
        return None
    choices = _choices(action.fields, FIELD_LABELS)
    if ctx.field is None:
        detail = f"{action.name} need a field: {choices}"
    else:
        detail = f"{action.name} do not exist in the field {ctx.field!r}; fields: {choices}"
    return Outcome(False, {"detail": detail, "fix": f"Choose one of: {choices}."})


@kind("lot-valid")
def lot_valid(ctx: Context) -> Outcome | None:
    action = ctx.action
    open_lots = action.lots_in(ctx.year)
    names = {lot.id: lot.name for lot in open_lots}
    if not open_lots:
        if ctx.lot is None:
            return None
        detail = f"{action.name} have no lots in the {ctx.year} call; the lot {ctx.lot!r} does not apply"
        return Outcome(False, {"detail": detail, "fix": "Clear the lot."})
    if ctx.lot in names:
        return None
    choices = _choices(names, names)
    if ctx.lot is None:
        detail = f"{action.name} of the {ctx.year} call are applied for in a lot: {choices}"
    else:
        lot = action.lot(ctx.lot)
        when = f" (it exists in the calls {lot.years})" if lot else ""
        detail = f"The lot {ctx.lot!r} is not open in the {ctx.year} call{when}; lots that year: {choices}"
    return Outcome(False, {"detail": detail, "fix": f"Choose one of: {choices}."})


@kind("variant-valid")
def variant_valid(ctx: Context) -> Outcome | None:
    if ctx.variant is None:
        return None
    action = ctx.action
    open_variants = action.variants_in(ctx.year, ctx.field)
    if any(v.id == ctx.variant for v in open_variants):
        return None
    known = action.variant(ctx.variant)
    choices = _choices((v.id for v in open_variants), {v.id: v.name for v in open_variants}) or "none"
    if known is None:
        detail = f"{action.name} have no project type {ctx.variant!r}; types: {choices}"
    elif ctx.field in known.excluded_fields:
        detail = f"'{known.name}' projects are not available in {FIELD_LABELS.get(ctx.field or '', ctx.field)}"
    else:
        detail = f"'{known.name}' projects exist in the calls {known.years}, not in {ctx.year}"
    return Outcome(False, {"detail": detail, "fix": f"Choose one of: {choices}."})


# --- quality warnings --------------------------------------------------------------------


@kind("oid-format")
def oid_format(ctx: Context) -> Outcome | None:
    partners = ctx.consortium.plan.partners
    return ctx.consortium.fact("oid-format", lambda: _identifier_problems(partners))


def _identifier_problems(partners: Sequence[Organisation]) -> Outcome | None:
    problems = []
    names = []
    for p in partners:
        for label, problem in (("OID", oid_problem(p.oid)), ("PIC", pic_problem(p.pic))):
            if problem:
                value = p.oid if label == "OID" else p.pic
                problems.append(f"{p.name}: {label} {value!r}, {problem}")
                names.append(p.name)
    if not problems:
        return None
    return Outcome(False, {"offenders": ": " + "; ".join(problems)}, tuple(dict.fromkeys(names)))


def required_identifier(action: ActionDef, year: int) -> str:
    """OID for National Agency actions from the 2020 call on; PIC for executive-agency actions and before."""
    if action.centralised or year < 2020:
        return "PIC"
    return "OID"


@kind("identifier-missing")
def identifier_missing(ctx: Context) -> Outcome | None:
    identifier = required_identifier(ctx.action, ctx.year)
    attribute = identifier.lower()
    partners = ctx.consortium.plan.partners
    offenders = ctx.consortium.fact(f"without-{attribute}", lambda: [p for p in partners if not getattr(p, attribute)])
    if not offenders:
        return None
    values = {"identifier": identifier, "offenders": after_colon(_names(offenders))}
    return Outcome(False, values, _names(offenders), len(offenders))


@kind("duplicates")
def duplicates(ctx: Context) -> Outcome | None:
    partners = ctx.consortium.plan.partners
    return ctx.consortium.fact("duplicates", lambda: _duplicates(partners))


def _duplicates(partners: Sequence[Organisation]) -> Outcome | None:
    groups: dict[tuple[str, str], list[Organisation]] = defaultdict(list)
    for p in partners:
        if p.oid:
            groups[("OID", p.oid)].append(p)
        if p.pic:
            groups[("PIC", p.pic)].append(p)
        groups[("name", f"{fold_name(p.name)}|{p.country}")].append(p)
    clusters: list[tuple[str, list[Organisation]]] = []
    seen: set[frozenset[str]] = set()
    for (what, value), members in groups.items():
        ids = frozenset(m.id for m in members)
        if len(members) > 1 and ids not in seen:
            seen.add(ids)
            reason = f"same {what} {value}" if what != "name" else f"same name in {countries.name(members[0].country)}"
            clusters.append((reason, members))
    if not clusters:
        return None
    text = "; ".join(f"{listing(_names(m))} ({reason})" for reason, m in clusters)
    names = tuple(dict.fromkeys(n for _, m in clusters for n in _names(m)))
    return Outcome(False, {"offenders": ": " + text}, names)


@kind("eche-not-needed")
def eche_not_needed(ctx: Context) -> Outcome | None:
    offenders = ctx.consortium.fact(
        "outside-heis-without-eche", lambda: [p for p in ctx.consortium.outsiders if p.type == "higher-education" and not p.eche]
    )
    if not offenders:
        return None
    return Outcome(False, {**_base(ctx), "offenders": after_colon(where(p) for p in offenders)}, _names(offenders))


_MINIMUM_KINDS = frozenset({"min-organisations", "min-countries", "min-eu-countries", "min-type", "per-country-types"})


@kind("associated-could-count")
def associated_could_count(ctx: Context) -> Outcome | None:
    short = any(f.status == "fail" and f.params.get("_kind") in _MINIMUM_KINDS for f in ctx.prior)
    consortium = ctx.consortium
    helpful = consortium.fact(
        "eligible-associated", lambda: [p for p in consortium.plan.partners if p.role == ASSOCIATED and consortium.is_eligible(p)]
    )
    if not short or not helpful:
        return None
    return Outcome(False, {"offenders": after_colon(where(p) for p in helpful)}, _names(helpful))


@kind("not-counted")
def not_counted(ctx: Context) -> Outcome | None:
    return ctx.consortium.fact("not-counted", lambda: _not_counted(ctx.consortium, ctx.year))


def _not_counted(consortium: Consortium, year: int) -> Outcome | None:
    others = consortium.not_counted
    if not others:
        return None
    reasons = []
    for p in others:
        if p.role == ASSOCIATED:
            reasons.append(f"{p.name} (associated partner)")
        else:
            label = countries.STATUS_LABELS[countries.status(p.country, year)]
            reasons.append(f"{p.name} ({countries.name(p.country)}: {label})")
    return Outcome(False, {"offenders": after_colon(reasons)}, _names(others))


@kind("group-not-counted")
def group_not_counted(ctx: Context) -> Outcome | None:
    group = ctx.params["group"]
    counted_as = ctx.params["counted_as"]
    members = ctx.consortium.counted_in_group(group)
    if not members:
        return None
    values = {
        "group": group_noun(group, 2).capitalize(),
        "counted_as": group_noun(counted_as, 2),
        "examples": TYPE_GROUP_EXAMPLES[counted_as],
        "offenders": after_colon(_names(members)),
    }
    return Outcome(False, values, _names(members))
