"""Which kinds of organisation: at least N of a type group, only types of a group, each country's
types, and a group the rules do not count as another."""

from __future__ import annotations

from collections import defaultdict

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.rules.base import FINDINGS, Context, Outcome, kind
from erasmus_planner.domain.rules.phrasing import (
    after_colon,
    base_values,
    clauses,
    country_names,
    examples,
    in_brackets,
    listing,
    names_of,
)
from erasmus_planner.domain.vocabulary import TYPE_GROUPS, group_noun, type_label
from erasmus_planner.domain.wording import N_, N_n

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final

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


@kind("min-type")
def min_type(ctx: Context) -> Outcome:
    group = ctx.params["group"]
    minimum = int(ctx.params["min"])
    members = ctx.consortium.counted_in_group(group)
    shortfall = max(0, minimum - len(members))
    w = ctx.wording
    values = {
        **base_values(ctx),
        "min": minimum,
        "count": len(members),
        "group": group_noun(group, minimum, w),
        "group_one": group_noun(group, 1, w),
        "examples": examples(group, w),
        "names": in_brackets(names_of(members), w),
        "shortfall": shortfall,
        "more": ctx.trn(*_MORE_OF_GROUP[group], shortfall),
        # Number agreement: "1 VET provider is required … as a full partner", "2 … are … full partners".
        "required": ctx.trn("is required", "are required", minimum),
        "full_partners": ctx.trn("full partner", "full partners", minimum),
        "as_full_partners": ctx.trn("as a full partner", "as full partners", shortfall),
    }
    return Outcome(len(members) >= minimum, values, names_of(members), shortfall)


def _article(label: str) -> str:
    """'a school', 'an enterprise' (English only)."""
    if label[:2] != label[:2].upper():
        label = label[0].lower() + label[1:]
    return ("an " if label[:1].lower() in "aeiou" else "a ") + label


def is_of_type(ctx: Context, org: Organisation) -> str:
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
        **base_values(ctx),
        "group": group_noun(group, 2, ctx.wording),
        "offenders": after_colon((is_of_type(ctx, p) for p in offenders), ctx.wording),
    }
    return Outcome(not offenders, values, names_of(offenders), len(offenders))


@kind("per-country-types")
def per_country_types(ctx: Context) -> Outcome:
    """Each counted country has a member of every group; with ``min_countries``, only that many
    countries must (the Centres of Vocational Excellence's minimum configuration: 4 countries
    with the pair), and a further country without the set is a warning, not a failure."""
    groups: list[str] = list(ctx.params["groups"])
    needed = ctx.params.get("min_countries")
    w = ctx.wording
    by_country: dict[str, list[Organisation]] = defaultdict(list)
    for org in ctx.consortium.counted:
        by_country[org.country].append(org)
    complete: list[str] = []
    gaps: list[tuple[str, list[str]]] = []  # (country, missing groups), in order of appearance
    for code, orgs in by_country.items():
        types = {o.type for o in orgs}
        missing = [g for g in groups if not types & set(TYPE_GROUPS[g])]
        if missing:
            gaps.append((code, missing))
        else:
            complete.append(code)
    short_by = max(0, needed - len(complete)) if needed is not None else len(gaps)
    # What to add, nearest first: the countries that lack the fewest groups (all of them when
    # every country needs the set), so the hint names the cheapest way to the minimum.
    to_fix = sorted(gaps, key=lambda gap: len(gap[1]))[:short_by] if needed is not None else gaps
    lacks = [
        ctx.tr("{country} lacks {groups}").format(
            country=countries.name(code, w.language), groups=listing((ctx.tr(_ONE_OF_GROUP[g]) for g in missing), w)
        )
        for code, missing in gaps
    ]
    additions = [
        ctx.tr("in {country}, add {examples}").format(
            country=countries.name(code, w.language), examples=listing((examples(g, w) for g in missing), w)
        )
        for code, missing in (to_fix or gaps)
    ]
    values = {
        **base_values(ctx),
        "group": listing((group_noun(g, 1, w) for g in groups), w),
        "offenders": ctx.tr("; {items}").format(items=clauses(lacks, w)) if lacks else "",
        "missing": ctx.tr("Per country: {items}.").format(items=clauses(additions, w)) if additions else "",
        "min_countries": needed or 0,
        "complete": len(complete),
        "complete_countries": in_brackets(country_names(complete, w), w),
    }
    if needed is not None and not short_by and gaps:
        # The minimum is met; the countries beyond it may lack the set (funded consortia do).
        values["missing"] = ctx.tr(
            "Not required beyond the {min} countries of the minimum configuration; where you can: {items}."
        ).format(min=needed, items=clauses(additions, w))
        return Outcome(False, values, (), 0, status="warn")
    shortfall = sum(len(missing) for _, missing in to_fix)
    return Outcome(not to_fix, values, (), shortfall)


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
        "offenders": after_colon(names_of(members), w),
    }
    return Outcome(False, values, names_of(members))
