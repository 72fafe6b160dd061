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


def test_debian_package_names_from_library_sonames() -> None:
    from erasmus_planner.launch import debian_package

    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"


def test_a_display_without_qts_x11_libraries_says_what_to_install(tmp_path: Path) -> None:
    """Qt would abort with a page of plugin messages; the planner names the packages in one line
    and still shows the check and a screenshot."""
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    ldd = fake_bin / "ldd"
    ldd.write_text(
        "#!/bin/sh\n"
        "echo '\\tlibxcb-icccm.so.4 => not found'\n"
        "echo '\\tlibxcb-keysyms.so.1 => not found'\n"
        "echo '\\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6'\n"
    )
    ldd.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = ":987"  # no X server there: Qt must never be asked to open a window
    env["PATH"] = f"{fake_bin}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(
        [sys.executable, "-m", "erasmus_planner.launch", str(SAMPLE)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("A display was found, but Qt needs system libraries")
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in first
    assert "Verdict: ELIGIBLE" in result.stdout
    assert (tmp_path / "out" / "main-window.png").is_file()
    assert "qt.qpa.plugin" not in result.stderr
