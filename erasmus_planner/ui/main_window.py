"""The main window: menus, toolbar, the plan (header, partners, live verdict) and the status bar.

It wires things together and asks questions (through ``Prompts``); the work is elsewhere:
edits are undo commands (``commands.py``) calling the session (``services/plan_session.py``),
long jobs run in ``BackgroundOp``. Collaborators come in through the constructor, so tests give
it a throw-away settings file, a recovery folder and scripted answers.

Every text is set in ``retranslate`` (called again on ``QEvent.LanguageChange``), so choosing
another language in Preferences changes the window at once. View ▸ Presentation mode (F5) scales
the whole window for a projector, switches to the high-contrast palette and hides what a room
does not need; View ▸ Zoom scales the plan's content and is remembered between runs.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
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
from erasmus_planner.settings import Preferences
from erasmus_planner.ui import i18n, labels, theme
from erasmus_planner.ui.commands import AddPartnersCommand, EditPartnerCommand, RemovePartnersCommand
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.eligibility_panel import EligibilityPanel
from erasmus_planner.ui.icons import app_icon
from erasmus_planner.ui.partners_view import PartnersView
from erasmus_planner.ui.plan_header import PlanHeader
from erasmus_planner.ui.settings import AppSettings

if TYPE_CHECKING:  # loaded when first used: start-up imports only what the first paint needs
    from PySide6.QtCore import QMimeData, QUrl

    from erasmus_planner.ui.background import BackgroundOp, Progress
    from erasmus_planner.ui.directory_offer import DirectoryOfferBar
    from erasmus_planner.ui.prompts import Prompts
    from erasmus_planner.ui.welcome_view import WelcomeView

APP_TITLE: Final = "Erasmus+ Consortium Planner"  # a name: the same in every language
ZOOM_STEPS: Final = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250)
AUTOSAVE_MS: Final = 30_000

_MISSING: Final = {
    features.SPREADSHEETS: QT_TRANSLATE_NOOP("MainWindow", "Spreadsheet import is not part of this build yet."),
    features.BRIEFING: QT_TRANSLATE_NOOP("MainWindow", "The PDF briefing is not part of this build yet."),
    features.PARTNER_DIALOG: QT_TRANSLATE_NOOP("MainWindow", "The partner dialog is not part of this build yet."),
}


def _icon(theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    icon = QIcon.fromTheme(theme_name)
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(fallback) if style else QIcon()
    return icon


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, or ``fallback`` where the platform has none."""
    keys = QKeySequence.keyBindings(standard)
    return list(keys) if keys else [QKeySequence(fallback)]


