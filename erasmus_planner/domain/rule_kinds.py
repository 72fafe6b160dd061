"""What each kind of rule checks. Rules (data) name a kind and give it parameters.

An evaluator returns an ``Outcome`` (passed or not, the values its message needs, the partners
involved, how much is missing) or ``None`` when it has nothing to say about this plan (a duplicate
check on a plan without duplicates, an ECHE rule with no university in the consortium).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import ActionDef
from erasmus_planner.domain.consortium import Consortium
from erasmus_planner.domain.identifiers import (
    OID_PATTERN,
    PIC_PATTERN,
    fold_name,
    oid_problem,
    pic_problem,
)
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.report import Finding
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import (
    ASSOCIATED,
    FIELD_LABELS,
    TYPE_GROUP_EXAMPLES,
    TYPE_GROUPS,
    VOCABULARY,
    group_noun,
    type_label,
)
from erasmus_planner.domain.wording import ENGLISH, N_, N_n, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, Final

MAX_LISTED = 6
# Catalogue context of the fragments built here (see domain/wording.py).
FINDINGS = "findings"


_set = object.__setattr__


class Context(Value):
    __slots__ = _fields = ("consortium", "action", "year", "field", "lot", "variant", "params", "prior", "wording")

    consortium: Consortium
    action: ActionDef
    year: int
    field: str | None
    lot: str | None
    variant: str | None
    params: Mapping[str, Any]
    prior: Sequence[Finding]  # findings of the rules evaluated before this one
    wording: Wording  # the language the values are written in

    def __init__(
        self,
        consortium: Consortium,
        action: ActionDef,
        year: int,
        field: str | None,
        lot: str | None,
        variant: str | None,
        params: Mapping[str, Any],
        prior: Sequence[Finding] = (),
        wording: Wording = ENGLISH,
    ) -> None:
        _set(self, "consortium", consortium)
        _set(self, "action", action)
        _set(self, "year", year)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "variant", variant)
        _set(self, "params", params)
        _set(self, "prior", prior)
        _set(self, "wording", wording)

    def tr(self, text: str) -> str:
        """A fragment of a finding in the context's language."""
        return self.wording.tr(text, FINDINGS)

    def trn(self, singular: str, plural: str, n: int) -> str:
        return self.wording.trn(singular, plural, n, FINDINGS)


class Outcome(Value):
    __slots__ = _fields = ("passed", "values", "partners", "shortfall", "status")

    passed: bool
    values: dict[str, Any]
    partners: tuple[str, ...]
    shortfall: int
    status: str | None  # overrides the rule's failure status (e.g. warn when unsure)

    def __init__(
        self,
        passed: bool,
        values: dict[str, Any] | None = None,
        partners: tuple[str, ...] = (),
        shortfall: int = 0,
        status: str | None = None,
    ) -> None:
        _set(self, "passed", passed)
        _set(self, "values", {} if values is None else values)
        _set(self, "partners", partners)
        _set(self, "shortfall", shortfall)
        _set(self, "status", status)


Evaluator = Callable[[Context], Outcome | None]
KINDS: dict[str, Evaluator] = {}


def kind(name: str) -> Callable[[Evaluator], Evaluator]:
    def register(fn: Evaluator) -> Evaluator:
        KINDS[name] = fn
        return fn

    return register


# --- wording helpers ---------------------------------------------------------------------
# Every fragment is a whole phrase of its own in the catalogues (German, French and Turkish
# need cases, genders and number agreement that English-shaped pieces would not give them).


def listing(items: Iterable[str], w: Wording = ENGLISH) -> str:
    """'A, B and C'; long lists end in 'and N more'."""
    items = list(items)
    if len(items) > MAX_LISTED:
        shown = ", ".join(items[:MAX_LISTED])
        rest = len(items) - MAX_LISTED
        return w.trn("{items} and {n} more", "{items} and {n} more", rest, FINDINGS).replace("{items}", shown)
    if len(items) <= 1:
        return "".join(items)
    return w.tr("{items} and {last}", FINDINGS).format(items=", ".join(items[:-1]), last=items[-1])


def in_brackets(items: Iterable[str], w: Wording = ENGLISH) -> str:
    text = listing(items, w)
    return f" ({text})" if text else ""


