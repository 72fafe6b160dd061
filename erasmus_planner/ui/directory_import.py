"""Import… and Export… of the Directory view: a partner list or a list of funded projects (the
Erasmus+ Project Results export) into the partner directory, off the GUI thread with progress
and Cancel; every organisation of the directory out to a spreadsheet.

An import is one transaction: Cancel, a failure or bad rows the user does not want skipped leave
the directory exactly as it was. Bad rows are listed with row, column, value and what would be
valid, and the user may import the good ones (the same question as for a plan's import). A file
that is neither kind is refused before the directory is made or touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.ui import labels
from erasmus_planner.ui.background import BackgroundOp
from erasmus_planner.ui.prompts import problem_list

if TYPE_CHECKING:
    from erasmus_planner.ui.background import Progress
    from erasmus_planner.ui.directory_window import DirectoryWindow

translate = QCoreApplication.translate


class DirectoryImport:
    def __init__(self, view: DirectoryWindow) -> None:
        self.view = view
        self.last_op: BackgroundOp | None = None

    def start(self, path: str | None = None, *, skip_bad_rows: bool = False) -> BackgroundOp | None:
        view = self.view
        prompts = view.main.prompts
        path = path or prompts.directory_import_path(view, view.main.documents.folder())
        if not path:
            return None
        access = view.access
        name = Path(path).name

        def work(progress: Progress) -> Any:
            from erasmus_planner.services.funded_import import recognise

            def report(done: int, total: int) -> None:
                progress.report(done, total)
                progress.check()  # Cancel stops the import; its transaction is rolled back

            recognise(path)  # neither a list of funded projects nor a partner list: say so, make nothing
            service = access.service(create=True)
            return service.import_any(path, skip_bad_rows=skip_bad_rows, progress=report)

        def failed(error: BaseException) -> None:
            message = labels.error_text(error) if isinstance(error, PlanError) else translate(
                "DirectoryWindow", "Unexpected error ({kind}: {error}). The directory was not changed."
            ).format(kind=type(error).__name__, error=error)
            prompts.error(view, translate("DirectoryWindow", "Cannot import {name}").format(name=name), message)

        op = BackgroundOp(
            view, work,
            label=translate("DirectoryWindow", "Importing {name} into the partner directory…").format(name=name),
            on_success=lambda outcome: self._done(outcome, path, skip_bad_rows),
            on_failure=failed,
            on_cancel=lambda: view.say(translate("DirectoryWindow", "Import cancelled; the directory is as it was")),
        )
        self.last_op = op
        return op.start()

    def _done(self, outcome: Any, path: str, skipped: bool) -> None:
        view = self.view
        prompts = view.main.prompts
        name = Path(path).name
        funded = hasattr(outcome, "good_rows")
        problems = [labels.row_problem_text(p) for p in (outcome.problems if funded else outcome.result.problems)]
        imported = outcome.imported if funded else outcome.counts is not None
        if not imported:
            good = outcome.good_rows if funded else len(outcome.result.partners)
            if good and prompts.import_with_problems(view, name, good, problems):
                self.start(path, skip_bad_rows=True)
            elif not good:
                headline = translate("DirectoryWindow", "Nothing was imported from {name}; %n row(s) need fixing:", "", len(problems))
                prompts.info(view, translate("DirectoryWindow", "Import of {name}").format(name=name), f"{headline.format(name=name)}\n\n{problem_list(problems)}")
            else:
                view.say(translate("DirectoryWindow", "Nothing was imported from {name}").format(name=name))
            return
        view.refresh()
        if funded:
            counts = outcome.counts
            text = translate("DirectoryWindow", "Imported %n funded project(s) from {name}", "", counts.projects_added + counts.projects_replaced)
            text += " · " + translate("DirectoryWindow", "%n new organisation(s)", "", counts.organisations_added)
        else:
            text = translate("DirectoryWindow", "Imported %n organisation(s) from {name}", "", outcome.counts.total)
        if skipped and problems:
            text += " · " + translate("DirectoryWindow", "%n bad row(s) skipped", "", outcome.bad_rows if funded else len(outcome.result.bad_rows))
        view.say(text.format(name=name))

    # --- export ------------------------------------------------------------------------------------

    def export(self, path: str | None = None) -> None:
        view = self.view
        service = view.service()
        if service is None:
            return
        suggested = str(Path(view.main.documents.folder()) / "partner-directory.xlsx")
        path = path or view.main.prompts.directory_export_path(view, suggested)
        if not path:
            return
        try:
            count = service.export_file(path)
        except PlanError as error:
            view.main.prompts.error(view, translate("DirectoryWindow", "Cannot export the directory"), labels.error_text(error))
            return
        view.say(translate("DirectoryWindow", "Exported %n organisation(s) to {path}", "", count).format(path=path))
