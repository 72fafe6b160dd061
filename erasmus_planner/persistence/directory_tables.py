"""The partner directory's tables (current schema), for SQLite and any other SQLAlchemy engine.

Three tables: ``organisation`` (one entry per organisation, whatever file it came from),
``funded_project`` (a project of the Erasmus+ Project Results export) and ``participation``
(which organisation took part in which project, as coordinator or partner). Plain portable
types and constraints only: what differs between engines lives in ``directory_dialect``.
The Alembic migrations (``directory_migrations/``) describe the schema as it was at each
revision; a test checks that migrating a first-version directory gives exactly these tables.

A participation repeats its project's action, field, code and call year: those never change
once a project is funded, and having them beside the organisation lets one index answer
"organisations that coordinated a KA220-VET since 2022" without touching the projects.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from erasmus_planner.persistence.organisation_columns import OrganisationColumns

# The newest revision of directory_migrations/versions; the schema these classes describe.
HEAD_REVISION: Final = "0003"
SCHEMA_VERSION: Final = int(HEAD_REVISION)
# Alembic's bookkeeping table, named for the directory so that a database holding plans as well
# (a team workspace) keeps the two histories apart.
VERSION_TABLE: Final = "directory_schema_version"


class Base(DeclarativeBase):
    pass


class OrganisationRow(OrganisationColumns, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_folded: Mapped[str] = mapped_column(Text, nullable=False)
    # Folded name, city, OID and PIC, space separated: what a search text is matched against.
    search_text: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[str] = mapped_column(String, nullable=False)
    # Schema 2: what funded-project lists add about an organisation.
    website: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The website's host without "www.": one name in one country with two hosts is two entries.
    website_host: Mapped[str | None] = mapped_column(String, nullable=True)
    region: Mapped[str | None] = mapped_column(Text, nullable=True)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The type as the export wrote it ("Sport club"): shown beside ``type`` when that is `other`.
    type_as_written: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        # Covering index: a search walks it in name order and reads a row only when it matches.
        # It also serves "same name and country" lookups through its leading column.
        Index("ix_organisation_search", "name_folded", "search_text", "country", "type"),
        Index("ix_organisation_country", "country"),
        Index("ix_organisation_type", "type"),
        Index("ix_organisation_oid", "oid"),
        Index("ix_organisation_pic", "pic"),
    )


class FundedProjectRow(Base):
    __tablename__ = "funded_project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identifier: Mapped[str] = mapped_column(String, nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    call_year: Mapped[int] = mapped_column(Integer, nullable=False)
    # The official code as the identifier writes it (KA220-VET, KA101, EPPKA2-SSA-B; "" if none).
    code: Mapped[str] = mapped_column(String, nullable=False)
    # The planner's action, field and lot; null where the planner has no rules for the action,
    # or the project does not say (KA200: several fields).
    action: Mapped[str | None] = mapped_column(String, nullable=True)
    field: Mapped[str | None] = mapped_column(String, nullable=True)
    lot: Mapped[str | None] = mapped_column(String, nullable=True)
    key_action: Mapped[str] = mapped_column(Text, nullable=False, default="")
    action_type: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String, nullable=False, default="")
    # The grant in euros as the file writes it ("112527.93"): indicative, never summed here.
    # (Not "grant": a reserved word in SQL.)
    grant_eur: Mapped[str] = mapped_column(String, nullable=False, default="")
    website: Mapped[str] = mapped_column(Text, nullable=False, default="")
    card_url: Mapped[str] = mapped_column(Text, nullable=False, default="")
    topics: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Folded identifier and title: what "New from Funded Project…" searches.
    search_text: Mapped[str] = mapped_column(Text, nullable=False)
    imported_at: Mapped[str] = mapped_column(String, nullable=False)

    __table_args__ = (Index("ix_funded_project_year", "call_year"),)


class ParticipationRow(Base):
    __tablename__ = "participation"

    project_id: Mapped[int] = mapped_column(ForeignKey("funded_project.id"), primary_key=True)
    # 0 for the coordinator, N for the file's "Partner N".
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), nullable=False)
    role: Mapped[str] = mapped_column(String, nullable=False)  # coordinator | partner
    # Copies of the project's (see the module's comment).
    action: Mapped[str | None] = mapped_column(String, nullable=True)
    field: Mapped[str | None] = mapped_column(String, nullable=True)
    code: Mapped[str] = mapped_column(String, nullable=False)
    call_year: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        # An organisation's track record, newest first, read a few rows at a time.
        Index("ix_participation_organisation", "organisation_id", "call_year", "project_id"),
        # "Organisations with this experience": a narrow filter (an action, field and role from a
        # year on) is a short range here …
        Index("ix_participation_experience", "action", "field", "role", "call_year", "organisation_id"),
        # … and a wide one (every Cooperation Partnership) is counted per organisation in the
        # order this index already has, without sorting a hundred thousand rows.
        Index("ix_participation_action", "action", "organisation_id", "field", "role", "call_year"),
        Index("ix_participation_code", "code", "role", "call_year", "organisation_id"),
    )
