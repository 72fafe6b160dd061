"""What the planner's own drawing costs a full repaint of the main window, beside its floor.

The window at 1366×768 with the sample plan is painted whole (``QWidget.grab``) with the
planner's style (``ui/planner_style.py``: Fusion through a Python proxy that frames fields and
shows the keyboard focus) and, interleaved in the same process, with plain Fusion — the floor:
the same widgets and palette without a line of Python in the painting. The layout's choices
(side by side or tabs, pickers in a grid or a form) are made on resize, not on paint, so a
repaint is the fair measure of what a user feels while scrolling or typing.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/window_paint.py [--rounds N]``. Prints
the medians and the ratio; never fails on time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--paints", type=int, default=20, help="repaints per round and style")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, Qt, QTemporaryDir
    from PySide6.QtWidgets import QStyleFactory

    from erasmus_planner.services.plan_session import PlanSession
    from erasmus_planner.ui.app import _application
    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.planner_style import PlannerStyle
    from erasmus_planner.ui.settings import AppSettings

    app = _application()
    scratch = QTemporaryDir()
    session = PlanSession(use_locks=False)
    session.open(SAMPLE)
    window = MainWindow(
        PlanDocument(session), settings=AppSettings(QSettings(scratch.path() + "/s.ini", QSettings.Format.IniFormat)),
        recovery=None, directory_search=None,
    )
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    # A fresh style each time: the application deletes the style it replaces.
    styles = {"planner": PlannerStyle, "fusion": lambda: QStyleFactory.create("Fusion")}
    times: dict[str, list[float]] = {name: [] for name in styles}
    for _ in range(args.rounds):
        for name, make in styles.items():  # interleaved: the machine's load hits both alike
            app.setStyle(make())
            app.processEvents()
            window.grab()  # the first paint after a style change lays out again: not counted
            start = time.perf_counter()
            for _ in range(args.paints):
                window.grab()
            times[name].append((time.perf_counter() - start) / args.paints * 1000)
    planner, fusion = (statistics.median(times[n]) for n in ("planner", "fusion"))
    print(f"full repaint at 1366x768: planner style {planner:.1f} ms, plain Fusion (floor) {fusion:.1f} ms, "
          f"ratio {planner / fusion:.2f}x (medians of {args.rounds} rounds of {args.paints})")
    window.document.undo_stack.setClean()


if __name__ == "__main__":
    main()