class MainWindow(QMainWindow):
    directory_offer_ready = Signal()  # the directory offer bar has just been shown (tests wait on it)

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
        directory: Any = "default",
    ) -> None:
        """``directory_search``: name completion in the partner dialog; ``directory``: what offers
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
        self.language = language or i18n.current()
        self.document.session.language = i18n.content_language(self.language)
        # Name completion in the partner dialog (None: none; tests pass their own or None).
        self._own_directory = directory_search == "default"
        if self._own_directory:
            self._use_directory(self.preferences.directory_path or None)
        else:
            self.directory_search = directory_search  # type: ignore[assignment]
            self.directory = None
        if directory != "default":
            self.directory = directory
        self._offer_generation = 0  # the directory offer being looked up (see _offer_directory_update)
        self._pending_offer: tuple[Any, Any] | None = None  # (UpdateOffer, partner id) shown in the bar
        self.directory_lookup: BackgroundOp | None = None
        self.last_op: BackgroundOp | None = None
        self._autosaved_at: datetime.datetime | None = None
        self._zoom = 100
        self._presentation = False
        self._before_presentation: dict[str, Any] = {}
        self._splitter_placed = False
        self._base_point_size = QApplication.font().pointSizeF()
        self.themes = themes

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
        self.set_zoom(self.preferences.zoom, announce=False)
        self.retranslate()
        self._show_current_view()

    # --- construction ----------------------------------------------------------------------

    def _action(
        self,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence.StandardKey | str | Sequence[str] | None = None,
        icon: QIcon | None = None,
        name: str = "",
    ) -> QAction:
        """An action without words yet: ``retranslate`` gives every action its text and tip."""
        action = QAction(self)
        if name:
            action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        elif shortcut:
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        key = QKeySequence.StandardKey
        a = self._action
        self.new_action = a(self.new_plan, shortcut=key.New, icon=_icon("document-new", SP.SP_FileIcon), name="newAction")
        self.open_action = a(
            self.open_dialog, shortcut=key.Open, icon=_icon("document-open", SP.SP_DialogOpenButton), name="openAction"
        )
        self.save_action = a(
            self.save, shortcut=key.Save, icon=_icon("document-save", SP.SP_DialogSaveButton), name="saveAction"
        )
        self.save_as_action = a(self.save_as, shortcut=key.SaveAs, name="saveAsAction")
        self.import_action = a(self.import_partners, shortcut="Ctrl+I", name="importAction")
        self.export_action = a(self.export_pdf, shortcut="Ctrl+Shift+E", name="exportAction")
        self.close_action = a(self.close_plan, shortcut=key.Close, name="closePlanAction")
        self.quit_action = a(self.close, shortcut=key.Quit, name="quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        # Our own undo/redo actions (not QUndoStack.createUndoAction, whose "Undo" prefix is
        # fixed when it is made): their words follow a change of language.
        stack = self.document.undo_stack
        self.undo_action = a(stack.undo, shortcut=key.Undo, icon=_icon("edit-undo", SP.SP_ArrowBack), name="undoAction")
        self.redo_action = a(stack.redo, shortcut=key.Redo, icon=_icon("edit-redo", SP.SP_ArrowForward), name="redoAction")
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # The texts come with the signals: the stack may be going away when it sends them.
        self._history_texts = {"undo": stack.undoText(), "redo": stack.redoText()}
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

        self.add_action = a(
            self.add_partner, shortcut=("Ctrl+Shift+N", "Ins"), icon=_icon("list-add", SP.SP_FileDialogNewFolder),
            name="addPartnerAction",
        )
        self.edit_action = a(self.edit_partner, shortcut="Ctrl+E", name="editPartnerAction")
        self.remove_action = a(
            self.remove_partners, shortcut=key.Delete, icon=_icon("list-remove", SP.SP_TrashIcon), name="removePartnerAction"
        )
        # Delete belongs to whatever has focus (text in the title, the filter…): the action
        # answers it only from the partner table, where it is added below.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = a(self.find, shortcut=key.Find, name="findAction")
        self.preferences_action = a(self.show_preferences, name="preferencesAction")
        self.preferences_action.setShortcuts(_shortcuts(key.Preferences, "Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.zoom_in_action = a(self.zoom_in, shortcut=key.ZoomIn, name="zoomInAction")
        self.zoom_out_action = a(self.zoom_out, shortcut=key.ZoomOut, name="zoomOutAction")
        self.zoom_reset_action = a(lambda: self.set_zoom(100), shortcut="Ctrl+0", name="zoomResetAction")
        self.presentation_action = a(lambda: None, shortcut="F5", name="presentationAction")
        self.presentation_action.setCheckable(True)
        self.presentation_action.toggled.connect(self.set_presentation)
        # Esc leaves presentation mode; the action is enabled only there, so everywhere else
        # Esc still closes a popup or clears a field as it always does.
        self.leave_presentation_action = a(lambda: self.set_presentation(False), shortcut="Esc", name="leavePresentationAction")
        self.leave_presentation_action.setEnabled(False)
        self.addAction(self.leave_presentation_action)

        self.rules_action = a(self.show_rules, shortcut=key.HelpContents, name="rulesAction")
        self.about_action = a(self.show_about, name="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.add_action, self.edit_action, self.remove_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.presentation_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()

        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.rules_action, self.about_action])
        for menu in (self.file_menu, self.recent_menu, self.edit_menu, self.view_menu, self.help_menu):
            # Menus are windows of their own: without this they would keep the normal text size
            # in presentation mode.
            menu.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self._fill_recent_menu()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
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
        self.toolbar_action = self.toolbar.toggleViewAction()
        self.view_menu.addAction(self.toolbar_action)

    def _build_central(self) -> None:
        # The welcome view and the directory offer bar are built when first needed (see their
        # properties): a window that opens a plan before it is shown never shows the one, and
        # the other waits for an edit of a partner from the directory.
        self._welcome: WelcomeView | None = None
        self._directory_offer: DirectoryOfferBar | None = None

        self.header = PlanHeader(self.document)
        self.partners = PartnersView(self.document, language=i18n.content_language(self.language))
        self.partners.edit_requested.connect(self.edit_partner)
        self.partners.selection_changed.connect(self._update_actions)
        buttons = [self.partners.add_button(action) for action in (self.add_action, self.edit_action, self.remove_action)]
        self.partners.table.addAction(self.remove_action)
        self.panel = EligibilityPanel(self.document)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 6)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.partners, 1)  # the directory offer bar goes between them
        self.left = left
        self._left_layout = left_layout

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 500])
        left.setMinimumWidth(300)
        self.panel.setMinimumWidth(320)

        self.panel_action = QAction(self)
        self.panel_action.setObjectName("panelAction")
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        self.panel_action.setShortcut(QKeySequence("F9"))
        self.panel_action.toggled.connect(self.panel.setVisible)
        self.view_menu.addAction(self.panel_action)
        self.suggestions_action = QAction(self)
        self.suggestions_action.setObjectName("suggestionsAction")
        self.suggestions_action.setCheckable(True)
        self.suggestions_action.setChecked(True)
        self.suggestions_action.toggled.connect(self.panel.set_suggestions_visible)
        self.view_menu.addAction(self.suggestions_action)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)  # and the welcome view before it, once built
        self.setCentralWidget(self.stack)

        # Tab follows the eye: the header, the filter and the buttons beside it, the table; then
        # the panel top to bottom — the agency's website, the checklist, "What else fits?".
        chain = [
            self.header.variant, self.header.duration, self.partners.filter, *buttons, self.partners.table,
            self.panel.agency.body, self.panel.findings, self.panel.suggestions,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    @property
    def welcome(self) -> WelcomeView:
        """The first-start view (New plan, Open, Open sample, recent plans), built on first use."""
        if self._welcome is None:
            from erasmus_planner.ui.welcome_view import WelcomeView

            welcome = WelcomeView(has_sample=sample_plan_path() is not None)
            welcome.new_requested.connect(self.new_plan)
            welcome.open_requested.connect(self.open_dialog)
            welcome.sample_requested.connect(self.open_sample)
            welcome.recent_requested.connect(self.open_path)
            self.stack.insertWidget(0, welcome)
            self._welcome = welcome
        return self._welcome

    @property
    def directory_offer(self) -> DirectoryOfferBar:
        """The bar offering to update the partner directory (above the table), built on first use."""
        if self._directory_offer is None:
            from erasmus_planner.ui.directory_offer import DirectoryOfferBar

            bar = DirectoryOfferBar()  # hidden until an offer is made
            bar.accepted.connect(self._update_directory_entry)
            self._left_layout.insertWidget(1, bar)
            self._directory_offer = bar
        return self._directory_offer

    @property
    def prompts(self) -> Prompts:
        """Every question the window asks (tests pass scripted ones); the dialogs' classes are
        loaded with the first question, not at start."""
        if self._prompts is None:
            from erasmus_planner.ui.prompts import Prompts

            self._prompts = Prompts()
        return self._prompts

    @prompts.setter
    def prompts(self, prompts: Prompts) -> None:
        self._prompts = prompts

    def _build_status_bar(self) -> None:
        self.save_state = QLabel()
        self.save_state.setObjectName("saveStatus")
        self.statusBar().addPermanentWidget(self.save_state)

    # --- words -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the current language (at start and on a language change)."""
        for action, text, tip in (
            (self.new_action, self.tr("&New"), self.tr("Start an empty plan")),
            (self.open_action, self.tr("&Open…"), self.tr("Open a plan file")),
            (self.save_action, self.tr("&Save"), self.tr("Save the plan")),
            (self.save_as_action, self.tr("Save &As…"), self.tr("Save the plan under another name")),
            (self.import_action, self.tr("&Import Partners…"), self.tr("Add partners from a CSV or XLSX spreadsheet")),
            (self.export_action, self.tr("&Export PDF…"), self.tr("Write a printable briefing of the plan")),
            (self.close_action, self.tr("&Close Plan"), ""),
            (self.quit_action, self.tr("&Quit"), ""),
            (self.add_action, self.tr("&Add Partner…"), self.tr("Add an organisation to the consortium")),
            (self.edit_action, self.tr("&Edit Partner…"), self.tr("Edit the selected organisation")),
            (self.remove_action, self.tr("Re&move Partner"), self.tr("Remove the selected organisations")),
            (self.find_action, self.tr("&Find"), self.tr("Filter the partner list")),
            (self.preferences_action, self.tr("&Preferences…"), self.tr("Language, theme, presentation scale, paper size")),
            (self.zoom_in_action, self.tr("Zoom &In"), ""),
            (self.zoom_out_action, self.tr("Zoom &Out"), ""),
            (self.zoom_reset_action, self.tr("&Actual Size"), ""),
            (self.presentation_action, self.tr("&Presentation Mode"), self.tr("Large text and high contrast for a projector (Esc leaves)")),
            (self.leave_presentation_action, self.tr("Leave Presentation Mode"), ""),
            (self.panel_action, self.tr("&Eligibility Panel"), ""),
            (self.suggestions_action, self.tr("&What Else Fits?"), self.tr("Show or hide the other actions these partners would fit")),
            (self.toolbar_action, self.tr("&Toolbar"), ""),
            (self.rules_action, self.tr("&Rules and Their Sources"), ""),
            (self.about_action, self.tr("&About"), ""),
        ):
            action.setText(text)
            action.setToolTip(tip or text.replace("&", ""))
            action.setStatusTip(tip)
        for action, module in (
            (self.import_action, features.SPREADSHEETS),
            (self.export_action, features.BRIEFING),
            (self.add_action, features.PARTNER_DIALOG),
            (self.edit_action, features.PARTNER_DIALOG),
        ):
            if not features.available(module):
                action.setToolTip(self.tr(_MISSING[module]))
                action.setStatusTip(self.tr(_MISSING[module]))
        self._retranslate_history()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.save_state.setAccessibleName(self.tr("Save status"))
        self._fill_recent_menu()
        self._document_state_changed()
        self._fit_toolbar()  # the words' widths changed with the language

    @Slot(str)
    def _undo_text_changed(self, text: str) -> None:
        self._history_texts["undo"] = text
        self._retranslate_history()

    @Slot(str)
    def _redo_text_changed(self, text: str) -> None:
        self._history_texts["redo"] = text
        self._retranslate_history()

    def _retranslate_history(self) -> None:
        """ "Undo Add partner “Escola Porto”", or plain "Undo" when there is nothing to undo."""
        undo, redo = self._history_texts["undo"], self._history_texts["redo"]
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))
        # The toolbar says just "Undo" / "Redo" (the tooltip and the Edit menu say what): a
        # partner's long name in the button pushed every other button off the toolbar.
        self.undo_action.setIconText(self.tr("&Undo").replace("&", ""))
        self.redo_action.setIconText(self.tr("&Redo").replace("&", ""))

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
        # Any change makes a directory offer stale (the partner may be undone, edited again or gone).
        self._offer_generation += 1
        self._pending_offer = None
        if self._directory_offer is not None:
            self._directory_offer.withdraw()
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
            self.setWindowTitle(f"{self._display_name()}[*]{read_only} — {APP_TITLE}")
            self.setWindowModified(self.document.modified)
            self.save_state.setText(self._save_state_text())
        self._update_actions()

    def _display_name(self) -> str:
        """The plan's file name, else its title, else "Untitled plan" (in the interface's language)."""
        session = self.document.session
        if session.path is None and not session.plan.title.strip():
            return self.tr("Untitled plan")
        return session.display_name()

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
        elif self.isVisible() or self._welcome is not None:
            self.welcome.set_recent(self.settings.existing_recent_plans())
            self.stack.setCurrentWidget(self.welcome)
        # else the welcome view is built when the window is shown without a plan (setVisible):
        # the application opens a plan given to it before showing the window.
        self.panel_action.setEnabled(self.document.has_plan)

    # --- documents ---------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Whether it is fine to drop the open plan now (asks Save / Discard / Cancel if modified)."""
        if not self.document.modified:
            return True
        choice = self.prompts.save_changes(self, self._display_name())
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
        if _is_sample(path):
            return self._open_sample_copy(path)
        read_only = False
        while True:
            try:
                self._replace(lambda s: s.open(path, read_only=read_only))
                break
            except PlanError as exc:
                if _is_locked(exc) and not read_only:
                    if self.prompts.open_read_only(self, Path(path).name, self._why_locked(exc, Path(path).name)):
                        read_only = True
                        continue
                    return False
                self.prompts.error(self, self.tr("Cannot open the plan"), labels.error_text(exc))
                return False
        self.settings.add_recent_plan(path)
        self.settings.set_last_folder(Path(path).parent)
        if offer_recovery:
            self._offer_recovery(Path(path))
        self.partners.table.setFocus()  # ready for arrows, Enter (edit) and Delete
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=Path(path).name), 4000)
        return True

    def _open_sample_copy(self, path: str) -> bool:
        """The sample opens as a new, unsaved plan: Save asks where, so the example that ships
        with the planner (and that `make run` opens) is never overwritten or locked."""
        from erasmus_planner.services.plan_files import load_plan

        try:
            plan = load_plan(path)
        except PlanError as exc:
            self.prompts.error(self, self.tr("Cannot open the plan"), labels.error_text(exc))
            return False
        self._replace(lambda s: s.load(plan, None))
        self.partners.table.setFocus()
        self.statusBar().showMessage(self.tr("The sample plan, as a new plan: save it under a name of your own"), 8000)
        return True

    def _why_locked(self, error: PlanError, name: str) -> str:
        """Why a plan cannot be opened (or saved) for editing, as one sentence: open elsewhere,
        with who has it when the lock says, or no lock can be written beside it."""
        if not getattr(error, "elsewhere", True):
            reason = getattr(error, "reason", None)
            why = labels.message_text(reason) if reason is not None else labels.error_text(error)
            return self.tr("“{name}” cannot be opened for editing: {why}.").format(name=name, why=why)
        holder = getattr(error, "holder", None)
        if holder is not None and holder.host:
            who = self.tr("process {pid} on {host}").format(
                pid=holder.pid if holder.pid is not None else "?", host=holder.host
            )
            return self.tr("“{name}” is open in another window or on another computer ({holder}).").format(name=name, holder=who)
        return self.tr("“{name}” is open in another window or on another computer.").format(name=name)

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
            if _is_locked(exc):  # the plan chosen is open elsewhere: no read-only offer here
                target = Path(path) if path else self.document.session.path
                name = target.name if target else self._display_name()
                message = self._why_locked(exc, name) + " " + self.tr("Save the plan under another name.")
            else:
                message = labels.error_text(exc)
            self.prompts.error(self, self.tr("Cannot save the plan"), message)
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
        recent = self.settings.existing_recent_plans()
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
            self.statusBar().showMessage(self.tr("Autosave failed: {why}").format(why=labels.error_text(exc)), 8000)
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
        others = [p for p in session.plan.applicants if organisation is None or p.id != organisation.id]
        dialog = PartnerDialog(
            self,
            organisation=organisation,
            call_year=session.plan.call_year,
            action=session.action,
            directory_search=self.directory_search,
            language=session.language,
            applicant=others[0].name if others else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's text size
        return dialog

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
                self._offer_directory_update(org, new)
            self.partners.select_partner(new.id)

        self._show_partner_dialog(dialog, accepted)

    # --- the partner directory ------------------------------------------------------------------

    def _use_directory(self, path: str | None) -> None:
        access = partner_directory.directory_access(path)
        self.directory = access
        self.directory_search = access.search if access is not None else None

    def _offer_directory_update(self, before: Organisation, after: Organisation) -> None:
        """After an edit: when the directory holds this organisation with other details than the
        edit gave it, offer (in a bar, not a dialog) to update the entry too. Looked up off the
        GUI thread: the first look-up opens the directory, which loads the database library."""
        directory = self.directory
        if directory is None:
            return
        generation = self._offer_generation

        def show(offer: Any) -> None:
            if offer is None or generation != self._offer_generation or not self.document.has_plan:
                return  # nothing to offer, or the plan changed meanwhile
            self._pending_offer = (offer, after.id)
            self.directory_offer.offer(after.name, tuple(offer.fields))
            self.directory_offer_ready.emit()

        from erasmus_planner.ui.background import BackgroundOp

        self.directory_lookup = BackgroundOp(
            self, lambda _progress: directory.update_offer(after, before), label="",
            on_success=show, on_failure=lambda _error: None, quiet=True,
        ).start()

    def _update_directory_entry(self) -> None:
        pending, self._pending_offer = self._pending_offer, None
        if pending is None or self.directory is None:
            return
        offer, partner_id = pending
        try:
            org = self.document.plan.partner(partner_id)
        except (KeyError, PlanError):
            return
        try:
            self.directory.update_entry(offer.entry.id, org)
        except PlanError as exc:
            self.prompts.error(self, self.tr("Cannot update the partner directory"), labels.error_text(exc))
            return
        self.statusBar().showMessage(self.tr("“{name}” updated in the partner directory").format(name=org.name), 6000)

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
        generation = self.document.generation  # the plan the partners are meant for
        def read(progress: Progress) -> Any:
            def report(done: int, total: int) -> None:
                progress.report(done, total)
                progress.check()  # Cancel stops the reading, not just its result

            return partner_import.read_partners(path, report)

        self._run(
            read,
            label=self.tr("Importing partners from {name}…").format(name=name),
            on_success=lambda result: self._imported(result, name, generation),
            error_title=self.tr("Cannot import partners"),
            on_cancel=lambda: self.statusBar().showMessage(
                self.tr("Nothing was imported from {name}").format(name=name), 6000
            ),
        )

    def _imported(self, result: Any, name: str, generation: int | None = None) -> None:
        if not self.document.has_plan or (generation is not None and generation != self.document.generation):
            # The plan was closed, or another opened, while the file was read: its partners
            # were meant for a plan that is no longer here.
            self.statusBar().showMessage(
                self.tr("Nothing was imported from {name}: the plan it was meant for was closed").format(name=name), 8000
            )
            return
        # Rows that would repeat a partner of the plan or make a second applicant are
        # problems too, listed with the rows the file itself got wrong.
        from erasmus_planner.services.import_service import check_against_plan

        partners, row_problems = check_against_plan(self.document.plan, result)
        problems = [labels.row_problem_text(p) for p in row_problems]
        title = self.tr("Import of {name}").format(name=name)
        if not partners:
            headline = (
                self.tr("Nothing was imported from {name}; %n row(s) need fixing:", "", len(problems)).format(name=name)
                if problems
                else self.tr("No partners were found in {name}.").format(name=name)
            )
            self.prompts.info(self, title, f"{headline}\n\n{problem_list(problems)}".strip())
            return
        if problems and not self.prompts.import_with_problems(self, name, len(partners), problems):
            self.statusBar().showMessage(self.tr("Nothing was imported from {name}").format(name=name), 6000)
            return
        self.document.push(AddPartnersCommand(self.document, partners))
        self.statusBar().showMessage(self.tr("Imported %n partner(s) from {name}", "", len(partners)).format(name=name), 6000)

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
        paper = self.preferences.paper
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
            label=self.tr("Writing the PDF briefing…"),
            on_success=lambda _: self.statusBar().showMessage(
                self.tr("Briefing written to {path}").format(path=path), 8000
            ),
            error_title=self.tr("Cannot export the briefing"),
            on_cancel=lambda: self.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 6000),
            done_when_finished=True,  # a Cancel after the file was written does not unwrite it
        )

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
        def failed(error: BaseException) -> None:
            if isinstance(error, PlanError):
                message = labels.error_text(error)
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

        op = BackgroundOp(
            self, work, label=label, on_success=on_success, on_failure=failed, on_cancel=on_cancel,
            done_when_finished=done_when_finished,
        )
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
        """The plan's text size in percent of the normal one (remembered; not in presentation mode)."""
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
        self._zoom = percent
        self._apply_fonts()
        self.zoom_reset_action.setEnabled(percent != 100)
        if announce:
            self.statusBar().showMessage(self.tr("Zoom {percent} %").format(percent=percent), 1500)
        if not self._presentation and percent != self.preferences.zoom:
            self.preferences = self.preferences.with_changes(zoom=percent)
            self.settings.set_zoom(percent)

    @property
    def zoom(self) -> int:
        return self._zoom

    @property
    def presentation(self) -> bool:
        return self._presentation

    def zoom_in(self) -> None:
        if not self._presentation:
            self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        if not self._presentation:
            self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom), ZOOM_STEPS[0]))

    def _apply_fonts(self) -> None:
        """Presentation scales the whole window (menus, status bar, dialogs opened from it);
        zoom scales only the plan's content, as in a browser."""
        window_size = self._base_point_size * (self.preferences.presentation_scale / 100 if self._presentation else 1)
        font = QFont(QApplication.font())
        font.setPointSizeF(window_size)
        self.setFont(font)
        content = QFont(font)
        content.setPointSizeF(window_size * (1 if self._presentation else self._zoom / 100))
        if self.centralWidget() is not None:
            self.centralWidget().setFont(content)

    def set_presentation(self, on: bool, *, full_screen: bool = True) -> None:
        """Workshop mode: the whole window scaled (Preferences ▸ presentation scale), the
        high-contrast palette, toolbar, status bar and "What else fits?" hidden so the verdict,
        the checklist and the agency get the room; full screen unless ``full_screen`` is False
        (a screenshot of a given size). Esc or F5 leaves and restores everything."""
        on = bool(on)
        if on == self._presentation:
            return
        self._presentation = on
        if on:
            self._before_presentation = {
                "state": self.windowState(),
                "toolbar": self.toolbar.isVisible(),
                "status": self.statusBar().isVisible(),
                "suggestions": self.suggestions_action.isChecked(),
                "panel": self.panel_action.isChecked(),
            }
            self.toolbar.hide()
            self.statusBar().hide()
            self.suggestions_action.setChecked(False)
            self.panel_action.setChecked(True)
            self.header.set_compact(True)
            self.partners.set_compact(True)
            self.themes.set_presentation(True)
            self._apply_fonts()
            if full_screen:
                self.showFullScreen()
        else:
            before = self._before_presentation
            self.themes.set_presentation(False)
            self.header.set_compact(False)
            self.partners.set_compact(False)
            self._apply_fonts()
            self.toolbar.setVisible(before.get("toolbar", True))
            self.statusBar().setVisible(before.get("status", True))
            self.suggestions_action.setChecked(before.get("suggestions", True))
            self.panel_action.setChecked(before.get("panel", True))
            if self.isFullScreen():
                state = before.get("state", Qt.WindowState.WindowNoState)
                self.showMaximized() if state & Qt.WindowState.WindowMaximized else self.showNormal()
        self.presentation_action.blockSignals(True)
        self.presentation_action.setChecked(on)
        self.presentation_action.blockSignals(False)
        self.leave_presentation_action.setEnabled(on)
        for action in (self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(not on)
        self.zoom_reset_action.setEnabled(not on and self._zoom != 100)
        self._place_splitter()

    def _place_splitter(self) -> None:
        """Partners get most of the width normally; in presentation the verdict panel does."""
        width = max(self.width(), 640)
        share = 0.48 if self._presentation else 0.4
        self.splitter.setSizes([int(width * (1 - share)), int(width * share)])

    # --- preferences and language ----------------------------------------------------------------

    def show_preferences(self) -> None:
        from erasmus_planner.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        dialog.open()

    def apply_preferences(self, preferences: Preferences) -> None:
        """Store ``preferences`` and put them into effect now: language, theme, presentation
        scale and the partner directory; the paper size is read by the next export."""
        before = self.preferences
        self.preferences = preferences
        self.settings.save_preferences(preferences)
        if preferences.language != before.language:
            self.set_language(i18n.resolve(preferences.language))
        if preferences.theme != before.theme:
            self.themes.set_choice(preferences.theme)
        if preferences.presentation_scale != before.presentation_scale:
            self._apply_fonts()
        if preferences.directory_path != before.directory_path and self._own_directory:
            self._use_directory(preferences.directory_path or None)

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on: findings and country names too (live, no restart)."""
        self.language = language
        content = i18n.content_language(language)
        # The session first: the LanguageChange events the translators cause redraw the panel,
        # which then reads a report in the new language.
        self.document.session.language = content
        self.partners.set_language(content)
        i18n.use_language(language)

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
        from PySide6.QtWidgets import QMessageBox

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()
        if self._presentation:  # full screen arrives after the switch: share the new width again
            self._place_splitter()

    def _fit_toolbar(self) -> None:
        """Words beside the icons while they fit; icons alone (the tooltips keep the words) when
        they do not — in German or French at 1024 pixels, the last buttons would otherwise go
        into the toolbar's overflow menu. Buttons without an icon always show their words."""
        style = Qt.ToolButtonStyle
        if self.toolbar.toolButtonStyle() != style.ToolButtonTextBesideIcon:
            self.toolbar.setToolButtonStyle(style.ToolButtonTextBesideIcon)
        if self.toolbar.sizeHint().width() > self.width():
            self.toolbar.setToolButtonStyle(style.ToolButtonIconOnly)

    def setVisible(self, visible: bool) -> None:
        if visible and not self.document.has_plan and self._welcome is None:
            # The welcome view, built and made current before the window is laid out and shown.
            self.welcome.set_recent(self.settings.existing_recent_plans())
            self.stack.setCurrentWidget(self.welcome)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            self._splitter_placed = True
            self._place_splitter()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self._presentation:  # the geometry saved is the normal window's, and the palette the user's
            self.set_presentation(False)
        self.autosave_timer.stop()
        if self.document.has_plan:
            self._discard_recovery()
            self.document.session.close()
        self.settings.save_window(QByteArray(self.saveGeometry()), QByteArray(self.saveState()))
        self.settings.sync()
        event.accept()


def problem_list(problems: Sequence[str]) -> str:
    """``prompts.problem_list``, loaded with the first question rather than at start."""
    from erasmus_planner.ui.prompts import problem_list as listed

    return listed(problems)


def _is_locked(error: PlanError) -> bool:
    if not features.available(features.LOCKS):
        return False
    from erasmus_planner.persistence.lock import PlanLocked

    return isinstance(error, PlanLocked)


def _is_sample(path: str | Path) -> bool:
    sample = sample_plan_path()
    try:
        return sample is not None and Path(path).resolve() == sample.resolve()
    except OSError:
        return False


def _file_stem(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.lower().split())[:60]


def file_url(path: str | Path) -> QUrl:
    from PySide6.QtCore import QUrl

    return QUrl.fromLocalFile(str(Path(path).absolute()))
