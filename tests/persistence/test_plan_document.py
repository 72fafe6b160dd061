"""The .epplan document: everything of the JSON format survives, plus history and notes."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from plan_samples import large_plan, plans, sample_plan

from erasmus_planner.interchange import plan_json
from erasmus_planner.persistence.plan_document import (
    read_document,
    read_history,
    read_notes,
    read_plan,
    schema_version,
    write_document,
    write_notes,
    write_plan,
)
from erasmus_planner.persistence.schema import SCHEMA_VERSION
from erasmus_planner.services.plan_files import load_plan, save_plan

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def test_a_saved_plan_reads_back_equal_with_partner_order_unknown_keys_and_contacts(tmp_path: Path) -> None:
    plan = sample_plan()
    path = tmp_path / "plan.epplan"
    write_plan(plan, path)
    back = read_plan(path)
    assert back == plan
    assert [p.name for p in back.partners] == [p.name for p in plan.partners]
    assert back.extra["budget_hint"] == {"currency": "EUR", "amount": 150000}
    assert back.partners[0].extra == {"website": "https://example.org"}
    assert back.partners[0].contact == {"person": "A. Nowak", "email": "a.nowak@example.org"}
    assert plan_json.dumps(back) == plan_json.dumps(plan)


def test_partner_identities_survive_a_save_so_the_window_keeps_its_selection(tmp_path: Path) -> None:
    plan = sample_plan()
    write_plan(plan, tmp_path / "p.epplan")
    assert [p.id for p in read_plan(tmp_path / "p.epplan").partners] == [p.id for p in plan.partners]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_any_valid_plan_survives_epplan_then_json(tmp_path: Path, plan) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "roundtrip.epplan"
    write_plan(plan, path)
    back = read_plan(path)
    assert back == plan
    assert plan_json.loads(plan_json.dumps(back)) == plan
    assert plan_json.dumps(back) == plan_json.dumps(plan)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_converts_to_epplan_and_back_to_identical_json(tmp_path: Path, example: Path) -> None:
    plan = plan_json.load(example)
    save_plan(plan, tmp_path / "x.epplan")
    save_plan(load_plan(tmp_path / "x.epplan"), tmp_path / "x.json")
    assert json.loads((tmp_path / "x.json").read_text("utf-8")) == json.loads(plan_json.dumps(plan))
    assert (tmp_path / "x.json").read_text("utf-8") == plan_json.dumps(plan)


def test_the_history_says_what_changed_and_when(tmp_path: Path) -> None:
    path = tmp_path / "p.epplan"
    plan = sample_plan()
    write_plan(plan, path)
    cologne = plan.partners[1]
    edited = plan.with_partner_replaced(cologne.with_changes(name="Gymnasium Köln", role="associated-partner"))
    edited = edited.with_changes(call_year=2020).with_partner_removed(plan.partners[2].id)
    write_plan(edited, path)
    history = read_history(path)
    assert [h.summary for h in history][0] == "Created with 3 partners"
    details = history[1].details
    assert "Call year: 2019 → 2020" in details
    assert "Renamed partner Gymnasium Köln-Süd → Gymnasium Köln" in details
    assert "Gymnasium Köln: role partner → associated-partner" in details
    assert "Removed partner Athénée Royal de Liège (BE)" in details
    assert history[0].at <= history[1].at and history[1].at.tzinfo is not None


def test_a_save_that_changes_nothing_adds_no_history_entry_but_a_note_does(tmp_path: Path) -> None:
    path = tmp_path / "p.epplan"
    write_plan(sample_plan(), path)
    write_plan(read_plan(path), path)
    assert len(read_history(path)) == 1
    write_plan(read_plan(path), path, note="Checked with the national agency")
    assert [h.summary for h in read_history(path)][-1] == "Checked with the national agency"


def test_reordering_and_adding_partners_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "p.epplan"
    plan = sample_plan()
    write_plan(plan, path)
    reordered = plan.with_changes(partners=tuple(reversed(plan.partners)))
    from erasmus_planner.domain.model import Organisation

    write_plan(reordered.with_partner_added(Organisation("Stadt Köln", "DE", "public-body-local")), path)
    details = read_history(path)[-1].details
    assert "Reordered partners" in details
    assert "Added partner Stadt Köln (DE) as partner" in details


def test_free_notes_are_kept_by_plain_saves_and_replaced_by_write_notes(tmp_path: Path) -> None:
    path = tmp_path / "p.epplan"
    write_plan(sample_plan(), path, notes="Call Ana on Tuesday.")
    write_plan(sample_plan().with_changes(title="New title"), path)
    assert read_notes(path) == "Call Ana on Tuesday."
    write_notes(path, "Letter of support received.")
    assert read_notes(path) == "Letter of support received."
    assert read_history(path)[-1].details == ("Notes edited",)
    assert read_plan(path).title == "New title"


def test_save_as_carries_the_notes_and_history_to_the_new_file(tmp_path: Path) -> None:
    first = tmp_path / "a.epplan"
    write_plan(sample_plan(), first, notes="keep me")
    document = read_document(first)
    write_document(document, tmp_path / "b.epplan")
    copy = read_document(tmp_path / "b.epplan")
    assert copy.plan == document.plan and copy.notes == "keep me"
    assert [h.summary for h in copy.history] == ["Created with 3 partners", "Saved as b.epplan"]
    assert copy.history[-1].details == ()


def test_save_as_with_the_plan_as_last_saved_records_the_changes(tmp_path: Path) -> None:
    first = tmp_path / "a.epplan"
    write_plan(sample_plan(), first)
    document = read_document(first)
    edited = document.plan.with_changes(title="Renamed project")
    write_document(replace(document, plan=edited), tmp_path / "b.epplan", since=document.plan)
    last = read_history(tmp_path / "b.epplan")[-1]
    assert last.details == ("Title: Green skills for rural schools → Renamed project",)


def test_a_new_document_is_written_in_the_current_schema_with_the_file_mode_kept(tmp_path: Path) -> None:
    path = tmp_path / "p.epplan"
    write_plan(sample_plan(), path)
    assert schema_version(path) == SCHEMA_VERSION
    os.chmod(path, 0o640)
    write_plan(sample_plan().with_changes(title="x"), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.epplan"]  # no temp file, no journal left


def test_reading_does_not_change_a_byte_or_leave_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "p.epplan"
    write_plan(large_plan(50), path)
    before = path.read_bytes()
    read_document(path)
    schema_version(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.epplan"]


def test_a_tampered_document_is_refused_with_the_json_formats_own_message(tmp_path: Path) -> None:
    from erasmus_planner.domain.errors import PlanError

    path = tmp_path / "p.epplan"
    write_plan(sample_plan(), path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE partner SET type = 'spaceship' WHERE position = 1")
    db.close()
    with pytest.raises(PlanError) as caught:
        read_plan(path)
    message = str(caught.value)
    assert str(path) in message and "partner 2 (Gymnasium Köln-Süd)" in message and "spaceship" in message
