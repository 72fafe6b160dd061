"""File ▸ New from Funded Project…: start a plan from a consortium that was funded, chosen among
the projects of the partner directory by identifier, title or an organisation's name.

The plan is made by the directory service (``services.funded_plans``): the coordinator as
applicant, the partners as full partners, action, field and call year from the project; what it
had to choose or assume (a field KA200 does not name, an ECHE the list does not show) is said
once the plan is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.services.directory_sources import MINE, TEAM, Sourced, merged_projects
from erasmus_planner.ui import i18n, labels
from erasmus_planner.ui.background import BackgroundOp
from erasmus_planner.ui.directory_source import problem_text, source_text
from erasmus_planner.ui.window_placement import fit_dialog

if TYPE_CHECKING:
    from erasmus_planner.ui.main_window import MainWindow

SEARCH_DELAY_MS: Final = 200
LIMIT: Final = 50


class FundedProjectDialog(QDialog):
    searched = Signal(int)  # how many projects are listed (tests wait on it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("fundedProjectDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.main = window
        self.setWindowTitle(self.tr("New from Funded Project"))
        self.search = QLineEdit(objectName="fundedProjectSearch")
        self.search.setPlaceholderText(self.tr("Project identifier, words of its title, or an organisation's name"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find a funded project:"))
        label.setBuddy(self.search)
        self.table = QTableWidget(0, 4, objectName="fundedProjectTable")
        self.table.setHorizontalHeaderLabels([self.tr("Project"), self.tr("Year"), self.tr("Coordinator"), self.tr("Partners")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(objectName="fundedProjectStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create Plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(900, 520))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.projects: list[Any] = []
        self.rows: list[Sourced] = []  # each listed project and the directory it is in
        self.team: Any = None  # the team workspace's directory while the window is connected
        self.last_op: BackgroundOp | None = None
        self._round = 0  # each search's number: a late answer to an older one is dropped
        self._found: dict[str, list[Any]] = {}
        self._pending = False
        self._problem = ""
        self.run_search()

    def _service(self) -> Any:
        access = self.main.directory
        try:
            return access.service() if access is not None else None
        except PlanError as error:
            self.status.setText(labels.error_text(error))
            return None

    def run_search(self) -> None:
        """The user's own directory at once; while the window is connected to a team workspace,
        the team's too, on a worker thread (the list grows when it answers, rows say where
        they come from; a server that does not answer never holds the window)."""
        from erasmus_planner.ui.directory_source import team_access

        self._round += 1
        self.status.clear()
        self._problem = ""
        service = self._service()
        self._problem = self.status.text()
        mine: list[Any] = []
        if service is not None:
            try:
                mine = service.search_projects(self.search.text(), limit=LIMIT)
            except PlanError as error:
                self._problem = labels.error_text(error)
        self.team = team_access(self.main)
        self._found = {MINE: mine}
        self._pending = self.team is not None
        self._show(service is not None)
        if self.team is not None:
            self._search_team(self.search.text())

    def _search_team(self, text: str) -> None:
        current, team = self._round, self.team

        def done(found: Any = (), problem: str = "") -> None:
            if current != self._round:
                return  # an answer to what was typed before
            self._pending = False
            self._found[TEAM] = list(found)
            if problem:
                self._problem = "\n".join(p for p in (self._problem, self.tr("Team workspace: {problem}").format(problem=problem)) if p)
            self._show(True)

        self.last_op = BackgroundOp(
            self, lambda _progress: team.service().search_projects(text, limit=LIMIT), label=self.tr("Find a funded project"),
            on_success=done, on_failure=lambda error: done(problem=problem_text(error)), quiet=True,
        ).start()

    def _show(self, searched: bool) -> None:
        self.rows = merged_projects(self._found.get(MINE, []), self._found.get(TEAM, []), limit=LIMIT)
        self.projects = [row.item for row in self.rows]
        self.table.setRowCount(len(self.rows))
        language = i18n.content_language()
        for row, sourced in enumerate(self.rows):
            project = sourced.item
            where = f"\n{source_text(sourced.source)}" if self.team is not None else ""
            title = QTableWidgetItem(f"{project.identifier}\n{project.title}{where}")
            title.setToolTip(project.card_url)
            coordinator = project.coordinator + (f" ({countries.name(project.coordinator_country, language)})" if project.coordinator_country else "")
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, QTableWidgetItem(str(project.call_year)))
            self.table.setItem(row, 2, QTableWidgetItem(coordinator))
            self.table.setItem(row, 3, QTableWidgetItem(str(project.partners)))
        self.table.resizeRowsToContents()
        if not searched and self.team is None:
            from erasmus_planner.ui.directory_window import empty_directory_text

            text = self._problem or empty_directory_text()
        else:
            text = (
                self.tr("No funded project matches; the directory holds those of the lists imported into it (View ▸ Partner Directory ▸ Import…)")
                if not self.projects else self.tr("%n project(s) listed, newest first", "", len(self.projects))
            )
            if self._pending:
                text += " " + self.tr("(still looking in the team workspace…)")
            text = "\n".join(p for p in (text, self._problem) if p)
        self.status.setText(text)
        if self.projects:
            self.table.selectRow(0)
        self._selection_changed()
        if not self._pending:
            self.searched.emit(len(self.projects))

    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.table.selectedItems()))

    def chosen(self) -> Any:
        row = self.chosen_row()
        return row.item if row is not None else None

    def chosen_row(self) -> Sourced | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows else None

    def accept(self) -> None:
        """Make the plan from the chosen project, by the directory that holds it (the team's on a
        worker thread: the window never waits on its server)."""
        chosen = self.chosen_row()
        if chosen is None:
            return
        identifier = chosen.item.identifier
        if chosen.source == TEAM and self.team is not None:
            team = self.team
            self.buttons.setEnabled(False)
            self.last_op = BackgroundOp(
                self, lambda _progress: team.service().plan_from_project(identifier), label=self.tr("&Create Plan"),
                on_success=self._made, on_failure=lambda error: self._not_made(identifier, error), quiet=True,
            ).start()
            return
        service = self._service()
        if service is None:
            return
        try:
            made = service.plan_from_project(identifier)
        except PlanError as error:
            self._not_made(identifier, error)
            return
        self._made(made)

    def _made(self, made: Any) -> None:
        self.made = made
        super().accept()

    def _not_made(self, identifier: str, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.main.prompts.error(self, self.tr("Cannot make a plan from {identifier}").format(identifier=identifier), problem_text(error))
