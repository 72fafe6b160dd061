"""Loading funded projects into the partner directory: one transaction, in batches, matched.

Every organisation of a project becomes one directory entry however many projects it took part
in: the same OID or PIC where both are known (funded-project lists carry neither), else the same
folded name in the same country, unless both have a website and the hosts differ (two schools
called "Primary School No. 1" in one country are two schools). Near-duplicates are never joined
here: ``directory_duplicates`` lists them for a person to decide.

An existing entry keeps its details (what the user typed wins over a list); an entry made by
this import takes the first row that names it and fills what that row left empty from later
rows. A project already in the directory (same identifier, a newer list) is replaced with its
participants. The caller decides at the end whether the whole load is kept (``keep``); any
exception, a Cancel included, rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Engine, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from erasmus_planner.domain.funded_projects import FundedProject, Participant, website_host
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.persistence import directory_dialect as dialect
from erasmus_planner.persistence.directory_tables import FundedProjectRow, OrganisationRow, ParticipationRow

BATCH: Final = 2000  # projects per round of inserts: memory stays flat, round trips few
_ORG: Final = OrganisationRow.__table__
_PROJECT: Final = FundedProjectRow.__table__
_PARTICIPATION: Final = ParticipationRow.__table__
_PARTICIPATION_COLUMNS: Final = ("project_id", "position", "organisation_id", "role", "action", "field", "code", "call_year")
# Organisation details a later row may fill in when the first row that named it left them empty.
_FILLED: Final = ("city", "website", "website_host", "region", "address")


_UNSEEN: Final = object()


@dataclass(frozen=True)
class LoadCounts:
    projects_added: int
    projects_replaced: int
    organisations_added: int
    organisations_reused: int  # entries that were already in the directory before this load
    participations: int


class _Pending:
    """An organisation this load will add; its id is known once its batch is inserted."""

    __slots__ = ("values", "id")

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values
        self.id: int | None = None


def load_projects(
    engine: Engine, projects: Iterable[FundedProject], *, imported_at: str, keep: Callable[[], bool] = lambda: True
) -> LoadCounts | None:
    """Add ``projects`` in one transaction; None when ``keep()`` said no at the end (nothing kept)."""
    with engine.connect() as conn:
        conn.execution_options(**{dialect.WRITE_LOCK: True})
        transaction = conn.begin()
        dialect.prepare_bulk_load(conn)
        try:
            loader = _Loader(conn, imported_at)
            for project in projects:
                loader.add(project)
            loader.flush()
            if not keep():
                transaction.rollback()
                return None
            transaction.commit()
            return loader.counts()
        except BaseException:
            transaction.rollback()
            raise
        finally:
            dialect.end_bulk_load(conn)


class _Loader:
    def __init__(self, conn: Connection, imported_at: str) -> None:
        self._conn = conn
        self._imported_at = imported_at
        self._folded: dict[str, str] = {}
        self._hosts: dict[str, Any] = {}
        # (folded name, country) → [(website host or None, id or pending)], existing entries first.
        self._by_name: dict[tuple[str, str], list[tuple[str | None, int | _Pending]]] = {}
        for row_id, name_folded, country, host in conn.execute(
            select(OrganisationRow.id, OrganisationRow.name_folded, OrganisationRow.country, OrganisationRow.website_host)
        ):
            self._by_name.setdefault((name_folded, country), []).append((host, row_id))
        self._projects: dict[str, int] = {
            identifier: int(project_id) for identifier, project_id in conn.execute(select(FundedProjectRow.identifier, FundedProjectRow.id))
        }
        self._new_orgs: list[_Pending] = []
        self._new_projects: list[tuple[FundedProject, dict[str, Any], list[tuple[Participant, int | _Pending]]]] = []
        self._replaced: list[tuple[int, FundedProject, dict[str, Any], list[tuple[Participant, int | _Pending]]]] = []
        self._reused: set[int] = set()
        self._added = self._replaced_count = self._org_count = self._participations = 0

    # --- matching ----------------------------------------------------------------------------

    def _fold(self, name: str) -> str:
        folded = self._folded.get(name)
        if folded is None:
            folded = self._folded[name] = fold_name(name)
        return folded

    def _organisation(self, person: Participant) -> int | _Pending:
        folded = self._fold(person.name)
        host = self._hosts.get(person.website, _UNSEEN)
        if host is _UNSEEN:
            host = self._hosts[person.website] = website_host(person.website)
        candidates = self._by_name.setdefault((folded, person.country), [])
        chosen: int | _Pending | None = None
        if not candidates:
            pass
        elif host is None:
            chosen = candidates[0][1]
        elif len(candidates) == 1:  # the common case: one entry of that name in that country
            known, ref = candidates[0]
            chosen = ref if known == host or known is None else None
        else:
            same = next((ref for h, ref in candidates if h == host), None)
            chosen = same if same is not None else next((ref for h, ref in candidates if h is None), None)
        if chosen is None:
            pending = _Pending(self._values(person, folded, host))
            candidates.append((host, pending))
            self._new_orgs.append(pending)
            self._org_count += 1
            return pending
        if isinstance(chosen, _Pending):
            self._fill(chosen, person, host, candidates)
        else:
            self._reused.add(chosen)
        return chosen

    def _fill(self, pending: _Pending, person: Participant, host: str | None, candidates: list[Any]) -> None:
        if pending.id is not None:
            return  # already written: a later row no longer changes it
        values = pending.values
        if values["type"] == "other" and person.type != "other":
            values["type"], values["type_as_written"] = person.type, person.type_as_written
        fresh = {"city": person.city, "website": person.website, "website_host": host, "region": person.region, "address": person.address}
        for key in _FILLED:
            if not values[key] and fresh[key]:
                values[key] = fresh[key]
        if host and values["website_host"] == host:
            for index, (h, ref) in enumerate(candidates):
                if ref is pending and h is None:
                    candidates[index] = (host, pending)
        values["search_text"] = " ".join(part for part in (values["name_folded"], self._fold(values["city"] or "")) if part)

    def _values(self, person: Participant, folded: str, host: str | None) -> dict[str, Any]:
        city_folded = self._fold(person.city) if person.city else ""
        return {
            "name": person.name,
            "country": person.country,
            "type": person.type,
            "oid": None,
            "pic": None,
            "eche": False,
            "city": person.city or None,
            "community": None,
            "established": None,
            "contact_json": None,
            "notes": "",
            "extra_json": "{}",
            "name_folded": folded,
            "search_text": f"{folded} {city_folded}" if city_folded else folded,
            "updated_at": self._imported_at,
            "website": person.website or None,
            "website_host": host,
            "region": person.region or None,
            "address": person.address or None,
            "type_as_written": person.type_as_written or None,
        }

    # --- projects ----------------------------------------------------------------------------

    def add(self, project: FundedProject) -> None:
        refs = [(person, self._organisation(person)) for person in project.participants]
        row = self._project_values(project)
        existing = self._projects.get(project.identifier)
        if existing is None:
            self._new_projects.append((project, row, refs))
            self._projects[project.identifier] = -1  # a second row of it is the caller's problem
        else:
            self._replaced.append((existing, project, row, refs))
        if len(self._new_projects) + len(self._replaced) >= BATCH:
            self.flush()

    def _project_values(self, project: FundedProject) -> dict[str, Any]:
        action = project.action
        return {
            "identifier": project.identifier,
            "title": project.title,
            "call_year": project.call_year,
            "code": action.code,
            "action": action.action,
            "field": action.field,
            "lot": action.lot,
            "key_action": project.key_action,
            "action_type": project.action_type,
            "status": project.status,
            "grant_eur": project.grant,
            "website": project.website,
            "card_url": project.card_url,
            "topics": project.topics,
            "search_text": f"{project.identifier.casefold()} {fold_name(project.title)}",
            "imported_at": self._imported_at,
        }

    def _insert_numbered(self, table: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` and return their new ids, in order."""
        first = dialect.reserve_ids(self._conn, table, len(rows))
        if first is None:
            return [int(i) for i in self._conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars()]
        columns = ("id", *rows[0])
        dialect.insert_many(self._conn, table, columns, [(first + n, *row.values()) for n, row in enumerate(rows)])
        return list(range(first, first + len(rows)))

    def flush(self) -> None:
        conn = self._conn
        if self._new_orgs:
            ids = self._insert_numbered(_ORG, [p.values for p in self._new_orgs])
            for pending, new_id in zip(self._new_orgs, ids):
                pending.id = new_id
                pending.values = {}  # written: only the id is needed from now on
            self._new_orgs = []
        participations: list[tuple[Any, ...]] = []
        if self._new_projects:
            ids = self._insert_numbered(_PROJECT, [row for _, row, _ in self._new_projects])
            for (project, _, refs), new_id in zip(self._new_projects, ids):
                self._projects[project.identifier] = new_id
                participations.extend(self._participation_rows(new_id, project, refs))
            self._added += len(ids)
            self._new_projects = []
        if self._replaced:
            project_ids = [project_id for project_id, _, _, _ in self._replaced]
            conn.execute(delete(_PARTICIPATION).where(_PARTICIPATION.c.project_id.in_(project_ids)))
            changes = [{"_id": project_id, **{k: v for k, v in row.items() if k != "identifier"}} for project_id, _, row, _ in self._replaced]
            conn.execute(update(_PROJECT).where(_PROJECT.c.id == bindparam("_id")), changes)
            for project_id, project, _, refs in self._replaced:
                participations.extend(self._participation_rows(project_id, project, refs))
            self._replaced_count += len(self._replaced)
            self._replaced = []
        dialect.insert_many(conn, _PARTICIPATION, _PARTICIPATION_COLUMNS, participations)
        self._participations += len(participations)

    @staticmethod
    def _participation_rows(project_id: int, project: FundedProject, refs: list[tuple[Participant, int | _Pending]]) -> Iterable[tuple[Any, ...]]:
        action = project.action
        for person, ref in refs:
            organisation_id = ref.id if isinstance(ref, _Pending) else ref
            yield (project_id, person.position, organisation_id, person.role, action.action, action.field, action.code, project.call_year)

    def counts(self) -> LoadCounts:
        return LoadCounts(
            projects_added=self._added,
            projects_replaced=self._replaced_count,
            organisations_added=self._org_count,
            organisations_reused=len(self._reused),
            participations=self._participations,
        )
