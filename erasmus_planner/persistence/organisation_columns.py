"""The columns that hold one organisation, shared by the plan document's partners and the
partner directory's entries (both store an ``Organisation``; only the extras around it differ)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from erasmus_planner.domain.model import Organisation
from erasmus_planner.interchange.plan_json import plain_json


def to_json_text(value: Any) -> str:
    """Mappings (also read-only ones) and tuples as JSON text, keys in their order."""
    return json.dumps(plain_json(value), ensure_ascii=False)


class OrganisationColumns:
    """Declarative mixin: an organisation's fields, contact and unknown keys as JSON text."""

    name: Mapped[str] = mapped_column(Text, nullable=False)
    country: Mapped[str] = mapped_column(String, nullable=False)
    type: Mapped[str] = mapped_column(String, nullable=False)
    oid: Mapped[str | None] = mapped_column(String, nullable=True)
    pic: Mapped[str | None] = mapped_column(String, nullable=True)
    eche: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    city: Mapped[str | None] = mapped_column(Text, nullable=True)
    community: Mapped[str | None] = mapped_column(String, nullable=True)
    established: Mapped[str | None] = mapped_column(String, nullable=True)
    # The contact object as JSON (null when there is none).
    contact_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Keys of the plan format this version does not know, as a JSON object.
    extra_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


def organisation_values(org: Organisation) -> dict[str, Any]:
    """The ``OrganisationColumns`` values of ``org``, ready for an INSERT or UPDATE."""
    return {
        "name": org.name,
        "country": org.country,
        "type": org.type,
        "oid": org.oid,
        "pic": org.pic,
        "eche": org.eche,
        "city": org.city,
        "community": org.community,
        "established": org.established,
        "contact_json": None if org.contact is None else to_json_text(org.contact),
        "notes": org.notes,
        "extra_json": to_json_text(org.extra),
    }
