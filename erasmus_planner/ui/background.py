"""Long work off the GUI thread, with progress and Cancel (Anki's ``QueryOp`` in one small class).

``work`` runs on the thread pool and receives a ``Progress`` to report through and to poll for
cancellation; it must never touch a widget. ``on_success`` / ``on_failure`` / ``on_cancel`` run
back on the GUI thread. The window stays responsive throughout: never frozen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside ``work`` (by ``Progress.check``) when the user pressed Cancel."""


class Progress:
    """Handed to ``work``: ``report(done, total)`` from any thread; ``cancelled()`` to poll."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


def _runner(work: Callable[[Progress], Any], progress: Progress, signals: _Signals) -> Callable[[], None]:
    """What a pool thread runs: a plain function, which the pool wraps in a runnable it owns."""

    def run() -> None:  # on a pool thread
        try:
            result = work(progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            signals.failed.emit(exc)
        else:
            signals.succeeded.emit(result)

    return run


_ENDED: list[QObject] = []  # ops that just ended, kept until the event loop runs again


class BackgroundOp(QObject):
    """One piece of background work with an optional progress dialog.

    The dialog appears only when the work takes longer than ``PROGRESS_DELAY_MS``, so quick
    operations do not flash a window.
    """

    PROGRESS_DELAY_MS = 400
    finished = Signal()  # after whichever callback ran: lets tests and callers wait

    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], Any],
        *,
        label: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
        done_when_finished: bool = False,
        quiet: bool = False,
    ) -> None:
        """``done_when_finished``: the work's effect is made by the work itself (a file written),
        so work that finishes despite a late Cancel has happened and is reported as a success.
        Otherwise (the default) its result is only used on the GUI thread, and Cancel drops it.
        ``quiet``: no progress dialog ever (a look-up the user did not ask for)."""
        super().__init__(parent)
        self._done_when_finished = done_when_finished
        self._quiet = quiet
        # The signals the pool thread emits belong to the application, not to Python: when the
        # worker let go of the last Python reference to a parentless one, the object was
        # destroyed on the worker thread while the GUI thread was deleting the op connected to
        # it — a crash now and then, more often on a busy machine. Owned by the application,
        # they outlive the work even when the op's window closes first, and are deleted on the
        # GUI thread when the op ends.
        self._signals = _Signals(QCoreApplication.instance())
        self._progress = Progress(self._signals.progressed.emit)
        self._run = _runner(work, self._progress, self._signals)
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self._signals.progressed.connect(self._show_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(label)
        self.dialog.setAccessibleName(label)
        self.dialog.setMinimumDuration(self.PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        if quiet:
            self.dialog.reset()  # QProgressDialog shows itself after its minimum duration otherwise
        self.running = False

    def start(self) -> BackgroundOp:
        self.running = True
        if not self._quiet:
            self.dialog.setValue(0)  # starts the minimum-duration clock
        QThreadPool.globalInstance().start(self._run)
        return self

    @Slot()
    def cancel(self) -> None:
        self._progress.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self._progress.cancelled()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._quiet:
            return
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _end(self) -> None:
        self.running = False
        self._signals.deleteLater()
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit()
        # Not ``deleteLater()``: PySide6 now and then crashed destroying this Python-made object
        # from a deferred delete (in ``~QObject``; reproduced in tests/ui/test_background.py about
        # one run in six on a busy machine). Handed to Python instead, the op goes with the last
        # reference to it (the window keeps only its latest), held until the event loop is back.
        self.setParent(None)
        _ENDED.append(self)
        QTimer.singleShot(0, _ENDED.clear)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        cancelled = self._progress.cancelled() and not self._done_when_finished
        self._deliver(lambda: self._on_success(result), cancelled=cancelled)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        cancelled = isinstance(error, Cancelled) or self._progress.cancelled()
        self._deliver(lambda: self._on_failure(error), cancelled=cancelled)

    def _deliver(self, outcome: Callable[[], None], *, cancelled: bool) -> None:
        """Work cancelled by the user ends in ``on_cancel`` whatever it returned or raised."""
        # The progress dialog goes first: a question the outcome asks ("Import 3 good rows?")
        # must not sit under a "Importing…" that still offers Cancel.
        self.dialog.reset()
        self.dialog.hide()
        try:
            if not cancelled:
                outcome()
            elif self._on_cancel:
                self._on_cancel()
        finally:
            self._end()
