"""Organisations' track records in the partner directory: which funded projects each took part
in, and which organisations have a given experience ("coordinated a KA220-VET since 2022").

Portable SQLAlchemy only. The experience filter reads the participation table alone, through
its ``ix_participation_experience`` / ``ix_participation_code`` indexes (the participation
repeats its project's action, field, code and year for exactly this).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from erasmus_planner.domain.funded_projects import COORDINATOR, Experience, PastProject
from erasmus_planner.persistence.directory_tables import FundedProjectRow, OrganisationRow, ParticipationRow

if TYPE_CHECKING:
    from erasmus_planner.persistence.directory import DirectoryEntry

P = ParticipationRow
F = FundedProjectRow


def experience_conditions(experience: Experience) -> list[Any]:
    """The participation rows that count as this experience."""
    conditions: list[Any] = []
    if experience.action is not None:
        conditions.append(P.action == experience.action)
        if experience.field is not None:
            conditions.append(P.field == experience.field)
    elif experience.code is not None:
        # KA220 also means KA220-VET …; KA2 does not mean KA220 (codes are matched whole).
        conditions.append(or_(P.code == experience.code, P.code.startswith(experience.code + "-", autoescape=True)))
    if experience.role is not None:
        conditions.append(P.role == experience.role)
    if experience.since is not None:
        conditions.append(P.call_year >= experience.since)
    return conditions


def ranked_by_experience(session: Session, experience: Experience, filters: Sequence[Any], limit: int) -> list[tuple[int, int]]:
    """(organisation id, matching projects) of the organisations with that experience that pass
    ``filters``: the most matching projects first, then by name."""
    matches = (
        select(P.organisation_id.label("organisation_id"), func.count(distinct(P.project_id)).label("projects"))
        .where(*experience_conditions(experience))
        .group_by(P.organisation_id)
        .subquery()
    )
    query = (
        select(OrganisationRow.id, matches.c.projects)
        .join(matches, matches.c.organisation_id == OrganisationRow.id)
        .where(*filters)
        .order_by(matches.c.projects.desc(), OrganisationRow.name_folded, OrganisationRow.id)
        .limit(limit)
    )
    return [(int(i), int(n)) for i, n in session.execute(query)]


def track_records(session: Session, organisation_ids: Iterable[int]) -> dict[int, tuple[PastProject, ...]]:
    """Each organisation's funded projects, newest first, each project once (an organisation
    listed twice in one project, as after a merge, counts once, as coordinator if it was one)."""
    ids = list(organisation_ids)
    found: dict[int, dict[str, PastProject]] = {i: {} for i in ids}
    if not ids:
        return {}
    query = (
        select(P.organisation_id, P.role, F.identifier, F.title, F.action, F.field, F.code, F.call_year)
        .join(F, F.id == P.project_id)
        .where(P.organisation_id.in_(ids))
        .order_by(F.call_year.desc(), F.identifier.desc())
    )
    for organisation_id, role, identifier, title, action, field, code, year in session.execute(query):
        projects = found[organisation_id]
        known = projects.get(identifier)
        if known is None or (role == COORDINATOR and known.role != COORDINATOR):
            projects[identifier] = PastProject(identifier, title, action, field, code, year, role)
    return {i: tuple(projects.values()) for i, projects in found.items()}


def with_track_records(session: Session, entries: list[DirectoryEntry], matching: dict[int, int]) -> list[DirectoryEntry]:
    records = track_records(session, (e.id for e in entries))
    return [
        dataclasses.replace(
            entry, projects=records.get(entry.id, ()), project_count=len(records.get(entry.id, ())), matching=matching.get(entry.id, 0)
        )
        for entry in entries
    ]


def experienced_first(
    session: Session, *, action: str | None, types: Sequence[str], countries: Sequence[str], limit: int
) -> list[int]:
    """Organisations of these types and countries (any, where empty), those with the most
    projects of ``action`` first, then by name: where candidates for a failing rule are sought."""
    same_action = (
        select(P.organisation_id.label("organisation_id"), func.count(distinct(P.project_id)).label("projects"))
        .where(P.action == action)
        .group_by(P.organisation_id)
        .subquery()
    )
    query = select(OrganisationRow.id).outerjoin(same_action, same_action.c.organisation_id == OrganisationRow.id)
    if types:
        query = query.where(OrganisationRow.type.in_(list(types)))
    if countries:
        query = query.where(OrganisationRow.country.in_(list(countries)))
    query = query.order_by(func.coalesce(same_action.c.projects, 0).desc(), OrganisationRow.name_folded, OrganisationRow.id).limit(limit)
    return [int(i) for i in session.scalars(query)]
