"""A document of the first schema version: read through a migrated private copy (the file and its
folder untouched), upgraded by the first save after a backup; a newer one refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from plan_samples import V1_FIXTURE, sample_plan, snapshot

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence import migrate
from erasmus_planner.persistence.errors import FileTooNew
from erasmus_planner.persistence.plan_document import read_document, read_plan, schema_version, write_plan
from erasmus_planner.persistence.schema import SCHEMA_VERSION, Base

REVISIONS = sorted(p.name.split("_", 1)[0] for p in (migrate.MIGRATIONS / "versions").glob("[0-9]*.py"))


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "plan.epplan"
    shutil.copyfile(V1_FIXTURE, path)
    return path


def test_the_committed_fixture_is_still_of_the_first_schema_version() -> None:
    assert schema_version(V1_FIXTURE) == 1


def test_a_first_version_document_opens_with_everything_it_held(v1_copy: Path) -> None:
    document = read_document(v1_copy)
    plan = document.plan
    assert plan.title == "Green skills for rural schools"
    assert [p.name for p in plan.partners] == [
        "Łódź Technical School No. 3", "Gymnasium Köln-Süd", "Stadt Köln", "Athénée Royal de Liège",
    ]
    assert plan.extra == {"budget_hint": {"currency": "EUR", "amount": 150000}, "tags": ["rural", "green"]}
    assert plan.partners[2].contact == {"person": "B. Schmidt", "phone": "+49 221 0000"}
    assert plan.partners[3].extra == {"x-legacy": [1, 2, 3]}
    assert plan.partners[3].community == "fr" and plan.partners[3].established == "1950-09-01"
    assert document.notes.startswith("Call with Ana on Tuesday.")
    assert [h.summary for h in document.history] == [
        "Created with 3 partners", "Added partner Athénée Royal de Liège (BE) as partner",
    ]
    # Schema 2 backfilled: one detail line per old entry, a distinct identity per partner.
    assert document.history[1].details == ("Added partner Athénée Royal de Liège (BE) as partner",)
    assert len({p.id for p in plan.partners}) == 4


def test_reading_an_old_document_changes_nothing_and_creates_nothing_however_often(v1_copy: Path) -> None:
    before = snapshot(v1_copy.parent)
    for _ in range(3):
        assert read_plan(v1_copy).title == "Green skills for rural schools"
        assert schema_version(v1_copy) == 1
    assert snapshot(v1_copy.parent) == before  # no backup, no -journal, no temporary file


def test_the_first_save_writes_a_byte_identical_backup_once_and_upgrades_the_file(v1_copy: Path) -> None:
    write_plan(read_plan(v1_copy), v1_copy)
    backup = v1_copy.with_name("plan.schema1-backup.epplan")
    assert backup.read_bytes() == V1_FIXTURE.read_bytes()
    assert schema_version(v1_copy) == SCHEMA_VERSION
    first, second = read_plan(v1_copy), read_plan(v1_copy)
    assert [p.id for p in first.partners] == [p.id for p in second.partners]  # identities now stored
    write_plan(first.with_changes(title="Renamed"), v1_copy)
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == ["plan.epplan", "plan.schema1-backup.epplan"]


def test_an_existing_backup_is_never_overwritten(v1_copy: Path) -> None:
    taken = v1_copy.with_name("plan.schema1-backup.epplan")
    taken.write_bytes(b"someone's older backup")
    write_plan(read_plan(v1_copy), v1_copy)
    assert taken.read_bytes() == b"someone's older backup"
    assert v1_copy.with_name("plan.schema1-backup-2.epplan").read_bytes() == V1_FIXTURE.read_bytes()


def test_saving_over_an_old_document_keeps_its_history(v1_copy: Path) -> None:
    write_plan(sample_plan(), v1_copy)
    summaries = [h.summary for h in read_document(v1_copy).history]
    assert summaries[:2] == ["Created with 3 partners", "Added partner Athénée Royal de Liège (BE) as partner"]
    assert len(summaries) == 3


@pytest.mark.parametrize("revision", REVISIONS[1:])
def test_every_migration_applies_to_the_first_version_fixture_step_by_step(v1_copy: Path, revision: str) -> None:
    migrate.upgrade_file(v1_copy, revision)
    with sqlite3.connect(v1_copy) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    db.close()


def test_migrating_the_fixture_gives_exactly_the_schema_new_documents_are_written_with(v1_copy: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrate.upgrade_file(v1_copy)
    engine = sa.create_engine(f"sqlite:///{v1_copy}")
    try:
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        engine.dispose()
    assert REVISIONS[-1] == f"{SCHEMA_VERSION:04d}"


def _make_newer(path: Path) -> None:
    write_plan(sample_plan(), path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    db.close()


def test_a_document_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.epplan"
    _make_newer(path)
    before = snapshot(tmp_path)
    with pytest.raises(FileTooNew) as caught:
        read_plan(path)
    message = str(caught.value)
    assert "future.epplan" in message and "newer version of the planner" in message and "version 99" in message
    with pytest.raises(FileTooNew):
        write_plan(sample_plan(), path)  # and never overwritten by a save either
    assert snapshot(tmp_path) == before


def test_an_old_document_in_a_folder_that_cannot_be_written_is_read_all_the_same(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root ignores permissions, so the unwritable folder is simulated where writing beside a file starts.
    from erasmus_planner.interchange import files

    def refuse(path: Path) -> Path:
        raise PlanError("cannot write in the folder (permission denied)", source=str(path))

    monkeypatch.setattr(files, "temp_path_beside", refuse)
    before = snapshot(v1_copy.parent)
    assert read_plan(v1_copy).title == "Green skills for rural schools"
    assert snapshot(v1_copy.parent) == before


def test_a_failed_migration_in_a_writable_folder_says_so_and_leaves_the_file(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path, revision: str = "head") -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrate, "upgrade_file", broken)
    with pytest.raises(PlanError) as caught:
        read_plan(v1_copy)
    assert "could not be brought up to date" in str(caught.value)
    assert v1_copy.read_bytes() == V1_FIXTURE.read_bytes()