def after_colon(items: Iterable[str], w: Wording = ENGLISH) -> str:
    text = listing(items, w)
    return w.tr(": {items}", FINDINGS).format(items=text) if text else ""


def clauses(items: Iterable[str], w: Wording = ENGLISH) -> str:
    """Clauses joined by semicolons (French puts a space before each)."""
    return w.tr("; ", FINDINGS).join(items)


def where(org: Organisation, w: Wording = ENGLISH) -> str:
    return f"{org.name} ({countries.name(org.country, w.language)})"


def country_names(codes: Iterable[str], w: Wording = ENGLISH) -> list[str]:
    return [countries.name(c, w.language) for c in codes]


# How the Guide of each period names the countries that count, as the templates use them:
# {eligible} (plural) and {eligible_one} (singular, with its article).
_ELIGIBLE: Final = {
    True: (N_("Programme Countries", VOCABULARY), N_("a Programme Country", VOCABULARY)),
    False: (
        N_("EU Member States or associated countries", VOCABULARY),
        N_("an EU Member State or associated country", VOCABULARY),
    ),
}


def eligible_words(year: int, w: Wording = ENGLISH) -> tuple[str, str]:
    """``(plural, singular with article)``: "Programme Countries", "a Programme Country"."""
    plural, one = _ELIGIBLE[countries.is_old_programme(year)]
    return w.tr(plural, VOCABULARY), w.tr(one, VOCABULARY)


def action_name(ctx: Context) -> str:
    return ctx.wording.tr(ctx.action.name, VOCABULARY)


def _base(ctx: Context) -> dict[str, Any]:
    eligible, eligible_one = eligible_words(ctx.year, ctx.wording)
    return {
        "eligible": eligible,
        "eligible_one": eligible_one,
        "year": ctx.year,
        "action": action_name(ctx),
    }


def _names(orgs: Sequence[Organisation]) -> tuple[str, ...]:
    return tuple(map(_NAME, orgs))


_NAME: Final = attrgetter("name")


# --- composition -------------------------------------------------------------------------


@kind("min-organisations")
def min_organisations(ctx: Context) -> Outcome:
    counted = ctx.consortium.counted
    minimum = int(ctx.params["min"])
    w = ctx.wording
    names = _names(counted)
    values = {**_base(ctx), "min": minimum, "count": len(counted), "names": in_brackets(names, w)}
    shortfall = max(0, minimum - len(counted))
    values["more"] = ctx.trn("{n} more full partner", "{n} more full partners", shortfall)
    return Outcome(len(counted) >= minimum, {**values, "shortfall": shortfall}, names, shortfall)


# What the min-countries hints ask for: "from 1 more X" / "from each of 2 more Xs".
_MORE_ELIGIBLE: Final = {
    True: N_n("{n} more Programme Country", "{n} more Programme Countries", FINDINGS),
    False: N_n(
        "{n} more EU Member State or associated country", "{n} more EU Member States or associated countries", FINDINGS
    ),
}
_MORE_EU: Final = N_n("{n} more EU Member State", "{n} more EU Member States", FINDINGS)


def _min_countries(ctx: Context, codes: Sequence[str], more: tuple[str, str]) -> Outcome:
    """``more`` names the countries that would help, by number (the hint asks for those)."""
    minimum = int(ctx.params["min"])
    shortfall = max(0, minimum - len(codes))
    values = {
        **_base(ctx),
        "min": minimum,
        "count": len(codes),
        "countries": in_brackets(country_names(codes, ctx.wording), ctx.wording),
        "shortfall": shortfall,
        "more": ctx.trn(*more, shortfall),
        # One partner per missing country: "from 1 more X" / "from each of 2 more Xs".
        "from_each_of": ctx.tr("from each of") if shortfall > 1 else ctx.tr("from"),
    }
    return Outcome(len(codes) >= minimum, values, (), shortfall)


@kind("min-countries")
def min_countries(ctx: Context) -> Outcome:
    more = _MORE_ELIGIBLE[countries.is_old_programme(ctx.year)]
    return _min_countries(ctx, ctx.consortium.counted_countries, more)


@kind("min-eu-countries")
def min_eu_countries(ctx: Context) -> Outcome:
    # Only an EU Member State helps here: another Programme / associated country would not.
    codes = [c for c in ctx.consortium.counted_countries if countries.is_eu_member(c, ctx.year)]
    return _min_countries(ctx, codes, _MORE_EU)


