"""Quitting, many times over: the planner started with a plan, edited and quit — fifty times in
one process, as a long day of opening and closing would — exits with 0 and never aborts (the
"Fatal Python error: none_dealloc" that some quits ended with: ui/none_guard.py).
tools/quit_under_xvfb.sh does the same with fifty real processes under an X server."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings, QTemporaryDir
    from erasmus_planner.services.plan_session import PlanSession
    from erasmus_planner.ui.app import _application
    from erasmus_planner.ui.commands import SetHeaderCommand
    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    app = _application()
    scratch = QTemporaryDir()
    for round_ in range(50):
        session = PlanSession(use_locks=False)
        session.open(sys.argv[1], read_only=True)
        settings = AppSettings(QSettings(scratch.path() + "/settings.ini", QSettings.Format.IniFormat))
        window = MainWindow(PlanDocument(session), settings=settings, recovery=None, directory_search=None)
        window.show()
        app.processEvents()
        window.document.push(SetHeaderCommand(window.document, title=f"Round {round_}"))
        window.panel.refresh_suggestions()
        window.document.undo_stack.setClean()
        window.quit_action.trigger()  # File > Quit: the window closes, as it does for a user
        app.processEvents()
        assert not window.isVisible()
        window.deleteLater()
        app.processEvents()
    print("quit 50 times")
    """
)


def test_fifty_quits_in_a_row_end_cleanly(tmp_path, sample_path):
    script = tmp_path / "quit_many_times.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-X", "faulthandler", str(script), str(sample_path)], capture_output=True, text=True, env=env, timeout=600)
    assert "Fatal Python error" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]
    assert "quit 50 times" in result.stdout
