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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.funded_projects import Experience, FundedProject, PastProject
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.near_duplicates import Candidate
from erasmus_planner.domain.vocabulary import ORG_TYPE_IDS, PARTNER
from erasmus_planner.interchange.files import os_problem
from erasmus_planner.persistence import directory_dialect as dialect
from erasmus_planner.persistence import directory_duplicates as duplicates
from erasmus_planner.persistence import directory_history as history
from erasmus_planner.persistence import directory_projects as projects_table
from erasmus_planner.persistence.directory_schema import WHAT, prepare
from erasmus_planner.persistence.directory_projects import ProjectSummary, StoredProject
from erasmus_planner.persistence.directory_tables import SCHEMA_VERSION, FundedProjectRow, OrganisationRow
from erasmus_planner.persistence.organisation_columns import organisation_values
from erasmus_planner.persistence.project_import import LoadCounts, load_projects
from erasmus_planner.persistence.sqlite_files import kind_words, read_header, sqlite_errors

ENV_VARIABLE: Final = "ERASMUS_PLANNER_DIRECTORY"
# Projects of each entry a search brings along by default: none, only how many there are (what a
# list of results shows); a track record on screen asks for one entry's projects (``entries``),
# and ``directory search --json`` for all of them. This keeps a search over universities with a
# thousand projects each as quick as any other.
NEWEST_PROJECTS: Final = 0
FILE_NAME: Final = "partner-directory.sqlite3"
__all__ = ["DirectoryEntry", "MergeCounts", "OrganisationRow", "PartnerDirectory", "SCHEMA_VERSION", "search_text_of"]


@dataclass(frozen=True)
class DirectoryEntry:
    """One organisation of the directory, with what funded-project lists say about it.

    ``projects`` (newest first) and ``project_count`` are filled by searches that ask for track
    records; ``matching`` counts the projects that met a search's experience filter."""

    id: int
    organisation: Organisation
    website: str | None = None
    region: str | None = None
    address: str | None = None
    type_as_written: str | None = None
    project_count: int = 0
    projects: tuple[PastProject, ...] = ()
    matching: int = 0


@dataclass(frozen=True)
class MergeCounts:
    added: int
    updated: int

    @property
    def total(self) -> int:
        return self.added + self.updated


