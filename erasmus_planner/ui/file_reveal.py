"""After Export PDF: the briefing's name in the status bar with Open and Show in Folder beside it.

Never a dialog: the file is written and the coordinator goes on working; the offer stays until
the next export or a click on Dismiss. Open hands the PDF to the system's viewer; Show in Folder
opens the folder with the file selected where the platform can (Windows Explorer, the macOS
Finder, a Linux file manager through the freedesktop FileManager1 interface), else the folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from erasmus_planner.ui import i18n


def open_file(path: Path) -> bool:
    """Open ``path`` with the program the system uses for it."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Open the folder of ``path`` with the file selected (or just the folder)."""
    if sys.platform == "win32":
        started = QProcess.startDetached("explorer.exe", [f"/select,{path}"])
    elif sys.platform == "darwin":
        started = QProcess.startDetached("open", ["-R", str(path)])
    else:
        uri = QUrl.fromLocalFile(str(path)).toString()
        started = QProcess.startDetached(
            "dbus-send",
            ["--session", "--print-reply", "--dest=org.freedesktop.FileManager1", "--type=method_call",
             "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1.ShowItems", f"array:string:{uri}", "string:"],
        )
    started = started[0] if isinstance(started, tuple) else started
    return bool(started) or bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))


class ExportedBar(i18n.Retranslating, QWidget):
    """ "Briefing written: plan-briefing.pdf  [Open] [Show in Folder] [×]" in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportedBar")
        self.path: Path | None = None
        self.message = QLabel()
        self.message.setObjectName("exportedMessage")
        self.open_button = QPushButton()
        self.open_button.setObjectName("exportedOpen")
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("exportedShowInFolder")
        self.dismiss_button = QPushButton("×")
        self.dismiss_button.setObjectName("exportedDismiss")
        self.dismiss_button.setFlat(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in (self.message, self.open_button, self.folder_button, self.dismiss_button):
            row.addWidget(widget)
        self.open_button.clicked.connect(lambda: self.path is not None and open_file(self.path))
        self.folder_button.clicked.connect(lambda: self.path is not None and show_in_folder(self.path))
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()
        self.retranslate()

    def offer(self, path: Path) -> None:
        self.path = path
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the briefing in the PDF viewer"))
        self.folder_button.setText(self.tr("Show in Fol&der"))
        self.folder_button.setToolTip(self.tr("Open the folder the briefing was written to"))
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        if self.path is not None:
            self.message.setText(self.tr("Briefing written: {name}").format(name=self.path.name))
            self.message.setToolTip(str(self.path))
