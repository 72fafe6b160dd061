"""Near-duplicate entries of the partner directory: listed, merged on request, and un-merged.

Merging KEEP and OTHER moves OTHER's participations to KEEP, fills KEEP's empty details from
OTHER's (what KEEP already says stays), and removes OTHER. A project both took part in keeps one
of the two rows (the coordinator's, if either was): one organisation is in a project once. Each merge returns everything it
changed (``MergeRecord``) so that the window's Undo restores exactly what was there, the
removed entry with its own id included; removing an entry works the same way
(``RemovedEntry``). Portable SQLAlchemy, bound parameters, one transaction each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Engine, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.funded_projects import COORDINATOR
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.domain.near_duplicates import Candidate, candidates
from erasmus_planner.persistence.directory_tables import OrganisationRow, ParticipationRow
from erasmus_planner.persistence.sqlite_files import kind_words

_ORG: Final = OrganisationRow.__table__
_PARTICIPATION: Final = ParticipationRow.__table__
# Details OTHER may give KEEP where KEEP has none.
FILLED: Final = ("oid", "pic", "city", "community", "established", "contact_json", "website", "website_host", "region", "address", "type_as_written")


@dataclass(frozen=True)
class MergeRecord:
    keep_id: int
    other: dict[str, Any]  # OTHER's whole row, id included
    keep_before: dict[str, Any]  # KEEP's values this merge changed
    moved: tuple[tuple[int, int], ...]  # (project id, position) of OTHER's participations
    # Participations removed because KEEP and OTHER were both in one project (one organisation is
    # in a project once; the coordinator's row is the one kept), whole, to put back on undo.
    dropped: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class RemovedEntry:
    row: dict[str, Any]
    participations: tuple[dict[str, Any], ...]


def find_candidates(engine: Engine) -> list[Candidate]:
    with engine.connect() as conn:
        rows = conn.execute(select(_ORG.c.id, _ORG.c.name_folded, _ORG.c.country, _ORG.c.website_host))
        return candidates((int(i), name, country, host) for i, name, country, host in rows)


def _row(conn: Connection, entry_id: int, *, source: str) -> dict[str, Any]:
    row = conn.execute(select(_ORG).where(_ORG.c.id == entry_id)).mappings().first()
    if row is None:
        raise PlanError("the {what} has no entry {entry} (removed meanwhile?)", what=kind_words("partner directory"), entry=entry_id, source=source)
    return dict(row)


def _search_text(values: dict[str, Any]) -> str:
    parts = (values["name"], values.get("city") or "", values.get("oid") or "", values.get("pic") or "")
    return " ".join(fold_name(part) for part in parts if part)


def merge(engine: Engine, keep_id: int, other_id: int, *, source: str) -> MergeRecord:
    if keep_id == other_id:
        raise PlanError("an entry cannot be merged with itself (both are {entry})", entry=keep_id, source=source)
    with engine.begin() as conn:
        keep = _row(conn, keep_id, source=source)
        other = _row(conn, other_id, source=source)
        fills = {key: other[key] for key in FILLED if keep[key] in (None, "") and other[key] not in (None, "")}
        if fills:
            fills["search_text"] = _search_text({**keep, **fills})
        keep_before = {key: keep[key] for key in fills}
        moved, dropped = _sort_out_participations(conn, keep_id, other_id)
        if fills:
            conn.execute(update(_ORG).where(_ORG.c.id == keep_id).values(**fills))
        for row in dropped:
            conn.execute(delete(_PARTICIPATION).where(_PARTICIPATION.c.project_id == row["project_id"], _PARTICIPATION.c.position == row["position"]))
        _move(conn, moved, keep_id)
        conn.execute(delete(_ORG).where(_ORG.c.id == other_id))
    return MergeRecord(keep_id=keep_id, other=other, keep_before=keep_before, moved=moved, dropped=dropped)


def _sort_out_participations(conn: Connection, keep_id: int, other_id: int) -> tuple[tuple[tuple[int, int], ...], tuple[dict[str, Any], ...]]:
    """Which of OTHER's participations move to KEEP, and which rows go (a project both are in)."""
    def rows(entry_id: int) -> dict[int, dict[str, Any]]:
        query = select(_PARTICIPATION).where(_PARTICIPATION.c.organisation_id == entry_id)
        return {int(r["project_id"]): dict(r) for r in conn.execute(query).mappings()}

    keep_rows, other_rows = rows(keep_id), rows(other_id)
    moved: list[tuple[int, int]] = []
    dropped: list[dict[str, Any]] = []
    for project_id, row in other_rows.items():
        kept = keep_rows.get(project_id)
        if kept is None:
            moved.append((project_id, int(row["position"])))
        elif row["role"] == COORDINATOR and kept["role"] != COORDINATOR:
            moved.append((project_id, int(row["position"])))  # the coordinator's row stays, as KEEP's
            dropped.append(kept)
        else:
            dropped.append(row)
    return tuple(moved), tuple(dropped)


def unmerge(engine: Engine, record: MergeRecord) -> None:
    """Undo ``merge``: OTHER back with its id and its participations, KEEP as it was."""
    with engine.begin() as conn:
        conn.execute(insert(_ORG).values(**record.other))
        if record.keep_before:
            conn.execute(update(_ORG).where(_ORG.c.id == record.keep_id).values(**record.keep_before))
        _move(conn, record.moved, int(record.other["id"]))
        if record.dropped:
            conn.execute(insert(_PARTICIPATION), [dict(row) for row in record.dropped])


def _move(conn: Connection, keys: tuple[tuple[int, int], ...], organisation_id: int) -> None:
    if keys:
        conn.execute(
            update(_PARTICIPATION)
            .where(_PARTICIPATION.c.project_id == bindparam("p"), _PARTICIPATION.c.position == bindparam("q"))
            .values(organisation_id=organisation_id),
            [{"p": p, "q": q} for p, q in keys],
        )


def remove(engine: Engine, entry_id: int, *, source: str) -> RemovedEntry:
    """Remove an entry with its participations; what was removed, for ``restore``."""
    with engine.begin() as conn:
        row = _row(conn, entry_id, source=source)
        participations = tuple(
            dict(p) for p in conn.execute(select(_PARTICIPATION).where(_PARTICIPATION.c.organisation_id == entry_id)).mappings()
        )
        conn.execute(delete(_PARTICIPATION).where(_PARTICIPATION.c.organisation_id == entry_id))
        conn.execute(delete(_ORG).where(_ORG.c.id == entry_id))
    return RemovedEntry(row=row, participations=participations)


def restore(engine: Engine, removed: RemovedEntry) -> None:
    with engine.begin() as conn:
        conn.execute(insert(_ORG).values(**removed.row))
        if removed.participations:
            conn.execute(insert(_PARTICIPATION), list(removed.participations))
