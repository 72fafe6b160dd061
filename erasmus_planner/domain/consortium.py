"""Facts about a consortium in one call year, computed once and shared by every rule.

``suggest`` checks the same partners against a dozen actions and lots; all of them share the
call year, so the per-partner country status and the counted set are worked out here once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import AFFILIATED, ASSOCIATED, TYPE_GROUPS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


class Consortium(Value):
    # "__dict__" holds the cached properties.
    _fields = ("plan", "year")
    __slots__ = (*_fields, "__dict__")

    plan: Plan
    year: int

    def __init__(self, plan: Plan, year: int) -> None:
        object.__setattr__(self, "plan", plan)
        object.__setattr__(self, "year", year)

    @cached_property
    def eligible_ids(self) -> frozenset[str]:
        partners = self.plan.partners
        # Each country's status once, not once per partner (a plan has far fewer countries).
        eligible = {c for c in {p.country for p in partners} if countries.is_eligible(c, self.year)}
        return frozenset(p.id for p in partners if p.country in eligible)

    def is_eligible(self, org: Organisation) -> bool:
        return org.id in self.eligible_ids

    @cached_property
    def counted(self) -> tuple[Organisation, ...]:
        """Applicant and full partners from eligible countries: the ones minimums count
        (associated partners and affiliated entities never do)."""
        return tuple(p for p in self.plan.partners if p.role != ASSOCIATED and p.role != AFFILIATED and p.id in self.eligible_ids)

    @cached_property
    def counted_countries(self) -> tuple[str, ...]:
        """Distinct countries of the counted organisations, in order of first appearance."""
        return tuple(dict.fromkeys(p.country for p in self.counted))

    def counted_in_group(self, group: str) -> tuple[Organisation, ...]:
        types = TYPE_GROUPS[group]
        return self.fact(f"group:{group}", lambda: tuple(p for p in self.counted if p.type in types))

    @cached_property
    def _facts(self) -> dict[str, Any]:
        return {}

    def fact(self, key: str, compute: Callable[[], T]) -> T:
        """A fact that depends only on the partners and the call year, computed once and shared
        by every rule and, through ``suggest``, by every action tried (duplicates, identifier
        problems, group members...). ``key`` names the fact; ``compute`` must not look at the
        action, field or lot."""
        facts = self._facts
        if key not in facts:
            facts[key] = compute()
        return facts[key]  # type: ignore[no-any-return]

    @cached_property
    def applicants(self) -> tuple[Organisation, ...]:
        return self.plan.applicants

    @cached_property
    def applicant(self) -> Organisation | None:
        """The applicant when there is exactly one, else None (as ``Plan.applicant``)."""
        return self.applicants[0] if len(self.applicants) == 1 else None

    @cached_property
    def outsiders(self) -> tuple[Organisation, ...]:
        """Organisations from countries that are not full participants this call year, any role."""
        return tuple(p for p in self.plan.partners if p.id not in self.eligible_ids)

    def shared_with(self, plan: Plan) -> Consortium:
        """The facts of this consortium for ``plan``, which must have the same partners and year
        (``suggest`` changes only the action, field and lot).

        The facts are worked out here, on this object, before they are handed over: copying
        only what happened to be computed already would copy nothing, and every action tried
        would count the partners and look for duplicates again. ``_facts`` is shared, not
        copied, so a fact one action computes serves the next."""
        rebound = Consortium(plan, self.year)
        for name in _SHARED:
            rebound.__dict__[name] = getattr(self, name)
        return rebound


    @cached_property
    def not_counted(self) -> tuple[Organisation, ...]:
        return tuple(
            p for p in self.plan.partners if p.role == ASSOCIATED or p.role == AFFILIATED or p.id not in self.eligible_ids
        )


# What ``shared_with`` hands over: every cached fact (all depend on partners and year only).
_SHARED = ("eligible_ids", "counted", "counted_countries", "not_counted", "applicants", "applicant", "outsiders", "_facts")
