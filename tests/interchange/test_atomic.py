"""Saving keeps the file's permissions: a plan or briefing on a shared drive stays readable."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from erasmus_planner.interchange.files import atomic_write_bytes


def test_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "plan.json"
        atomic_write_bytes(target, b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert target.read_bytes() == b"{}"


def test_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]
