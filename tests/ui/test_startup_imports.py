"""Start-up stays light: opening a JSON plan in the window loads neither the database library
nor the PDF library (each costs a fifth of a second; see docs/performance.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

CHILD = """
import sys
from PySide6.QtCore import QSettings
from erasmus_planner.ui.app import _application
app = _application()
from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings
window = MainWindow(
    settings=AppSettings(QSettings(sys.argv[2] + "/s.ini", QSettings.Format.IniFormat)),
    recovery=RecoveryStore(sys.argv[2] + "/recovery"),
)
assert window.open_path(sys.argv[1], ask_to_save=False)
window.show()
app.processEvents()
print(sorted(m for m in ("sqlalchemy", "reportlab", "openpyxl") if m in sys.modules))
window.document.undo_stack.setClean()
"""


def test_opening_a_json_plan_loads_no_database_or_pdf_library(sample_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # A copy: the sample itself may be open (locked) in another test run, and the child would
    # then wait for an answer to "open a read-only copy?" that nobody gives.
    plan = tmp_path / sample_path.name
    shutil.copyfile(sample_path, plan)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(plan), str(tmp_path)],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"
