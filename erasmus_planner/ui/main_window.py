"""The main window: a shell of menus, toolbar, the plan's views (header, partners, live verdict)
and the status bar, forwarding each command to the collaborator that does it:

* the document's life (new, open, save, recovery, close) — ``services/document_controller.py``
  decides, ``document_dialogs.py`` asks and tells;
* the actions and their words — ``window_actions.py``;
* partners — ``partner_editing.py`` (the dialog, one undo command each) and
  ``directory_updates.py`` (the offer to update the partner directory after an edit);
* import and export, off the GUI thread — ``import_export.py``;
* zoom and presentation mode — ``presentation.py``; dropped files — ``file_drops.py``.

Collaborators come in through the constructor, so tests give it a throw-away settings file, a
recovery folder and scripted answers. What the first paint does not need is built when first used.
"""

from __future__ import annotations

import importlib
import os

from typing import TYPE_CHECKING, Any, Final, Literal

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from erasmus_planner.domain.model import Organisation
from erasmus_planner.services import partner_directory
from erasmus_planner.services.changes import Changes
from erasmus_planner.services.document_controller import DocumentController
from erasmus_planner.services.partner_directory import SearchFunction
from erasmus_planner.services.samples import sample_plan_path
from erasmus_planner.settings import Preferences
from erasmus_planner.ui import APP_TITLE, i18n, theme, window_placement
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.document_dialogs import DocumentDialogs
from erasmus_planner.ui.eligibility_panel import EligibilityPanel
from erasmus_planner.ui.icons import app_icon
from erasmus_planner.ui.keyboard_undo import KeyboardUndo
from erasmus_planner.ui.partners_view import PartnersView
from erasmus_planner.ui.plan_area import PlanArea
from erasmus_planner.ui.plan_header import PlanHeader
from erasmus_planner.ui.presentation import ZoomAndPresentation
from erasmus_planner.ui.settings import AppSettings
from erasmus_planner.ui.window_actions import WindowActions

if TYPE_CHECKING:  # loaded when first used: start-up imports only what the first paint needs
    from erasmus_planner.services.plan_places import UnsavedWork
    from erasmus_planner.ui.background import BackgroundOp
    from erasmus_planner.ui.directory_actions import DirectoryActions
    from erasmus_planner.ui.directory_offer import DirectoryOfferBar
    from erasmus_planner.ui.directory_updates import DirectoryUpdates
    from erasmus_planner.ui.file_drops import FileDrops
    from erasmus_planner.ui.import_export import ImportExport
    from erasmus_planner.ui.partner_editing import PartnerEditing
    from erasmus_planner.ui.preferences_and_help import PreferencesAndHelp
    from erasmus_planner.ui.prompts import Prompts
    from erasmus_planner.ui.team_workspace import TeamWorkspace
    from erasmus_planner.ui.welcome_view import WelcomeView

AUTOSAVE_MS: Final = 30_000


