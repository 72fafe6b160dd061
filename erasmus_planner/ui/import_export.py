"""File ▸ Import Partners and File ▸ Export PDF: the file question, the work off the GUI thread
(``BackgroundOp``, with progress and Cancel), and what the window says afterwards.

Partners read from a spreadsheet land as one undoable step, and only in the plan they were read
for; a briefing is written from immutable values, so the plan may change while it is written.
Texts are the main window's (translation context "MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.services import briefing_export, partner_import
from erasmus_planner.ui import labels
from erasmus_planner.ui.background import BackgroundOp
from erasmus_planner.ui.commands import AddPartnersCommand
from erasmus_planner.ui.prompts import problem_list

if TYPE_CHECKING:
    from erasmus_planner.ui.background import Progress
    from erasmus_planner.ui.file_reveal import ExportedBar
    from erasmus_planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class ImportExport:
    """Imports partners and exports the briefing for ``window``; ``last_op`` is the latest job."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.last_op: BackgroundOp | None = None
        self.exported_bar: ExportedBar | None = None  # after the first export

    def _status(self, text: str, ms: int) -> None:
        self.window.statusBar().showMessage(text, ms)

    # --- import ------------------------------------------------------------------------------

    def import_partners(self, path: str | None = None) -> None:
        window = self.window
        if not partner_import.import_available():
            return
        path = path or window.prompts.import_path(window, window.documents.folder())
        if not path:
            return
        if not window.document.has_plan:
            window.documents.new()
            window.document_dialogs.replaced()
        name = Path(path).name
        generation = window.document.generation  # the plan the partners are meant for

        def read(progress: Progress) -> Any:
            def report(done: int, total: int) -> None:
                progress.report(done, total)
                progress.check()  # Cancel stops the reading, not just its result

            return partner_import.read_partners(path, report)

        self._run(
            read,
            label=translate("MainWindow", "Importing partners from {name}…").format(name=name),
            on_success=lambda result: self._imported(result, name, generation),
            error_title=translate("MainWindow", "Cannot import partners"),
            on_cancel=lambda: self._status(translate("MainWindow", "Nothing was imported from {name}").format(name=name), 6000),
        )

    def _imported(self, result: Any, name: str, generation: int) -> None:
        window = self.window
        document = window.document
        if not document.has_plan or generation != document.generation:
            # The plan was closed, or another opened, while the file was read: its partners
            # were meant for a plan that is no longer here.
            self._status(
                translate("MainWindow", "Nothing was imported from {name}: the plan it was meant for was closed").format(name=name),
                8000,
            )
            return
        # Rows that would repeat a partner of the plan or make a second applicant are
        # problems too, listed with the rows the file itself got wrong.
        from erasmus_planner.services.import_service import check_against_plan

        partners, row_problems = check_against_plan(document.plan, result)
        problems = _per_row(row_problems)
        title = translate("MainWindow", "Import of {name}").format(name=name)
        if not partners:
            headline = (
                translate("MainWindow", "Nothing was imported from {name}; %n row(s) need fixing:", "", len(problems)).format(name=name)
                if problems
                else translate("MainWindow", "No partners were found in {name}.").format(name=name)
            )
            window.prompts.info(window, title, f"{headline}\n\n{problem_list(problems)}".strip())
            return
        if problems and not window.prompts.import_with_problems(window, name, len(partners), problems):
            self._status(translate("MainWindow", "Nothing was imported from {name}").format(name=name), 6000)
            return
        document.push(AddPartnersCommand(document, partners))
        self._status(translate("MainWindow", "Imported %n partner(s) from {name}", "", len(partners)).format(name=name), 6000)

    # --- export ------------------------------------------------------------------------------

    def export_pdf(self, path: str | None = None) -> None:
        window = self.window
        if not (window.document.has_plan and briefing_export.export_available()):
            return
        documents = window.documents
        suggested = str(Path(documents.folder()) / f"{documents.plan_stem()}-briefing.pdf")
        path = path or window.prompts.export_pdf_path(window, suggested)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        session = window.document.session
        plan, report = session.plan, session.report  # immutable values: safe to hand to a thread
        paper = window.preferences.paper
        if paper == "auto":  # where the user is, not which language they read
            system = QLocale.system()
            paper = briefing_export.paper_for_territory(system.territoryToCode(system.territory()))
        language = session.language

        def work(progress: Progress) -> None:
            briefing_export.export_briefing(
                plan, path, report=report, paper=paper, language=language,
                progress=progress.report, cancelled=progress.cancelled,
            )

        self._run(
            work,
            label=translate("MainWindow", "Writing the PDF briefing…"),
            on_success=lambda _: self._exported(Path(path)),
            error_title=translate("MainWindow", "Cannot export the briefing"),
            on_cancel=lambda: self._status(translate("MainWindow", "Export cancelled; nothing was written"), 6000),
            done_when_finished=True,  # a Cancel after the file was written does not unwrite it
        )

    def _exported(self, path: Path) -> None:
        """The briefing is written: its name with Open and Show in Folder, in the status bar."""
        if self.exported_bar is None:
            from erasmus_planner.ui.file_reveal import ExportedBar

            self.exported_bar = ExportedBar()
            self.window.statusBar().addWidget(self.exported_bar)
        self.window.statusBar().clearMessage()
        self.exported_bar.offer(path)

    # --- running a job ---------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Progress], Any],
        *,
        label: str,
        on_success: Callable[[Any], None],
        error_title: str,
        on_cancel: Callable[[], None] | None = None,
        done_when_finished: bool = False,
    ) -> BackgroundOp:
        window = self.window

        def failed(error: BaseException) -> None:
            if isinstance(error, PlanError):
                message = labels.error_text(error)
            elif briefing_export.export_available() and briefing_export.is_cancellation(error):
                if on_cancel:
                    on_cancel()
                return
            else:
                message = translate("MainWindow", "Unexpected error ({kind}: {error}). Nothing was changed.").format(
                    kind=type(error).__name__, error=error
                )
            window.prompts.error(window, error_title, message)

        op = BackgroundOp(
            window, work, label=label, on_success=on_success, on_failure=failed, on_cancel=on_cancel,
            done_when_finished=done_when_finished,
        )
        self.last_op = op
        return op.start()


def _per_row(row_problems: list[Any]) -> list[str]:
    """One line for each row that cannot be imported (its problems joined), in row order: a row
    with a bad country and a bad type is one row to fix, and the count says so."""
    by_row: dict[int, list[str]] = {}
    for problem in row_problems:
        by_row.setdefault(problem.row, []).append(labels.row_problem_text(problem))
    return ["; ".join(texts) for _row, texts in sorted(by_row.items())]