# "Add 2 more schools": the count, "more" and the noun agree differently in each language.
_MORE_OF_GROUP: Final[dict[str, tuple[str, str]]] = {
    "school": N_n("{n} more school", "{n} more schools", FINDINGS),
    "hei": N_n("{n} more higher education institution", "{n} more higher education institutions", FINDINGS),
    "vet-provider": N_n("{n} more VET provider", "{n} more VET providers", FINDINGS),
    "enterprise": N_n("{n} more enterprise", "{n} more enterprises", FINDINGS),
    "sector-representative": N_n(
        "{n} more enterprise, industry or sector representative",
        "{n} more enterprises, industry or sector representatives",
        FINDINGS,
    ),
    "labour-market-actor": N_n("{n} more labour-market actor", "{n} more labour-market actors", FINDINGS),
    "education-provider": N_n(
        "{n} more education and training provider", "{n} more education and training providers", FINDINGS
    ),
    "regulatory-body": N_n(
        "{n} more body with a regulatory function", "{n} more bodies with a regulatory function", FINDINGS
    ),
    "public-body": N_n("{n} more public body", "{n} more public bodies", FINDINGS),
    "youth-group": N_n("{n} more youth organisation or group", "{n} more youth organisations or groups", FINDINGS),
}
# One member of a group, with its indefinite article: "Germany lacks a VET provider".
_ONE_OF_GROUP: Final[dict[str, str]] = {
    "school": N_("a school", FINDINGS),
    "hei": N_("a higher education institution", FINDINGS),
    "vet-provider": N_("a VET provider", FINDINGS),
    "enterprise": N_("an enterprise", FINDINGS),
    "sector-representative": N_("an enterprise, industry or sector representative", FINDINGS),
    "labour-market-actor": N_("a labour-market actor", FINDINGS),
    "education-provider": N_("an education and training provider", FINDINGS),
    "regulatory-body": N_("a body with a regulatory function", FINDINGS),
    "public-body": N_("a public body", FINDINGS),
    "youth-group": N_("a youth organisation or group", FINDINGS),
}


def examples(group: str, w: Wording) -> str:
    return w.tr(TYPE_GROUP_EXAMPLES[group], VOCABULARY)


@kind("min-type")
def min_type(ctx: Context) -> Outcome:
    group = ctx.params["group"]
    minimum = int(ctx.params["min"])
    members = ctx.consortium.counted_in_group(group)
    shortfall = max(0, minimum - len(members))
    w = ctx.wording
    values = {
        **_base(ctx),
        "min": minimum,
        "count": len(members),
        "group": group_noun(group, minimum, w),
        "group_one": group_noun(group, 1, w),
        "examples": examples(group, w),
        "names": in_brackets(_names(members), w),
        "shortfall": shortfall,
        "more": ctx.trn(*_MORE_OF_GROUP[group], shortfall),
        # Number agreement: "1 VET provider is required … as a full partner", "2 … are … full partners".
        "required": ctx.trn("is required", "are required", minimum),
        "full_partners": ctx.trn("full partner", "full partners", minimum),
        "as_full_partners": ctx.trn("as a full partner", "as full partners", shortfall),
    }
    return Outcome(len(members) >= minimum, values, _names(members), shortfall)


@kind("max-organisations")
def max_organisations(ctx: Context) -> Outcome:
    everyone = ctx.consortium.plan.partners
    maximum = int(ctx.params["max"])
    excess = max(0, len(everyone) - maximum)
    values = {**_base(ctx), "max": maximum, "count": len(everyone), "shortfall": excess,
              "more": ctx.trn("{n} organisation", "{n} organisations", excess)}
    return Outcome(excess == 0, values, (), excess)


def _article(label: str) -> str:
    """'a school', 'an enterprise' (English only)."""
    if label[:2] != label[:2].upper():
        label = label[0].lower() + label[1:]
    return ("an " if label[:1].lower() in "aeiou" else "a ") + label


