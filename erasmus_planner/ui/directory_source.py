"""Which directory the Directory view shows: the user's own, or — while the window is connected to
a team workspace — the team's shared one on the server (issue 15: "the directory searches the
workspace (results say where they come from) and the local one").

A row above the filters, shown only while a workspace is connected: "Directory: My directory |
Team workspace (postgresql://alice@db/planner)". The team's directory is the same view over the
same service — search, experience filters, track records, import (editors), merge — so a
coordinator browses colleagues' entries exactly as their own. Switching empties the view's undo
history: an undo there must never act on a directory no longer shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from erasmus_planner.ui import i18n

if TYPE_CHECKING:
    from erasmus_planner.ui.main_window import MainWindow

OWN: Final = "own"
TEAM: Final = "team"


def connected_workspace(window: MainWindow) -> Any:
    """The workspace the window is connected to, or None (never starts a connection)."""
    team = getattr(window, "_team_workspace", None)
    if team is None or not team.connected or team.place is None:
        return None
    return team.place.workspace


def source_text(source: str) -> str:
    """Where a row of Find in Directory or New from Funded Project comes from, as the Directory
    choice names it."""
    if source == TEAM:
        return QCoreApplication.translate("DirectorySource", "Team workspace")
    return QCoreApplication.translate("DirectorySource", "My directory")


def problem_text(error: BaseException) -> str:
    """Why a search of a directory on a worker thread failed, as the dialogs say it."""
    from erasmus_planner.domain.errors import PlanError
    from erasmus_planner.ui import labels

    return labels.error_text(error) if isinstance(error, PlanError) else str(error)


def team_access(window: MainWindow) -> Any:
    """The team's shared directory (a ``TeamDirectoryAccess``, its reads bounded), opened once per
    connection and shared by the Directory view, Find in Directory and New from Funded Project;
    None while no workspace is connected."""
    workspace = connected_workspace(window)
    if workspace is None:
        return None
    opened = getattr(window, "_team_directory_access", None)
    if opened is None or opened.address is not workspace.address:
        if opened is not None:
            opened.close()
        from erasmus_planner.services.team_directory_access import TeamDirectoryAccess

        opened = window._team_directory_access = TeamDirectoryAccess(workspace.address)
    return opened


class DirectorySource(i18n.Retranslating, QWidget):
    """The row that picks the directory; ``changed`` when the user picks the other one."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.main = window
        self.combo = QComboBox(objectName="directorySource")
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate()
        self.follow_workspace()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Di&rectory:"))
        self._fill()

    def _fill(self) -> None:
        workspace = connected_workspace(self.main)
        chosen = self.combo.currentData() or OWN
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("My directory"), OWN)
        if workspace is not None:
            self.combo.addItem(self.tr("Team workspace ({where})").format(where=workspace.address.shown), TEAM)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)

    def follow_workspace(self) -> bool:
        """Shown while a workspace is connected; back to the user's own directory when it is not.
        True when the directory shown changed."""
        before = self.choice()
        self._fill()
        self.setVisible(connected_workspace(self.main) is not None)
        return self.choice() != before

    def choice(self) -> str:
        return self.combo.currentData() or OWN

    def is_team(self) -> bool:
        return self.choice() == TEAM

    def access(self) -> Any:
        """The directory to show: the window's own, or the team's (``team_access``: opened once
        per connection, shared with Find in Directory and New from Funded Project)."""
        team = team_access(self.main) if self.is_team() else None
        return self.main.directory if team is None else team
