"""The dialog after an unexpected error (``crash_report``): what happened to the work first,
then where the details are and what to do. Built only when an error happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
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

from erasmus_planner.ui.window_placement import grow_to_content
from erasmus_planner.ui.wording import escape

TYPE_CHECKING = False
if TYPE_CHECKING:
    from erasmus_planner.ui.crash_report import Safety


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
        self.keep_button.setFocus()  # Enter or Space keeps working, as the default button says
        buttons.accepted.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_box, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_content(self)  # the whole message, which a top-level window does not grow for

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
