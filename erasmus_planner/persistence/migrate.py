"""Bringing an older ``.epplan`` document up to the current schema with the shipped Alembic
migrations — never in the user's file while reading it.

* Reading an older document migrates a private copy in a temporary folder (``migrated_copy``):
  the document itself, and its folder, are left exactly as they were, however often it is read,
  and a document on a read-only share or a CD opens the same way.
* The first save over an older document (``plan_document``) first writes a byte-identical backup
  beside it (``plan.schema1-backup.epplan``, never overwriting an existing one), since older
  versions of the planner cannot open the upgraded file.

Alembic is imported only here, and only when a file actually needs migrating, so opening a
current document stays quick.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from erasmus_planner.domain.errors import PlanError
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


def write_backup(path: Path, version: int) -> Path:
    """A byte-identical copy of ``path`` beside it, under a name no other file has. Returns it."""
    backup = backup_path(path, version)
    replace_atomically(backup, lambda tmp: shutil.copyfile(path, tmp))
    return backup


@contextlib.contextmanager
def migrated_copy(path: Path, version: int, *, what: str) -> Iterator[Path]:
    """The document at ``path`` brought to the current schema in a private temporary copy, to
    read from; the copy (and anything SQLite puts beside it) is gone afterwards."""
    with tempfile.TemporaryDirectory(prefix="erasmus-planner-") as folder:
        copy = Path(folder) / "migrating.epplan"
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise PlanError("cannot be read ({problem})", problem=os_problem(exc), source=str(path)) from None
        try:
            with sqlite_errors(path, what=what):
                upgrade_file(copy)
        except PlanError as exc:
            raise PlanError(
                "could not be brought up to date from schema version {version} ({problem}); it is unchanged",
                version=version, problem=exc.message, source=str(path),
            ) from None
        yield copy