def _is_of_type(ctx: Context, org: Organisation) -> str:
    """"X is a school": in English the lower-cased label after "a"/"an"; the other languages
    name the type as a label ("X ist vom Typ „Schule …“"), which needs no article or case."""
    label = type_label(org.type, ctx.wording)
    a_type = _article(label) if ctx.wording.is_source else label
    return ctx.tr("{name} is {a_type}").format(name=org.name, a_type=a_type)


@kind("only-types")
def only_types(ctx: Context) -> Outcome:
    group = ctx.params["group"]
    allowed = TYPE_GROUPS[group]
    offenders = [p for p in ctx.consortium.plan.partners if p.type not in allowed]
    values = {
        **_base(ctx),
        "group": group_noun(group, 2, ctx.wording),
        "offenders": after_colon((_is_of_type(ctx, p) for p in offenders), ctx.wording),
    }
    return Outcome(not offenders, values, _names(offenders), len(offenders))


@kind("per-country-types")
def per_country_types(ctx: Context) -> Outcome:
    groups: list[str] = list(ctx.params["groups"])
    w = ctx.wording
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
            country = countries.name(code, w.language)
            lacking = listing((ctx.tr(_ONE_OF_GROUP[g]) for g in missing), w)
            gaps.append(ctx.tr("{country} lacks {groups}").format(country=country, groups=lacking))
            wanted = listing((examples(g, w) for g in missing), w)
            additions.append(ctx.tr("in {country}, add {examples}").format(country=country, examples=wanted))
    values = {
        **_base(ctx),
        "group": listing((group_noun(g, 1, w) for g in groups), w),
        "offenders": ctx.tr("; {items}").format(items=clauses(gaps, w)) if gaps else "",
        "missing": ctx.tr("Per country: {items}.").format(items=clauses(additions, w)) if additions else "",
    }
    return Outcome(not gaps, values, (), shortfall)


# --- who applies -------------------------------------------------------------------------


@kind("single-applicant")
def single_applicant(ctx: Context) -> Outcome:
    applicants = ctx.consortium.applicants
    w = ctx.wording
    if len(applicants) == 1:
        offenders = after_colon([applicants[0].name], w)
    elif not applicants:
        offenders = ctx.tr("; none is marked as applicant yet")
    else:
        offenders = ctx.tr("; {count} are marked as applicant: {names}").format(
            count=len(applicants), names=listing(_names(applicants), w)
        )
    return Outcome(len(applicants) == 1, {**_base(ctx), "offenders": offenders}, _names(applicants))


# "…, a Programme Country in 2017": one whole clause per status, so each language can agree it.
_ESTABLISHED_IN: Final[dict[str, str]] = {
    countries.PROGRAMME_COUNTRY: N_("; {name} is established in {country}, a Programme Country in {year}", FINDINGS),
    countries.PARTNER_COUNTRY: N_("; {name} is established in {country}, a Partner Country in {year}", FINDINGS),
    countries.EU_MEMBER: N_("; {name} is established in {country}, an EU Member State in {year}", FINDINGS),
    countries.ASSOCIATED: N_(
        "; {name} is established in {country}, a third country associated to the Programme in {year}", FINDINGS
    ),
    countries.NOT_ASSOCIATED: N_(
        "; {name} is established in {country}, a third country not associated to the Programme in {year}", FINDINGS
    ),
}


@kind("applicant-country")
def applicant_country(ctx: Context) -> Outcome | None:
    applicant = ctx.consortium.applicant
    if applicant is None:
        return None
    ok = ctx.consortium.is_eligible(applicant)
    clause = _ESTABLISHED_IN[countries.status(applicant.country, ctx.year)]
    detail = ctx.tr(clause).format(
        name=applicant.name, country=countries.name(applicant.country, ctx.wording.language), year=ctx.year
    )
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
        "group": group_noun(group, 2, ctx.wording),
        "examples": examples(group, ctx.wording),
        "offenders": "" if ok else ctx.tr("; {items}").format(items=_is_of_type(ctx, applicant)),
    }
    return Outcome(ok, values, (applicant.name,))


