"""Fixtures for the window tests: a window with throw-away settings, recovery folder and
scripted answers to every question it asks, so no modal dialog ever waits for a person."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from window_driver import ScriptedPrompts

from erasmus_planner.domain.model import Plan
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.services.samples import sample_plan_path
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings


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
        window.resize(1200, 800)
        with qtbot.waitActive(window):  # shortcuts and focus need the active window
            window.show()
            window.activateWindow()
        return window

    return make
