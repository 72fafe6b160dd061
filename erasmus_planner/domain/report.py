"""The one result every consumer reads: a verdict, findings, and the submitting agency."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from erasmus_planner.domain.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, Final, Literal

    from erasmus_planner.domain.brussels_time import Day
    from erasmus_planner.domain.calls import CallFacts

    Status = Literal["pass", "fail", "warn", "info"]
STATUSES: Final[tuple[str, ...]] = ("pass", "fail", "warn", "info")

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_set = object.__setattr__


class Finding(Value):
    """The outcome of one rule on one plan.

    ``message`` and ``hint`` are rendered in the language ``check`` was asked for (English by
    default); ``message_id`` / ``hint_id`` keep the English templates and ``params`` the values, so
    a consumer can tell findings apart whatever the language. ``source`` stays English: it cites
    English documents.
    """

    __slots__ = _fields = (
        "rule", "status", "message", "hint", "source", "confidence", "partners", "message_id", "hint_id", "params",
        "shortfall",
    )

    rule: str
    status: Status
    message: str
    hint: str
    source: str
    confidence: str
    partners: tuple[str, ...]
    message_id: str
    hint_id: str
    params: Mapping[str, Any]
    # How many organisations (or similar units) are missing: orders suggestions.
    shortfall: int

    def __init__(
        self,
        rule: str,
        status: Status,
        message: str,
        hint: str = "",
        source: str = "",
        confidence: str = "official",
        partners: tuple[str, ...] = (),
        message_id: str = "",
        hint_id: str = "",
        params: Mapping[str, Any] = _EMPTY,
        shortfall: int = 0,
    ) -> None:
        _set(self, "rule", rule)
        _set(self, "status", status)
        _set(self, "message", message)
        _set(self, "hint", hint)
        _set(self, "source", source)
        _set(self, "confidence", confidence)
        _set(self, "partners", partners)
        _set(self, "message_id", message_id)
        _set(self, "hint_id", hint_id)
        _set(self, "params", params)
        _set(self, "shortfall", shortfall)

    @property
    def blocking(self) -> bool:
        return self.status == "fail"

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "status": self.status,
            "message": self.message,
            "hint": self.hint,
            "source": self.source,
            "confidence": self.confidence,
        }


class Agency(Value):
    """Where an application goes, and why."""

    __slots__ = _fields = (
        "kind", "name", "acronym", "country", "city", "website", "reason", "name_local", "alternatives", "valid",
    )

    kind: Literal["national-agency", "executive-agency"]
    name: str
    acronym: str
    country: str
    city: str
    website: str
    reason: str
    name_local: str
    # Other agencies that may be responsible (a change of agency within the call year, or a
    # Belgian applicant whose language community is not given), each with its validity.
    alternatives: tuple[Agency, ...]
    valid: str

    def __init__(
        self,
        kind: Literal["national-agency", "executive-agency"],
        name: str,
        acronym: str,
        country: str,
        city: str,
        website: str,
        reason: str,
        name_local: str = "",
        alternatives: tuple[Agency, ...] = (),
        valid: str = "",
    ) -> None:
        _set(self, "kind", kind)
        _set(self, "name", name)
        _set(self, "acronym", acronym)
        _set(self, "country", country)
        _set(self, "city", city)
        _set(self, "website", website)
        _set(self, "reason", reason)
        _set(self, "name_local", name_local)
        _set(self, "alternatives", alternatives)
        _set(self, "valid", valid)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "name": self.name,
            "acronym": self.acronym,
            "country": self.country,
            "city": self.city,
            "website": self.website,
            "reason": self.reason,
        }
        if self.alternatives:
            data["alternatives"] = [
                {"name": a.name, "acronym": a.acronym, "city": a.city, "website": a.website, "valid": a.valid}
                for a in self.alternatives
            ]
        return data


class Report(Value):
    """A verdict with its findings, the submitting agency, and the call facts (deadlines, how to
    submit, the grant) as they stand on ``today``, the day the report is for."""

    __slots__ = _fields = ("action", "field", "lot", "variant", "call_year", "findings", "agency", "call", "today")

    action: str
    field: str | None
    lot: str | None
    variant: str | None
    call_year: int
    findings: tuple[Finding, ...]
    agency: Agency | None
    call: CallFacts | None
    today: Day | None

    def __init__(
        self,
        action: str,
        field: str | None,
        lot: str | None,
        variant: str | None,
        call_year: int,
        findings: tuple[Finding, ...],
        agency: Agency | None = None,
        call: CallFacts | None = None,
        today: Day | None = None,
    ) -> None:
        _set(self, "action", action)
        _set(self, "field", field)
        _set(self, "lot", lot)
        _set(self, "variant", variant)
        _set(self, "call_year", call_year)
        _set(self, "findings", findings)
        _set(self, "agency", agency)
        _set(self, "call", call)
        _set(self, "today", today)

    @property
    def eligible(self) -> bool:
        return not any(f.blocking for f in self.findings)

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "fail")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "warn")

    def to_json(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "action": self.action,
            "field": self.field,
            "lot": self.lot,
            "variant": self.variant,
            "call_year": self.call_year,
            "agency": self.agency.to_json() if self.agency else None,
            "call": self.call.to_json(self.today) if self.call and self.today else None,
            "findings": [f.to_json() for f in self.findings],
        }
