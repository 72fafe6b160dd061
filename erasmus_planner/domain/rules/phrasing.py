"""The fragments findings are built from: lists, places, the call's words, partners' names.

Every fragment is a whole phrase of its own in the catalogues (German, French and Turkish need
cases, genders and number agreement that English-shaped pieces would not give them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.rules.base import FINDINGS, Context
from erasmus_planner.domain.vocabulary import TYPE_GROUP_EXAMPLES, VOCABULARY
from erasmus_planner.domain.wording import ENGLISH, N_, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, Final

MAX_LISTED = 6


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


def examples(group: str, w: Wording) -> str:
    """Examples of the organisations of a type group ("schools, kindergartens, …")."""
    return w.tr(TYPE_GROUP_EXAMPLES[group], VOCABULARY)


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


def base_values(ctx: Context) -> dict[str, Any]:
    """The values most templates may use: {eligible}, {eligible_one}, {year}, {action}."""
    eligible, eligible_one = eligible_words(ctx.year, ctx.wording)
    return {
        "eligible": eligible,
        "eligible_one": eligible_one,
        "year": ctx.year,
        "action": action_name(ctx),
    }


def names_of(orgs: Sequence[Organisation]) -> tuple[str, ...]:
    return tuple(map(_NAME, orgs))


_NAME: Final = attrgetter("name")
