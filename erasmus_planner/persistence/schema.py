"""The tables of the ``.epplan`` document (current schema version), mapped with SQLAlchemy 2.

The ORM classes stay inside persistence: ``plan_mapping`` turns them into domain values at the
boundary. Migrations never import these classes (they describe the schema *as it was*); a test
checks that migrating the first-version fixture to the head revision gives exactly these tables.

Values that the plan format allows to grow (unknown keys, contact objects) are kept as JSON text,
so they survive a round trip byte for byte in the order they were written.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from erasmus_planner.persistence.organisation_columns import OrganisationColumns

# The document schema version is the number of the newest Alembic revision ("0003" → 3).
SCHEMA_VERSION: Final = 3
HEAD_REVISION: Final = f"{SCHEMA_VERSION:04d}"
# Every revision a planner of this version can read: "0001" up to the head (migrations/versions).
KNOWN_REVISIONS: Final = frozenset(f"{version:04d}" for version in range(1, SCHEMA_VERSION + 1))
# ``PRAGMA application_id``: marks an SQLite file as a plan document ("EPLN").
APPLICATION_ID: Final = 0x45504C4E


class Base(DeclarativeBase):
    pass


class PlanRow(Base):
    """The plan's own fields; exactly one row (id 1)."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    action: Mapped[str] = mapped_column(String, nullable=False)
    field: Mapped[str | None] = mapped_column(String, nullable=True)
    lot: Mapped[str | None] = mapped_column(String, nullable=True)
    variant: Mapped[str | None] = mapped_column(String, nullable=True)
    call_year: Mapped[int] = mapped_column(Integer, nullable=False)
    duration_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Plan-level keys of the JSON format that this version does not know, as a JSON object.
    extra_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    # Free notes: the coordinator's own text about the plan (not part of the JSON format).
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class PartnerRow(OrganisationColumns, Base):
    """One organisation of the consortium; ``position`` keeps the order of the list."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    # Schema 2: the partner's identity inside the plan, kept across saves so that the history can
    # say "renamed" instead of "removed and added", and the window keeps its selection on reopen.
    uid: Mapped[str] = mapped_column(String, nullable=False)
    role: Mapped[str] = mapped_column(String, nullable=False)
    # Schema 3: an affiliated entity's full partner, by its exact name (else null).
    affiliated_to: Mapped[str | None] = mapped_column(Text, nullable=True)


class HistoryRow(Base):
    """One save that changed something: when, a one-line summary, and (schema 2) each change."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String, nullable=False)  # ISO 8601, UTC
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    details_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
