"""Funded projects held in the partner directory: one by its identifier, with its consortium as
the directory knows it now, and a search by identifier, title or organisation (what "New from
Funded Project…" and ``new --from-project`` start from). Portable SQLAlchemy only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Engine, and_, or_, select

from erasmus_planner.domain.funded_projects import COORDINATOR, card_url_for
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.persistence.directory_tables import FundedProjectRow, OrganisationRow, ParticipationRow

F = FundedProjectRow
P = ParticipationRow
O = OrganisationRow  # noqa: E741 (the table's initial, as F and P)
SEARCH_LIMIT: Final = 50


@dataclass(frozen=True)
class ProjectSummary:
    identifier: str
    title: str
    call_year: int
    code: str
    action: str | None
    field: str | None
    lot: str | None
    coordinator: str
    coordinator_country: str
    partners: int  # organisations besides the coordinator

    @property
    def card_url(self) -> str:
        return card_url_for(self.identifier)


@dataclass(frozen=True)
class Member:
    """One organisation of a stored project: its position and role there, and its entry's id."""

    position: int
    role: str
    entry_id: int


@dataclass(frozen=True)
class StoredProject:
    summary: ProjectSummary
    members: tuple[Member, ...]  # coordinator first, then partners in the file's order
    key_action: str
    action_type: str


def _summaries(engine: Engine, condition: Any, limit: int) -> list[ProjectSummary]:
    coordinator = (
        select(P.project_id, O.name, O.country)
        .join(O, O.id == P.organisation_id)
        .where(P.role == COORDINATOR)
        .subquery()
    )
    with engine.connect() as conn:
        projects = list(
            conn.execute(
                select(F.id, F.identifier, F.title, F.call_year, F.code, F.action, F.field, F.lot, coordinator.c.name, coordinator.c.country)
                .outerjoin(coordinator, coordinator.c.project_id == F.id)
                .where(condition)
                .order_by(F.call_year.desc(), F.identifier)
                .limit(limit)
            )
        )
        counts: dict[int, int] = {}
        ids = [row[0] for row in projects]
        if ids:
            for project_id, role in conn.execute(select(P.project_id, P.role).where(P.project_id.in_(ids))):
                if role != COORDINATOR:
                    counts[project_id] = counts.get(project_id, 0) + 1
    return [
        ProjectSummary(identifier, title, year, code, action, field, lot, name or "", country or "", counts.get(project_id, 0))
        for project_id, identifier, title, year, code, action, field, lot, name, country in projects
    ]


def search_projects(engine: Engine, text: str, *, limit: int = SEARCH_LIMIT) -> list[ProjectSummary]:
    """Projects whose identifier or title contains every word of ``text``, or in which an
    organisation whose name contains them took part; newest first."""
    words = fold_name(text).split()
    if not words:
        return _summaries(engine, F.id.is_not(None), limit)
    in_project = [F.search_text.contains(word, autoescape=True) for word in words]
    by_member = select(P.project_id).join(O, O.id == P.organisation_id).where(
        *[O.search_text.contains(word, autoescape=True) for word in words]
    )
    exact = text.strip().upper()
    return _summaries(engine, or_(F.identifier == exact, and_(*in_project), F.id.in_(by_member)), limit)


def project(engine: Engine, identifier: str) -> StoredProject | None:
    """The project with this identifier (case and spaces ignored), or None."""
    key = identifier.strip().upper()
    found = _summaries(engine, F.identifier == key, 1)
    if not found:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(F.id, F.key_action, F.action_type).where(F.identifier == key)).one()
        members = tuple(
            Member(int(position), role, int(entry))
            for position, role, entry in conn.execute(
                select(P.position, P.role, P.organisation_id).where(P.project_id == row[0]).order_by(P.position)
            )
        )
    return StoredProject(summary=found[0], members=members, key_action=row[1], action_type=row[2])
