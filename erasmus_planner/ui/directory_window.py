"""View ▸ Partner Directory: the organisations kept across plans, searched, filtered, edited,
imported and exported, each with its track record — and added to the plan in one click.

A window of its own beside the plan (not modal): the list on the left, filtered by words,
country, type and experience ("took part in a KA220-VET as coordinator since 2022"); the
selected organisation's card on the right with its funded projects, each a link to the
project's page on the Erasmus+ Project Results platform. Every edit of the directory (add,
edit, delete, merge) is undoable in this window's own history (Ctrl+Z here); Add to Plan is one
undoable step of the plan's history. Everything goes through the directory service
(``services.partner_directory``); nothing here touches the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.vocabulary import APPLICANT, PARTNER
from erasmus_planner.ui import i18n, labels
from erasmus_planner.ui.directory_filters import DirectoryFilters, DirectoryQuery
from erasmus_planner.ui.directory_model import ENTRY_ROLE, DirectoryTableModel
from erasmus_planner.ui.flow_layout import FlowLayout
from erasmus_planner.ui.track_record import entry_html
from erasmus_planner.ui.window_placement import fit_dialog

if TYPE_CHECKING:
    from erasmus_planner.ui.main_window import MainWindow

SHOWN: Final = 200  # entries listed for one search; the status line says when there are more
DUPLICATE_REASONS: Final = {
    "same-name": QT_TRANSLATE_NOOP("DirectoryWindow", "Likely the same: the same name, with different websites"),
    "same-website": QT_TRANSLATE_NOOP("DirectoryWindow", "Likely the same: the same website, under different names"),
    "same-words": QT_TRANSLATE_NOOP("DirectoryWindow", "Likely the same: the same words in another order"),
    "contained-name": QT_TRANSLATE_NOOP("DirectoryWindow", "Likely the same: one name holds every word of the other"),
    "similar-name": QT_TRANSLATE_NOOP("DirectoryWindow", "Likely the same: nearly the same name"),
}


class DirectoryWindow(i18n.Retranslating, QDialog):
    refreshed = Signal()  # the list was filled again (tests wait on it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("directoryWindow")
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, minimisable, beside the plan
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's text size
        self.main = window
        from erasmus_planner.ui.directory_source import DirectorySource

        self.source = DirectorySource(window)  # the user's own directory, or the team workspace's
        self.access = self.source.access()
        self.catalogue = window.document.session.catalogue
        self.undo_stack = QUndoStack(self)
        self.filters = DirectoryFilters(self.catalogue)
        self.model = DirectoryTableModel(self)
        from erasmus_planner.ui.partners_view import PartnerTable

        self.table = PartnerTable(self._fit_columns)  # tells its viewport's new width
        self.table.setObjectName("directoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # _fit_columns
        self.details = QTextBrowser(objectName="directoryDetails")
        self.details.setOpenExternalLinks(True)
        self.status = QLabel(objectName="directoryStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = QPushButton(objectName="directoryAdd")
        self.edit_button = QPushButton(objectName="directoryEdit")
        self.delete_button = QPushButton(objectName="directoryDelete")
        self.merge_button = QPushButton(objectName="directoryMerge")
        self.duplicates_button = QPushButton(objectName="directoryDuplicates")
        self.duplicates_button.setCheckable(True)
        self.to_plan_button = QPushButton(objectName="directoryAddToPlan")
        self.import_button = QPushButton(objectName="directoryImport")
        self.export_button = QPushButton(objectName="directoryExport")
        self.undo_action = QAction(self, objectName="directoryUndo")
        self.redo_action = QAction(self, objectName="directoryRedo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            # This window's own history: Ctrl+Z here undoes a directory edit, never the plan's.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.undo_action, self.redo_action])
        self._lay_out()
        self._connect()
        fit_dialog(self, QSize(1000, 640))
        from erasmus_planner.ui.directory_import import DirectoryImport

        self.importer = DirectoryImport(self)
        self.retranslate()
        self.refresh()

    def _lay_out(self) -> None:
        # The editing buttons on the left, the list's and the plan's on the right: one row where
        # it fits, two on a narrow screen (one row asked for more than 800 pixels).
        editing, moving = QWidget(), QWidget()
        editing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for group, members in ((editing, (self.add_button, self.edit_button, self.delete_button, self.merge_button, self.duplicates_button)),
                               (moving, (self.import_button, self.export_button, self.to_plan_button))):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for button in members:
                row.addWidget(button)
        editing.layout().addStretch(1)
        buttons = FlowLayout()
        buttons.addWidget(editing)
        buttons.addWidget(moving)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.to_plan_button.setDefault(True)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.source.changed.connect(self.switch_source)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.merge_button.clicked.connect(self.merge)
        self.duplicates_button.toggled.connect(lambda _on: self.refresh())
        self.to_plan_button.clicked.connect(self.add_to_plan)
        self.import_button.clicked.connect(lambda: self.importer.start())
        self.export_button.clicked.connect(lambda: self.importer.export())
        self.undo_action.triggered.connect(lambda: self._history(self.undo_stack.undo))
        self.redo_action.triggered.connect(lambda: self._history(self.undo_stack.redo))
        # Bound slots, not lambdas: Qt drops them before the stack (a child) goes with this window.
        self.undo_stack.canUndoChanged.connect(self._history_changed)
        self.undo_stack.canRedoChanged.connect(self._history_changed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Partner Directory"))
        for button, text, tip in (
            (self.add_button, self.tr("&Add…"), self.tr("Add an organisation to the directory")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the selected organisation")),
            (self.delete_button, self.tr("&Delete"), self.tr("Delete the selected organisations (Undo brings them back)")),
            (self.merge_button, self.tr("&Merge"), self.tr("Merge the two selected entries into one, with their funded projects")),
            (self.duplicates_button, self.tr("Likely D&uplicates"), self.tr("List pairs of entries that may be one organisation written two ways")),
            (self.import_button, self.tr("&Import…"), self.tr("Add a partner list or a list of funded Erasmus+ projects (CSV or XLSX)")),
            (self.export_button, self.tr("E&xport…"), self.tr("Write every organisation to a CSV or XLSX file")),
            (self.to_plan_button, self.tr("Add to &Plan"), self.tr("Add the selected organisations to the open plan")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._selection_changed()

    # --- the list ----------------------------------------------------------------------------------

    def follow_workspace(self) -> None:
        """Offer the team's directory while a workspace is connected (the view is shown again)."""
        if self.source.follow_workspace():
            self.switch_source()

    def switch_source(self) -> None:
        """Show the other directory. Its history starts afresh: an undo here must never act on a
        directory that is no longer shown."""
        self.access = self.source.access()
        self.undo_stack.clear()
        self.status.clear()
        self.refresh()

    def service(self) -> Any:
        """The directory service, or None while there is no directory (or no directory at all
        in this build); a directory that cannot be opened says why in the status line."""
        if self.access is None:
            return None
        try:
            return self.access.service()
        except PlanError as error:
            self._say_problem(error)
            return None

    def _say_problem(self, error: PlanError) -> None:
        """Why the directory could not be read; a team workspace that hangs in words of its own."""
        from erasmus_planner.services.team_directory_access import is_not_answering

        if not is_not_answering(error):
            self.status.setText(labels.error_text(error))
            return
        self.status.setText(
            self.tr("Team workspace: not answering (no answer within {seconds} s). Search again once it answers, "
                    "or choose My directory above.").format(seconds=error.message.values.get("seconds", "?"))
        )

    def refresh(self, select: int | None = None) -> None:
        """The list again for the filters as they are, keeping (or moving to) a selection."""
        selected = select if select is not None else next(iter(self.selected_ids()), None)
        service = self.service()
        entries: list[Any] = []
        query = self.filters.query()
        pairs = self.duplicates_button.isChecked()
        self.filters.setEnabled(not pairs)
        if service is not None:
            try:
                self.filters.set_countries(service.countries())
                if pairs:
                    entries = self._duplicate_pairs(service)
                else:
                    self.model.notes.clear()
                    entries = service.search(
                        query.text, country=query.country, type=query.type, limit=SHOWN + 1,
                        experience=query.experience, track_records=True, newest=0,
                    )
                total, projects = service.count(), service.project_count()
            except PlanError as error:
                self._say_problem(error)
                service = None
        self.model.set_entries(entries[:SHOWN], experience=query.experience is not None and not pairs)
        self._fit_columns()
        if service is not None and pairs:
            self.status.setText(
                self.tr("%n likely pair(s), one after the other: select the two entries of a pair and Merge (Undo takes it back)", "", len(entries) // 2)
            )
        elif service is None:
            if self.access is not None and not self.status.text():
                self.status.setText(empty_directory_text())
        elif total == 0:
            self.status.setText(empty_directory_text())
        else:
            shown = self.tr("%n organisation(s) shown", "", min(len(entries), SHOWN))
            if len(entries) > SHOWN:
                shown = self.tr("The first {shown} shown: narrow the search to see the others").format(shown=SHOWN)
            self.status.setText(
                self.tr("{shown} · the directory holds %n organisation(s)", "", total).format(shown=shown)
                + " · " + self.tr("%n funded project(s)", "", projects)
            )
        row = self.model.row_of(selected) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()
        self.refreshed.emit()

    def _fit_columns(self) -> None:
        """Country, type, town and projects as wide as what they show, but the name keeps at least
        two fifths of the table: it is what a coordinator reads first (a funded-project list's
        long town names used to squeeze every name to a few letters at 1024 pixels)."""
        from erasmus_planner.ui.partners_view import shared_out

        header = self.table.horizontalHeader()
        heading = header.fontMetrics()
        wanted = {column: max(self.table.sizeHintForColumn(column), 0) + 12 for column in range(1, 5)}
        least = {
            column: heading.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal))) + 18
            for column in wanted  # a heading is never cut
        }
        wanted = {column: max(width, least[column]) for column, width in wanted.items()}
        available = self.table.viewport_width()
        name_room = max(available * 2 // 5, self.table.fontMetrics().horizontalAdvance("Name of an organisation"))
        for column, width in shared_out(wanted, least, available - name_room).items():
            header.resizeSection(column, width)

    def _duplicate_pairs(self, service: Any) -> list[Any]:
        """The likely pairs, the surest first, each pair's two entries one after the other; the
        reason is each one's tooltip."""
        found: list[Any] = []
        self.model.notes.clear()
        for candidate, first, second in service.duplicates(limit=SHOWN // 2):
            reason = DUPLICATE_REASONS.get(candidate.reason, candidate.reason)
            for entry in (first, second):
                self.model.notes[entry.id] = self.tr(reason)
            found += [first, second]
        return found

    def selected_ids(self) -> list[int]:
        return [entry.id for entry in self.selected_entries()]

    def selected_entries(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entry(row) for row in rows]

    def _selection_changed(self) -> None:
        self._update_buttons()
        chosen = self.selected_entries()
        service = self.service() if len(chosen) == 1 else None
        if service is None:
            self.details.setHtml("")
            return
        try:
            (entry,) = service.entries([chosen[0].id], newest=None) or [chosen[0]]
        except (PlanError, ValueError):
            entry = chosen[0]
        self.details.setHtml(entry_html(entry, self.catalogue))

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.merge_button.setEnabled(count == 2)
        self.to_plan_button.setEnabled(count >= 1 and not self._plan_locked())
        self.export_button.setEnabled(self.model.rowCount() > 0 or bool(self.filters.query().text))
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def _plan_locked(self) -> bool:
        """The open plan is a read-only copy: nothing can be added to it."""
        document = self.main.document
        return document.has_plan and bool(document.session.read_only)

    @Slot(bool)
    def _history_changed(self, _can: bool) -> None:
        self._update_buttons()

    def say(self, text: str) -> None:
        self.status.setText(text)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        # Escape clears the filters first; a second Escape closes the window.
        if event.key() == Qt.Key.Key_Escape and self.filters.query() != DirectoryQuery():
            self.filters.clear()
            return
        super().keyPressEvent(event)

    # --- editing (each one undoable here) -------------------------------------------------------

    def _push(self, command: Any) -> None:
        try:
            self.undo_stack.push(command)
        except PlanError as error:
            self.main.prompts.error(self, self.tr("The directory was not changed"), labels.error_text(error))

    def _history(self, step: Any) -> None:
        try:
            step()
        except PlanError as error:
            self.main.prompts.error(self, self.tr("The directory was not changed"), labels.error_text(error))

    def _dialog(self, organisation: Any = None) -> Any:
        from erasmus_planner.ui.directory_entry_dialog import DirectoryEntryDialog

        document = self.main.document
        # The plan's call year for the country statuses, or this year's call without a plan.
        from erasmus_planner.services.plan_session import default_call_year

        year = document.plan.call_year if document.has_plan else default_call_year()
        return DirectoryEntryDialog(self, organisation=organisation, call_year=year, language=document.session.language)

    def add(self) -> None:
        dialog = self._dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            service = self.access.service(create=True)
        except PlanError as error:
            self.main.prompts.error(self, self.tr("The directory was not changed"), labels.error_text(error))
            return
        from erasmus_planner.ui.directory_commands import AddEntryCommand

        self._push(AddEntryCommand(service, self.refresh, dialog.organisation().with_changes(role=PARTNER)))

    def edit(self) -> None:
        chosen = self.selected_entries()
        service = self.service()
        if len(chosen) != 1 or service is None:
            return
        before = chosen[0].organisation
        dialog = self._dialog(before)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.organisation().with_changes(role=PARTNER)
        if after != before:
            from erasmus_planner.ui.directory_commands import EditEntryCommand

            self._push(EditEntryCommand(service, self.refresh, chosen[0].id, before, after))

    def delete(self) -> None:
        chosen = self.selected_entries()
        service = self.service()
        if chosen and service is not None:
            from erasmus_planner.ui.directory_commands import RemoveEntriesCommand

            self._push(RemoveEntriesCommand(service, self.refresh, chosen))
            self.say(self.tr("Deleted %n entr(y/ies); Undo (Ctrl+Z) brings them back", "", len(chosen)))

    def merge(self) -> None:
        chosen = self.selected_entries()
        service = self.service()
        if len(chosen) != 2 or service is None:
            return
        # The entry with more funded projects stays (then the older one): it is the one people know.
        keep, other = sorted(chosen, key=lambda e: (-e.project_count, e.id))
        from erasmus_planner.ui.directory_commands import MergeEntriesCommand

        self._push(MergeEntriesCommand(service, self.refresh, keep, other))

    # --- into the plan ------------------------------------------------------------------------------

    def add_to_plan(self) -> None:
        chosen = self.selected_entries()
        window = self.main
        if not chosen or self._plan_locked():
            return
        if not window.document.has_plan:
            window.documents.new()
            window.document_dialogs.replaced()
        from erasmus_planner.services.directory_service import DirectoryService
        from erasmus_planner.ui.commands import AddPartnersCommand

        plan = window.document.plan
        # The first organisation of a plan without an applicant is its applicant.
        first_role = APPLICANT if not plan.applicants and not plan.partners else PARTNER
        copies = [
            DirectoryService.copy_for_plan(entry.organisation, role=first_role if i == 0 else PARTNER) for i, entry in enumerate(chosen)
        ]
        window.document.push(AddPartnersCommand(window.document, copies))
        self.say(self.tr("Added %n organisation(s) to the plan; Edit ▸ Undo in the plan's window takes them out", "", len(copies)))


def empty_directory_text() -> str:
    """What an empty directory says, and how to fill it (also under the partner dialog's name)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "DirectoryWindow",
        "The partner directory is empty. Fill it with Import… (a partner list, or a list of funded Erasmus+ "
        "projects from the Erasmus+ Project Results platform, CSV or XLSX) or Add…; or, on the command line, "
        "erasmus-planner directory import FILE.",
    )
