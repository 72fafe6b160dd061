"""File ▸ Open in the real window against every class of hostile file (issue 12): the window says,
in a real message box, what is wrong with the file — naming it and what would be valid — with no
traceback; nothing is written beside the file; the plan open before stays open, unchanged and
unmodified. Only the file dialog's choice is scripted; the message box is the real one, read and
closed as a user would."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hostile_inputs import EPPLAN, EXAMPLE, PLAN_JSON, Hostile, not_files
from hostile_runner import POSIX_ONLY, snapshot
from ordinary_user import open_folder, without_root_powers
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from erasmus_planner.persistence.lock import PlanLock
from erasmus_planner.services.plan_files import save_plan
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.prompts import Prompts
from erasmus_planner.ui.settings import AppSettings

pytestmark = POSIX_ONLY


def _truncated_json(folder: Path) -> Path:
    path = folder / "truncated.json"
    body = EXAMPLE.read_bytes()
    path.write_bytes(body[: len(body) // 2])
    return path


def _truncated_epplan(folder: Path) -> Path:
    whole = folder / "whole.epplan"
    _save_example(whole)
    path = folder / "truncated.epplan"
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    whole.unlink()
    return path


def _save_example(path: Path) -> None:
    session = PlanSession()
    session.open(EXAMPLE)
    save_plan(session.plan, path)


def _text(name: str, body: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_text(body, encoding="utf-8")
        return path

    return make


def _unreadable(folder: Path) -> Path:
    path = folder / "unreadable.json"
    shutil.copyfile(EXAMPLE, path)
    path.chmod(0)
    return path


# Besides the command line's classes: what a user more often picks by mistake.
WINDOW_ONLY = [
    Hostile("truncated-json", _truncated_json, "not valid JSON"),
    Hostile("truncated-epplan", _truncated_epplan, "damaged"),
    Hostile("json-list", _text("list.json", "[1, 2, 3]"), "must contain one JSON object (a plan)"),
    Hostile("other-json", _text("package.json", json.dumps({"name": "left-pad", "version": "1.0.0"})), "this does not look like a plan file"),
    Hostile("unreadable", _unreadable, "permission denied"),
]
CASES = [
    *(pytest.param(h, id=f"json-{h.name}") for h in not_files(".json") + PLAN_JSON),
    *(pytest.param(h, id=f"epplan-{h.name}") for h in EPPLAN),
    *(pytest.param(h, id=f"window-{h.name}") for h in WINDOW_ONLY),
]


class _ChoosesFile(Prompts):
    """The real prompts, except that the file dialog "chooses" ``chosen``."""

    chosen = ""

    def open_plan_path(self, parent, directory):  # type: ignore[no-untyped-def]
        return self.chosen


@pytest.fixture(scope="module", autouse=True)
def _test_paths() -> Iterator[None]:
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def inputs() -> Iterator[Path]:
    with open_folder("hostile-window-") as folder:
        yield folder


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    """The window with a plan open from a file, as a user has it when choosing File ▸ Open."""
    open_before = tmp_path / "mine" / "my-plan.json"
    open_before.parent.mkdir()
    shutil.copyfile(EXAMPLE, open_before)
    session = PlanSession()
    session.open(open_before)
    win = MainWindow(
        PlanDocument(session), settings=AppSettings.in_file(tmp_path / "settings.ini"), prompts=_ChoosesFile(),
        recovery=None, directory_search=None,
    )
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1200, 800)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def _open_and_read_the_message(qtbot, window: MainWindow, path: Path, *, answer: QMessageBox.StandardButton) -> tuple[str, str]:
    """File ▸ Open (Ctrl+O) choosing ``path``; the message box's title and text, answered with ``answer``."""
    window.prompts.chosen = str(path)
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append((box.windowTitle(), "\n".join(t for t in (box.text(), box.informativeText()) if t)))
        button = box.button(answer) or box.button(QMessageBox.StandardButton.Ok) or box.buttons()[0]
        button.click()

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    return seen[0]


def _unchanged(window: MainWindow, before: tuple[object, ...]) -> None:
    document = window.document
    assert (document.plan, document.modified, window.document_dialogs.controller.session.path) == before, "the plan open before changed"
    assert window.isVisible()


def _state(window: MainWindow) -> tuple[object, ...]:
    document = window.document
    return document.plan, document.modified, window.document_dialogs.controller.session.path


@pytest.mark.parametrize("hostile", CASES)
def test_opening_a_hostile_file_in_the_window_says_what_is_wrong_and_keeps_the_plan(qtbot, window, inputs, hostile: Hostile) -> None:
    path = hostile.make(inputs)
    mine = window.document_dialogs.controller.session.path
    mine_bytes, before, folder_before = Path(mine).read_bytes(), _state(window), snapshot(inputs)

    with without_root_powers() if hostile.name == "unreadable" else contextlib.nullcontext():
        title, text = _open_and_read_the_message(qtbot, window, path, answer=QMessageBox.StandardButton.Ok)

    assert title == "Cannot open the plan"
    assert "Traceback" not in text and "unexpected error" not in text, text
    assert path.name in text, f"the message does not name the file:\n{text}"
    assert hostile.says.lower() in text.lower(), f"expected {hostile.says!r} in:\n{text}"
    _unchanged(window, before)
    assert snapshot(inputs) == folder_before, "something was written beside the file"
    assert Path(mine).read_bytes() == mine_bytes


def test_opening_a_plan_open_elsewhere_names_it_and_who_has_it_and_keeps_the_plan(qtbot, window, inputs) -> None:
    path = inputs / "shared.epplan"
    _save_example(path)
    other = PlanLock(path)
    other.acquire()
    try:
        before, folder_before = _state(window), snapshot(inputs)
        title, text = _open_and_read_the_message(qtbot, window, path, answer=QMessageBox.StandardButton.No)
        assert title == "Plan in use"
        assert "shared.epplan" in text and "open in another window or on another computer" in text and f"process {os.getpid()}" in text
        assert "Open a read-only copy?" in text
        _unchanged(window, before)
        assert snapshot(inputs) == folder_before
    finally:
        other.release()
