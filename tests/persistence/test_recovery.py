"""Autosave: the next open of a plan offers what was being edited when the program died."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from plan_samples import sample_plan

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.plan_document import write_plan
from erasmus_planner.persistence.recovery import RecoveryStore, default_folder


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_an_autosave_newer_than_the_file_is_offered_with_its_partner_identities(tmp_path: Path, store: RecoveryStore) -> None:
    plan_path = tmp_path / "plan.epplan"
    write_plan(sample_plan(), plan_path)
    _age(plan_path, 60)
    edited = sample_plan().with_changes(title="edited, not saved")
    store.save(plan_path, edited)
    recovered = store.pending(plan_path)
    assert recovered == edited
    assert recovered is not None and [p.id for p in recovered.partners] == [p.id for p in edited.partners]


def test_a_plan_saved_after_its_last_autosave_offers_nothing(tmp_path: Path, store: RecoveryStore) -> None:
    plan_path = tmp_path / "plan.epplan"
    store.save(plan_path, sample_plan())
    write_plan(sample_plan(), plan_path)
    future = time.time() + 60
    os.utime(plan_path, (future, future))
    assert store.pending(plan_path) is None


def test_recovery_is_kept_per_plan_and_for_a_plan_never_saved(tmp_path: Path, store: RecoveryStore) -> None:
    a, b = tmp_path / "a.epplan", tmp_path / "b.json"
    store.save(a, sample_plan().with_changes(title="A"))
    store.save(None, sample_plan().with_changes(title="untitled"))
    assert store.pending(a).title == "A"  # type: ignore[union-attr]
    assert store.pending(b) is None
    assert store.pending(None).title == "untitled"  # type: ignore[union-attr]


def test_discard_removes_the_offer(tmp_path: Path, store: RecoveryStore) -> None:
    plan_path = tmp_path / "a.epplan"
    store.save(plan_path, sample_plan())
    store.discard(plan_path)
    store.discard(plan_path)  # twice is harmless
    assert store.pending(plan_path) is None


def test_a_damaged_recovery_file_never_stops_a_plan_from_opening(tmp_path: Path, store: RecoveryStore) -> None:
    plan_path = tmp_path / "a.epplan"
    store.save(plan_path, sample_plan())
    store.path_for(plan_path).write_bytes(b"\x00garbage")
    assert store.pending(plan_path) is None


def test_recovery_files_live_in_the_user_state_folder_by_default() -> None:
    folder = default_folder()
    assert folder.name == "recovery" and "erasmus-planner" in str(folder)
    assert RecoveryStore().folder == folder


def test_a_recovery_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(PlanError, match="recovery folder cannot be created"):
        RecoveryStore(tmp_path / "file" / "recovery").save(None, sample_plan())


def test_a_plans_recovery_file_keeps_the_name_earlier_versions_gave_it(tmp_path: Path, store: RecoveryStore) -> None:
    # The name is the first 32 hex digits of the SHA-256 of the plan's absolute path: an autosave
    # written before an update is found after it.
    import hashlib

    plan = tmp_path / "plan.json"
    expected = hashlib.sha256(str(plan.absolute()).encode("utf-8")).hexdigest()[:32]
    assert store.path_for(plan).name == f"{expected}.recovery.json"

