"""Opening and saving by file name; "Save as" keeps a document's history and notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.plan_document import read_history, read_notes, write_notes
from erasmus_planner.services.plan_files import load_plan, save_plan

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "knowledge-alliance-2018-eligible.json"


def test_save_as_to_a_new_epplan_keeps_history_and_notes(tmp_path: Path) -> None:
    plan = plan_json.load(EXAMPLE)
    first = tmp_path / "first.epplan"
    save_plan(plan, first)
    renamed = plan.with_changes(title="Renamed alliance")
    save_plan(renamed, first)
    write_notes(first, "Call the rector's office before March.")
    before = read_history(first)
    assert len(before) == 3  # created, renamed, notes edited

    edited = renamed.with_changes(duration_months=24)
    copy = tmp_path / "copy.epplan"
    save_plan(edited, copy, copied_from=first)

    assert load_plan(copy) == edited
    assert read_notes(copy) == "Call the rector's office before March."
    after = read_history(copy)
    assert [e.summary for e in after[: len(before)]] == [e.summary for e in before]
    assert len(after) == len(before) + 1
    assert "first.epplan" in after[-1].summary + " ".join(after[-1].details)


def test_save_as_from_json_starts_a_fresh_history(tmp_path: Path) -> None:
    plan = plan_json.load(EXAMPLE)
    target = tmp_path / "plan.epplan"
    save_plan(plan, target, copied_from=EXAMPLE)
    assert load_plan(target) == plan
    assert len(read_history(target)) == 1


def test_unknown_extension_is_refused_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match=r"plan\.txt.*\.json or \.epplan"):
        save_plan(plan_json.load(EXAMPLE), tmp_path / "plan.txt")
    assert list(tmp_path.iterdir()) == []