@kind("applicant-seniority")
def applicant_seniority(ctx: Context) -> Outcome | None:
    applicant = ctx.consortium.applicant
    if applicant is None:
        return None
    date = _THIS_MODULE.date  # datetime.date (see __getattr__ below), or what a test put there
    years = int(ctx.params["min"])
    month, day = (int(x) for x in str(ctx.params.get("deadline", "03-01")).split("-"))
    deadline = date(ctx.year, month, day)
    limit = date(ctx.year - years, month, day)
    values = {**_base(ctx), "min": years, "deadline": ctx.wording.date(deadline)}
    established = applicant.established
    name = applicant.name
    if not established:
        values["offenders"] = ctx.tr("; the date of establishment of {name} is not given").format(name=name)
        return Outcome(False, values, (name,), status="warn")
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})-(\d{2}))?", established.strip())
    if match is None:
        values["offenders"] = ctx.tr("; {value} is not a date (use YYYY or YYYY-MM-DD)").format(value=repr(established))
        return Outcome(False, values, (name,), status="warn")
    year = int(match.group(1))
    if match.group(2):
        founded = date(year, int(match.group(2)), int(match.group(3)))
        ok = founded <= limit
        # English keeps the ISO date it always printed; other languages write the month out.
        written = founded.isoformat() if ctx.wording.is_source else ctx.wording.date(founded)
        values["offenders"] = ctx.tr("; {name} was established on {date}").format(name=name, date=written)
        return Outcome(ok, values, (name,))
    values["offenders"] = ctx.tr("; {name} was established in {year}").format(name=name, year=year)
    if year < limit.year:
        return Outcome(True, values, (name,))
    if year > limit.year:
        return Outcome(False, values, (name,))
    # Same year as the limit: only the exact date tells.
    values["offenders"] += ctx.tr(" (give the exact date to be sure)")
    return Outcome(False, values, (name,), status="warn")


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
    w = ctx.wording
    none_recorded = ctx.tr("{organisation} has none recorded")
    values = {**_base(ctx), "offenders": after_colon((none_recorded.format(organisation=where(p, w)) for p in offenders), w)}
    return Outcome(not offenders, values, _names(offenders), len(offenders))


@kind("only-eligible-countries")
def only_eligible_countries(ctx: Context) -> Outcome:
    offenders = ctx.consortium.outsiders
    values = {**_base(ctx), "offenders": after_colon((where(p, ctx.wording) for p in offenders), ctx.wording)}
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
    values = {**_base(ctx), "offenders": after_colon((where(p, ctx.wording) for p in offenders), ctx.wording)}
    return Outcome(not offenders, values, _names(offenders), len(offenders))


@kind("excluded-countries")
def excluded_countries(ctx: Context) -> Outcome | None:
    excluded = set(ctx.params["countries"])
    offenders = [p for p in ctx.consortium.plan.partners if p.country in excluded]
    if not offenders:
        return None
    w = ctx.wording
    values = {
        **_base(ctx),
        "countries": listing(country_names(sorted(excluded), w), w),
        "offenders": after_colon((where(p, w) for p in offenders), w),
    }
    return Outcome(False, values, _names(offenders), len(offenders))


# --- action, field, lot, variant ---------------------------------------------------------


@kind("action-years")
def action_years(ctx: Context) -> Outcome | None:
    if ctx.year in ctx.action.years:
        return None
    return Outcome(False, {**_base(ctx), "years": str(ctx.action.years)})


def _choices(ids: Iterable[str], labels: Mapping[str, str] | None, w: Wording) -> str:
    """'School education (school), Youth (youth)': the words people read first, the id the
    command line and plan files use after them."""
    return ", ".join(f"{w.tr(labels[i], VOCABULARY)} ({i})" if labels and i in labels else i for i in ids)


def _fix(ctx: Context, detail: str, fix: str, status: str | None = None, **values: Any) -> Outcome:
    """A field / lot / variant problem: the whole detail sentence and the fix, both filled in."""
    values = {"action": action_name(ctx), "year": ctx.year, **values}
    return Outcome(False, {"detail": ctx.tr(detail).format(**values), "fix": ctx.tr(fix).format(**values)}, status=status)


# The fixes the field / lot / variant checks suggest.
_CHOOSE = N_("Choose one of them.", FINDINGS)
_CLEAR_FIELD = N_("Clear the field.", FINDINGS)
_CLEAR_LOT = N_("Clear the lot.", FINDINGS)


