"""The bundle (``make bundle``) against a regular install of the same source: start-up and size.

For a workshop laptop without Python the bundle is the planner, so what matters is how much
slower it starts than ``pip install``'d code and how much it weighs. Each command runs as a
process of its own, the bundle's and the regular install's (bench/fresh_venv.py's
``out/bench-venv``, the floor) interleaved round by round so that both see the same load:

1. ``erasmus-planner check SAMPLE``: the process coordinators run most;
2. ``erasmus-planner screenshot SAMPLE -o …``: Python, Qt and the whole window built, laid out and
   painted — the window's start-up, without a display.

Run: ``.venv/bin/python bench/bundle_speed.py [--rounds N]`` after ``make bundle``. Prints medians
and ratios; never fails on time (nor without a bundle: it says how to build one).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh_venv import ROOT, ensure_venv, user_env

BUNDLE = ROOT / "dist" / "erasmus-planner"
SAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"
ROUNDS = 9


def timed(argv: list[str], cwd: Path) -> float:
    env = user_env(QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    rounds = parser.parse_args().rounds
    bundled = BUNDLE / "erasmus-planner"
    if not bundled.is_file():
        print(f"bundle_speed: no bundle at {BUNDLE}: run `make bundle` first (nothing measured)")
        return 0
    installed = ensure_venv().parent / "erasmus-planner"
    programs = {"bundle": str(bundled), "regular install": str(installed)}
    commands = {
        "check": lambda out: ["check", str(SAMPLE)],
        "screenshot": lambda out: ["screenshot", str(SAMPLE), "-o", str(out / "w.png")],
    }
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    print(f"Bundle {BUNDLE.relative_to(ROOT)} against the regular install in out/bench-venv; load average before {load}")
    print(f"Bundle size: {folder_size(BUNDLE) / 1e6:.0f} MB on disk ({sum(1 for _ in BUNDLE.rglob('*'))} files)")
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as folder:
        out = Path(folder)
        for name, args in commands.items():
            times: dict[str, list[float]] = {which: [] for which in programs}
            for which, program in programs.items():
                timed([program, *args(out)], out)  # warm the file cache once
            for _ in range(rounds):
                for which, program in programs.items():
                    times[which].append(timed([program, *args(out)], out))
            bundle, floor = statistics.median(times["bundle"]), statistics.median(times["regular install"])
            print(
                f"{name:>10}: bundle {bundle * 1000:6.0f} ms, regular install {floor * 1000:6.0f} ms "
                f"(medians of {rounds}) -> {bundle / floor:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
