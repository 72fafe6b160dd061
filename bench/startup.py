"""Start-up and edit latency of the desktop application, each beside its floor in the same run.

1. Process start to a painted main window with a 50-partner plan open, against a bare PySide6
   QMainWindow with a 50-row QTableView (the floor: Python + Qt start-up). Goal: at most 2x.
2. One partner edit on a 500-partner plan until the checklist shows the new verdict, against
   ``check(plan)`` alone (the floor: the rules themselves). Goal: under 50 ms.

Both are measured as users run the program: from a regular install in a fresh virtual environment
(bench/fresh_venv.py builds ``out/bench-venv`` and re-runs this script there; the floor's child
runs with the same interpreter and the bytecode pip compiled at install).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--rounds N]``. Prints the
numbers and the ratios; never fails on time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh_venv import describe_interpreter, in_fresh_venv, run_in_fresh_venv, user_env

run_in_fresh_venv()  # from here on, the installed copy of the package (the imports below are in functions)

ROUNDS = 9
EDITS = 30
COUNTRIES = ("PL", "DE", "FR", "IT", "ES", "PT", "GR", "HU", "RO", "SE", "NL", "CZ")

# Each child prints the moment its window has been painted, then leaves at once.
_PAINTED_FILTER = """
from PySide6.QtCore import QEvent, QObject
class _Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            os._exit(0)
        return False
