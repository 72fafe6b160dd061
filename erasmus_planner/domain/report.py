"""The one result every consumer reads: a verdict, findings, and the submitting agency."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, Literal

Status = Literal["pass", "fail", "warn", "info"]
STATUSES: Final[tuple[str, ...]] = ("pass", "fail", "warn", "info")

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Finding:
    """The outcome of one rule on one plan.

    ``message`` and ``hint`` are rendered in the language ``check`` was asked for (English by
    default); ``message_id`` / ``hint_id`` keep the English templates and ``params`` the values, so
    a consumer can tell findings apart whatever the language. ``source`` stays English: it cites
    English documents.
    """

    rule: str
    status: Status
    message: str
    hint: str = ""
    source: str = ""
    confidence: str = "official"
    partners: tuple[str, ...] = ()
    message_id: str = ""
    hint_id: str = ""
    params: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    # How many organisations (or similar units) are missing: orders suggestions.
    shortfall: int = 0

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


@dataclass(frozen=True)
class Agency:
    """Where an application goes, and why."""

    kind: Literal["national-agency", "executive-agency"]
    name: str
    acronym: str
    country: str
    city: str
    website: str
    reason: str
    name_local: str = ""
    # Other agencies that may be responsible (a change of agency within the call year, or a
    # Belgian applicant whose language community is not given), each with its validity.
    alternatives: tuple[Agency, ...] = ()
    valid: str = ""

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


@dataclass(frozen=True)
class Report:
    action: str
    field: str | None
    lot: str | None
    variant: str | None
    call_year: int
    findings: tuple[Finding, ...]
    agency: Agency | None = None

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
            "findings": [f.to_json() for f in self.findings],
        }
