#!/usr/bin/env python3
"""Run the bundle (``make bundle``) as someone without Python would, and check what it does.

    python3 tools/check_bundle.py [dist/erasmus-planner]

Each command runs the bundle's own program with an environment that holds nothing of this
project (no virtual environment, no PYTHONPATH, a PATH of the system's folders only, an empty home
folder), from a scratch folder: the sample's check exits 0, the screenshot is a PNG, the briefing
a PDF, a plan converted to .epplan reads back (the database and its migrations are inside), and
``install-desktop`` points the launcher at the bundle. Exit 1 with the reason on the first thing
that fails. CI runs it after ``make bundle``; the standard library only, so any python3 runs it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"


def clean_environment(home: Path) -> dict[str, str]:
    """What a fresh desktop session hands a program, minus a display: nothing of this project."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }


class BundleRun:
    def __init__(self, program: Path, scratch: Path) -> None:
        self.program = program
        self.scratch = scratch
        self.env = clean_environment(scratch / "home")

    def __call__(self, *args: str, what: str) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        done = subprocess.run([str(self.program), *args], cwd=self.scratch, env=self.env, capture_output=True, text=True, timeout=600)
        took = time.perf_counter() - started
        if done.returncode != 0:
            fail(f"{what}: exit {done.returncode}\n{done.stdout[-1500:]}{done.stderr[-1500:]}")
        print(f"ok  {what} ({took:.2f} s)")
        return done


def fail(message: str) -> None:
    print(f"FAILED  {message}", file=sys.stderr)
    raise SystemExit(1)


def check(bundle: Path) -> None:
    # Absolute: the bundle runs from a scratch folder, so a relative path given on the
    # command line (as .ci/run gives it) would point nowhere once the working folder changes.
    program = bundle.resolve() / "erasmus-planner"
    if not program.is_file():
        fail(f"{program} is not there: run `make bundle` first")
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as folder:
        scratch = Path(folder)
        (scratch / "home").mkdir()
        plan = scratch / SAMPLE.name
        shutil.copyfile(SAMPLE, plan)
        run = BundleRun(program, scratch)

        version = run("--version", what="--version").stdout.strip()
        print(f"    {version}")
        run("check", plan.name, what="check of the sample (exit 0: eligible)")
        report = json.loads(run("check", plan.name, "--json", what="check --json").stdout)
        if report.get("eligible") is not True or not report.get("agency"):
            fail(f"check --json: unexpected report {str(report)[:300]}")

        run("screenshot", plan.name, "-o", "window.png", what="screenshot of the window")
        png = (scratch / "window.png").read_bytes()
        if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) < 20_000:
            fail(f"screenshot: window.png is not a picture of the window ({len(png)} bytes)")

        run("export", plan.name, "-o", "briefing.pdf", "--lang", "de", what="briefing in German (fonts, translations)")
        if not (scratch / "briefing.pdf").read_bytes().startswith(b"%PDF"):
            fail("export: briefing.pdf is not a PDF")

        run("convert", plan.name, "plan.epplan", what="convert to a .epplan document (SQLite, migrations)")
        run("check", "plan.epplan", what="check of the .epplan document")

        run("install-desktop", "--prefix", str(scratch / "desktop"), what="install-desktop --prefix")
        entry = (scratch / "desktop" / "share" / "applications" / "io.github.erasmus_planner.Planner.desktop").read_text()
        if f"Exec={program.resolve()} %f" not in entry and f'Exec="{program.resolve()}" %f' not in entry:
            fail(f"install-desktop: the launcher does not start the bundle:\n{entry}")
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"The bundle works without this project's Python ({size / 1e6:.0f} MB in {bundle}).")


if __name__ == "__main__":
    check(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "erasmus-planner")
