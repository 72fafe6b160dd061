"""The partner directory: a per-user SQLite database of organisations reused across plans.

Search is accent-, case- and spacing-insensitive ("lodz" finds "Łódź", "koln" finds "Köln")
because every row stores a folded copy of its name, city, OID and PIC (``search_text``), made
with the same ``fold_name`` the query goes through. A covering index over the folded name and
that text lets SQLite answer a search over 50,000 organisations from the index alone, in name
order, stopping as soon as it has enough (see docs/performance.md).

Roles are not kept: an organisation is a partner in one plan and the applicant in another.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from sqlalchemy import Index, Integer, String, Text, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.vocabulary import ORG_TYPE_IDS, PARTNER
from erasmus_planner.persistence.errors import FileTooNew, NotOurFile
from erasmus_planner.persistence.organisation_columns import OrganisationColumns, organisation_values
from erasmus_planner.interchange.files import os_problem
from erasmus_planner.persistence.sqlite_files import kind_words, read_header, sqlite_errors, writable_engine

ENV_VARIABLE: Final = "ERASMUS_PLANNER_DIRECTORY"
FILE_NAME: Final = "partner-directory.sqlite3"
APPLICATION_ID: Final = 0x45504452  # "EPDR"
SCHEMA_VERSION: Final = 1  # PRAGMA user_version
WHAT: Final = "partner directory"


class _Base(DeclarativeBase):
    pass


class OrganisationRow(OrganisationColumns, _Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_folded: Mapped[str] = mapped_column(Text, nullable=False)
    # Folded name, city, OID and PIC, space separated: what a search text is matched against.
    search_text: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[str] = mapped_column(String, nullable=False)

    __table_args__ = (
        # Covering index: a search walks it in name order and reads a row only when it matches.
        # It also serves "same name and country" lookups through its leading column.
        Index("ix_organisation_search", "name_folded", "search_text", "country", "type"),
        Index("ix_organisation_country", "country"),
        Index("ix_organisation_type", "type"),
        Index("ix_organisation_oid", "oid"),
        Index("ix_organisation_pic", "pic"),
    )


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    organisation: Organisation


@dataclass(frozen=True)
class MergeCounts:
    added: int
    updated: int

    @property
    def total(self) -> int:
        return self.added + self.updated


def search_text_of(org: Organisation) -> str:
    return " ".join(fold_name(part) for part in (org.name, org.city or "", org.oid or "", org.pic or "") if part)


def _row_values(org: Organisation) -> dict[str, Any]:
    return {
        **organisation_values(org),
        "name_folded": fold_name(org.name),
        "search_text": search_text_of(org),
        "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _json_mapping(text_value: str | None) -> Mapping[str, Any] | None:
    if text_value is None:
        return None
    try:
        value = json.loads(text_value)
    except ValueError:
        return None
    return MappingProxyType(value) if isinstance(value, dict) else None


def _entry(row: OrganisationRow) -> DirectoryEntry:
    org = Organisation(
        name=row.name,
        country=row.country,
        type=row.type,
        role=PARTNER,
        oid=row.oid,
        pic=row.pic,
        eche=bool(row.eche),
        city=row.city,
        community=row.community,
        established=row.established,
        contact=_json_mapping(row.contact_json),
        notes=row.notes,
        extra=_json_mapping(row.extra_json) or MappingProxyType({}),
    )
    return DirectoryEntry(id=row.id, organisation=org)


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class PartnerDirectory:
    """The organisations of one directory file; created on first use."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._engine = self._open()

    @staticmethod
    def default_path(override: str | os.PathLike[str] | None = None) -> Path:
        """``--directory PATH``, else ``$ERASMUS_PLANNER_DIRECTORY``, else the user data folder."""
        if override:
            return Path(override)
        from_env = os.environ.get(ENV_VARIABLE)
        if from_env:
            return Path(from_env)
        import platformdirs

        return platformdirs.user_data_path("erasmus-planner", appauthor=False) / FILE_NAME

    def _open(self):  # type: ignore[no-untyped-def]
        exists = self.path.exists()
        if exists:
            read_header(self.path, what=WHAT)
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise PlanError(
                    "the folder for the {what} cannot be created ({problem})", what=kind_words(WHAT), problem=os_problem(exc), source=str(self.path)
                ) from None
        engine = writable_engine(self.path, pooled=True)
        try:
            with sqlite_errors(self.path, what=WHAT, doing="write" if not exists else "read"), engine.begin() as conn:
                tables = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
                if not tables:
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    _Base.metadata.create_all(conn)
                else:
                    self._check(conn, tables)
        except BaseException:
            engine.dispose()
            raise
        return engine

    def _check(self, conn: Any, tables: set[str]) -> None:
        application_id = conn.scalar(text("PRAGMA application_id"))
        if application_id != APPLICATION_ID or "organisation" not in tables:
            raise NotOurFile("this is a database of another program, not a {what}", what=kind_words(WHAT), source=str(self.path))
        version = conn.scalar(text("PRAGMA user_version"))
        if version > SCHEMA_VERSION:
            raise FileTooNew(
                "this {what} was written by a newer version of the planner (version {version}; this program "
                "reads up to {ours}); it was not changed",
                what=kind_words(WHAT), version=version, ours=SCHEMA_VERSION,
                source=str(self.path),
            )

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> PartnerDirectory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------------

    def search(
        self, text: str = "", *, country: str | None = None, type: str | None = None, limit: int = 50
    ) -> list[DirectoryEntry]:
        """Organisations whose name, city, OID or PIC contain every word of ``text``, by name.

        Names starting with the text come first. ``country`` takes a code or an English name.
        """
        words = fold_name(text).split()
        filters = [OrganisationRow.search_text.like(f"%{_like_escape(w)}%", escape="\\") for w in words]
        if country:
            code = countries.code_from_text(country)
            if code is None:
                raise PlanError("{country!r} is not a country; use a two-letter code such as PL or an English name", country=country)
            filters.append(OrganisationRow.country == code)
        if type:
            if type not in ORG_TYPE_IDS:
                raise PlanError("unknown organisation type {value!r}; valid types: {valid}", value=type, valid=", ".join(ORG_TYPE_IDS))
            filters.append(OrganisationRow.type == type)
        order = (OrganisationRow.name_folded, OrganisationRow.id)
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            # Ids first, from the covering index alone; then only the rows that will be shown.
            ids: list[int] = []
            if words:
                prefix = " ".join(words)
                starts = select(OrganisationRow.id).where(
                    OrganisationRow.name_folded >= prefix, OrganisationRow.name_folded < prefix + "\U0010ffff", *filters
                )
                ids = list(session.scalars(starts.order_by(*order).limit(limit)))
            if len(ids) < limit:
                rest = select(OrganisationRow.id).where(*filters)
                if ids:
                    rest = rest.where(OrganisationRow.id.not_in(ids))
                ids.extend(session.scalars(rest.order_by(*order).limit(limit - len(ids))))
            rows = {row.id: row for row in session.scalars(select(OrganisationRow).where(OrganisationRow.id.in_(ids)))}
            return [_entry(rows[i]) for i in ids if i in rows]

    def get(self, entry_id: int) -> DirectoryEntry:
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            row = session.get(OrganisationRow, entry_id)
            if row is None:
                raise PlanError("the {what} has no entry {entry} (removed meanwhile?)", what=kind_words(WHAT), entry=entry_id, source=str(self.path))
            return _entry(row)

    def all(self) -> list[DirectoryEntry]:
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            rows = session.scalars(select(OrganisationRow).order_by(OrganisationRow.name_folded, OrganisationRow.id))
            return [_entry(row) for row in rows]

    def count(self) -> int:
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            return int(session.scalar(select(func.count()).select_from(OrganisationRow)) or 0)

    def find_match(self, org: Organisation) -> DirectoryEntry | None:
        """The entry that is the same organisation: same OID, else same PIC, else same name and country."""
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            for condition in self._identity_conditions(org):
                row = session.scalars(select(OrganisationRow).where(*condition).order_by(OrganisationRow.id).limit(1)).first()
                if row is not None:
                    return _entry(row)
        return None

    @staticmethod
    def _identity_conditions(org: Organisation) -> list[tuple[Any, ...]]:
        conditions: list[tuple[Any, ...]] = []
        if org.oid:
            conditions.append((OrganisationRow.oid == org.oid,))
        if org.pic:
            conditions.append((OrganisationRow.pic == org.pic,))
        conditions.append((OrganisationRow.name_folded == fold_name(org.name), OrganisationRow.country == org.country))
        return conditions

    # --- writing ---------------------------------------------------------------------------------

    def add(self, org: Organisation) -> DirectoryEntry:
        with sqlite_errors(self.path, what=WHAT, doing="write"), self._engine.begin() as conn:
            new_id = conn.execute(insert(OrganisationRow).values(**_row_values(org))).inserted_primary_key[0]
        return DirectoryEntry(id=int(new_id), organisation=org.with_changes(role=PARTNER))

    def update(self, entry_id: int, org: Organisation) -> DirectoryEntry:
        with sqlite_errors(self.path, what=WHAT, doing="write"), self._engine.begin() as conn:
            result = conn.execute(update(OrganisationRow).where(OrganisationRow.id == entry_id).values(**_row_values(org)))
        if result.rowcount == 0:
            raise PlanError("the {what} has no entry {entry} (removed meanwhile?)", what=kind_words(WHAT), entry=entry_id, source=str(self.path))
        return DirectoryEntry(id=entry_id, organisation=org.with_changes(role=PARTNER))

    def remove(self, entry_id: int) -> None:
        with sqlite_errors(self.path, what=WHAT, doing="write"), self._engine.begin() as conn:
            conn.execute(delete(OrganisationRow).where(OrganisationRow.id == entry_id))

    def import_organisations(self, orgs: Iterable[Organisation]) -> int:
        """Add organisations, updating those already there (same OID, PIC, or name and country).

        Returns how many were added or updated; ``merge`` tells the two apart.
        """
        return self.merge(orgs).total

    def merge(self, orgs: Iterable[Organisation]) -> MergeCounts:
        incoming = list(orgs)
        with sqlite_errors(self.path, what=WHAT, doing="write"), self._engine.begin() as conn:
            by_oid: dict[str, int] = {}
            by_pic: dict[str, int] = {}
            by_name: dict[tuple[str, str], int] = {}
            for row_id, oid, pic, name_folded, country in conn.execute(
                select(OrganisationRow.id, OrganisationRow.oid, OrganisationRow.pic, OrganisationRow.name_folded, OrganisationRow.country)
            ):
                if oid:
                    by_oid.setdefault(oid, row_id)
                if pic:
                    by_pic.setdefault(pic, row_id)
                by_name.setdefault((name_folded, country), row_id)
            updates: dict[int, dict[str, Any]] = {}
            inserts: dict[tuple[str, ...], dict[str, Any]] = {}
            for org in incoming:
                values = _row_values(org)
                name_key = (values["name_folded"], org.country)
                existing = (org.oid and by_oid.get(org.oid)) or (org.pic and by_pic.get(org.pic)) or by_name.get(name_key)
                if existing:
                    updates[existing] = {"_id": existing, **values}
                else:
                    # The same organisation twice in one import: the later row wins.
                    key = ("oid", org.oid) if org.oid else ("pic", org.pic) if org.pic else ("name", *name_key)
                    inserts[key] = values
            table = OrganisationRow.__table__
            if inserts:
                conn.execute(insert(table), list(inserts.values()))
            if updates:
                conn.execute(update(table).where(table.c.id == bindparam("_id")), list(updates.values()))
        return MergeCounts(added=len(inserts), updated=len(updates))
