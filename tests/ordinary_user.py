"""Tests of files a user may not read, run as root too (CI runs as root, and root reads a file
whatever its permissions): the file goes in a folder anyone may enter (pytest's folders are the
test user's alone), and the code under test runs as an ordinary user (``nobody``) meanwhile."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

NOBODY = 65534  # the user and group ``nobody`` on Debian


@contextlib.contextmanager
def open_folder(prefix: str) -> Iterator[Path]:
    """A new folder anyone may enter, so that a file in it is unreadable only by its own
    permissions; removed afterwards, whatever the files' permissions then."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                entry.chmod(0o644)
        shutil.rmtree(folder)


@contextlib.contextmanager
def without_root_powers() -> Iterator[None]:
    """Run the body as ``nobody`` when the tests run as root; as the test user otherwise."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
