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
from erasmus_planner.ui import i18n, labels
from erasmus_planner.ui.window_placement import fit_dialog

if TYPE_CHECKING:
    from erasmus_planner.ui.main_window import MainWindow

SEARCH_DELAY_MS: Final = 200


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
        self.run_search()

    def _service(self) -> Any:
        access = self.main.directory
        try:
            return access.service() if access is not None else None
        except PlanError as error:
            self.status.setText(labels.error_text(error))
            return None

    def run_search(self) -> None:
        service = self._service()
        self.projects = []
        if service is not None:
            try:
                self.projects = service.search_projects(self.search.text(), limit=50)
            except PlanError as error:
                self.status.setText(labels.error_text(error))
        self.table.setRowCount(len(self.projects))
        language = i18n.content_language()
        for row, project in enumerate(self.projects):
            title = QTableWidgetItem(f"{project.identifier}\n{project.title}")
            title.setToolTip(project.card_url)
            coordinator = project.coordinator + (f" ({countries.name(project.coordinator_country, language)})" if project.coordinator_country else "")
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, QTableWidgetItem(str(project.call_year)))
            self.table.setItem(row, 2, QTableWidgetItem(coordinator))
            self.table.setItem(row, 3, QTableWidgetItem(str(project.partners)))
        self.table.resizeRowsToContents()
        if service is None and not self.status.text():
            from erasmus_planner.ui.directory_window import empty_directory_text

            self.status.setText(empty_directory_text())
        elif service is not None:
            self.status.setText(
                self.tr("No funded project matches; the directory holds those of the lists imported into it (View ▸ Partner Directory ▸ Import…)")
                if not self.projects else self.tr("%n project(s) listed, newest first", "", len(self.projects))
            )
        if self.projects:
            self.table.selectRow(0)
        self._selection_changed()
        self.searched.emit(len(self.projects))

    def _selection_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.table.selectedItems()))

    def chosen(self) -> Any:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.projects[min(rows)] if rows else None

    def accept(self) -> None:
        project = self.chosen()
        service = self._service()
        if project is None or service is None:
            return
        try:
            made = service.plan_from_project(project.identifier)
        except PlanError as error:
            self.main.prompts.error(self, self.tr("Cannot make a plan from {identifier}").format(identifier=project.identifier), labels.error_text(error))
            return
        self.made = made
        super().accept()
