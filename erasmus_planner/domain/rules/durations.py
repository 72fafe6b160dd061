"""The months a project may last: a range ("12 to 36 months") or a list ("24 or 36 months")."""

from __future__ import annotations

from erasmus_planner.domain.rules.base import Context, Outcome, kind
from erasmus_planner.domain.rules.phrasing import base_values


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
    values = {**base_values(ctx), "allowed": allowed_durations(ctx), "months": _months(ctx, months)}
    return Outcome(ok, values)
