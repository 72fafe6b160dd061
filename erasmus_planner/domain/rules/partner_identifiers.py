"""Is each partner one identifiable organisation: well-formed OIDs and PICs, the identifier the
call asks for, and no organisation entered twice.

Malformed identifiers and duplicates depend only on the partners, so a ``suggest`` that tries
every action works them out once (``Consortium.fact`` and ``base.shared``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import ActionDef
from erasmus_planner.domain.identifiers import OID_PATTERN, PIC_PATTERN, fold_name, oid_problem, pic_problem
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.rules.base import FINDINGS, Context, Outcome, kind, shared
from erasmus_planner.domain.rules.phrasing import after_colon, clauses, listing, names_of
from erasmus_planner.domain.wording import N_, Wording

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final


@kind("oid-format")
def oid_format(ctx: Context) -> Outcome | None:
    return shared(ctx, "oid-format-outcome", _oid_format)


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
    values = {"identifier": identifier, "offenders": after_colon(names_of(offenders), ctx.wording)}
    return Outcome(False, values, names_of(offenders), len(offenders))


@kind("duplicates")
def duplicates(ctx: Context) -> Outcome | None:
    return shared(ctx, "duplicates-outcome", _duplicates_outcome)


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
        described.append(f"{listing(names_of(members), w)} ({reason})")
    names = tuple(dict.fromkeys(n for _, _, m in clusters for n in names_of(m)))
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
