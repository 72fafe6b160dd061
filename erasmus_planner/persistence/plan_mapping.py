"""Plan ⇄ rows of the ``.epplan`` document.

Reading goes through the JSON format's own validator (``plan_json.parse_plan``): a document is
exactly as strict as a JSON plan, a tampered file gets the same clear messages, and a round trip
through either format gives back the same plan. Partner identities (schema 2) are restored after.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Organisation, PartnerId, Plan
from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.organisation_columns import organisation_values, to_json_text
from erasmus_planner.persistence.schema import PlanRow

PLAN_ROW_ID = 1


def from_json_text(text: str | None, *, expect: type, what: Message) -> Any:
    """A JSON column's value, decoded within the same limits as a JSON plan (depth, numbers)."""
    if text is None:
        return None
    try:
        value = plan_json.decode_json(text) if isinstance(text, str) else None
    except ValueError as exc:  # json's own errors, and the limits' PlanError (a ValueError too)
        if isinstance(exc, PlanError):
            raise PlanError("{what}: {problem}", what=what, problem=exc) from None
        value = None
    if not isinstance(value, expect):
        raise PlanError("the document is damaged: {what} is not readable", what=what)
    return value


def notes_of(plan: Any) -> str:
    """The plan's free notes, held to the limits of the window's notes field."""
    notes = plan.notes
    if notes is None:
        return ""
    if not isinstance(notes, str):
        raise PlanError("the document is damaged: the notes are not text")
    limits.check_field("notes", notes)
    return notes


# The plan's own fields: one column each, the same name in Plan, PlanRow and the JSON format.
PLAN_FIELDS = ("title", "action", "field", "lot", "variant", "call_year", "duration_months")


def plan_row(plan: Plan, *, notes: str) -> dict[str, Any]:
    return {
        "id": PLAN_ROW_ID,
        **{name: getattr(plan, name) for name in PLAN_FIELDS},
        "extra_json": to_json_text(plan.extra),
        "notes": notes,
    }


def partner_rows(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "plan_id": PLAN_ROW_ID, "position": position, "uid": org.id, "role": org.role, "affiliated_to": org.affiliated_to,
            **organisation_values(org),
        }
        for position, org in enumerate(plan.partners)
    ]


def _partner_dict(row: Any) -> dict[str, Any]:
    what = plan_json.partner_label(row.position, row.name)
    data: dict[str, Any] = {
        "name": row.name,
        "country": row.country,
        "type": row.type,
        "role": row.role,
        "oid": row.oid,
        "pic": row.pic,
        # SQLite stores true and false as 1 and 0; anything else goes to the validator as it is.
        "eche": bool(row.eche) if row.eche in (0, 1) and not isinstance(row.eche, (str, bytes)) else row.eche,
        "city": row.city,
        "community": row.community,
        "established": row.established,
        "contact": from_json_text(row.contact_json, expect=dict, what=Message("the contact of {partner}", partner=what)),
        "notes": row.notes,
        "affiliated_to": row.affiliated_to,
    }
    data.update(from_json_text(row.extra_json, expect=dict, what=Message("the extra data of {partner}", partner=what)))
    return data


def rows_to_plan(plan: PlanRow, partners: Sequence[Any]) -> Plan:
    """Validate the stored values as a JSON plan would be validated, keeping partner identities.

    ``partners``: rows with the columns of PartnerRow as attributes (ORM objects or Core rows).
    """
    data: dict[str, Any] = {
        "format": plan_json.FORMAT,
        "version": plan_json.VERSION,
        **{name: getattr(plan, name) for name in PLAN_FIELDS},
        "partners": [_partner_dict(row) for row in partners],
    }
    data.update(from_json_text(plan.extra_json, expect=dict, what=Message("the plan's extra data")))
    plan_json.refuse_bad_characters(data)
    parsed = plan_json.parse_plan(data)
    seen: set[str] = set()
    for org, row in zip(parsed.partners, partners):
        # A hand-edited file may repeat an identity; the second one keeps its fresh id.
        if row.uid and row.uid not in seen:
            seen.add(row.uid)
            _restore_identity(org, PartnerId(row.uid))
    return parsed


def _restore_identity(org: Organisation, uid: PartnerId) -> None:
    """Give a just-parsed organisation its stored identity.

    The value was created a moment ago by ``parse_plan`` and nobody else holds it yet, so setting
    the field in place is safe; ``dataclasses.replace`` per partner cost a fifth of opening a
    1,000-partner plan (bench/directory_speed.py).
    """
    object.__setattr__(org, "id", uid)
