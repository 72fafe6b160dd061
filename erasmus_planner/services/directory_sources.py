"""Find in Directory and New from Funded Project over both directories a coordinator has while the
window is connected to a team workspace: their own and the team's shared one (issue 15 item 4:
"the directory searches the workspace (results say where they come from) and the local one").

The two are merged into one list, each row saying where it comes from (``MINE`` / ``TEAM``),
rather than a choice like the Directory view's: the coordinator looking for "a VET provider from
another Member State" wants the best one either of them knows, not to guess which directory to
look in first. What is in both is listed once, from their own directory (their own entry is the
one they keep up to date). The team's part is asked separately (on a worker thread, by the
dialogs), so the user's own results never wait on the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from erasmus_planner.domain.identifiers import identity_keys
from erasmus_planner.services.candidates import rank

MINE: Final = "mine"
TEAM: Final = "team"


@dataclass(frozen=True)
class Sourced:
    """A candidate or a funded project, and the directory it was found in (``MINE`` or ``TEAM``)."""

    source: str
    item: Any


def merged_candidates(mine: tuple[Any, ...], team: tuple[Any, ...], *, limit: int) -> tuple[Sourced, ...]:
    """The candidates of both directories, best first (``candidates.rank``); an organisation in
    both (same name and country, OID or PIC) is listed once, from the user's own directory."""
    known: set[tuple[str, ...]] = set()
    for candidate in mine:
        known.update(identity_keys(candidate.entry.organisation))
    rows = [Sourced(MINE, c) for c in mine] + [Sourced(TEAM, c) for c in team if known.isdisjoint(identity_keys(c.entry.organisation))]
    rows.sort(key=lambda row: rank(row.item))
    return tuple(rows[:limit])


def merged_projects(mine: list[Any], team: list[Any], *, limit: int) -> list[Sourced]:
    """The funded projects of both directories, newest first; one held in both is listed once,
    from the user's own directory."""
    held = {project.identifier for project in mine}
    rows = [Sourced(MINE, p) for p in mine] + [Sourced(TEAM, p) for p in team if p.identifier not in held]
    rows.sort(key=lambda row: -int(row.item.call_year))  # stable: each directory's own order within a year
    return rows[:limit]

