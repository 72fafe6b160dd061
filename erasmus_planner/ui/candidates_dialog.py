"""Find in Directory: for one failing finding of the checklist ("add a VET provider from another
EU Member State"), the organisations of the partner directory that would make it pass, best
first by relevant experience, each with why and one click to add it to the plan.

The candidates are found off the GUI thread (each one is tried by checking the plan with it
added); Add is one undoable step of the plan's history, and the list is looked for again against
the plan as it then is (the rule may pass now, or need one more).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.vocabulary import PARTNER
from erasmus_planner.services.directory_sources import MINE, TEAM, Sourced, merged_candidates
from erasmus_planner.ui import i18n, labels
from erasmus_planner.ui.background import BackgroundOp
from erasmus_planner.ui.directory_model import type_text
from erasmus_planner.ui.directory_source import problem_text, source_text
from erasmus_planner.ui.window_placement import fit_dialog
from erasmus_planner.ui.wording import escape

if TYPE_CHECKING:
    from erasmus_planner.domain.report import Finding
    from erasmus_planner.ui.main_window import MainWindow

LIMIT = 10


class CandidatesDialog(QDialog):
    searched = Signal(int)  # how many candidates were found (tests wait on it)

    def __init__(self, window: MainWindow, finding: Finding) -> None:
        super().__init__(window)
        self.setObjectName("candidatesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.main = window
        self.finding = finding
        self.rule = finding.rule
        self.setWindowTitle(self.tr("Find in Directory"))
        self.heading = QLabel(objectName="candidatesFinding")
        self.heading.setWordWrap(True)
        self.heading.setText(f"<b>{escape(finding.message)}</b>" + (f"<br>→ {escape(finding.hint)}" if finding.hint else ""))
        self.table = QTableWidget(0, 4, objectName="candidatesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Country"), self.tr("Why"), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(objectName="candidatesStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(860, 460))
        self.candidates: tuple[Any, ...] = ()
        self.last_op: BackgroundOp | None = None
        self.shows_source = False  # rows say "Mine" / "Team" while a team workspace is connected
        self._round = 0  # each search's number: an answer to an older one is dropped
        self._found: dict[str, tuple[Any, ...]] = {}
        self._pending: set[str] = set()
        self._problem = ""
        self.search()

    def search(self) -> None:
        """Look for candidates against the plan as it is now: in the user's own directory and,
        while the window is connected to a team workspace, in the team's (each on a worker
        thread; the list grows as each answers, rows saying where they come from)."""
        from erasmus_planner.ui.directory_source import team_access

        self._round += 1
        self._found = {}
        self._pending = set()
        self._problem = ""
        self.status.clear()
        access = self.main.directory
        service = None
        try:
            service = access.service() if access is not None else None
        except PlanError as error:
            self._problem = labels.error_text(error)
        team = team_access(self.main)
        self.shows_source = team is not None
        if service is None and team is None:
            from erasmus_planner.ui.directory_window import empty_directory_text

            self.status.setText(self._problem or empty_directory_text())
            self.searched.emit(0)
            return
        plan = self.main.document.plan
        finding = next((f for f in self.main.document.session.report.findings if f.rule == self.rule), None)
        if finding is None or finding.status != "fail":
            self.status.setText(self.tr("This rule is met now."))
            self._fill(())
            self.searched.emit(0)
            return
        self.status.setText(self.tr("Looking in the partner directory…"))
        if service is not None:
            self._look(MINE, lambda _progress: service.candidates(plan, finding, limit=LIMIT))
        if team is not None:
            self._look(TEAM, lambda _progress: team.service().candidates(plan, finding, limit=LIMIT))

    def _look(self, source: str, work: Any) -> None:
        """One directory's candidates on a worker thread; a team server that fails or does not
        answer leaves the user's own results shown and says so."""
        current = self._round
        self._pending.add(source)

        def done(found: Any = (), problem: str = "") -> None:
            if current != self._round:
                return  # a search made against an older plan
            self._pending.discard(source)
            self._found[source] = tuple(found)
            if problem:
                self._problem = self.tr("Team workspace: {problem}").format(problem=problem) if source == TEAM else problem
            self._fill(merged_candidates(self._found.get(MINE, ()), self._found.get(TEAM, ()), limit=LIMIT))
            if not self._pending:
                self.searched.emit(len(self.candidates))

        def failed(error: BaseException) -> None:
            done(problem=problem_text(error))

        self.last_op = BackgroundOp(
            self, work, label=self.tr("Looking in the partner directory…"), on_success=done, on_failure=failed, quiet=True,
        ).start()

    def _fill(self, rows: tuple[Sourced, ...]) -> None:
        self.candidates = tuple(row.item for row in rows)
        self.table.setRowCount(len(rows))
        language = i18n.content_language()
        for row, sourced in enumerate(rows):
            candidate = sourced.item
            org = candidate.entry.organisation
            where = f" · {source_text(sourced.source)}" if self.shows_source else ""
            name = QTableWidgetItem(f"{org.name}\n{type_text(candidate.entry)}{where}")
            name.setToolTip(org.name)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(countries.name(org.country, language)))
            self.table.setItem(row, 2, QTableWidgetItem(labels.message_text(candidate.why())))
            button = QPushButton(self.tr("Add to Plan"), objectName=f"candidateAdd{row}")
            button.clicked.connect(lambda _checked=False, c=candidate: self.add(c))
            self.table.setCellWidget(row, 3, button)
        self.table.resizeRowsToContents()
        candidates = self.candidates
        if candidates:
            text = (self.tr("%n organisation(s) would help; the first would make this rule pass", "", len(candidates))
                    if candidates[0].passes else self.tr("%n organisation(s) would help; the rule needs more than one", "", len(candidates)))
        elif self._pending:
            text = self.tr("Looking in the partner directory…")
        elif self.status.text() == self.tr("This rule is met now."):
            text = self.status.text()
        else:
            text = self.tr("No organisation in the partner directory would fix this by being added.")
        if self._pending and candidates:
            text += " " + self.tr("(still looking in the team workspace…)")
        self.status.setText("\n".join(part for part in (text, self._problem) if part))

    def add(self, candidate: Any) -> None:
        """Add one candidate to the plan (one undoable step), then look again."""
        from erasmus_planner.services.directory_service import DirectoryService
        from erasmus_planner.ui.commands import AddPartnersCommand

        document = self.main.document
        copy = DirectoryService.copy_for_plan(candidate.entry.organisation, role=PARTNER)
        document.push(AddPartnersCommand(document, [copy]))
        self.main.statusBar().showMessage(self.tr("Added {name} to the plan").format(name=copy.name), 6000)
        self.search()

