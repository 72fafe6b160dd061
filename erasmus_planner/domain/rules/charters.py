"""The Erasmus Charter for Higher Education (ECHE): required of universities from eligible
countries, not needed of those from elsewhere."""

from __future__ import annotations

from erasmus_planner.domain.rules.base import Context, Outcome, kind
from erasmus_planner.domain.rules.phrasing import after_colon, base_values, names_of, where


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
    values = {**base_values(ctx), "offenders": after_colon((none_recorded.format(organisation=where(p, w)) for p in offenders), w)}
    return Outcome(not offenders, values, names_of(offenders), len(offenders))


@kind("eche-not-needed")
def eche_not_needed(ctx: Context) -> Outcome | None:
    offenders = ctx.consortium.fact(
        "outside-heis-without-eche", lambda: [p for p in ctx.consortium.outsiders if p.type == "higher-education" and not p.eche]
    )
    if not offenders:
        return None
    return Outcome(
        False, {**base_values(ctx), "offenders": after_colon((where(p, ctx.wording) for p in offenders), ctx.wording)},
        names_of(offenders),
    )
