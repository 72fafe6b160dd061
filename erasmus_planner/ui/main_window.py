"""The main window: menus, toolbar, the plan (header, partners, live verdict) and the status bar.

It wires things together and asks questions (through ``Prompts``); the work is elsewhere:
edits are undo commands (``commands.py``) calling the session (``services/plan_session.py``),
long jobs run in ``BackgroundOp``. Collaborators come in through the constructor, so tests give
it a throw-away settings file, a recovery folder and scripted answers.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner import __version__
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.services import briefing_export, features, partner_directory, partner_import
from erasmus_planner.services.changes import Changes
from erasmus_planner.services.partner_directory import SearchFunction
from erasmus_planner.services.plan_files import PLAN_SUFFIXES
from erasmus_planner.services.samples import sample_plan_path
from erasmus_planner.ui.commands import AddPartnersCommand, EditPartnerCommand, RemovePartnersCommand
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.eligibility_panel import EligibilityPanel
from erasmus_planner.ui.icons import app_icon
from erasmus_planner.ui.partners_view import PartnersView
from erasmus_planner.ui.plan_header import PlanHeader
from erasmus_planner.ui.prompts import Prompts
from erasmus_planner.ui.settings import AppSettings
from erasmus_planner.ui.welcome_view import WelcomeView
from erasmus_planner.ui.wording import plural

if TYPE_CHECKING:  # loaded when first used: start-up imports only what the first paint needs
    from erasmus_planner.ui.background import BackgroundOp, Progress

APP_TITLE = "Erasmus+ Consortium Planner"
ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250)
PRESENTATION_ZOOM = 150
AUTOSAVE_MS = 30_000

_MISSING = {
    features.SPREADSHEETS: "Spreadsheet import is not part of this build yet.",
    features.BRIEFING: "The PDF briefing is not part of this build yet.",
    features.PARTNER_DIALOG: "The partner dialog is not part of this build yet.",
}


def _icon(theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    icon = QIcon.fromTheme(theme)
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(fallback) if style else QIcon()
    return icon


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: PlanDocument | None = None,
        *,
        settings: AppSettings | None = None,
        prompts: Prompts | None = None,
        recovery: Any = None,
        language: str | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        directory_search: SearchFunction | None | Literal["default"] = "default",
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAccessibleName(APP_TITLE)
        self.setAcceptDrops(True)
        self.document = document or PlanDocument(parent=self)
        if self.document.parent() is None:
            self.document.setParent(self)
        self.settings = settings or AppSettings()
        self.prompts = prompts or Prompts()
        self.recovery = recovery
        self.language = language
        # Name completion in the partner dialog (None: none; tests pass their own or None).
        self.directory_search = partner_directory.directory_search() if directory_search == "default" else directory_search
        self.last_op: BackgroundOp | None = None
        self._autosaved_at: datetime.datetime | None = None
        self._zoom = 100
        self._presentation = False
        self._splitter_placed = False
        self._base_point_size = QApplication.font().pointSizeF()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)

        stack = self.document.undo_stack
        stack.cleanChanged.connect(self._clean_changed)
        stack.indexChanged.connect(self._history_moved)
        self.document.changed.connect(self._document_changed)

        self.resize(1280, 820)
        self._restore_window()
        self.set_zoom(self.settings.zoom(), announce=False)
        self._show_current_view()
        self._document_state_changed()

    # --- construction ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence.StandardKey | str | Sequence[str] | None = None,
        tip: str = "",
        icon: QIcon | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        elif shortcut:
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        a = self._action
        self.new_action = a(self.tr("&New"), self.new_plan, shortcut=key.New, tip=self.tr("Start an empty plan"),
                            icon=_icon("document-new", SP.SP_FileIcon), name="newAction")
        self.open_action = a(self.tr("&Open…"), self.open_dialog, shortcut=key.Open, tip=self.tr("Open a plan file"),
                             icon=_icon("document-open", SP.SP_DialogOpenButton), name="openAction")
        self.save_action = a(self.tr("&Save"), self.save, shortcut=key.Save, tip=self.tr("Save the plan"),
                             icon=_icon("document-save", SP.SP_DialogSaveButton), name="saveAction")
        self.save_as_action = a(self.tr("Save &As…"), self.save_as, shortcut=key.SaveAs,
                                tip=self.tr("Save the plan under another name"), name="saveAsAction")
        self.import_action = a(self.tr("&Import Partners…"), self.import_partners, shortcut="Ctrl+I",
                               tip=self.tr("Add partners from a CSV or XLSX spreadsheet"), name="importAction")
        self.export_action = a(self.tr("&Export PDF…"), self.export_pdf, shortcut="Ctrl+Shift+E",
                               tip=self.tr("Write a printable briefing of the plan"), name="exportAction")
        self.close_action = a(self.tr("&Close Plan"), self.close_plan, shortcut=key.Close, name="closePlanAction")
        self.quit_action = a(self.tr("&Quit"), self.close, shortcut=key.Quit, name="quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.Undo)
        self.undo_action.setIcon(_icon("edit-undo", SP.SP_ArrowBack))
        self.undo_action.setObjectName("undoAction")
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key.Redo)
        self.redo_action.setIcon(_icon("edit-redo", SP.SP_ArrowForward))
        self.redo_action.setObjectName("redoAction")

        self.add_action = a(self.tr("&Add Partner…"), self.add_partner, shortcut=("Ctrl+Shift+N", "Ins"),
                            tip=self.tr("Add an organisation to the consortium"),
                            icon=_icon("list-add", SP.SP_FileDialogNewFolder), name="addPartnerAction")
        self.edit_action = a(self.tr("&Edit Partner…"), self.edit_partner, shortcut="Ctrl+E",
                             tip=self.tr("Edit the selected organisation"), name="editPartnerAction")
        self.remove_action = a(self.tr("&Remove Partner"), self.remove_partners, shortcut=key.Delete,
                               tip=self.tr("Remove the selected organisations"),
                               icon=_icon("list-remove", SP.SP_TrashIcon), name="removePartnerAction")
        # Delete belongs to whatever has focus (text in the title, the filter…): the action
        # answers it only from the partner table, where it is added below.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = a(self.tr("&Find"), self.find, shortcut=key.Find, tip=self.tr("Filter the partner list"),
                             name="findAction")

        self.zoom_in_action = a(self.tr("Zoom &In"), self.zoom_in, shortcut=key.ZoomIn, name="zoomInAction")
        self.zoom_out_action = a(self.tr("Zoom &Out"), self.zoom_out, shortcut=key.ZoomOut, name="zoomOutAction")
        self.zoom_reset_action = a(self.tr("&Actual Size"), lambda: self.set_zoom(100), shortcut="Ctrl+0",
                                   name="zoomResetAction")

        self.rules_action = a(self.tr("&Rules and Their Sources"), self.show_rules, shortcut=key.HelpContents,
                              name="rulesAction")
        self.about_action = a(self.tr("&About"), self.show_about, name="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        for action, module in (
            (self.import_action, features.SPREADSHEETS),
            (self.export_action, features.BRIEFING),
            (self.add_action, features.PARTNER_DIALOG),
            (self.edit_action, features.PARTNER_DIALOG),
        ):
            if not features.available(module):
                action.setToolTip(_MISSING[module])
                action.setStatusTip(_MISSING[module])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_action, self.edit_action, self.remove_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.rules_action, self.about_action])
        self._fill_recent_menu()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.add_action, self.remove_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.import_action, self.export_action])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        toggle = self.toolbar.toggleViewAction()
        toggle.setText(self.tr("&Toolbar"))
        self.view_menu.addAction(toggle)

    def _build_central(self) -> None:
        self.welcome = WelcomeView(has_sample=sample_plan_path() is not None)
        self.welcome.new_requested.connect(self.new_plan)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_requested.connect(self.open_path)

        self.header = PlanHeader(self.document)
        self.partners = PartnersView(self.document, language=self.language)
        self.partners.edit_requested.connect(self.edit_partner)
        self.partners.selection_changed.connect(self._update_actions)
        for action in (self.add_action, self.edit_action, self.remove_action):
            self.partners.add_button(action)
        self.partners.table.addAction(self.remove_action)
        self.panel = EligibilityPanel(self.document)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 6)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.partners, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 500])
        left.setMinimumWidth(420)
        self.panel.setMinimumWidth(320)

        self.panel_action = QAction(self.tr("&Eligibility Panel"), self)
        self.panel_action.setObjectName("panelAction")
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        self.panel_action.setShortcut(QKeySequence("F9"))
        self.panel_action.toggled.connect(self.panel.setVisible)
        self.view_menu.addAction(self.panel_action)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        QWidget.setTabOrder(self.header.variant, self.partners.filter)
        QWidget.setTabOrder(self.partners.filter, self.partners.table)
        QWidget.setTabOrder(self.partners.table, self.panel.findings)
        QWidget.setTabOrder(self.panel.findings, self.panel.suggestions)

    def _build_status_bar(self) -> None:
        self.save_state = QLabel()
        self.save_state.setObjectName("saveStatus")
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_state)

    # --- reacting to the document ----------------------------------------------------------

    @Slot(int)
    def _history_moved(self, _index: int) -> None:
        """After every edit, undo or redo (the stack has moved by now, unlike in ``changed``)."""
        self._autosaved_at = None
        if self.recovery is not None and self.document.modified and not self.autosave_timer.isActive():
            self.autosave_timer.start()  # not restarted by each edit: busy editing still autosaves
        self._document_state_changed()

    def _document_changed(self, changes: Changes) -> None:
        if changes.document:
            self._show_current_view()
        self._document_state_changed()

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self._document_state_changed()

    def _document_state_changed(self) -> None:
        session = self.document.session
        if not session.has_plan:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            self.save_state.setText("")
        else:
            read_only = self.tr(" (read-only)") if session.read_only else ""
            self.setWindowTitle(f"{session.display_name()}[*]{read_only} — {APP_TITLE}")
            self.setWindowModified(self.document.modified)
            self.save_state.setText(self._save_state_text())
        self._update_actions()

    def _save_state_text(self) -> str:
        session = self.document.session
        if self.document.modified:
            if self._autosaved_at is not None:
                return self.tr("Autosaved at {time}").format(time=self._autosaved_at.strftime("%H:%M"))
            return self.tr("Unsaved changes")
        if session.path is None:
            return self.tr("Not saved yet")
        return self.tr("All changes saved")

    def _update_actions(self) -> None:
        has_plan = self.document.has_plan
        session = self.document.session
        selected = bool(self.partners.selected_partners()) if has_plan else False
        self.save_action.setEnabled(has_plan and (self.document.modified or session.path is None or session.read_only))
        for action in (self.save_as_action, self.close_action, self.find_action):
            action.setEnabled(has_plan)
        self.import_action.setEnabled(partner_import.import_available())
        self.export_action.setEnabled(has_plan and briefing_export.export_available())
        dialog = features.available(features.PARTNER_DIALOG)
        self.add_action.setEnabled(has_plan and dialog)
        self.edit_action.setEnabled(has_plan and dialog and selected)
        self.remove_action.setEnabled(has_plan and selected)

    def _show_current_view(self) -> None:
        if self.document.has_plan:
            self.stack.setCurrentWidget(self.splitter)
        else:
            self.welcome.set_recent(self.settings.recent_plans())
            self.stack.setCurrentWidget(self.welcome)
        self.panel_action.setEnabled(self.document.has_plan)

    # --- documents ---------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Whether it is fine to drop the open plan now (asks Save / Discard / Cancel if modified)."""
        if not self.document.modified:
            return True
        choice = self.prompts.save_changes(self, self.document.session.display_name())
        if choice == "save":
            return self.save()
        if choice == "discard":
            self._discard_recovery()
            return True
        return False

    def new_plan(self) -> None:
        if not self.maybe_save():
            return
        self._replace(lambda s: s.new())
        self.header.title.setFocus()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = self.prompts.open_plan_path(self, self._folder())
        if path:
            self.open_path(path, ask_to_save=False)

    def open_sample(self) -> None:
        path = sample_plan_path()
        if path is not None:
            self.open_path(str(path))

    def open_path(self, path: str, *, ask_to_save: bool = True, offer_recovery: bool = True) -> bool:
        """Open a plan file; says what went wrong instead of opening when it cannot."""
        if ask_to_save and not self.maybe_save():
            return False
        read_only = False
        while True:
            try:
                self._replace(lambda s: s.open(path, read_only=read_only))
                break
            except PlanError as exc:
                if _is_locked(exc) and not read_only:
                    holder = str(exc)
                    if self.prompts.open_read_only(self, Path(path).name, holder):
                        read_only = True
                        continue
                    return False
                self.prompts.error(self, self.tr("Cannot open the plan"), str(exc))
                return False
        self.settings.add_recent_plan(path)
        self.settings.set_last_folder(Path(path).parent)
        if offer_recovery:
            self._offer_recovery(Path(path))
        self.partners.table.setFocus()  # ready for arrows, Enter (edit) and Delete
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=Path(path).name), 4000)
        return True

    def offer_recovery_at_start(self) -> None:
        """Started without a plan: bring back work a crash left unsaved — a never-saved plan,
        or one of the recent plans (then that plan opens with the recovered changes)."""
        if self.recovery is None or self._offer_recovery(None):
            return
        for recent in self.settings.recent_plans():
            path = Path(recent)
            pending = self.recovery.pending(path)
            if pending is None:
                continue
            if self.prompts.recover(self, str(path)):
                if self.open_path(str(path), ask_to_save=False, offer_recovery=False):
                    self._restore(pending, path)
            else:
                self.recovery.discard(path)
            return

    def _offer_recovery(self, path: Path | None) -> bool:
        """Ask whether to restore the autosaved state of ``path`` (None: the untitled plan)."""
        if self.recovery is None:
            return False
        pending = self.recovery.pending(path)
        if pending is None or (self.document.has_plan and path is not None and pending == self.document.plan):
            return False
        what = str(path) if path is not None else self.tr("an unsaved plan ({title})").format(
            title=pending.title or self.tr("untitled")
        )
        if self.prompts.recover(self, what):
            self._restore(pending, path)
        else:
            self.recovery.discard(path)
        return True

    def _restore(self, pending: Any, path: Path | None) -> None:
        self._replace(lambda s: s.load(pending, path, read_only=s.read_only if s.path == path else False), clean=False)
        self.statusBar().showMessage(self.tr("Unsaved work recovered: save it to keep it"), 6000)

    def save(self) -> bool:
        session = self.document.session
        if not session.has_plan:
            return False
        if session.path is None or session.read_only:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        session = self.document.session
        if not session.has_plan:
            return False
        suffix = ".epplan" if features.available(features.PLAN_DOCUMENTS) else ".json"
        stem = session.path.stem if session.path else (_file_stem(session.plan.title) or "plan")
        suggested = str(Path(self._folder()) / f"{stem}{session.path.suffix if session.path else suffix}")
        path = self.prompts.save_plan_path(self, suggested)
        if not path:
            return False
        if Path(path).suffix.lower() not in PLAN_SUFFIXES:
            path += suffix
        return self._save_to(path)

    def _save_to(self, path: str | None) -> bool:
        before = self.document.session.path
        try:
            self.document.save(path)
        except PlanError as exc:
            self.prompts.error(self, self.tr("Cannot save the plan"), str(exc))
            return False
        saved = self.document.session.path
        if self.recovery is not None:
            self.recovery.discard(before)
            self.recovery.discard(saved)
        self.autosave_timer.stop()
        self.settings.add_recent_plan(saved)
        self.settings.set_last_folder(saved.parent)
        self._document_state_changed()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=saved.name), 4000)
        return True

    def close_plan(self) -> None:
        if self.maybe_save():
            self._replace(lambda s: s.close())

    def _replace(self, operation: Callable[[Any], Changes], *, clean: bool = True) -> None:
        self.autosave_timer.stop()
        self._autosaved_at = None
        self.document.replace(operation, clean=clean)
        self.partners.filter.clear()

    def _folder(self) -> str:
        path = self.document.session.path if self.document.has_plan else None
        return str(path.parent) if path else (self.settings.last_folder() or str(Path.home()))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_plans()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear List"))
            clear.triggered.connect(self.settings.clear_recent_plans)
        else:
            empty = self.recent_menu.addAction(self.tr("No recent plans"))
            empty.setEnabled(False)

    # --- autosave ----------------------------------------------------------------------------

    def autosave(self) -> None:
        if self.recovery is None or not self.document.modified:
            return
        try:
            self.recovery.save(self.document.session.path, self.document.plan)
        except PlanError as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: {why}").format(why=exc), 8000)
            return
        self._autosaved_at = datetime.datetime.now()
        self.save_state.setText(self._save_state_text())

    def _discard_recovery(self) -> None:
        if self.recovery is not None and self.document.has_plan:
            self.recovery.discard(self.document.session.path)

    # --- partners ----------------------------------------------------------------------------

    def _partner_dialog(self, organisation: Organisation | None) -> Any:
        from erasmus_planner.ui.partner_dialog import PartnerDialog

        session = self.document.session
        return PartnerDialog(
            self,
            organisation=organisation,
            call_year=session.plan.call_year,
            action=session.action,
            directory_search=self.directory_search,
        )

    def add_partner(self) -> None:
        if not self.add_action.isEnabled():
            return
        dialog = self._partner_dialog(None)

        def accepted() -> None:
            org = dialog.organisation()
            self.document.push(AddPartnersCommand(self.document, [org]))
            self.partners.select_partner(org.id)

        self._show_partner_dialog(dialog, accepted)

    def _show_partner_dialog(self, dialog: Any, accepted: Callable[[], None]) -> None:
        def finished() -> None:
            # Hand the keyboard back to the partner list, where the next action usually is
            # (some window managers, and none at all off screen, leave no window active).
            # Deferred: while ``finished`` runs the dialog is still the modal window.
            QTimer.singleShot(0, self._take_keyboard_back)
            dialog.deleteLater()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def _take_keyboard_back(self) -> None:
        if QApplication.activeModalWidget() is None:
            self.activateWindow()
            self.partners.table.setFocus()

    def edit_partner(self, org: Organisation | None = None) -> None:
        if not self.document.has_plan or not features.available(features.PARTNER_DIALOG):
            return
        org = org or self.partners.current_partner()
        if org is None:
            return
        dialog = self._partner_dialog(org)

        def accepted() -> None:
            new = dialog.organisation()
            if new != org or new.id != org.id:
                self.document.push(EditPartnerCommand(self.document, new))
            self.partners.select_partner(new.id)

        self._show_partner_dialog(dialog, accepted)

    def remove_partners(self) -> None:
        selected = self.partners.selected_partners()
        if not selected:
            return
        first_row = min(self.partners.table.selectionModel().selectedRows(), key=lambda i: i.row()).row()
        self.document.push(RemovePartnersCommand(self.document, [o.id for o in selected]))
        # Keep the keyboard where it was: the row that took the removed one's place.
        proxy = self.partners.proxy
        if proxy.rowCount():
            row = min(first_row, proxy.rowCount() - 1)
            self.partners.table.selectRow(row)
        self.partners.table.setFocus()

    def find(self) -> None:
        self.partners.filter.setFocus()
        self.partners.filter.selectAll()

    # --- import and export (off the GUI thread) ------------------------------------------------

    def import_partners(self, path: str | None = None) -> None:
        if not partner_import.import_available():
            return
        path = path or self.prompts.import_path(self, self._folder())
        if not path:
            return
        if not self.document.has_plan:
            self._replace(lambda s: s.new())
        name = Path(path).name
        self._run(
            lambda progress: partner_import.read_partners(path),
            label=self.tr("Importing partners from {name}…").format(name=name),
            on_success=lambda result: self._imported(result, name),
            error_title=self.tr("Cannot import partners"),
        )

    def _imported(self, result: Any, name: str) -> None:
        partners = list(getattr(result, "partners", ()) or ())
        problems = [str(p) for p in (getattr(result, "problems", ()) or ())]
        if partners:
            self.document.push(AddPartnersCommand(self.document, partners))
            self.statusBar().showMessage(
                self.tr("Imported {partners} from {name}").format(
                    partners=plural(len(partners), self.tr("partner"), self.tr("partners")), name=name
                ),
                6000,
            )
        if problems or not partners:
            shown = "\n".join(f"• {p}" for p in problems[:12])
            more = len(problems) - 12
            if more > 0:
                shown += "\n" + self.tr("…and {n} more").format(n=more)
            headline = (
                self.tr("{rows} could not be imported:").format(rows=plural(len(problems), self.tr("row"), self.tr("rows")))
                if partners
                else self.tr("No partners were found in {name}.").format(name=name)
            )
            self.prompts.info(self, self.tr("Import of {name}").format(name=name), f"{headline}\n\n{shown}".strip())

    def export_pdf(self, path: str | None = None) -> None:
        if not (self.document.has_plan and briefing_export.export_available()):
            return
        session = self.document.session
        stem = session.path.stem if session.path else (_file_stem(session.plan.title) or "plan")
        path = path or self.prompts.export_pdf_path(self, str(Path(self._folder()) / f"{stem}-briefing.pdf"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        plan, report = session.plan, session.report  # immutable values: safe to hand to a thread
        paper = briefing_export.paper_for_territory(QLocale().territoryToCode(QLocale().territory()))

        def work(progress: Progress) -> None:
            briefing_export.export_briefing(
                plan, path, report=report, paper=paper, progress=progress.report, cancelled=progress.cancelled
            )

        self._run(
            work,
            label=self.tr("Writing the PDF briefing…"),
            on_success=lambda _: self.statusBar().showMessage(
                self.tr("Briefing written to {path}").format(path=path), 8000
            ),
            error_title=self.tr("Cannot export the briefing"),
            on_cancel=lambda: self.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 6000),
        )

    def _run(
        self,
        work: Callable[[Progress], Any],
        *,
        label: str,
        on_success: Callable[[Any], None],
        error_title: str,
        on_cancel: Callable[[], None] | None = None,
    ) -> BackgroundOp:
        def failed(error: BaseException) -> None:
            if isinstance(error, PlanError):
                message = str(error)
            elif briefing_export.export_available() and briefing_export.is_cancellation(error):
                if on_cancel:
                    on_cancel()
                return
            else:
                message = self.tr("Unexpected error ({kind}: {error}). Nothing was changed.").format(
                    kind=type(error).__name__, error=error
                )
            self.prompts.error(self, error_title, message)

        from erasmus_planner.ui.background import BackgroundOp

        op = BackgroundOp(self, work, label=label, on_success=on_success, on_failure=failed, on_cancel=on_cancel)
        self.last_op = op
        return op.start()

    # --- drag and drop -------------------------------------------------------------------------

    @staticmethod
    def _dropped_files(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in PLAN_SUFFIXES or partner_import.is_spreadsheet(p)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QEvent) -> None:  # type: ignore[override]
        event.acceptProposedAction() if self._dropped_files(event.mimeData()) else event.ignore()  # type: ignore[attr-defined]

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        plans = [p for p in files if p.suffix.lower() in PLAN_SUFFIXES]
        sheets = [p for p in files if partner_import.is_spreadsheet(p)]
        # Deferred: a modal question asked inside a drop handler would block the source application.
        QTimer.singleShot(0, lambda: self._open_dropped(plans, sheets))

    def _open_dropped(self, plans: list[Path], sheets: list[Path]) -> None:
        if plans:
            self.open_path(str(plans[0]))
        elif sheets:
            if partner_import.import_available():
                self.import_partners(str(sheets[0]))
            else:
                self.statusBar().showMessage(_MISSING[features.SPREADSHEETS], 6000)

    # --- view --------------------------------------------------------------------------------

    def set_zoom(self, percent: int, *, announce: bool = True) -> None:
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
        self._zoom = percent
        font = QFont()
        font.setPointSizeF(self._base_point_size * percent / 100)
        self.centralWidget().setFont(font) if self.centralWidget() else None
        self.zoom_reset_action.setEnabled(percent != 100)
        if announce:
            self.statusBar().showMessage(self.tr("Zoom {percent} %").format(percent=percent), 1500)
        if not self._presentation:
            self.settings.set_zoom(percent)

    @property
    def zoom(self) -> int:
        return self._zoom

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom), ZOOM_STEPS[0]))

    def set_presentation(self, on: bool) -> None:
        """Projector-friendly: larger text, no toolbar. (A full workshop mode is a later step.)"""
        if on == self._presentation:
            return
        if on:
            self._zoom_before_presentation = self._zoom
            self.set_zoom(PRESENTATION_ZOOM, announce=False)
            self._presentation = True
            self.toolbar.hide()
        else:
            self._presentation = False
            self.set_zoom(getattr(self, "_zoom_before_presentation", 100))
            self.toolbar.show()

    # --- help --------------------------------------------------------------------------------

    def show_rules(self) -> None:
        from erasmus_planner.ui.rules_dialog import RulesDialog

        session = self.document.session
        dialog = RulesDialog(
            session.catalogue,
            self,
            year=session.plan.call_year if session.has_plan else None,
            action=session.plan.action if session.has_plan else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_TITLE),
            self.tr(
                "<h3>{app} {version}</h3>"
                "<p>Plan Erasmus+ Key Action 2 consortia offline: check a consortium against its action's "
                "rules for the call year, and see which agency the application goes to.</p>"
                "<p>Rules come from the Programme Guides 2014–2027 and National Agency summaries; "
                "Help ▸ Rules and Their Sources lists each one with its source. Always confirm with your "
                "National Agency before submitting.</p>"
            ).format(app=APP_TITLE, version=__version__),
        )

    # --- window lifetime ---------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            # Partners get most of the width; the verdict panel stays readable (about 40 %).
            self._splitter_placed = True
            width = max(self.width(), 900)
            self.splitter.setSizes([int(width * 0.6), int(width * 0.4)])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.autosave_timer.stop()
        if self.document.has_plan:
            self._discard_recovery()
            self.document.session.close()
        self.settings.save_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self.settings.sync()
        event.accept()


def _is_locked(error: PlanError) -> bool:
    if not features.available(features.LOCKS):
        return False
    from erasmus_planner.persistence.lock import PlanLocked

    return isinstance(error, PlanLocked)


def _file_stem(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.lower().split())[:60]


def file_url(path: str | Path) -> QUrl:
    return QUrl.fromLocalFile(str(Path(path).absolute()))
