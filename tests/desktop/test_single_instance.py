"""One planner per user, with real processes: a second start hands its plan to the running planner,
which opens it and comes to the front; a planner killed outright does not stop the next one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from erasmus_planner.services.samples import sample_plan_path

ROOT = Path(__file__).resolve().parents[2]

# The running planner: erasmus_planner.ui.app.run as `erasmus-planner open` runs it, off screen,
# with a watcher that prints what a user would see of its window whenever that changes. Once the
# window is up it is minimised, so that coming to the front is visible.
PLANNER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from erasmus_planner.ui import app as planner

build = planner._main_window
def watched(*args):
    window = build(*args)
    last = []
    def report():
        modal = QApplication.activeModalWidget()
        state = {"title": window.windowTitle(), "minimized": window.isMinimized(),
                 "active": QApplication.activeWindow() is window,
                 "question": modal.windowTitle() if modal is not None else None}
        if state != (last[-1] if last else None):
            last.append(state)
            print(json.dumps(state), flush=True)
    def first():
        window.showMinimized()
        print("ready", flush=True)
        timer.start(50)
    timer = QTimer(window)
    timer.timeout.connect(report)
    QTimer.singleShot(300, first)
    return window
planner._main_window = watched
sys.exit(planner.run(sys.argv[1] if len(sys.argv) > 1 else None))
"""


@pytest.fixture
def user(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A user of their own: home, settings, recovery and runtime folders of this test only. The
    runtime folder is short (a socket's path is limited to about 100 bytes)."""
    runtime = tempfile.mkdtemp(prefix="ep-")
    os.chmod(runtime, 0o700)
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": runtime,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("ERASMUS_PLANNER_DEBUG", None)
    yield env
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    sample = sample_plan_path()
    assert sample is not None
    first, second = tmp_path / "first plan.json", tmp_path / "second plan.json"
    shutil.copyfile(sample, first)
    shutil.copyfile(ROOT / "examples" / "knowledge-alliance-2019-ineligible.json", second)
    return first, second


class Planner:
    """A running planner process and the states of its window it has printed."""

    def __init__(self, env: dict[str, str], plan: Path | None) -> None:
        argv = [sys.executable, "-c", PLANNER] + ([str(plan)] if plan else [])
        self.process = subprocess.Popen(
            argv, env={**env, "QT_QPA_PLATFORM": "offscreen"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.states: list[dict[str, object]] = []
        assert self._next_line(120) == "ready", self._failure()

    def _next_line(self, timeout: float) -> str:
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(self.process.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
        if not selector.select(timeout):
            return ""
        return self.process.stdout.readline().strip()  # type: ignore[union-attr]

    def wait_for(self, predicate, timeout: float = 60) -> dict[str, object]:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.states and predicate(self.states[-1]):
                return self.states[-1]
            line = self._next_line(deadline - time.monotonic())
            if line.startswith("{"):
                self.states.append(json.loads(line))
        raise AssertionError(f"the window never showed that; it showed {self.states[-3:]}; {self._failure()}")

    def _failure(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return f"(exited {self.process.returncode}: {self.process.stderr.read()[-2000:]})"  # type: ignore[union-attr]

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=60)
        self.process.stdout.close()  # type: ignore[union-attr]
        self.process.stderr.close()  # type: ignore[union-attr]


def second_start(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    """``erasmus-planner ARGS`` as a desktop starts it: a display is there (one that does not exist:
    a process that tried to open a window of its own instead of handing over would fail)."""
    display_env = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":987"}
    return subprocess.run(
        [sys.executable, "-m", "erasmus_planner", *argv], env=display_env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_a_second_start_opens_its_plan_in_the_running_window_and_raises_it(user, plans) -> None:
    first, second = plans
    planner = Planner(user, first)
    try:
        planner.wait_for(lambda s: s["minimized"] and str(s["title"]).startswith(first.name))
        # What a file manager runs for a double-clicked plan: the bare file, from another folder.
        done = second_start(user, str(second))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"The planner is already running: {second} opens in its window."
        state = planner.wait_for(lambda s: str(s["title"]).startswith(second.name))
        assert state["minimized"] is False
        planner.wait_for(lambda s: s["active"] and not s["minimized"])
        # `open PLAN` does the same, and the plan already open only brings the window forward.
        done = second_start(user, "open", str(first))
        assert done.returncode == 0, done.stderr
        planner.wait_for(lambda s: str(s["title"]).startswith(first.name))
        assert planner.process.poll() is None
    finally:
        planner.stop()


@pytest.mark.slow
def test_a_planner_killed_outright_does_not_stop_the_next_one(user, plans) -> None:
    first, second = plans
    crashed = Planner(user, first)
    crashed.stop(signal.SIGKILL)  # no clean-up at all: its socket and lock stay behind
    runtime = Path(user["XDG_RUNTIME_DIR"]) / "erasmus-planner"
    assert (runtime / "socket").exists()
    planner = Planner(user, None)  # starts as the planner instead of waiting for the dead one
    try:
        done = second_start(user, "open", str(second))
        assert done.returncode == 0, done.stderr
        planner.wait_for(lambda s: str(s["title"]).startswith(second.name))
    finally:
        planner.stop()


def test_a_planner_that_does_not_answer_is_not_waited_for(tmp_path) -> None:
    """Connected but silent (a planner that hangs): the new start gives up after the time it
    allows and opens a window of its own, instead of hanging as well."""
    import socket

    from erasmus_planner.ui.single_instance import forward

    path = tempfile.mkdtemp(prefix="ep-") + "/socket"
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        silent.bind(path)
        silent.listen(1)
        started = time.monotonic()
        assert forward(path, str(tmp_path / "plan.epplan"), answer_ms=300) is False
        assert time.monotonic() - started < 10
    finally:
        silent.close()
        shutil.rmtree(Path(path).parent, ignore_errors=True)


def test_a_runtime_folder_others_could_write_to_is_not_used(monkeypatch) -> None:
    from erasmus_planner.ui.single_instance import runtime_folder

    base = tempfile.mkdtemp(prefix="ep-")
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", base)
        assert runtime_folder() == Path(base) / "erasmus-planner"
        os.chmod(Path(base) / "erasmus-planner", 0o777)  # another user could plant a socket there
        assert runtime_folder() is None
    finally:
        shutil.rmtree(base, ignore_errors=True)