@kind("field-valid")
def field_valid(ctx: Context) -> Outcome | None:
    action = ctx.action
    if not action.has_fields:
        if ctx.field is None:
            return None
        detail = N_("{action} have no fields; the field {field} is ignored", FINDINGS)
        return _fix(ctx, detail, _CLEAR_FIELD, "warn", field=repr(ctx.field))
    if ctx.field in action.fields:
        return None
    choices = _choices(action.fields, FIELD_LABELS, ctx.wording)
    if ctx.field is None:
        return _fix(ctx, N_("{action} need a field: {choices}", FINDINGS), _CHOOSE, choices=choices)
    detail = N_("{action} do not exist in the field {field}; fields: {choices}", FINDINGS)
    return _fix(ctx, detail, _CHOOSE, choices=choices, field=repr(ctx.field))


@kind("lot-valid")
def lot_valid(ctx: Context) -> Outcome | None:
    action = ctx.action
    open_lots = action.lots_in(ctx.year)
    names = {lot.id: lot.name for lot in open_lots}
    if not open_lots:
        if ctx.lot is None:
            return None
        detail = N_("{action} have no lots in the {year} call; the lot {lot} does not apply", FINDINGS)
        return _fix(ctx, detail, _CLEAR_LOT, lot=repr(ctx.lot))
    if ctx.lot in names:
        return None
    choices = _choices(names, names, ctx.wording)
    if ctx.lot is None:
        return _fix(ctx, N_("{action} of the {year} call are applied for in a lot: {choices}", FINDINGS), _CHOOSE,
                    choices=choices)
    lot = action.lot(ctx.lot)
    when = ctx.tr(" (it exists in the calls {years})").format(years=lot.years) if lot else ""
    detail = N_("The lot {lot} is not open in the {year} call{when}; lots that year: {choices}", FINDINGS)
    return _fix(ctx, detail, _CHOOSE, lot=repr(ctx.lot), when=when, choices=choices)


@kind("variant-valid")
def variant_valid(ctx: Context) -> Outcome | None:
    if ctx.variant is None:
        return None
    action = ctx.action
    open_variants = action.variants_in(ctx.year, ctx.field)
    if any(v.id == ctx.variant for v in open_variants):
        return None
    known = action.variant(ctx.variant)
    w = ctx.wording
    choices = _choices((v.id for v in open_variants), {v.id: v.name for v in open_variants}, w) or ctx.tr("none")
    if known is None:
        detail = N_("{action} have no project type {variant}; types: {choices}", FINDINGS)
        return _fix(ctx, detail, _CHOOSE, variant=repr(ctx.variant), choices=choices)
    name = w.tr(known.name, VOCABULARY)
    if ctx.field in known.excluded_fields:
        field_label = w.tr(FIELD_LABELS[ctx.field], VOCABULARY) if ctx.field in FIELD_LABELS else ctx.field
        detail = N_("'{name}' projects are not available in {field}", FINDINGS)
        return _fix(ctx, detail, _CHOOSE, name=name, field=field_label, choices=choices)
    detail = N_("'{name}' projects exist in the calls {years}, not in {year}", FINDINGS)
    return _fix(ctx, detail, _CHOOSE, name=name, years=known.years, choices=choices)


# --- quality warnings --------------------------------------------------------------------


def _shared(ctx: Context, key: str, compute: Callable[[Context], Outcome | None]) -> Outcome | None:
    """An outcome that depends only on the partners, the call year and the language, worked out
    once per ``suggest`` (every action tried shares it) rather than once per action."""
    return ctx.consortium.fact(f"{key}:{ctx.wording.language}", lambda: compute(ctx))


@kind("oid-format")
def oid_format(ctx: Context) -> Outcome | None:
    return _shared(ctx, "oid-format-outcome", _oid_format)


def _oid_format(ctx: Context) -> Outcome | None:
    partners = ctx.consortium.plan.partners
    problems = ctx.consortium.fact("oid-format", lambda: _identifier_problems(partners))
    if not problems:
        return None
    w = ctx.wording
    text = clauses(
        (ctx.tr("{name}: {identifier} {value}, {problem}").format(
            name=name, identifier=label, value=repr(value), problem=identifier_problem_text(problem, w))
         for name, label, value, problem in problems),
        w,
    )
    names = tuple(dict.fromkeys(name for name, _, _, _ in problems))
    return Outcome(False, {"offenders": ctx.tr(": {items}").format(items=text)}, names)