class _OnFirstUse:
    """A collaborator of the window made (and its module imported) when first used, not at start."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.slot = f"_{attribute}"

    def __get__(self, window: Any, owner: type | None = None) -> Any:
        if window is None:
            return self
        part = getattr(window, self.slot)
        if part is None:
            part = getattr(importlib.import_module(self.module), self.name)(window)
            setattr(window, self.slot, part)
        return part


class MainWindow(i18n.Retranslating, WindowActions):
    directory_offer_ready = Signal()  # the directory offer bar has just been shown (tests wait on it)

    import_export: ImportExport = _OnFirstUse("erasmus_planner.ui.import_export", "ImportExport")  # type: ignore[assignment]
    partner_editing: PartnerEditing = _OnFirstUse("erasmus_planner.ui.partner_editing", "PartnerEditing")  # type: ignore[assignment]
    directory_updates: DirectoryUpdates = _OnFirstUse("erasmus_planner.ui.directory_updates", "DirectoryUpdates")  # type: ignore[assignment]
    file_drops: FileDrops = _OnFirstUse("erasmus_planner.ui.file_drops", "FileDrops")  # type: ignore[assignment]
    preferences_and_help: PreferencesAndHelp = _OnFirstUse("erasmus_planner.ui.preferences_and_help", "PreferencesAndHelp")  # type: ignore[assignment]
    team_workspace: TeamWorkspace = _OnFirstUse("erasmus_planner.ui.team_workspace", "TeamWorkspace")  # type: ignore[assignment]
    directory_actions: DirectoryActions = _OnFirstUse("erasmus_planner.ui.directory_actions", "DirectoryActions")  # type: ignore[assignment]

    def __init__(
        self,
        document: PlanDocument | None = None,
        *,
        settings: AppSettings | None = None,
        prompts: Prompts | None = None,
        recovery: UnsavedWork | None = None,
        language: str | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        directory_search: SearchFunction | None | Literal["default"] = "default",
        directory: Any = "default",
    ) -> None:
        """``recovery``: where autosaved work waits after a crash (None: no autosave).
        ``directory_search``: name completion in the partner dialog; ``directory``: what offers
        to update a directory entry after its partner was edited (``update_offer`` and
        ``update_entry``, see ``services.partner_directory.DirectoryAccess``). By default both
        are the user's partner directory; with ``directory_search`` given, ``directory`` is None
        unless given too (tests pass their own, or None)."""
        # The translators and the palette are in place before the window exists (the app
        # installs the language before building the window): installed afterwards, they would
        # reach every widget as a LanguageChange or PaletteChange, handled before the first
        # paint — the whole window translated and its checklist filled a second time.
        i18n.ensure_installed()
        settings = settings or AppSettings()
        preferences: Preferences = settings.preferences()
        themes = theme.controller()
        themes.set_choice(preferences.theme)
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAccessibleName(APP_TITLE)
        self.setAcceptDrops(True)
        self.document = document or PlanDocument(parent=self)
        if self.document.parent() is None:
            self.document.setParent(self)
        self.settings = settings
        self.preferences: Preferences = preferences
        self._prompts = prompts  # the default ones are made for the first question
        self.recovery = recovery
        self.documents = DocumentController(self.document, recent=settings, unsaved=recovery)
        self.document_dialogs = DocumentDialogs(self, self.documents, autosave_ms=autosave_ms)
        self.language = language or i18n.current()
        self.document.session.language = i18n.content_language(self.language)
        # Name completion in the partner dialog (None: none; tests pass their own or None).
        self.own_directory = directory_search == "default"
        if self.own_directory:
            self.use_directory(self.preferences.directory_path or None)
        else:
            self.directory_search = directory_search  # type: ignore[assignment]
            self.directory = None
        if directory != "default":
            self.directory = directory
        self.themes = themes
        self.view = ZoomAndPresentation(self)
        self.keyboard_undo = KeyboardUndo(self)  # Ctrl+Z in a field: its typing, then the plan's edits
        self._splitter_placed = False
        # Built on first use (see their properties): what the first paint never needs.
        self._welcome: WelcomeView | None = None
        self._directory_offer: DirectoryOfferBar | None = None
        self._import_export: ImportExport | None = None
        self._partner_editing: PartnerEditing | None = None
        self._directory_updates: DirectoryUpdates | None = None
        self._file_drops: FileDrops | None = None
        self._preferences_and_help: PreferencesAndHelp | None = None
        self._team_workspace: TeamWorkspace | None = None
        self._directory_actions: DirectoryActions | None = None

        self._build_actions()
        self.apply_toolbar_icons()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self.save_state = QLabel()
        self.save_state.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.save_state)

        stack = self.document.undo_stack
        stack.cleanChanged.connect(self._clean_changed)
        stack.indexChanged.connect(self._history_moved)
        self.document.changed.connect(self._document_changed)

        self._restore_window()
        self.set_zoom(self.preferences.zoom, announce=False)
        self.retranslate()
        self._show_current_view()
        if self.preferences.workspace or os.environ.get("ERASMUS_PLANNER_WORKSPACE"):
            # A team workspace is set up: connect in the background once the window runs.
            QTimer.singleShot(0, lambda: self.team_workspace.connect_workspace())

    # --- construction ----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.header = PlanHeader(self.document)
        self.partners = PartnersView(self.document, language=i18n.content_language(self.language))
        self.partners.edit_requested.connect(self.edit_partner)
        self.partners.selection_changed.connect(lambda: self.update_actions(can_save=self.documents.can_save()))
        buttons = [self.partners.add_button(action) for action in (self.add_action, self.edit_action, self.remove_action)]
        self.partners.table.addAction(self.remove_action)
        self.panel = EligibilityPanel(self.document)
        self.panel.find_in_directory.connect(lambda finding: self.directory_actions.find_in_directory(finding))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 6)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.partners, 1)  # the directory offer bar goes between them
        self.left = left
        self._left_layout = left_layout
        # Side by side where both fit, else as two tabs (``plan_area.py``).
        self.plan_area = PlanArea(left, self.panel)
        self.splitter = self.plan_area.splitter

        self.panel_action = self._view_toggle("panelAction", "F9")
        self.panel_action.toggled.connect(self.plan_area.set_panel_visible)
        self.view_menu.addAction(self.panel_action)
        self.suggestions_action = self._view_toggle("suggestionsAction")
        self.suggestions_action.toggled.connect(self.panel.set_suggestions_visible)
        self.view_menu.addAction(self.suggestions_action)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.plan_area)  # and the welcome view before it, once built
        self.setCentralWidget(self.stack)

        # Tab follows the eye: the header, the filter and the buttons beside it, the table; then
        # the panel top to bottom — the agency's website, the checklist, "What else fits?".
        chain = [
            self.header.variant, self.header.duration, self.partners.filter, *buttons, self.partners.table,
            self.panel.agency.body, self.panel.findings, self.panel.find_button, self.panel.suggestions, self.panel.what_else.switch_button,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- parts built when first needed ---------------------------------------------------------

    @property
    def welcome(self) -> WelcomeView:
        """The first-start view (New plan, Open, Open sample, recent plans), built on first use."""
        if self._welcome is None:
            from erasmus_planner.ui.welcome_view import WelcomeView

            welcome = WelcomeView(has_sample=sample_plan_path() is not None)
            welcome.new_requested.connect(self.document_dialogs.new_plan)
            welcome.open_requested.connect(self.document_dialogs.open_dialog)
            welcome.sample_requested.connect(self.document_dialogs.open_sample)
            welcome.recent_requested.connect(self.open_path)
            self.stack.insertWidget(0, welcome)
            self._welcome = welcome
        return self._welcome

    @property
    def has_directory_offer_bar(self) -> bool:
        return self._directory_offer is not None

    @property
    def directory_offer(self) -> DirectoryOfferBar:
        """The bar offering to update the partner directory (above the table), built on first use."""
        if self._directory_offer is None:
            from erasmus_planner.ui.directory_offer import DirectoryOfferBar

            bar = DirectoryOfferBar()  # hidden until an offer is made
            bar.accepted.connect(self.directory_updates.accept)
            self._left_layout.insertWidget(1, bar)
            self._directory_offer = bar
        return self._directory_offer

    @property
    def prompts(self) -> Prompts:
        """Every question the window asks (tests pass scripted ones); the dialogs' classes are
        loaded with the first question, not at start."""
        if self._prompts is None:
            from erasmus_planner.ui.prompts import Prompts

            self._prompts = Prompts(folders=self.settings)
        return self._prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        self._prompts = prompts

    @property
    def last_op(self) -> BackgroundOp | None:
        """The latest import or export job (tests wait on it)."""
        return self._import_export.last_op if self._import_export is not None else None

    @property
    def directory_lookup(self) -> BackgroundOp | None:
        return self._directory_updates.lookup if self._directory_updates is not None else None

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the window in the current language (at start and on a language change)."""
        self.retranslate_actions()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self._fill_recent_menu()
        self.document_state_changed()
        self._fit_toolbar()  # the words' widths changed with the language

    def palette_changed(self) -> None:
        self.apply_toolbar_icons()  # the theme's own variant

    # --- reacting to the document ----------------------------------------------------------

    @Slot(int)
    def _history_moved(self, _index: int) -> None:
        """After every edit, undo or redo (the stack has moved by now, unlike in ``changed``)."""
        self.document_dialogs.edited()
        self.document_state_changed()

    def _document_changed(self, changes: Changes) -> None:
        if changes.document:
            self._show_current_view()
        if self._directory_updates is not None:  # any change makes a directory offer stale
            self._directory_updates.withdraw()
        self.document_state_changed()

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self.document_state_changed()

    def document_state_changed(self) -> None:
        """The title, the save status and which actions may be used, for the plan as it stands."""
        session = self.document.session
        if not session.has_plan:
            self.setWindowTitle(APP_TITLE)
            self.setWindowModified(False)
            self.save_state.setText("")
        else:
            read_only = self.tr(" (read-only)") if session.read_only else ""
            self.setWindowTitle(f"{self.document_dialogs.display_name()}[*]{read_only} — {APP_TITLE}")
            self.setWindowModified(self.document.modified)
            self.save_state.setText(self.document_dialogs.save_state_text())
            if session.read_only:
                self.save_state.setText(self.tr("Read-only copy: File ▸ Save As makes one you can edit"))
        editable = not (session.has_plan and session.read_only)
        self.header.set_editable(editable)
        self.panel.what_else.set_editable(editable)
        self.update_actions(can_save=self.documents.can_save())

    def _show_current_view(self) -> None:
        if self.document.has_plan:
            self.stack.setCurrentWidget(self.plan_area)
        elif self.isVisible() or self._welcome is not None:
            self.welcome.set_recent(self.documents.recent_plans())
            self.stack.setCurrentWidget(self.welcome)
        # else the welcome view is built when the window is shown without a plan (setVisible):
        # the application opens a plan given to it before showing the window.
        self.panel_action.setEnabled(self.document.has_plan)

    def _fill_recent_menu(self) -> None:
        self.document_dialogs.fill_recent_menu(self.recent_menu)

    # --- forwarded to the collaborators (the actions' slots; tests call them too) -----------------

    def open_path(self, path: str, *, ask_to_save: bool = True, offer_recovery: bool = True) -> bool:
        return self.document_dialogs.open_path(path, ask_to_save=ask_to_save, offer_recovery=offer_recovery)

    def offer_recovery_at_start(self) -> None:
        self.document_dialogs.offer_recovery_at_start()

    def save(self) -> bool:
        return self.document_dialogs.save()

    def save_as(self) -> bool:
        return self.document_dialogs.save_as()

    def close_plan(self) -> None:
        self.document_dialogs.close_plan()

    def edit_partner(self, org: Organisation | None = None) -> None:
        self.partner_editing.edit(org)

    def export_pdf(self, path: str | None = None) -> None:
        self.import_export.export_pdf(path)

    def set_zoom(self, percent: int, *, announce: bool = True) -> None:
        self.view.set_zoom(percent, announce=announce)

    @property
    def zoom(self) -> int:
        return self.view.zoom

    @property
    def presentation(self) -> bool:
        return self.view.presentation

    def set_presentation(self, on: bool, *, full_screen: bool = True) -> None:
        self.view.set_presentation(on, full_screen=full_screen)

    # --- preferences, language and help (``preferences_and_help.py``) ---------------------------

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences_and_help.apply_preferences(preferences)

    def set_language(self, language: str) -> None:
        self.preferences_and_help.set_language(language)

    def use_directory(self, path: str | None) -> None:
        """The partner directory at ``path`` (None: the user's own) for name completion and updates."""
        access = partner_directory.directory_access(path)
        self.directory = access
        self.directory_search = access.search_entries if access is not None else None

    # --- window lifetime ---------------------------------------------------------------------

    def _restore_window(self) -> None:
        window_placement.place(self, self.settings.geometry())  # inside the screen it opens on
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()
        if self.view.presentation:  # full screen arrives after the switch: share the new width again
            self.view.place_splitter()

    def setVisible(self, visible: bool) -> None:
        if visible and not self.document.has_plan and self._welcome is None:
            # The welcome view, built and made current before the window is laid out and shown.
            self.welcome.set_recent(self.documents.recent_plans())
            self.stack.setCurrentWidget(self.welcome)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            self._splitter_placed = True
            self.view.place_splitter()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.file_drops.dragging(event)

    def dragMoveEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.file_drops.dragging(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.file_drops.dropped(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.document_dialogs.maybe_save():
            event.ignore()
            return
        if self.view.presentation:  # the geometry saved is the normal window's, and the palette the user's
            self.set_presentation(False)
        self.document_dialogs.shut_down()
        if self._team_workspace is not None:  # after the plan's lease went with the plan
            self._team_workspace.shut_down()
        self.settings.save_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self.settings.sync()
        event.accept()
