"""Organisations' track records in the partner directory: which funded projects each took part
in, and which organisations have a given experience ("coordinated a KA220-VET since 2022").

Portable SQLAlchemy only. The experience filter reads the participation table alone, through
its indexes (the participation repeats its project's action, field, code and year for exactly
this).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from erasmus_planner.domain.funded_projects import Experience, PastProject
from erasmus_planner.persistence import directory_dialect as dialect
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


# A filter (words, country, type) that leaves at most this many organisations is applied first:
# their participations are then looked up one organisation at a time in ix_participation_action
# (~1 µs each) instead of joining the organisation of every participation of the action (up to
# 170,000 look-ups). Beyond it the join is cheaper (a filter that matches nearly everyone).
FEW_ORGANISATIONS = 5_000


def ranked_by_experience(session: Session, experience: Experience, filters: Sequence[Any], limit: int) -> list[tuple[int, int]]:
    """(organisation id, matching projects) of the organisations with that experience that pass
    ``filters``: the most matching projects first, then the most recent, then the first imported.

    One GROUP BY over the participations of the action, which ``ix_participation_action`` hands
    over already in organisation order (no sort of a hundred thousand rows). With filters, the
    organisations that pass them are found first (``FEW_ORGANISATIONS``); only a filter that
    leaves more joins the organisation of every participation. Counting rows counts projects: a
    merge never leaves an organisation twice in one project."""
    conditions = experience_conditions(experience)
    projects = func.count().label("projects")
    newest = func.max(P.call_year).label("newest")
    query = select(P.organisation_id, projects, newest)
    key: Any = P.organisation_id
    few = organisations_passing(session, filters) if filters else None
    if few is not None:
        query = query.where(P.organisation_id.in_(few))
    else:
        if filters:
            query = query.join(OrganisationRow, OrganisationRow.id == P.organisation_id).where(*filters)
        if experience.action is not None and experience.field is not None:
            key = dialect.narrow_group_key(session.get_bind().dialect.name, P.organisation_id)
    query = query.where(*conditions).group_by(key).order_by(projects.desc(), newest.desc(), P.organisation_id).limit(limit)
    return [(int(i), int(n)) for i, n, _ in session.execute(query)]


def organisations_passing(session: Session, filters: Sequence[Any]) -> list[int] | None:
    """The ids of the organisations that pass ``filters``, or None when there are more than
    ``FEW_ORGANISATIONS`` (the read stops there: a filter that matches nearly everyone is cheap
    to find out about)."""
    ids = list(session.scalars(select(OrganisationRow.id).where(*filters).limit(FEW_ORGANISATIONS + 1)))
    return ids if len(ids) <= FEW_ORGANISATIONS else None


def track_records(
    session: Session, organisation_ids: Iterable[int], *, newest: int | None = None
) -> dict[int, tuple[tuple[PastProject, ...], int]]:
    """Each organisation's funded projects, newest first (at most ``newest`` of them, all with
    None, none with 0: then only how many), and how many it has in all.

    One small query per organisation, walking ``ix_participation_organisation`` backwards and
    stopping after ``newest`` rows: a university with a thousand projects costs no more than one
    with three (the window shows the newest; ``directory search --json`` asks for all)."""
    ids = list(dict.fromkeys(organisation_ids))
    if not ids:
        return {}
    totals = {
        int(organisation_id): int(count)
        for organisation_id, count in session.execute(
            select(P.organisation_id, func.count()).where(P.organisation_id.in_(ids)).group_by(P.organisation_id)
        )
    }
    query = (
        select(P.role, F.identifier, F.title, F.action, F.field, F.code, F.call_year)
        .join(F, F.id == P.project_id)
        .where(P.organisation_id == bindparam("organisation"))
        .order_by(P.call_year.desc(), P.project_id.desc())
    )
    if newest is not None:
        query = query.limit(newest)
    if newest == 0:
        return {i: ((), int(totals.get(i, 0))) for i in ids}
    found: dict[int, tuple[tuple[PastProject, ...], int]] = {}
    for organisation_id in ids:
        shown = tuple(
            PastProject(identifier, title, action, field, code, year, role)
            for role, identifier, title, action, field, code, year in session.execute(query, {"organisation": organisation_id})
        )
        found[organisation_id] = (shown, int(totals.get(organisation_id, 0)))
    return found


def with_track_records(
    session: Session, entries: list[DirectoryEntry], matching: dict[int, int], *, newest: int | None = None
) -> list[DirectoryEntry]:
    records = track_records(session, (e.id for e in entries), newest=newest)
    return [
        dataclasses.replace(
            entry, projects=records.get(entry.id, ((), 0))[0], project_count=records.get(entry.id, ((), 0))[1], matching=matching.get(entry.id, 0)
        )
        for entry in entries
    ]


def experienced_first(
    session: Session, *, action: str | None, types: Sequence[str], countries: Sequence[str], limit: int
) -> list[int]:
    """Organisations of these types and countries (any, where empty), those with the most
    projects of ``action`` first, then by name: where candidates for a failing rule are sought."""
    same_action = (
        select(P.organisation_id.label("organisation_id"), func.count().label("projects"))
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
