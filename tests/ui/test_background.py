"""Background work: the GUI thread keeps running, results come back to it, Cancel stops the work."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.ui.background import BackgroundOp, Cancelled, Progress


def run_op(qtbot, work, **callbacks):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    results: dict[str, object] = {"_parent": parent}  # keeps the parent (and so the op) alive
    op = BackgroundOp(
        parent,
        work,
        label="Working…",
        on_success=lambda r: results.update(success=r, thread=QThread.currentThread()),
        on_failure=lambda e: results.update(failure=e),
        on_cancel=lambda: results.update(cancelled=True),
    )
    return op, results


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot):
    worker_thread: list[object] = []

    def work(progress: Progress) -> int:
        worker_thread.append(QThread.currentThread())
        progress.report(1, 2)
        return 42

    op, results = run_op(qtbot, work)
    op.start()
    qtbot.waitUntil(lambda: len(results) > 1, timeout=5000)  # the op deletes itself once done
    assert results["success"] == 42
    assert results["thread"] is QApplication.instance().thread()
    assert worker_thread[0] is not QApplication.instance().thread()


def test_cancel_stops_work_that_polls_and_nothing_succeeds(qtbot):
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        while True:  # a long job that checks for Cancel between steps
            progress.check()
            threading.Event().wait(0.005)

    op, results = run_op(qtbot, work)
    op.start()
    assert started.wait(5)
    op.dialog.canceled.emit()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: len(results) > 1, timeout=5000)
    assert results.keys() == {"_parent", "cancelled"}


def test_errors_are_handed_to_the_gui_thread(qtbot):
    def work(progress: Progress) -> None:
        raise PlanError("row 3: no country", source="partners.csv")

    op, results = run_op(qtbot, work)
    op.start()
    qtbot.waitUntil(lambda: len(results) > 1, timeout=5000)
    assert "partners.csv" in str(results["failure"])
    assert not isinstance(results["failure"], Cancelled)


def test_work_that_finished_its_effect_despite_a_late_cancel_is_a_success(qtbot):
    """A PDF written while Cancel was being pressed exists: saying "nothing was written" would be
    a lie. Work whose effect is its own (``done_when_finished``) reports the success."""
    cancel_pressed = threading.Event()
    written: list[str] = []

    def work(progress: Progress) -> str:
        assert cancel_pressed.wait(5)
        written.append("briefing.pdf")  # past the last check: the file is there
        return "briefing.pdf"

    parent = QWidget()
    qtbot.addWidget(parent)
    results: dict[str, object] = {}
    op = BackgroundOp(
        parent, work, label="Writing…",
        on_success=lambda r: results.update(success=r),
        on_failure=lambda e: results.update(failure=e),
        on_cancel=lambda: results.update(cancelled=True),
        done_when_finished=True,
    )
    op.start()
    op.dialog.canceled.emit()
    cancel_pressed.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert written == ["briefing.pdf"]
    assert results == {"success": "briefing.pdf"}


def test_the_progress_dialog_is_gone_before_the_outcome_asks_anything(qtbot):
    seen: dict[str, bool] = {}
    parent = QWidget()
    qtbot.addWidget(parent)
    op = BackgroundOp(
        parent, lambda progress: 1, label="Importing…",
        on_success=lambda _r: seen.update(dialog_visible=op.dialog.isVisible()),
        on_failure=lambda _e: None,
    )
    op.dialog.show()  # the work took long enough for the dialog to appear
    op.start()
    qtbot.waitUntil(lambda: "dialog_visible" in seen, timeout=5000)
    assert seen == {"dialog_visible": False}
