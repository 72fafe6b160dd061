"""Bringing an older ``.epplan`` document up to the current schema with the shipped Alembic
migrations, after a backup copy of the old file has been written beside it.

The migration runs on a copy; the copy then replaces the original in one rename, so a crash
during a migration leaves the old file (and its backup). Alembic is imported only here, and only
when a file actually needs migrating, so opening a current document stays quick.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.interchange.files import replace_atomically
from erasmus_planner.persistence.sqlite_files import os_problem, sqlite_errors, writable_engine

MIGRATIONS: Final = Path(__file__).with_name("migrations")


def upgrade_file(path: Path, revision: str = "head") -> None:
    """Run the migrations on ``path`` (a private copy) up to ``revision``."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = writable_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def backup_path(path: Path, version: int) -> Path:
    """``plan.epplan`` → ``plan.schema1-backup.epplan`` (then ``-backup-2`` … if that exists)."""
    candidate = path.with_name(f"{path.stem}.schema{version}-backup{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.schema{version}-backup-{number}{path.suffix}")
        number += 1
    return candidate


def migrate_in_place(path: Path, version: int, *, what: str) -> Path:
    """Write a backup beside ``path``, then replace ``path`` by its migrated copy. Returns the backup."""
    backup = backup_path(path, version)
    replace_atomically(backup, lambda tmp: shutil.copyfile(path, tmp))

    def build(tmp: Path) -> None:
        shutil.copyfile(path, tmp)
        with sqlite_errors(path, what=what, doing="read"):
            upgrade_file(tmp)

    replace_atomically(path, build)
    return backup


@contextlib.contextmanager
def migrated(path: Path, version: int, *, what: str) -> Iterator[Path]:
    """The document at ``path`` in the current schema, to read from.

    Migrates in place (with a backup) where the folder can be written; where it cannot (a
    read-only share, a CD), migrates a private copy instead and leaves the original untouched,
    so the plan can still be opened to read.
    """
    try:
        migrate_in_place(path, version, what=what)
    except PlanError as exc:
        if not _folder_not_writable(path):
            raise PlanError("could not be brought up to date ({problem}); it is unchanged", problem=exc, source=str(path)) from None
    else:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="erasmus-planner-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise PlanError("cannot be read ({problem})", problem=os_problem(exc), source=str(path)) from None
        with sqlite_errors(path, what=what):
            upgrade_file(copy)
        yield copy


def _folder_not_writable(path: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            return False
    except OSError:
        return True
