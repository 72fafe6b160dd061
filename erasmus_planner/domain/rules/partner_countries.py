"""Where partners come from: only eligible countries, outsiders only as associated partners,
excluded countries, and which partners do not count towards the minimums (and who could)."""

from __future__ import annotations

from erasmus_planner.domain import countries
from erasmus_planner.domain.rules.base import Context, Outcome, kind, shared
from erasmus_planner.domain.rules.phrasing import after_colon, base_values, country_names, listing, names_of, where
from erasmus_planner.domain.vocabulary import ASSOCIATED, VOCABULARY


@kind("only-eligible-countries")
def only_eligible_countries(ctx: Context) -> Outcome:
    offenders = ctx.consortium.outsiders
    values = {**base_values(ctx), "offenders": after_colon((where(p, ctx.wording) for p in offenders), ctx.wording)}
    return Outcome(not offenders, values, names_of(offenders), len(offenders))


@kind("non-eligible-only-associated")
def non_eligible_only_associated(ctx: Context) -> Outcome | None:
    except_regions = set(ctx.params.get("except_regions", ()))
    outsiders = ctx.consortium.outsiders
    if not outsiders:
        return None
    offenders = [
        p for p in outsiders if p.role != ASSOCIATED and countries.region_of(p.country) not in except_regions
    ]
    values = {**base_values(ctx), "offenders": after_colon((where(p, ctx.wording) for p in offenders), ctx.wording)}
    return Outcome(not offenders, values, names_of(offenders), len(offenders))


@kind("excluded-countries")
def excluded_countries(ctx: Context) -> Outcome | None:
    excluded = set(ctx.params["countries"])
    offenders = [p for p in ctx.consortium.plan.partners if p.country in excluded]
    if not offenders:
        return None
    w = ctx.wording
    values = {
        **base_values(ctx),
        "countries": listing(country_names(sorted(excluded), w), w),
        "offenders": after_colon((where(p, w) for p in offenders), w),
    }
    return Outcome(False, values, names_of(offenders), len(offenders))


# The kinds of the minimum rules an eligible associated partner would help with, were it full.
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
    return Outcome(False, {"offenders": after_colon((where(p, ctx.wording) for p in helpful), ctx.wording)}, names_of(helpful))


@kind("not-counted")
def not_counted(ctx: Context) -> Outcome | None:
    return shared(ctx, "not-counted", _not_counted)


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
    return Outcome(False, {"offenders": after_colon(reasons, w)}, names_of(others))
