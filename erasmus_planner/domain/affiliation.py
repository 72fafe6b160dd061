"""Affiliated entities (spec/plan-format.md §4.1): each is linked, by ``affiliated_to``, to the
exact name of the applicant or of one full partner of the same plan.

A link that names nobody, or an affiliated entity without one, is bad input (the file, the
partner and the valid names are said); whether the call year knows affiliated entities at all is
a finding of the checklist, not a reading error, so that switching the year keeps a plan open.
"""

from __future__ import annotations

from collections.abc import Sequence

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Organisation


def _label(index: int, org: Organisation) -> Message:
    # The same words as interchange.plan_json.partner_label: partners are named alike everywhere.
    return Message("partner {number} ({name})", number=index + 1, name=org.name)


def full_partner_names(partners: Sequence[Organisation]) -> list[str]:
    """The names an affiliated entity may be linked to, in plan order, each once."""
    return list(dict.fromkeys(p.name for p in partners if p.is_full))


def check_affiliations(partners: Sequence[Organisation]) -> None:
    """Raise PlanError for the first partner whose link is wrong, naming the valid names."""
    if not any(p.affiliated_to is not None or p.is_affiliated for p in partners):
        return  # the usual plan: nothing to look at
    full = [p.name for p in partners if p.is_full]
    valid = ", ".join(full_partner_names(partners)) or Message("none yet: add the applicant and full partners first")
    for index, org in enumerate(partners):
        target = org.affiliated_to
        if not org.is_affiliated:
            if target is not None:
                raise PlanError(
                    '{partner}: "affiliated_to" is only for the role "affiliated-entity"; remove it or change the role',
                    partner=_label(index, org),
                )
            continue
        if target is None:
            raise PlanError(
                '{partner} is an affiliated entity but names no partner in "affiliated_to"; name one of: {valid}',
                partner=_label(index, org), valid=valid,
            )
        found = full.count(target)
        if found == 0:
            raise PlanError(
                '{partner}: "affiliated_to" {value!r} names no applicant or full partner of this plan; valid names: {valid}',
                partner=_label(index, org), value=target, valid=valid,
            )
        if found > 1:
            raise PlanError(
                '{partner}: "affiliated_to" {value!r} names {count} partners; give them distinct names',
                partner=_label(index, org), value=target, count=found,
            )


def under_their_partners(partners: Sequence[Organisation]) -> list[Organisation]:
    """``partners`` in their order, each affiliated entity moved right after its partner (after
    that partner's other affiliated entities): how the partner table and the briefing list them.
    An entity whose partner is not among ``partners`` keeps its place."""
    hosts = {p.name for p in partners if p.is_full}
    placed = [p for p in partners if not (p.is_affiliated and p.affiliated_to in hosts)]
    for entity in (p for p in partners if p.is_affiliated and p.affiliated_to in hosts):
        host = entity.affiliated_to
        at = max(i for i, p in enumerate(placed) if (p.is_full and p.name == host) or (p.is_affiliated and p.affiliated_to == host))
        placed.insert(at + 1, entity)
    return placed


def placed_under_partner(org: Organisation, partners: Sequence[Organisation]) -> bool:
    """Whether ``org`` is an affiliated entity shown under its partner among ``partners``."""
    return org.is_affiliated and any(p.is_full and p.name == org.affiliated_to for p in partners)


def insertion_index(partners: Sequence[Organisation], org: Organisation) -> int | None:
    """Where a new affiliated entity goes in the plan: right after its partner and that
    partner's other affiliated entities (None: at the end, as any other partner)."""
    if not org.is_affiliated or org.affiliated_to is None:
        return None
    found = [i for i, p in enumerate(partners) if (p.is_full and p.name == org.affiliated_to) or (p.is_affiliated and p.affiliated_to == org.affiliated_to)]
    return found[-1] + 1 if found else None
