"""Facts about a consortium in one call year, computed once and shared by every rule.

``suggest`` checks the same partners against a dozen actions and lots; all of them share the
call year, so the per-partner country status and the counted set are worked out here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.vocabulary import ASSOCIATED, TYPE_GROUPS


@dataclass(frozen=True)
class Consortium:
    plan: Plan
    year: int

    @cached_property
    def eligible_ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.plan.partners if countries.is_eligible(p.country, self.year))

    def is_eligible(self, org: Organisation) -> bool:
        return org.id in self.eligible_ids

    @cached_property
    def counted(self) -> tuple[Organisation, ...]:
        """Applicant and full partners from eligible countries: the ones minimums count."""
        return tuple(p for p in self.plan.partners if p.role != ASSOCIATED and p.id in self.eligible_ids)

    @cached_property
    def counted_countries(self) -> tuple[str, ...]:
        """Distinct countries of the counted organisations, in order of first appearance."""
        return tuple(dict.fromkeys(p.country for p in self.counted))

    def counted_in_group(self, group: str) -> tuple[Organisation, ...]:
        types = TYPE_GROUPS[group]
        return tuple(p for p in self.counted if p.type in types)

    @cached_property
    def not_counted(self) -> tuple[Organisation, ...]:
        return tuple(p for p in self.plan.partners if p.role == ASSOCIATED or p.id not in self.eligible_ids)