"""

OURS = """
import os, sys
from PySide6.QtCore import QSettings
{painted}
from erasmus_planner.ui.app import _application
app = _application()
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings
from erasmus_planner.persistence.recovery import RecoveryStore
scratch = sys.argv[2]
window = MainWindow(
    settings=AppSettings(QSettings(os.path.join(scratch, "s.ini"), QSettings.Format.IniFormat)),
    recovery=RecoveryStore(os.path.join(scratch, "recovery")),
)  # the partner directory's name search as in the real application (opened on first search)
window.open_path(sys.argv[1], ask_to_save=False)
spy = _Painted()
window.installEventFilter(spy)
window.resize(1280, 820)
window.show()
app.exec()
"""

FLOOR = """
import os, sys
{painted}
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(50, 6)
for row in range(50):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"cell {{row}} {{column}}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
spy = _Painted()
window.installEventFilter(spy)
window.resize(1280, 820)
window.show()
app.exec()
"""


def plan_dict(count: int) -> dict:
    partners = []
    for i in range(count):
        partners.append(
            {
                "name": f"School {i} of {COUNTRIES[i % len(COUNTRIES)]}",
                "country": COUNTRIES[i % len(COUNTRIES)],
                "type": "school" if i % 3 else "vet-provider",
                "role": "applicant" if i == 0 else "partner",
                "oid": f"E1{i:07d}",
                "pic": None,
            }
        )
    return {
        "format": "erasmus-planner-plan",
        "version": 1,
        "title": f"Benchmark plan with {count} partners",
        "action": "cooperation-partnership",
        "field": "school",
        "call_year": 2024,
        "partners": partners,
    }


def screen_platform(scratch: Path, screen: str) -> str:
    """The offscreen platform with one screen of ``screen`` (WxH) pixels at 96 dpi.

    Its own screen is 800x800: since the window places itself on the screen (issue 11) the
    1280x820 window shrank to it and switched to tabs — a small screen's start (~8 ms more), not a
    desktop's. Both children get the same screen, so the floor is measured on it too.
    """
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform != "offscreen" or not screen:
        return platform
    width, height = (int(n) for n in screen.lower().split("x"))
    config = scratch / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "bench", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def time_child(code: str, args: list[str], cache: Path, platform: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one child from its start to its first paint.
    On a shared machine the CPU time is the steadier of the two: it does not count waiting."""
    # As on a user's machine: compiled bytecode is there from the start (in the fresh environment
    # the bytecode pip compiled at install; in place, a cache in a scratch folder, even where
    # PYTHONDONTWRITEBYTECODE is set, and never in the source tree).
    if in_fresh_venv():
        env = user_env(QT_QPA_PLATFORM=platform)
    else:
        env = user_env(QT_QPA_PLATFORM=platform, PYTHONPYCACHEPREFIX=str(cache))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if "painted" not in out.stdout:
        raise SystemExit(f"child did not paint: {out.stderr.strip()[-400:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(scratch: Path, rounds: int, screen: str) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    plan = scratch / "plan-50.json"
    plan.write_text(json.dumps(plan_dict(50)), encoding="utf-8")
    ours_code = OURS.format(painted=_PAINTED_FILTER)
    floor_code = FLOOR.format(painted=_PAINTED_FILTER)
    cache = scratch / "pycache"
    platform = screen_platform(scratch, screen)
    time_child(floor_code, [], cache, platform)  # warm the file and bytecode caches for both
    time_child(ours_code, [str(plan), str(scratch)], cache, platform)
    ours, floor = [], []
    for i in range(rounds):  # interleaved, each side first in turn, so a busy moment hits both
        if i % 2:
            ours.append(time_child(ours_code, [str(plan), str(scratch)], cache, platform))
            floor.append(time_child(floor_code, [], cache, platform))
        else:
            floor.append(time_child(floor_code, [], cache, platform))
            ours.append(time_child(ours_code, [str(plan), str(scratch)], cache, platform))
    return ours, floor


def edit_latency(scratch: Path) -> tuple[float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from erasmus_planner.domain.eligibility import check
    from erasmus_planner.interchange.plan_json import parse_plan
    from erasmus_planner.services.plan_session import PlanSession
    from erasmus_planner.ui.commands import EditPartnerCommand
    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    plan = parse_plan(plan_dict(500))
    session = PlanSession(plan, use_locks=False)
    window = MainWindow(
        PlanDocument(session),
        settings=AppSettings(QSettings(str(scratch / "edit.ini"), QSettings.Format.IniFormat)),
        directory_search=None,
    )
    window.resize(1280, 820)
    window.show()
    app.processEvents()

    target = plan.partners[250]
    edits, suggestions, floor = [], [], []
    for i in range(EDITS):
        # Alternate a change that moves the verdict (a country outside the programme) and back.
        new = target.with_changes(country="US" if i % 2 == 0 else target.country, role="applicant" if i % 4 == 0 else "partner")
        start = time.perf_counter()
        window.document.push(EditPartnerCommand(window.document, new))
        edits.append(time.perf_counter() - start)  # checklist, table and banner are redrawn by now
        start = time.perf_counter()
        app.processEvents()  # the deferred "What else fits?" pass
        suggestions.append(time.perf_counter() - start)
        start = time.perf_counter()
        check(window.document.plan)
        floor.append(time.perf_counter() - start)
        expected = "Eligible" if check(window.document.plan).eligible else "Not eligible"
        assert window.panel.banner.headline.text() == expected
    window.document.undo_stack.setClean()
    window.close()
    return statistics.median(edits), statistics.median(suggestions), statistics.median(floor)


def spread(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    return f"{statistics.median(ms):.0f} ms (min {ms[0]:.0f}, max {ms[-1]:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"start-ups per side, interleaved (default {ROUNDS})")
    parser.add_argument(
        "--screen", default="1920x1080",
        help="the offscreen screen, WxH (default 1920x1080, a desktop's; '' for the platform's own 800x800)",
    )
    args = parser.parse_args()
    print(describe_interpreter())
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        ours, floor = startup(scratch, args.rounds, args.screen)
        screen = f"on a {args.screen} screen" if args.screen else "on the offscreen platform's 800x800 screen"
        print(f"start-up to painted window, 50 partners, {screen} ({args.rounds} runs per side):")
        for i, what in ((0, "wall-clock"), (1, "CPU time")):
            mine, bare = [t[i] for t in ours], [t[i] for t in floor]
            print(f"  {what:10}  ours {spread(mine)}; floor (bare QMainWindow + QTableView) {spread(bare)}")
        wall = statistics.median(t[0] for t in ours) / statistics.median(t[0] for t in floor)
        cpu = statistics.median(t[1] for t in ours) / statistics.median(t[1] for t in floor)
        print(f"RATIO start-up / floor: {wall:.2f}x wall-clock, {cpu:.2f}x CPU time (ratios of the medians; goal <= 2x)")
        edit, suggestions, check_only = edit_latency(scratch)
        print(f"one edit on 500 partners to updated checklist: {edit * 1000:.1f} ms (goal < 50 ms)")
        print(f"  then 'What else fits?' (deferred):            {suggestions * 1000:.1f} ms")
        print(f"floor (check(plan) alone):                      {check_only * 1000:.1f} ms")
        print(f"ratio: {edit / check_only:.1f}x")


if __name__ == "__main__":
    main()
    # Leave without the interpreter's final garbage collection: PySide6 6.12 can abort while
    # collecting Qt wrappers at exit, which would turn a finished benchmark into an error.
    sys.stdout.flush()
    os._exit(0)
