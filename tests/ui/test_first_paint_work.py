"""The first frame does its work once and draws only what it shows (docs/performance.md,
bench/startup.py): the plan area chooses its layout once before the first paint, and each
toolbar icon is drawn at the one size the toolbar shows — on a 100 % and a 200 % screen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

CHILD = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from erasmus_planner.ui.app import _application
app = _application()
from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.ui import icons, plan_area
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings

fits = []
choose = plan_area.PlanArea.fitting_layout
def counted(self, width, height):
    fits.append([width, height])
    return choose(self, width, height)
plan_area.PlanArea.fitting_layout = counted

def report():  # the whole first frame has been painted
    toolbar = window.findChild(QObject, "mainToolbar")
    side = toolbar.iconSize().width()
    print(json.dumps({"fits": before_paint, "drawn": [[*key, n] for key, n in icons.drawn.items()],
                      "toolbar side": side, "ratio": window.devicePixelRatio()}), flush=True)
    os._exit(0)

class Painted(QObject):
    def eventFilter(self, obj, event):
        global before_paint
        if event.type() == QEvent.Type.Paint and "before_paint" not in globals():
            before_paint = list(fits)
            QTimer.singleShot(0, report)
        return False

window = MainWindow(
    settings=AppSettings(QSettings(sys.argv[2] + "/s.ini", QSettings.Format.IniFormat)),
    recovery=RecoveryStore(sys.argv[2] + "/recovery"),
)
assert window.open_path(sys.argv[1], ask_to_save=False)
spy = Painted()
window.installEventFilter(spy)
window.resize(1280, 820)
window.show()
app.exec()
"""


@pytest.mark.parametrize("ratio", [1, 2])
def test_the_first_frame_fits_its_layout_once_and_draws_each_toolbar_icon_at_one_size(sample_path, tmp_path, ratio):
    plan = tmp_path / sample_path.name  # a copy: the sample may be open (locked) elsewhere
    shutil.copyfile(sample_path, plan)
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{  # a 200 % screen as in tests/screens.json
        "name": "desk", "x": 0, "y": 0, "width": 1920 * ratio, "height": 1080 * ratio,
        "logicalDpi": 96 * ratio, "logicalBaseDpi": 96, "dpr": 1,
    }]}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(plan), str(tmp_path)], capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}, check=False, timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == ratio
    assert len(seen["fits"]) == 1, seen["fits"]  # the window's one size before the first paint
    from erasmus_planner.ui.icons import TOOLBAR_ICONS

    toolbar = [(name, side, n) for name, side, n in seen["drawn"] if name in TOOLBAR_ICONS]
    assert {name for name, _, _ in toolbar} == set(TOOLBAR_ICONS)  # all seven are on screen
    assert {(side, n) for _, side, n in toolbar} == {(seen["toolbar side"] * ratio, 1)}
