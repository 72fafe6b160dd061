"""Fixtures for the window tests: a window with throw-away settings, recovery folder and
scripted answers to every question it asks, so no modal dialog ever waits for a person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from window_driver import ScriptedPrompts

from erasmus_planner.domain.model import Plan
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.services.samples import sample_plan_path
from erasmus_planner.ui import i18n, theme
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings


@pytest.fixture(scope="session", autouse=True)
def _no_user_settings():
    """Anything that reaches for the user's own settings or data gets a test location instead."""
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture(autouse=True)
def _english_and_light(qapp):
    """Each test starts and ends in English with the system's look: language and palette are
    the application's, so a test that switches them must not leave them switched."""
    yield
    if i18n.current() != "en":
        i18n.use_language("en")
    controller = theme.controller()
    controller.presentation = False
    controller.choice = "system"
    controller.scheme = Qt.ColorScheme.Unknown
    controller.high_contrast = False
    controller.apply()


@pytest.fixture
def sample_path() -> Path:
    path = sample_plan_path()
    assert path is not None, "the sample plan ships with the examples"
    return path


@pytest.fixture
def make_window(qtbot, tmp_path) -> Callable[..., MainWindow]:
    """``make_window(plan=None, path=None, prompts=None, recovery=True, autosave_ms=…)``."""
    from erasmus_planner.persistence.recovery import RecoveryStore

    def make(
        plan: Plan | None = None,
        path: Path | None = None,
        *,
        prompts: ScriptedPrompts | None = None,
        recovery: bool = True,
        autosave_ms: int = 60_000,
    ) -> MainWindow:
        session = PlanSession()
        if path is not None:
            session.open(path)
        elif plan is not None:
            session.load(plan, None)
        window = MainWindow(
            PlanDocument(session),
            settings=AppSettings.in_file(tmp_path / "settings.ini"),
            prompts=prompts or ScriptedPrompts(),
            recovery=RecoveryStore(tmp_path / "recovery") if recovery else None,
            directory_search=None,
            autosave_ms=autosave_ms,
        )
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the test's size, not the screen's
        window.resize(1200, 800)
        with qtbot.waitActive(window):  # shortcuts and focus need the active window
            window.show()
            window.activateWindow()
        return window

    return make
