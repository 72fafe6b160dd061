"""Who applies: exactly one applicant, established in an eligible country, of the right type,
and established long enough before the deadline."""

from __future__ import annotations

import re
import sys

from erasmus_planner.domain import countries
from erasmus_planner.domain.rules.base import FINDINGS, Context, Outcome, kind
from erasmus_planner.domain.rules.partner_types import is_of_type
from erasmus_planner.domain.rules.phrasing import after_colon, base_values, examples, listing, names_of
from erasmus_planner.domain.vocabulary import TYPE_GROUPS, group_noun
from erasmus_planner.domain.wording import N_

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final


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
            count=len(applicants), names=listing(names_of(applicants), w)
        )
    return Outcome(len(applicants) == 1, {**base_values(ctx), "offenders": offenders}, names_of(applicants))


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
    return Outcome(ok, {**base_values(ctx), "offenders": detail}, (applicant.name,))


@kind("applicant-type")
def applicant_type(ctx: Context) -> Outcome | None:
    applicant = ctx.consortium.applicant
    if applicant is None:
        return None
    group = ctx.params["group"]
    ok = applicant.type in TYPE_GROUPS[group]
    values = {
        **base_values(ctx),
        "group": group_noun(group, 2, ctx.wording),
        "examples": examples(group, ctx.wording),
        "offenders": "" if ok else ctx.tr("; {items}").format(items=is_of_type(ctx, applicant)),
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
    values = {**base_values(ctx), "min": years, "deadline": ctx.wording.date(deadline)}
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


# ``date`` (datetime.date) is imported when first asked for: only the applicant-seniority rule
# needs it, and importing datetime costs every check process ~1.5 ms. The rule reads it as an
# attribute of this module, so replacing ``applicant.date`` (tests/domain/test_messages.py)
# still works.
_THIS_MODULE: Final = sys.modules[__name__]


def __getattr__(name: str) -> object:
    if name == "date":
        from datetime import date

        globals()["date"] = date
        return date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
