"""The partner directory's schema: a first-version directory is migrated by Alembic after a
backup, in one transaction; new directories are made by the same migrations; newer or foreign
databases are refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from plan_samples import snapshot

from erasmus_planner.persistence import directory_schema
from erasmus_planner.persistence.directory import PartnerDirectory
from erasmus_planner.persistence.directory_tables import HEAD_REVISION, SCHEMA_VERSION, VERSION_TABLE, Base
from erasmus_planner.persistence.errors import FileTooNew

V1_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "directory-schema-v1.sqlite3"
REVISIONS = sorted(p.name.split("_", 1)[0] for p in (directory_schema.MIGRATIONS / "versions").glob("[0-9]*.py"))


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "partner-directory.sqlite3"
    shutil.copyfile(V1_FIXTURE, path)
    return path


def marks(path: Path) -> tuple[int, int, list[tuple[str]]]:
    with sqlite3.connect(path) as db:
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    db.close()
    return user_version, application_id, tables


def test_the_committed_fixture_is_still_a_first_version_directory() -> None:
    user_version, _, tables = marks(V1_FIXTURE)
    assert user_version == 1 and tables == [("organisation",)]


def test_a_first_version_directory_opens_with_every_entry_after_a_byte_identical_backup(v1_copy: Path) -> None:
    with PartnerDirectory(v1_copy) as directory:
        names = [e.organisation.name for e in directory.all()]
        koeln = directory.search("koln")[0].organisation
        assert directory.project_count() == 0
    assert names == ["Athénée Royal de Liège", "Liechtenstein-Institut", "Łódź Technical School No. 3", "Universität zu Köln"]
    assert (koeln.pic, koeln.eche, koeln.city) == ("949999999", True, "Köln")
    backup = v1_copy.with_name("partner-directory.schema1-backup.sqlite3")
    with sqlite3.connect(backup) as old, sqlite3.connect(V1_FIXTURE) as original:
        dump = list(old.iterdump())
        assert dump == list(original.iterdump())
    old.close()
    original.close()
    assert marks(v1_copy)[0] == SCHEMA_VERSION
    with sqlite3.connect(v1_copy) as db:
        assert db.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall() == [(HEAD_REVISION,)]
    db.close()


def test_the_migrated_directory_is_not_migrated_again(v1_copy: Path) -> None:
    PartnerDirectory(v1_copy).close()
    PartnerDirectory(v1_copy).close()
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == ["partner-directory.schema1-backup.sqlite3", "partner-directory.sqlite3"]


def test_migrating_the_fixture_gives_exactly_the_schema_of_a_new_directory(v1_copy: Path, tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    PartnerDirectory(v1_copy).close()
    PartnerDirectory(tmp_path / "new.sqlite3").close()
    for path in (v1_copy, tmp_path / "new.sqlite3"):
        engine = sa.create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
                assert compare_metadata(context, Base.metadata) == []
        finally:
            engine.dispose()
    assert REVISIONS[-1] == HEAD_REVISION


def test_a_migration_that_fails_leaves_the_directory_exactly_as_it_was(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = v1_copy.read_bytes()

    def broken(conn, revision):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("ALTER TABLE organisation ADD COLUMN half_done TEXT")
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(directory_schema, "_upgrade", broken)
    with pytest.raises(RuntimeError):
        PartnerDirectory(v1_copy)
    assert v1_copy.read_bytes() == before  # the ALTER was rolled back with the rest


def test_a_directory_of_a_newer_planner_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    PartnerDirectory(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"UPDATE {VERSION_TABLE} SET version_num = '0099'")
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(FileTooNew) as caught:
        PartnerDirectory(path)
    assert "version 99" in str(caught.value) and snapshot(tmp_path) == before


def test_every_migration_applies_step_by_step_to_the_first_version(v1_copy: Path) -> None:
    from alembic import command
    from alembic.config import Config

    engine = sa.create_engine(f"sqlite:///{v1_copy}")
    try:
        for revision in REVISIONS[1:]:
            with engine.begin() as conn:
                config = Config()
                config.set_main_option("script_location", str(directory_schema.MIGRATIONS))
                config.attributes.update(connection=conn, version_table=VERSION_TABLE)
                if revision == REVISIONS[1]:
                    command.stamp(config, REVISIONS[0])
                command.upgrade(config, revision)
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar() == revision
    finally:
        engine.dispose()


def test_migrations_use_no_sql_text() -> None:
    """Portable migrations: the same files migrate a PostgreSQL workspace (issue 15)."""
    for path in (directory_schema.MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "op.execute" not in source and "sa.text" not in source and "PRAGMA" not in source, path.name
