"""The plan and its organisations: plain, immutable values.

Edits make new values (``replace`` / ``with_changes``), which is what lets every consumer share
one ``Plan`` safely and lets undo commands keep the old value instead of reconstructing it.
Keys of the plan file that this version does not know are carried in ``extra`` so that a round
trip never drops them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import AFFILIATED, APPLICANT, ASSOCIATED, PARTNER

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, NewType

    PartnerId = NewType("PartnerId", str)
else:

    def PartnerId(value: str) -> str:  # what typing.NewType is at run time: the identity
        return value

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_set = object.__setattr__


def new_partner_id() -> PartnerId:
    # 128 random bits, as uuid4 has; os.urandom spares the check command importing uuid (and
    # with it platform), a few milliseconds of every process. The bits are drawn 256 ids at a
    # time: one system call per id was ~1 ms of reading a 1,000-partner plan.
    if not _ID_POOL:
        block = os.urandom(16 * 256).hex()
        _ID_POOL.extend(block[i : i + 32] for i in range(0, len(block), 32))
    return PartnerId(_ID_POOL.pop())


_ID_POOL: list[str] = []
if hasattr(os, "register_at_fork"):  # a forked child draws its own ids, never its parent's
    os.register_at_fork(after_in_child=_ID_POOL.clear)


class Organisation(Value):
    """One organisation in a consortium (or in the partner directory).

    ``id`` is its identity inside an open plan (a new one unless given), never written to the
    JSON file and not compared: equal data is an equal organisation. ``affiliated_to`` is the
    name of the full partner (or applicant) an affiliated entity is linked to, else None."""

    __slots__ = _fields = (
        "name", "country", "type", "role", "oid", "pic", "eche", "city", "community", "established", "contact",
        "notes", "extra", "id", "affiliated_to",
    )
    _uncompared = ("id",)

    name: str
    country: str
    type: str
    role: str
    oid: str | None
    pic: str | None
    eche: bool
    city: str | None
    community: str | None
    established: str | None
    contact: Mapping[str, Any] | None
    notes: str
    extra: Mapping[str, Any]
    id: PartnerId
    affiliated_to: str | None

    def __init__(
        self,
        name: str,
        country: str,
        type: str,
        role: str = "partner",
        oid: str | None = None,
        pic: str | None = None,
        eche: bool = False,
        city: str | None = None,
        community: str | None = None,
        established: str | None = None,
        contact: Mapping[str, Any] | None = None,
        notes: str = "",
        extra: Mapping[str, Any] = _EMPTY,
        id: PartnerId | None = None,
        affiliated_to: str | None = None,
    ) -> None:
        # The slots' own setters: a third faster than object.__setattr__ by name, and plans of
        # 1,000 partners are built in every check process.
        _name(self, name)
        _country(self, country)
        _type(self, type)
        _role(self, role)
        _oid(self, oid)
        _pic(self, pic)
        _eche(self, eche)
        _city(self, city)
        _community(self, community)
        _established(self, established)
        _contact(self, contact)
        _notes(self, notes)
        _extra(self, extra)
        _id(self, new_partner_id() if id is None else id)
        _affiliated_to(self, affiliated_to)

    @property
    def is_applicant(self) -> bool:
        return self.role == APPLICANT

    @property
    def is_associated(self) -> bool:
        return self.role == ASSOCIATED

    @property
    def is_affiliated(self) -> bool:
        return self.role == AFFILIATED

    @property
    def is_full(self) -> bool:
        """The applicant or a full partner: what an affiliated entity can be linked to."""
        return self.role == APPLICANT or self.role == PARTNER

    def with_changes(self, **changes: Any) -> Organisation:
        return self.replace(**changes)


(
    _name, _country, _type, _role, _oid, _pic, _eche, _city, _community, _established, _contact, _notes, _extra, _id,
    _affiliated_to,
) = (Organisation.__dict__[field].__set__ for field in Organisation._fields)


class Plan(Value):
    """A consortium aimed at one action, field / lot / variant and call year."""

    __slots__ = _fields = ("action", "call_year", "partners", "title", "field", "lot", "variant", "duration_months", "extra")

    action: str
    call_year: int
    partners: tuple[Organisation, ...]
    title: str
    field: str | None
    lot: str | None
    variant: str | None
    duration_months: int | None
    extra: Mapping[str, Any]

    def __init__(
        self,
        action: str,
        call_year: int,
        partners: tuple[Organisation, ...] = (),
        title: str = "",
        field: str | None = None,
        lot: str | None = None,
        variant: str | None = None,
        duration_months: int | None = None,
        extra: Mapping[str, Any] = _EMPTY,
    ) -> None:
        _set(self, "action", action)
        _set(self, "call_year", call_year)
        _set(self, "partners", partners)
        _set(self, "title", title)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "variant", variant)
        _set(self, "duration_months", duration_months)
        _set(self, "extra", extra)

    def __iter__(self) -> Iterator[Organisation]:
        return iter(self.partners)

    @property
    def applicants(self) -> tuple[Organisation, ...]:
        return tuple(p for p in self.partners if p.role == APPLICANT)

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
        return self.replace(**changes)

    def with_partner_added(self, org: Organisation, index: int | None = None) -> Plan:
        partners = list(self.partners)
        partners.insert(len(partners) if index is None else index, org)
        return self.replace(partners=tuple(partners))

    def affiliates_of(self, org: Organisation) -> tuple[Organisation, ...]:
        """The affiliated entities linked to ``org`` (none unless it is a full partner)."""
        if not org.is_full:
            return ()
        return tuple(p for p in self.partners if p.role == AFFILIATED and p.affiliated_to == org.name)

    def with_partner_replaced(self, org: Organisation) -> Plan:
        """``org`` in place of the partner with its id; a full partner's new name is followed by
        the affiliated entities linked to it, so that a rename never cuts a link."""
        old = next((p for p in self.partners if p.id == org.id), None)
        renamed = old is not None and old.is_full and old.name != org.name
        affiliates = {p.id for p in self.affiliates_of(old)} if old is not None and renamed else set()
        return self.replace(
            partners=tuple(
                org if p.id == org.id else p.replace(affiliated_to=org.name) if p.id in affiliates else p for p in self.partners
            )
        )

    def with_partner_removed(self, partner_id: PartnerId, *, affiliates: str = "remove") -> Plan:
        """The plan without that partner. Its affiliated entities go with it
        (``affiliates="remove"``) or stay as full partners (``"promote"``)."""
        gone = next((p for p in self.partners if p.id == partner_id), None)
        linked = {p.id for p in self.affiliates_of(gone)} if gone is not None else set()
        if affiliates == "promote":
            return self.replace(
                partners=tuple(
                    p.replace(role=PARTNER, affiliated_to=None) if p.id in linked else p for p in self.partners if p.id != partner_id
                )
            )
        if affiliates != "remove":
            raise ValueError(f"affiliates must be 'remove' or 'promote', not {affiliates!r}")
        return self.replace(partners=tuple(p for p in self.partners if p.id != partner_id and p.id not in linked))