def _identifier_problems(partners: Sequence[Organisation]) -> list[tuple[str, str, str, str]]:
    """``(name, "OID" or "PIC", value, English problem)`` for each malformed identifier."""
    problems = []
    for p in partners:
        oid, pic = p.oid, p.pic
        # oid_problem / pic_problem say something exactly when the value is there and malformed.
        if oid and not OID_PATTERN.match(oid):
            problems.append((p.name, "OID", oid, oid_problem(oid)))
        if pic and not PIC_PATTERN.match(pic):
            problems.append((p.name, "PIC", pic, pic_problem(pic)))
    return problems  # type: ignore[return-value]


# The sentences of identifiers.oid_problem / pic_problem, as catalogue entries; a trailing count
# ("this one has 7") is the entry's {n}.
IDENTIFIER_PROBLEMS: Final = (
    N_("an OID starts with the letter E, followed by 8 digits (for example E10123456)", FINDINGS),
    N_("after the E an OID has digits only (for example E10123456)", FINDINGS),
    N_("an OID has exactly 8 digits after the E; this one has {n}", FINDINGS),
    N_("a PIC has digits only: 9 of them (for example 949999999)", FINDINGS),
    N_("a PIC has exactly 9 digits; this one has {n}", FINDINGS),
)
_TRAILING_COUNT: Final = re.compile(r"(?<= )(\d+)$")


def identifier_problem_text(problem: str, w: Wording) -> str:
    """An OID / PIC problem sentence of domain/identifiers.py in ``w``'s language."""
    if w.is_source:
        return problem
    count = _TRAILING_COUNT.search(problem)
    if count is None:
        return w.tr(problem, FINDINGS)
    return w.tr(problem[: count.start()] + "{n}", FINDINGS).replace("{n}", count.group(1))


_problem_text = identifier_problem_text  # the name the window's modules import today


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
    values = {"identifier": identifier, "offenders": after_colon(_names(offenders), ctx.wording)}
    return Outcome(False, values, _names(offenders), len(offenders))


@kind("duplicates")
def duplicates(ctx: Context) -> Outcome | None:
    return _shared(ctx, "duplicates-outcome", _duplicates_outcome)


def _duplicates_outcome(ctx: Context) -> Outcome | None:
    partners = ctx.consortium.plan.partners
    clusters = ctx.consortium.fact("duplicates", lambda: _duplicates(partners))
    if not clusters:
        return None
    w = ctx.wording
    described = []
    for what, value, members in clusters:
        if what == "name":
            reason = ctx.tr("same name in {country}").format(country=countries.name(value, w.language))
        else:
            reason = ctx.tr("same {identifier} {value}").format(identifier=what, value=value)
        described.append(f"{listing(_names(members), w)} ({reason})")
    names = tuple(dict.fromkeys(n for _, _, m in clusters for n in _names(m)))
    return Outcome(False, {"offenders": ctx.tr(": {items}").format(items=clauses(described, w))}, names)


def _duplicates(partners: Sequence[Organisation]) -> list[tuple[str, str, list[Organisation]]]:
    """Groups of partners that look like one organisation: ``(what, value, members)`` where
    ``what`` is "OID", "PIC" (``value`` the identifier) or "name" (``value`` the country)."""
    # Each OID, PIC and folded name + country maps to the first partner that has it; a group (of
    # partner indexes) is made only when a second one has it too, so a plan without duplicates
    # builds no group at all. Groups keyed (first member, OID/PIC/name, value) sort into the
    # order they were first met in.
    oids: dict[str, int] = {}
    pics: dict[str, int] = {}
    names: dict[str, int] = {}
    groups: dict[tuple[int, int, str], list[int]] = {}
    for i, p in enumerate(partners):
        oid, pic, name = p.oid, p.pic, f"{fold_name(p.name)}|{p.country}"
        if oid and oids.setdefault(oid, i) != i:
            groups.setdefault((oids[oid], 0, oid), [oids[oid]]).append(i)
        if pic and pics.setdefault(pic, i) != i:
            groups.setdefault((pics[pic], 1, pic), [pics[pic]]).append(i)
        if names.setdefault(name, i) != i:
            groups.setdefault((names[name], 2, name), [names[name]]).append(i)
    clusters: list[tuple[str, str, list[Organisation]]] = []
    seen: set[frozenset[str]] = set()
    for key in sorted(groups):
        _, kind, value = key
        members = [partners[i] for i in groups[key]]
        ids = frozenset(m.id for m in members)
        if ids not in seen:
            seen.add(ids)
            clusters.append((_DUPLICATE_KINDS[kind], members[0].country if kind == 2 else value, members))
    return clusters


