"""Never a silent death: an unexpected error in the window is caught, the plan put in safety, the
details written to a log, and the user told in a dialog — never a process that just disappears.

``CrashGuard.install`` takes over ``sys.excepthook`` (where PySide6 sends an exception raised in
a slot or a virtual method) and ``threading.excepthook``. For each error it first secures the
work (the plan's unsaved changes go to the recovery file the next start offers), then writes the
details (``services.crash_log``), then shows ``CrashDialog``: what happened to the work, where the
details are, Copy Details, Open Log Folder, Keep Working or Quit. A hard crash of the process
itself (a segmentation fault in a library) still leaves its Python stack in ``faults.log`` beside
the other logs (faulthandler).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Literal

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from erasmus_planner.ui.crash_dialog import CrashDialog

# Logs written per session at most: an error raised on every repaint must not fill the disk.
MAX_LOGS: Final = 5


class Safety:
    """What became of the user's work when the error happened.

    ``saved``: the unsaved changes are in the recovery file; ``unchanged``: nothing unsaved;
    ``unsaved``: they could not be put anywhere (``why``); ``no-plan``: no plan was open.
    (A plain class: a dataclass costs an ``exec`` at every start.)
    """

    __slots__ = ("state", "why", "untitled")

    def __init__(self, state: Literal["saved", "unchanged", "unsaved", "no-plan"], why: str = "", untitled: bool = False) -> None:
        self.state = state
        self.why = why
        self.untitled = untitled


def window_work(window: Any) -> Safety:
    """Secure the work of the planner's main window now, without waiting for the next autosave
    (through its document controller, as autosave does)."""
    from erasmus_planner.services.document_outcomes import Autosaved, Failed
    from erasmus_planner.ui import labels

    documents = window.documents
    if not documents.has_plan:
        return Safety("no-plan")
    if not window.document.modified:
        return Safety("unchanged")
    if not documents.autosaves:
        return Safety("unsaved", why=QCoreApplication.translate("CrashDialog", "this installation keeps no recovery files"))
    try:
        outcome = documents.autosave()
    except Exception as exc:  # the error may have left the plan unreadable: say so, do not raise again
        return Safety("unsaved", why=f"{type(exc).__name__}: {exc}")
    if isinstance(outcome, Failed):
        return Safety("unsaved", why=labels.error_text(outcome.error))
    if isinstance(outcome, Autosaved):
        return Safety("saved", untitled=documents.session.path is None)
    return Safety("unchanged")


class CrashGuard(QObject):
    """Catches what nothing else caught, while the window runs (``install`` … ``uninstall``)."""

    # Errors raised on another thread are shown from the application's thread.
    _raised = Signal(object, str)

    def __init__(
        self,
        secure_work: Callable[[], Safety],
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        *,
        log_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.secure_work = secure_work
        self.parent_widget = parent_widget
        self.log_folder = log_folder
        self.dialog: CrashDialog | None = None
        self.errors = 0
        self.logs_written = 0
        self._previous: tuple[Any, Any] | None = None
        self._faults: Any = None
        # The stack a hard crash of the last run left (faulthandler), kept as a log of its own.
        self.previous_fault: Path | None = None
        self._raised.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashGuard:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        from erasmus_planner.services import crash_log

        folder = self.log_folder if self.log_folder is not None else crash_log.log_folder()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            self.previous_fault = _keep_previous_fault(folder / "faults.log")
            self._faults = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
            import faulthandler

            faulthandler.enable(self._faults)
        return self

    def announce_previous_fault(self, window: Any) -> None:
        """Say on the status bar that the last run ended in a crash the guard could not catch
        (the work a crash leaves unsaved is offered as always), and where its details are."""
        if self.previous_fault is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "CrashDialog", "The planner closed unexpectedly last time; the details are in {log}."
                ).format(log=self.previous_fault),
                30000,
            )

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if self._faults is not None:
            import faulthandler

            faulthandler.disable()
            path = Path(self._faults.name)
            self._faults.close()
            self._faults = None
            with contextlib.suppress(OSError):
                if path.stat().st_size == 0:
                    path.unlink()  # nothing went wrong: no empty file left behind

    def _excepthook(self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        from erasmus_planner.services import crash_log

        self.report(crash_log.exception_of(kind, value, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        from erasmus_planner.services import crash_log

        error = crash_log.exception_of(args.exc_type, args.exc_value, args.exc_traceback)
        self._raised.emit(error, f"thread {args.thread.name if args.thread else '?'}")

    def report(self, error: BaseException, context: str = "") -> None:
        """Secure the work, log ``error`` and show the dialog (once: repeats are counted in it)."""
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            self._raised.emit(error, context)
            return
        self._report(error, context)

    def _report(self, error: BaseException, context: str) -> None:
        from erasmus_planner.services import crash_log
        from erasmus_planner.ui.crash_dialog import CrashDialog

        self.errors += 1
        try:
            safety = self.secure_work()
        except Exception as exc:  # securing must never raise into the hook
            safety = Safety("unsaved", why=f"{type(exc).__name__}: {exc}")
        log = None
        if self.logs_written < MAX_LOGS:
            log = crash_log.write(error, context=context or "the desktop window", folder=self.log_folder)
            self.logs_written += log is not None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.note_repeat(self.errors)
            return
        self.dialog = CrashDialog(self.parent_widget(), safety=safety, log=log, details=crash_log.details(error, context=context))
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        # Shown, not exec'd: the hook returns at once, and no second event loop runs inside
        # whatever raised.
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def report_and_wait(self, error: BaseException, context: str = "") -> Path | None:
        """For an error before any window exists (the planner could not start): the dialog is
        the only thing on screen, so wait for the user to read it. Returns the log's path."""
        self._report(error, context)
        dialog = self.dialog
        if dialog is None:
            return None
        dialog.quit_button.setVisible(False)
        dialog.keep_button.setText(QCoreApplication.translate("CrashDialog", "&Close"))
        log = dialog.log
        dialog.exec()
        return log


def _keep_previous_fault(faults: Path) -> Path | None:
    """A ``faults.log`` with something in it is a hard crash of an earlier run: it becomes a
    ``crash-…-fault.log`` beside the others (returned), and this run starts a fresh one."""
    if not faults.exists() or faults.stat().st_size == 0:
        return None
    import datetime

    kept = faults.with_name(f"crash-{datetime.datetime.fromtimestamp(faults.stat().st_mtime):%Y%m%d-%H%M%S}-fault.log")
    faults.replace(kept)
    return kept
