"""`make run` on a machine without a display: one line saying so, the check, a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_launch(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "erasmus_planner.launch", *args], capture_output=True, text=True, cwd=cwd, env=_headless_env(), timeout=120
    )


def test_without_display_prints_the_check_and_writes_a_screenshot(tmp_path: Path) -> None:
    result = run_launch(str(SAMPLE), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    assert first.startswith("No display found")
    assert "Verdict: ELIGIBLE" in result.stdout
    assert "Foundation for the Development of the Education System" in result.stdout
    shot = tmp_path / "out" / "main-window.png"
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Traceback" not in result.stderr


def test_without_display_or_plan_says_so_in_one_line(tmp_path: Path) -> None:
    result = run_launch(cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_without_display_an_unreadable_plan_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run_launch(str(tmp_path / "missing.json"), cwd=tmp_path)
    assert result.returncode == 2
    assert "no such file" in result.stderr
    assert "Screenshot written" not in result.stdout
    assert "Traceback" not in result.stderr
