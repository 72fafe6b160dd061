"""The Qt binding itself must not kill the planner: a defect there ends the process at a random
moment, with no chance to save anything or show the crash dialog."""

from __future__ import annotations

import os
import subprocess
import sys

# A long session, compressed: 200,000 calls of Qt methods that return nothing. With PySide6
# 6.12.0 on Python 3.11 each one released a reference to None; unguarded, the process died with
# "Fatal Python error: none_dealloc" long before the end; each signal emitted or disconnected
# from Python released one to True ("bool_dealloc" after a few hundred, or at exit).
SESSION = """
import sys
import erasmus_planner.ui  # what every part of the planner that shows Qt imports first
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()

class Document(QObject):
    changed = Signal(bool)

document = Document()
seen = []
for _ in range(100_000):
    label.setText("Erasmus+")
    QCoreApplication.processEvents()
    document.changed.connect(seen.append)
    document.changed.emit(False)
    document.changed.disconnect(seen.append)
assert len(seen) == 100_000
print("alive")
"""


def test_a_long_session_of_qt_calls_does_not_kill_the_process() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SESSION],
        capture_output=True, text=True, timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "alive"


def test_the_guard_leaves_none_true_and_false_with_references_to_spare() -> None:
    from erasmus_planner.ui.none_guard import EXTRA_REFERENCES, keep_singletons_alive

    assert keep_singletons_alive()
    if sys.version_info < (3, 12):
        assert all(sys.getrefcount(obj) > EXTRA_REFERENCES // 2 for obj in (None, True, False))
