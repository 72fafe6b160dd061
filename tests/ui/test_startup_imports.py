"""Start-up stays light: opening a JSON plan in the window loads neither the database library
nor the PDF library (each costs a fifth of a second), nor the smaller modules the first paint
was found not to need (a few milliseconds each; see docs/performance.md, bench/startup.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from erasmus_planner.services.samples import sample_plan_path

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
import gc, json
print(json.dumps({"collector on": gc.isenabled(), "set aside": gc.get_freeze_count() > 0}))
print(json.dumps(sorted(sys.modules)))
window.document.undo_stack.setClean()
"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The modules loaded once the window has painted the sample (one child process for all tests)."""
    sample_path = sample_plan_path()
    assert sample_path is not None
    tmp_path = tmp_path_factory.mktemp("startup")
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
    lines = out.stdout.strip().splitlines()
    # The start pauses Python's cycle collector (ui/app.py): it must be on again once the window is up.
    assert json.loads(lines[-2]) == {"collector on": True, "set aside": True}
    return set(json.loads(lines[-1]))


def test_opening_a_json_plan_loads_no_database_or_pdf_library(loaded: set[str]) -> None:
    assert sorted(m for m in ("sqlalchemy", "reportlab", "openpyxl") if m in loaded) == []


# Each was loaded before the first paint and is not needed there (bench/startup.py):
DEFERRED = {
    "socket": "the plan lock's host name (os.uname gives it)",
    "glob": "the lock's clean-up of a killed save's files (names compared as strings)",
    "hashlib": "the recovery file's name (Python's built-in SHA-256; hashlib loads OpenSSL)",
    "ctypes": "the None guard (one class from _ctypes)",
    "dataclasses": "the preferences, changes, lock holder and partner statuses (domain.values.Value)",
    "erasmus_planner.services.desktop_integration": "the launcher installer (the app's ids are in app_identity)",
    "erasmus_planner.ui.affiliates_prompt": "the affiliates dialog (with QMessageBox's mnemonics): the first question",
    "erasmus_planner.ui.mnemonics": "QMessageBox and the dialogs' keyboard accelerators: the first question",
    "erasmus_planner.ui.link_colours": "recolouring links after a theme switch (the first theme comes before any widget)",
}


def test_the_first_paint_loads_none_of_the_modules_it_was_found_not_to_need(loaded: set[str]) -> None:
    assert {name: why for name, why in DEFERRED.items() if name in loaded} == {}
