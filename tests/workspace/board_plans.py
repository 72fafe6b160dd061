"""A workshop's worth of team plans for the Team Board's tests and its screenshot
(tools/board_screenshot.py): every example plan under a long, realistic group name — the names
facilitators give ("Group 7 – Vocational excellence in metalworking, Saxony-Anhalt"), which made
the board run off a 1024-pixel projector."""

from __future__ import annotations

from pathlib import Path

from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.team_plans import Workspace
from erasmus_planner.services.plan_files import load_plan
from erasmus_planner.services.workspace_service import save_team_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Long group names with and without spaces: a name without one cannot wrap, only be elided.
TOPICS = (
    "Vocational excellence in metalworking and welding, Saxony-Anhalt and Lower Silesia",
    "Digitale Kompetenzen für Berufsschullehrkräfte in ländlichen Regionen",
    "Inclusion-through-sport-for-young-people-with-fewer-opportunities",
)


def fill_board(address: WorkspaceAddress, count: int = 26) -> list[str]:
    """Save ``count`` team plans (the examples over and over, each under its own long name) and
    return their names."""
    examples = sorted(EXAMPLES.glob("*.json"))
    names = []
    with Workspace(address) as workspace:
        for number in range(count):
            example = examples[number % len(examples)]
            name = (
                f"Group {number + 1} – {TOPICS[number % len(TOPICS)]}" if number % 4 == 0
                else f"Group {number + 1} – {example.stem}"
            )
            save_team_plan(workspace, load_plan(example), name, base=None)
            names.append(name)
    return names
