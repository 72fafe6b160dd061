"""How many: full partners, countries (eligible ones, EU Member States) and organisations at most."""

from __future__ import annotations

from collections.abc import Sequence

from erasmus_planner.domain import countries
from erasmus_planner.domain.rules.base import FINDINGS, Context, Outcome, kind
from erasmus_planner.domain.rules.phrasing import base_values, country_names, in_brackets, names_of
from erasmus_planner.domain.wording import N_n

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final


@kind("min-organisations")
def min_organisations(ctx: Context) -> Outcome:
    counted = ctx.consortium.counted
    minimum = int(ctx.params["min"])
    w = ctx.wording
    names = names_of(counted)
    values = {**base_values(ctx), "min": minimum, "count": len(counted), "names": in_brackets(names, w)}
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
        **base_values(ctx),
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


@kind("max-organisations")
def max_organisations(ctx: Context) -> Outcome:
    everyone = ctx.consortium.plan.partners
    maximum = int(ctx.params["max"])
    excess = max(0, len(everyone) - maximum)
    values = {**base_values(ctx), "max": maximum, "count": len(everyone), "shortfall": excess,
              "more": ctx.trn("{n} organisation", "{n} organisations", excess)}
    return Outcome(excess == 0, values, (), excess)
