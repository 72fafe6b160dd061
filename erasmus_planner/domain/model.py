"""The plan and its organisations: plain, immutable values.

Edits make new values (``dataclasses.replace``), which is what lets every consumer share one
``Plan`` safely and lets undo commands keep the old value instead of reconstructing it.
Keys of the plan file that this version does not know are carried in ``extra`` so that a round
trip never drops them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
import dataclasses
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, NewType

from erasmus_planner.domain.vocabulary import APPLICANT, ASSOCIATED

PartnerId = NewType("PartnerId", str)

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def new_partner_id() -> PartnerId:
    # 128 random bits, as uuid4 has; os.urandom spares the check command importing uuid (and
    # with it platform), a few milliseconds of every process.
    return PartnerId(os.urandom(16).hex())


@dataclass(frozen=True)
class Organisation:
    """One organisation in a consortium (or in the partner directory)."""

    name: str
    country: str
    type: str
    role: str = "partner"
    oid: str | None = None
    pic: str | None = None
    eche: bool = False
    city: str | None = None
    community: str | None = None
    established: str | None = None
    contact: Mapping[str, Any] | None = None
    notes: str = ""
    extra: Mapping[str, Any] = dataclasses.field(default_factory=lambda: _EMPTY)
    # Identity inside an open plan; never written to the JSON file.
    id: PartnerId = dataclasses.field(default_factory=new_partner_id, compare=False)

    @property
    def is_applicant(self) -> bool:
        return self.role == APPLICANT

    @property
    def is_associated(self) -> bool:
        return self.role == ASSOCIATED

    def with_changes(self, **changes: Any) -> Organisation:
        return replace(self, **changes)


@dataclass(frozen=True)
class Plan:
    """A consortium aimed at one action, field / lot / variant and call year."""

    action: str
    call_year: int
    partners: tuple[Organisation, ...] = ()
    title: str = ""
    field: str | None = None
    lot: str | None = None
    variant: str | None = None
    duration_months: int | None = None
    extra: Mapping[str, Any] = dataclasses.field(default_factory=lambda: _EMPTY)

    def __iter__(self) -> Iterator[Organisation]:
        return iter(self.partners)

    @property
    def applicants(self) -> tuple[Organisation, ...]:
        return tuple(p for p in self.partners if p.is_applicant)

    @property
    def applicant(self) -> Organisation | None:
        """The applicant when there is exactly one, else None."""
        found = self.applicants
        return found[0] if len(found) == 1 else None

    def partner(self, partner_id: PartnerId) -> Organisation:
        for p in self.partners:
            if p.id == partner_id:
                return p
        raise KeyError(partner_id)

    def index_of(self, partner_id: PartnerId) -> int:
        for i, p in enumerate(self.partners):
            if p.id == partner_id:
                return i
        raise KeyError(partner_id)

    def with_changes(self, **changes: Any) -> Plan:
        return replace(self, **changes)

    def with_partner_added(self, org: Organisation, index: int | None = None) -> Plan:
        partners = list(self.partners)
        partners.insert(len(partners) if index is None else index, org)
        return replace(self, partners=tuple(partners))

    def with_partner_replaced(self, org: Organisation) -> Plan:
        return replace(self, partners=tuple(org if p.id == org.id else p for p in self.partners))

    def with_partner_removed(self, partner_id: PartnerId) -> Plan:
        return replace(self, partners=tuple(p for p in self.partners if p.id != partner_id))
