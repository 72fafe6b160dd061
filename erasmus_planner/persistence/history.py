"""The change history of a plan document: what changed between two saves, in words.

Partners are matched by their identity first (kept in the document since schema 2), then by
name and country, so that a renamed partner reads "renamed", not "removed" and "added".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.model import Organisation, Plan

_PLAN_FIELDS: Final = (
    ("title", "Title"),
    ("action", "Action"),
    ("field", "Field"),
    ("lot", "Lot"),
    ("variant", "Variant"),
    ("call_year", "Call year"),
    ("duration_months", "Duration (months)"),
)
# An organisation's fields and the words for them: values shown as "old → new" ...
VALUE_FIELDS: Final = (
    ("country", "country"),
    ("type", "type"),
    ("role", "role"),
    ("affiliated_to", "affiliated to"),
    ("oid", "OID"),
    ("pic", "PIC"),
    ("eche", "ECHE"),
    ("city", "city"),
    ("community", "community"),
    ("established", "established"),
)
# ... and those only said to be "edited".
TEXT_FIELDS: Final = (("contact", "contact"), ("notes", "notes"), ("extra", "other data"))
_SUMMARY_LINES: Final = 3


@dataclass(frozen=True)
class HistoryEntry:
    """One save that changed the plan: when (UTC), a one-line summary, and each change."""

    at: datetime
    summary: str
    details: tuple[str, ...] = ()


def _show(value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def describe_changes(old: Plan | None, new: Plan) -> list[str]:
    """Each difference between two versions of a plan, as a sentence; empty when they are equal."""
    if old is None:
        count = len(new.partners)
        return [f"Created with {count} partner{'s' if count != 1 else ''}"]
    lines = [
        f"{label}: {_show(getattr(old, name))} → {_show(getattr(new, name))}"
        for name, label in _PLAN_FIELDS
        if getattr(old, name) != getattr(new, name)
    ]
    if old.extra != new.extra:
        lines.append("Other plan data (kept from the file) changed")
    lines.extend(_partner_changes(old.partners, new.partners))
    return lines


def _partner_changes(old: tuple[Organisation, ...], new: tuple[Organisation, ...]) -> list[str]:
    pairs, removed, added = _match(old, new)
    lines: list[str] = []
    for before, after in pairs:
        lines.extend(_one_partner(before, after))
    lines.extend(f"Removed partner {p.name} ({p.country})" for p in removed)
    lines.extend(f"Added partner {p.name} ({p.country}) as {p.role}" for p in added)
    # Partners present in both versions, in their old order: do they keep that order?
    after_of = {id(b): a for b, a in pairs}
    position = {id(p): i for i, p in enumerate(new)}
    sequence = [position[id(after_of[id(p)])] for p in old if id(p) in after_of]
    if sequence != sorted(sequence):
        lines.append("Reordered partners")
    return lines


def _match(
    old: tuple[Organisation, ...], new: tuple[Organisation, ...]
) -> tuple[list[tuple[Organisation, Organisation]], list[Organisation], list[Organisation]]:
    new_by_id = {p.id: p for p in new}
    pairs: list[tuple[Organisation, Organisation]] = []
    unmatched_old: list[Organisation] = []
    used: set[int] = set()
    for p in old:
        twin = new_by_id.get(p.id)
        if twin is not None and id(twin) not in used:
            pairs.append((p, twin))
            used.add(id(twin))
        else:
            unmatched_old.append(p)
    remaining_new = [p for p in new if id(p) not in used]
    removed: list[Organisation] = []
    for p in unmatched_old:
        key = (fold_name(p.name), p.country)
        twin = next((q for q in remaining_new if (fold_name(q.name), q.country) == key), None)
        if twin is None:
            removed.append(p)
        else:
            pairs.append((p, twin))
            remaining_new.remove(twin)
    return pairs, removed, remaining_new


def _one_partner(before: Organisation, after: Organisation) -> list[str]:
    if before == after:
        return []
    lines = []
    if before.name != after.name:
        lines.append(f"Renamed partner {before.name} → {after.name}")
    changes = [
        f"{label} {_show(getattr(before, name))} → {_show(getattr(after, name))}"
        for name, label in VALUE_FIELDS
        if getattr(before, name) != getattr(after, name)
    ]
    changes.extend(f"{label} edited" for name, label in TEXT_FIELDS if getattr(before, name) != getattr(after, name))
    if changes:
        lines.append(f"{after.name}: {', '.join(changes)}")
    return lines


def summarise(lines: list[str]) -> str:
    """The first few changes on one line, for a history list."""
    if len(lines) <= _SUMMARY_LINES:
        return "; ".join(lines)
    return "; ".join(lines[:_SUMMARY_LINES]) + f"; and {len(lines) - _SUMMARY_LINES} more"
