"""Never a silent death: an error raised inside a slot of the running window puts the plan in the
recovery file, writes the details to a log, and says so in a dialog the user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from window_driver import school, school_partnership

from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.services.plan_files import save_plan
from erasmus_planner.ui.commands import SetHeaderCommand
from erasmus_planner.ui.crash_report import CrashGuard, window_work


@pytest.fixture
def guarded(make_window, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """A window with a saved plan, edited but not saved, under the crash guard (as `run` starts it)."""
    path = tmp_path / "plan.json"
    save_plan(school_partnership(school("Szkoła", "PL", "applicant"), school("Schule", "DE"), school("École", "FR")), path)
    window = make_window(path=path)  # autosave once a minute: nothing autosaved before the error
    window.document.push(SetHeaderCommand(window.document, title="Work of the afternoon"))
    guard = CrashGuard(lambda: window_work(window), lambda: window, log_folder=tmp_path / "logs").install()
    yield window, guard, path
    guard.uninstall()
    if guard.dialog is not None:
        guard.dialog.close()


def fail_in_a_slot() -> None:
    raise RuntimeError("the partner table lost its model")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_with_the_plan_safe_in_the_recovery_file(guarded, tmp_path, qtbot):
    window, guard, path = guarded
    button = QPushButton("Check again", window)  # a control whose slot fails, clicked by the user
    button.clicked.connect(fail_in_a_slot)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=5000)
    dialog = guard.dialog
    text = dialog.message.text()
    assert "Your work is safe: your unsaved changes are in the recovery file" in text
    assert "when you next open this plan" in text
    # The unsaved edit is in the recovery file now, not at the next autosave a minute later…
    recovered = RecoveryStore(tmp_path / "recovery").pending(path)
    assert recovered is not None and recovered.title == "Work of the afternoon"
    # …the details are in a log the dialog names…
    (log,) = (tmp_path / "logs").glob("crash-*.log")
    assert str(log) in text
    written = log.read_text(encoding="utf-8")
    assert "RuntimeError: the partner table lost its model" in written and "fail_in_a_slot" in written
    # …and can be copied for a report.
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.details
    assert "RuntimeError: the partner table lost its model" in dialog.details
    assert dialog.copy_button.text() == "Copied" and dialog.isVisible()

    # Keep Working: the window is still there, with the edit, still to be saved.
    dialog.keep_button.click()
    assert not dialog.isVisible()
    assert window.isVisible() and window.document.plan.title == "Work of the afternoon" and window.isWindowModified()


@pytest.mark.qt_no_exception_capture
def test_an_error_repeated_on_every_event_shows_one_dialog_and_few_logs(guarded, tmp_path, qtbot):
    window, guard, _ = guarded
    for _ in range(12):
        QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: guard.errors == 12, timeout=5000)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]
    assert dialogs == [guard.dialog]
    assert guard.dialog.windowTitle() == "Something went wrong (12 times)"
    assert len(list((tmp_path / "logs").glob("crash-*.log"))) == 5


@pytest.mark.qt_no_exception_capture
def test_a_plan_without_unsaved_changes_is_said_to_be_safe_as_it_is(guarded, qtbot):
    window, guard, _ = guarded
    window.document.undo_stack.undo()
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=5000)
    assert "Your work is safe: the plan has no unsaved changes." in guard.dialog.message.text()


@pytest.mark.qt_no_exception_capture
def test_when_the_recovery_file_cannot_be_written_the_dialog_says_save_now(guarded, tmp_path, qtbot):
    window, guard, _ = guarded
    assert not (tmp_path / "recovery").exists()
    (tmp_path / "recovery").write_text("a file where the recovery folder should be")
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: guard.dialog is not None and guard.dialog.isVisible(), timeout=5000)
    text = guard.dialog.message.text()
    assert "could not be put in the recovery file" in text and "Save As" in text
    assert "Your work is safe" not in text


def test_a_hard_crash_of_the_last_run_is_said_at_the_next_start(make_window, tmp_path, qtbot):
    """A crash no hook can catch (a fault in a library) leaves its stack in faults.log; the next
    start keeps it as a log of its own and says so on the status bar."""
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "faults.log").write_text("Fatal Python error: Segmentation fault\n\nCurrent thread ...\n", encoding="utf-8")
    window = make_window()
    guard = CrashGuard(lambda: window_work(window), lambda: window, log_folder=logs).install()
    try:
        kept = guard.previous_fault
        assert kept is not None and kept.name.startswith("crash-") and kept.name.endswith("-fault.log")
        assert "Segmentation fault" in kept.read_text(encoding="utf-8")
        assert (logs / "faults.log").read_text(encoding="utf-8") == ""  # this run's, empty so far
        guard.announce_previous_fault(window)
        assert window.statusBar().currentMessage() == f"The planner closed unexpectedly last time; the details are in {kept}."
    finally:
        guard.uninstall()
    assert not (logs / "faults.log").exists()  # a run that ended well leaves no empty file
