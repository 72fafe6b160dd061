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
import faulthandler
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Literal

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.services import crash_log
from erasmus_planner.ui.wording import escape

# Logs written per session at most: an error raised on every repaint must not fill the disk.
MAX_LOGS: Final = 5


@dataclass(frozen=True)
class Safety:
    """What became of the user's work when the error happened.

    ``saved``: the unsaved changes are in the recovery file; ``unchanged``: nothing unsaved;
    ``unsaved``: they could not be put anywhere (``why``); ``no-plan``: no plan was open.
    """

    state: Literal["saved", "unchanged", "unsaved", "no-plan"]
    why: str = ""
    untitled: bool = False


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
        return Safety("unsaved", why=QApplication.translate("CrashDialog", "this installation keeps no recovery files"))
    try:
        outcome = documents.autosave()
    except Exception as exc:  # the error may have left the plan unreadable: say so, do not raise again
        return Safety("unsaved", why=f"{type(exc).__name__}: {exc}")
    if isinstance(outcome, Failed):
        return Safety("unsaved", why=labels.error_text(outcome.error))
    if isinstance(outcome, Autosaved):
        return Safety("saved", untitled=documents.session.path is None)
    return Safety("unchanged")


class CrashDialog(QDialog):
    """What the user reads after an unexpected error: their work first, then what to do."""

    def __init__(self, parent: QWidget | None, *, safety: Safety, log: Path | None, details: str) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.safety = safety
        self.log = log
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self._message())
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.setOpenExternalLinks(False)
        # A method, not a lambda holding ``self``: such a lambda on a child's signal makes PySide6
        # crash at exit when the dialog goes before the application.
        self.message.linkActivated.connect(self._link_activated)
        self.message.setMinimumWidth(420)

        self.details_box = QPlainTextEdit(details)
        self.details_box.setObjectName("crashDetails")
        self.details_box.setReadOnly(True)
        self.details_box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_box.setVisible(False)
        self.details_box.setMinimumHeight(180)

        buttons = QDialogButtonBox()
        self.show_details = buttons.addButton(self.tr("Show &Details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.copy_button = buttons.addButton(self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button: QPushButton | None = None
        if log is not None:
            self.folder_button = buttons.addButton(self.tr("Open Log &Folder"), QDialogButtonBox.ButtonRole.ActionRole)
            self.folder_button.clicked.connect(self.open_log_folder)
        self.quit_button = buttons.addButton(self.tr("&Quit Planner"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button = buttons.addButton(self.tr("&Keep Working"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_box, 1)
        layout.addWidget(buttons)

    def _message(self) -> str:
        heading = self.tr("The planner ran into a problem it did not expect.")
        parts = [f"<p><b>{escape(heading)}</b></p>"]
        safety = self.safety
        if safety.state == "saved":
            where = (
                self.tr("the planner offers them at its next start")
                if safety.untitled
                else self.tr("the planner offers them when you next open this plan")
            )
            parts.append(
                "<p>" + escape(self.tr("Your work is safe: your unsaved changes are in the recovery file, and {where}.").format(where=where)) + "</p>"
            )
        elif safety.state == "unchanged":
            parts.append("<p>" + escape(self.tr("Your work is safe: the plan has no unsaved changes.")) + "</p>")
        elif safety.state == "no-plan":
            parts.append("<p>" + escape(self.tr("No plan was open, so no work was lost.")) + "</p>")
        else:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "Your unsaved changes could not be put in the recovery file ({why}). Save the plan now "
                        "with File ▸ Save As before you go on."
                    ).format(why=safety.why)
                )
                + "</p>"
            )
        parts.append("<p>" + escape(self.tr("You can keep working. If the window behaves oddly, save your plan and restart the planner.")) + "</p>")
        if self.log is not None:
            link = f'<a href="log">{escape(str(self.log))}</a>'
            parts.append("<p>" + escape(self.tr("The details are in {log}. Please attach that file when you report the problem.")).format(log=link) + "</p>")
        else:
            parts.append("<p>" + escape(self.tr("The details could not be written to a log file: copy them to report the problem.")) + "</p>")
        return "".join(parts)

    def _link_activated(self, _link: str) -> None:
        self.open_log_folder()

    def _toggle_details(self, shown: bool) -> None:
        self.details_box.setVisible(shown)
        self.show_details.setText(self.tr("Hide &Details") if shown else self.tr("Show &Details"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log.parent)))

    def _quit(self) -> None:
        self.reject()
        # Each window closes as it would from its menu: a plan with unsaved changes still asks.
        QApplication.closeAllWindows()

    def note_repeat(self, count: int) -> None:
        self.setWindowTitle(self.tr("Something went wrong ({count} times)").format(count=count))


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
        self._raised.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashGuard:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        folder = self.log_folder if self.log_folder is not None else crash_log.log_folder()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            self._faults = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 (open for the whole run)
            faulthandler.enable(self._faults)
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if self._faults is not None:
            faulthandler.disable()
            path = Path(self._faults.name)
            self._faults.close()
            self._faults = None
            with contextlib.suppress(OSError):
                if path.stat().st_size == 0:
                    path.unlink()  # nothing went wrong: no empty file left behind

    def _excepthook(self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(crash_log.exception_of(kind, value, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        error = crash_log.exception_of(args.exc_type, args.exc_value, args.exc_traceback)
        self._raised.emit(error, f"thread {args.thread.name if args.thread else '?'}")

    def report(self, error: BaseException, context: str = "") -> None:
        """Secure the work, log ``error`` and show the dialog (once: repeats are counted in it)."""
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            self._raised.emit(error, context)
            return
        self._report(error, context)

    def _report(self, error: BaseException, context: str) -> None:
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
        dialog.keep_button.setText(QApplication.translate("CrashDialog", "&Close"))
        log = dialog.log
        dialog.exec()
        return log
