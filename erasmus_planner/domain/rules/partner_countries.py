"""Where partners come from: only eligible countries, outsiders only as associated partners,
excluded countries, and which partners do not count towards the minimums (and who could):
associated partners, affiliated entities, organisations from countries that do not count."""

from __future__ import annotations

from erasmus_planner.domain import countries
from erasmus_planner.domain.affiliation import full_partner_names
from erasmus_planner.domain.rules.base import Context, Outcome, kind, shared
from erasmus_planner.domain.rules.phrasing import after_colon, base_values, country_names, listing, names_of, where
from erasmus_planner.domain.vocabulary import AFFILIATED, ASSOCIATED, VOCABULARY


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
        elif p.role == AFFILIATED:
            reasons.append(ctx.tr("{name} (affiliated entity of {partner})").format(name=p.name, partner=p.affiliated_to or ""))
        else:
            status = countries.STATUS_LABELS[countries.status(p.country, ctx.year)]
            reasons.append(ctx.tr("{name} ({country}: {status})").format(
                name=p.name, country=countries.name(p.country, w.language), status=w.tr(status, VOCABULARY)))
    return Outcome(False, {"offenders": after_colon(reasons, w)}, names_of(others))


@kind("affiliated-entities")
def affiliated_entities(ctx: Context) -> Outcome | None:
    """Affiliated entities in a call year before they exist (``params.from``: the 2021 call):
    each must become a full or an associated partner, or leave. Nothing to say about a plan
    without them, or from that call on."""
    affiliated = [p for p in ctx.consortium.plan.partners if p.role == AFFILIATED]
    if not affiliated or ctx.year >= int(ctx.params["from"]):
        return None
    values = {
        **base_values(ctx),
        "from": int(ctx.params["from"]),
        "offenders": after_colon((where(p, ctx.wording) for p in affiliated), ctx.wording),
    }
    return Outcome(False, values, names_of(affiliated), len(affiliated))


@kind("affiliation-links")
def affiliation_links(ctx: Context) -> Outcome | None:
    """Every affiliated entity linked to the applicant or a full partner of the plan. A file
    with a broken link is refused when read; this catches one made in the window (a linked
    partner removed from the list by hand, or made an associated partner)."""
    partners = ctx.consortium.plan.partners
    affiliated = [p for p in partners if p.role == AFFILIATED]
    if not affiliated:
        return None
    full = {p.name for p in partners if p.is_full}
    broken = [p for p in affiliated if p.affiliated_to not in full]
    w = ctx.wording
    values = {
        **base_values(ctx),
        "offenders": after_colon((p.name for p in broken), w),
        "valid": listing(full_partner_names(partners), w),
    }
    return Outcome(not broken, values, names_of(broken), len(broken))
