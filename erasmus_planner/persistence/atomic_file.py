"""Replace a file as a whole: build the new content in a temporary file in the same folder, flush
it to disk, then rename it over the old one. A crash at any moment leaves the old file or the new
one, never a mixture; the temporary file is removed on every failure we live through.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.interchange.atomic import _fsync_folder, _mode_for
from erasmus_planner.persistence.sqlite_files import os_problem


def temp_path_beside(path: Path) -> Path:
    """A new empty file next to ``path`` (same folder, so the final rename is atomic)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PlanError(f"cannot write in the folder {folder} ({os_problem(exc)}); nothing was saved", source=str(path)) from None
    os.close(fd)
    return Path(name)


def replace_atomically(path: Path, build: Callable[[Path], None]) -> None:
    """Call ``build(temp)`` to write the new content, then make it ``path`` in one step."""
    if path.is_dir():
        raise PlanError("this is a folder; choose a file name to save to", source=str(path))
    tmp = temp_path_beside(path)
    try:
        build(tmp)
        # mkstemp makes the file owner-only; keep the old file's mode (or the umask's for a new one).
        os.chmod(tmp, _mode_for(path))
        _fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise PlanError(f"cannot be written ({os_problem(exc)}); the previous version is unchanged", source=str(path)) from None
        raise
    _fsync_folder(tmp.parent)


def _fsync_file(path: Path) -> None:
    # Read-write: Windows refuses to flush a handle opened for reading only.
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