_DUPLICATE_KINDS: Final = ("OID", "PIC", "name")


@kind("eche-not-needed")
def eche_not_needed(ctx: Context) -> Outcome | None:
    offenders = ctx.consortium.fact(
        "outside-heis-without-eche", lambda: [p for p in ctx.consortium.outsiders if p.type == "higher-education" and not p.eche]
    )
    if not offenders:
        return None
    return Outcome(
        False, {**_base(ctx), "offenders": after_colon((where(p, ctx.wording) for p in offenders), ctx.wording)},
        _names(offenders),
    )


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
    return Outcome(False, {"offenders": after_colon((where(p, ctx.wording) for p in helpful), ctx.wording)}, _names(helpful))


@kind("not-counted")
def not_counted(ctx: Context) -> Outcome | None:
    return _shared(ctx, "not-counted", _not_counted)


def _not_counted(ctx: Context) -> Outcome | None:
    others = ctx.consortium.not_counted
    if not others:
        return None
    w = ctx.wording
    reasons = []
    for p in others:
        if p.role == ASSOCIATED:
            reasons.append(ctx.tr("{name} (associated partner)").format(name=p.name))
        else:
            status = countries.STATUS_LABELS[countries.status(p.country, ctx.year)]
            reasons.append(ctx.tr("{name} ({country}: {status})").format(
                name=p.name, country=countries.name(p.country, w.language), status=w.tr(status, VOCABULARY)))
    return Outcome(False, {"offenders": after_colon(reasons, w)}, _names(others))


@kind("group-not-counted")
def group_not_counted(ctx: Context) -> Outcome | None:
    group = ctx.params["group"]
    counted_as = ctx.params["counted_as"]
    members = ctx.consortium.counted_in_group(group)
    if not members:
        return None
    w = ctx.wording
    noun = group_noun(group, 2, w)
    values = {
        "group": noun.capitalize() if w.is_source else w.capitalise(noun),
        "counted_as": group_noun(counted_as, 2, w),
        "examples": examples(counted_as, w),
        "offenders": after_colon(_names(members), w),
    }
    return Outcome(False, values, _names(members))


# --- duration ----------------------------------------------------------------------------


def _months(ctx: Context, n: int) -> str:
    return ctx.trn("{n} month", "{n} months", n).format(n=n)


def allowed_durations(ctx: Context) -> str:
    """'12 to 36 months', '24 or 36 months', '48 months', in the finding's language."""
    allowed = ctx.params.get("allowed")
    if allowed:
        values = sorted(int(v) for v in allowed)
        if len(values) == 1:
            return _months(ctx, values[0])
        return ctx.tr("{first} or {second} months").format(
            first=", ".join(str(v) for v in values[:-1]), second=values[-1]
        )
    return ctx.tr("{min} to {max} months").format(min=int(ctx.params["min"]), max=int(ctx.params["max"]))


@kind("duration")
def duration(ctx: Context) -> Outcome | None:
    """The plan's duration against the months the action allows; silent while none is set."""
    months = ctx.consortium.plan.duration_months
    if months is None:
        return None
    allowed = ctx.params.get("allowed")
    if allowed:
        ok = months in {int(v) for v in allowed}
    else:
        ok = int(ctx.params["min"]) <= months <= int(ctx.params["max"])
    values = {**_base(ctx), "allowed": allowed_durations(ctx), "months": _months(ctx, months)}
    return Outcome(ok, values)


# ``date`` (datetime.date) is imported when first asked for: only the applicant-seniority rule
# needs it, and importing datetime costs every check process ~1.5 ms. The rule reads it as an
# attribute of this module, so replacing ``rule_kinds.date`` (tests/domain/test_messages.py)
# still works.
_THIS_MODULE: Final = sys.modules[__name__]


def __getattr__(name: str) -> object:
    if name == "date":
        from datetime import date

        globals()["date"] = date
        return date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