def search_text_of(org: Organisation) -> str:
    return " ".join(fold_name(part) for part in (org.name, org.city or "", org.oid or "", org.pic or "") if part)


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _row_values(org: Organisation) -> dict[str, Any]:
    return {
        **organisation_values(org),
        "name_folded": fold_name(org.name),
        "search_text": search_text_of(org),
        "updated_at": now_text(),
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
    return DirectoryEntry(
        id=row.id, organisation=org, website=row.website, region=row.region, address=row.address,
        type_as_written=row.type_as_written,
    )


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def backup_file(path: Path, version: int) -> Path:
    """A consistent copy of the SQLite directory beside it (``….schema1-backup.sqlite3``),
    made through SQLite's backup API so that a window writing to it meanwhile cannot tear it."""
    import sqlite3

    from erasmus_planner.interchange.files import replace_atomically
    from erasmus_planner.persistence.migrate import backup_path

    target = backup_path(path, version)

    def copy(tmp: Path) -> None:
        source = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            copy_db = sqlite3.connect(tmp)
            try:
                source.backup(copy_db)
            finally:
                copy_db.close()
        finally:
            source.close()

    with sqlite_errors(path, what=WHAT):
        replace_atomically(target, copy)
    return target


class PartnerDirectory:
    """The organisations of one directory file, with their funded projects; created on first use."""

    def __init__(self, path: str | os.PathLike[str], *, read_bound: Any = None) -> None:
        """``read_bound``: a ``directory_server.ReadBound`` giving a server's reads a time limit."""
        from erasmus_planner.persistence.directory_server import is_server_address

        if is_server_address(path):  # a team's directory on PostgreSQL (directory_server.py)
            self._engine, self.path = self._open_server(path, read_bound)
            return
        self.path = Path(path)
        self._engine = self._open()

    @property
    def engine(self) -> Any:
        return self._engine

    @staticmethod
    def _open_server(where: Any, read_bound: Any) -> tuple[Any, Any]:
        from erasmus_planner.persistence.directory_server import server_engine

        engine, name = server_engine(where, read_bound=read_bound)
        try:
            with sqlite_errors(name, what=WHAT):  # type: ignore[arg-type]
                prepare(engine, source=name)
        except BaseException:
            engine.dispose()
            raise
        return engine, name

    @staticmethod
    def default_path(override: str | os.PathLike[str] | None = None) -> Path:
        """``--directory PATH``, else ``$ERASMUS_PLANNER_DIRECTORY``, else the user data folder.
        A ``postgresql://`` URL is given back as it is (a ``str``): a team's directory."""
        from erasmus_planner.persistence.directory_server import is_server_address

        for given in (override, os.environ.get(ENV_VARIABLE)):
            if given:
                return given if is_server_address(given) else Path(given)  # type: ignore[return-value]
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
        engine = dialect.sqlite_file_engine(self.path)
        try:
            with sqlite_errors(self.path, what=WHAT, doing="write" if not exists else "read"):
                prepare(engine, source=str(self.path), backup=lambda version: backup_file(self.path, version))
        except BaseException:
            engine.dispose()
            raise
        return engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> PartnerDirectory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------------

    def search(
        self,
        text: str = "",
        *,
        country: str | None = None,
        type: str | None = None,
        limit: int = 50,
        experience: Experience | None = None,
        track_records: bool = False,
        newest: int | None = NEWEST_PROJECTS,
    ) -> list[DirectoryEntry]:
        """Organisations whose name, city, OID or PIC contain every word of ``text``.

        By name, names starting with the text first; with ``experience``, only organisations
        that took part in such projects, the most such projects first. ``country`` takes a code
        or an English name. With ``track_records`` (always with ``experience``) each entry
        carries its funded projects, newest first: the ``newest`` of them (None: all) and how
        many there are.
        """
        words = fold_name(text).split()
        filters = self._filters(words, country, type)
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            matching: dict[int, int] = {}
            if experience is not None:
                matching = dict(history.ranked_by_experience(session, experience, filters, limit))
                ids = list(matching)
            else:
                ids = self._ids_by_name(session, words, filters, limit)
            rows = {row.id: row for row in session.scalars(select(OrganisationRow).where(OrganisationRow.id.in_(ids)))}
            entries = [_entry(rows[i]) for i in ids if i in rows]
            if track_records or experience is not None:
                entries = history.with_track_records(session, entries, matching, newest=newest)
            return entries

    @staticmethod
    def _filters(words: list[str], country: str | None, type: str | None) -> list[Any]:
        filters: list[Any] = [OrganisationRow.search_text.like(f"%{_like_escape(w)}%", escape="\\") for w in words]
        if country:
            code = countries.code_from_text(country)
            if code is None:
                raise PlanError("{country!r} is not a country; use a two-letter code such as PL or an English name", country=country)
            filters.append(OrganisationRow.country == code)
        if type:
            if type not in ORG_TYPE_IDS:
                raise PlanError("unknown organisation type {value!r}; valid types: {valid}", value=type, valid=", ".join(ORG_TYPE_IDS))
            filters.append(OrganisationRow.type == type)
        return filters

    def _ids_by_name(self, session: Session, words: list[str], filters: list[Any], limit: int) -> list[int]:
        # Ids first, from the covering index alone; then only the rows that will be shown.
        order = (OrganisationRow.name_folded, OrganisationRow.id)
        ids: list[int] = []
        if words:
            starting = dialect.starts_with(self._engine.dialect.name, OrganisationRow.name_folded, " ".join(words))
            starts = select(OrganisationRow.id).where(starting, *filters)
            ids = list(session.scalars(starts.order_by(*order).limit(limit)))
        if len(ids) < limit:
            rest = select(OrganisationRow.id).where(*filters)
            if ids:
                rest = rest.where(OrganisationRow.id.not_in(ids))
            ids.extend(session.scalars(rest.order_by(*order).limit(limit - len(ids))))
        return ids

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

    def countries(self) -> list[str]:
        """The distinct countries of the entries, by code (from ``ix_organisation_country``)."""
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            return list(session.scalars(select(OrganisationRow.country).distinct().order_by(OrganisationRow.country)))

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

    def remove(self, entry_id: int) -> duplicates.RemovedEntry:
        """Remove an entry and its participations in funded projects; what ``restore`` needs."""
        with sqlite_errors(self.path, what=WHAT, doing="write"):
            return duplicates.remove(self._engine, entry_id, source=str(self.path))

    def restore(self, removed: duplicates.RemovedEntry) -> None:
        """Put back an entry ``remove`` took away, with its id and its participations."""
        with sqlite_errors(self.path, what=WHAT, doing="write"):
            duplicates.restore(self._engine, removed)

    # --- funded projects -------------------------------------------------------------------------

    def load_projects(self, projects: Iterable[FundedProject], *, keep: Callable[[], bool] = lambda: True) -> LoadCounts | None:
        """Add funded projects in one transaction (see ``project_import``); None if not kept."""
        with sqlite_errors(self.path, what=WHAT, doing="write"):
            return load_projects(self._engine, projects, imported_at=now_text(), keep=keep)

    def project(self, identifier: str) -> StoredProject | None:
        with sqlite_errors(self.path, what=WHAT):
            return projects_table.project(self._engine, identifier)

    def search_projects(self, text: str, *, limit: int = 50) -> list[ProjectSummary]:
        with sqlite_errors(self.path, what=WHAT):
            return projects_table.search_projects(self._engine, text, limit=limit)

    def project_count(self) -> int:
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            return int(session.scalar(select(func.count()).select_from(FundedProjectRow)) or 0)

    def entries(self, ids: Iterable[int], *, track_records: bool = True, newest: int | None = None) -> list[DirectoryEntry]:
        """The entries with these ids, in that order (missing ones left out), with track records
        (the ``newest`` projects of each; None: all)."""
        wanted = list(ids)
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            rows = {row.id: row for row in session.scalars(select(OrganisationRow).where(OrganisationRow.id.in_(wanted)))}
            entries = [_entry(rows[i]) for i in wanted if i in rows]
            return history.with_track_records(session, entries, {}, newest=newest) if track_records else entries

    def experienced_first(self, *, action: str | None, types: Iterable[str] = (), countries: Iterable[str] = (), limit: int = 150) -> list[DirectoryEntry]:
        """Entries of these types and countries, most experienced in ``action`` first, with track records."""
        with sqlite_errors(self.path, what=WHAT), Session(self._engine) as session:
            ids = history.experienced_first(session, action=action, types=list(types), countries=list(countries), limit=limit)
        return self.entries(ids)

    # --- near-duplicates -------------------------------------------------------------------------

    def duplicate_candidates(self) -> list[Candidate]:
        with sqlite_errors(self.path, what=WHAT):
            return duplicates.find_candidates(self._engine)

    def merge_entries(self, keep_id: int, other_id: int) -> duplicates.MergeRecord:
        """Merge OTHER into KEEP with its history; what ``unmerge`` needs to undo it."""
        with sqlite_errors(self.path, what=WHAT, doing="write"):
            return duplicates.merge(self._engine, keep_id, other_id, source=str(self.path))

    def unmerge(self, record: duplicates.MergeRecord) -> None:
        with sqlite_errors(self.path, what=WHAT, doing="write"):
            duplicates.unmerge(self._engine, record)

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
