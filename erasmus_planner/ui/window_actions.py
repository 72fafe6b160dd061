"""The main window's actions — what its menus, toolbar and keys can do —, the menus and the
toolbar that show them, and their words.

``WindowActions`` is the base of ``MainWindow`` (the actions are the window's: ``window.save_action``):
it makes each action with its keys and icon, gives every one its text and tip in the current
language, keeps Undo and Redo saying what they would undo, and enables each for the plan as it
stands. Texts are the main window's (translation context "MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

from erasmus_planner.services import briefing_export, features, partner_import
from erasmus_planner.ui.icons import toolbar_icon

if TYPE_CHECKING:
    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.directory_actions import DirectoryActions
    from erasmus_planner.ui.document_dialogs import DocumentDialogs
    from erasmus_planner.ui.import_export import ImportExport
    from erasmus_planner.ui.partner_editing import PartnerEditing
    from erasmus_planner.ui.preferences_and_help import PreferencesAndHelp
    from erasmus_planner.ui.presentation import ZoomAndPresentation
    from erasmus_planner.ui.team_workspace import TeamWorkspace
    from erasmus_planner.ui.partners_view import PartnersView

translate = QCoreApplication.translate

MISSING: Final = {
    features.SPREADSHEETS: QT_TRANSLATE_NOOP("MainWindow", "Spreadsheet import is not part of this build yet."),
    features.BRIEFING: QT_TRANSLATE_NOOP("MainWindow", "The PDF briefing is not part of this build yet."),
    features.PARTNER_DIALOG: QT_TRANSLATE_NOOP("MainWindow", "The partner dialog is not part of this build yet."),
}


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, or ``fallback`` where the platform has none."""
    keys = QKeySequence.keyBindings(standard)
    return list(keys) if keys else [QKeySequence(fallback)]


def _with_extra(keys: Sequence[QKeySequence], *extra: str) -> list[QKeySequence]:
    """``keys`` (the platform's, first: the one menus show), then each of ``extra`` not among them."""
    result = list(keys)
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in result:
            result.append(sequence)
    return result


class WindowActions(QMainWindow):
    """The part of ``MainWindow`` that makes its actions, menus and toolbar; the window
    provides what the actions call."""

    # What the window provides (``MainWindow``): the plan, the views, the slots.
    document: PlanDocument
    partners: PartnersView
    panel_action: QAction
    suggestions_action: QAction
    toolbar_action: QAction
    document_dialogs: DocumentDialogs
    directory_actions: DirectoryActions
    import_export: ImportExport
    partner_editing: PartnerEditing
    view: ZoomAndPresentation
    save: Callable[[], object]
    save_as: Callable[[], object]
    export_pdf: Callable[[], object]
    close_plan: Callable[[], object]
    edit_partner: Callable[[], object]
    _fill_recent_menu: Callable[[], object]
    set_zoom: Callable[[int], object]
    set_presentation: Callable[[bool], object]
    preferences_and_help: PreferencesAndHelp
    team_workspace: TeamWorkspace

    def _action(
        self,
        slot: Callable[[], object],
        *,
        shortcut: QKeySequence.StandardKey | str | Sequence[str] | None = None,
        icon: QIcon | None = None,
        name: str = "",
    ) -> QAction:
        """An action without words yet: ``retranslate_actions`` gives every action its text and tip."""
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
        key = QKeySequence.StandardKey
        a = self._action
        w = self
        self.new_action = a(lambda: w.document_dialogs.new_plan(), shortcut=key.New, name="newAction")
        self.open_action = a(
            lambda: w.document_dialogs.open_dialog(), shortcut=key.Open, name="openAction"
        )
        self.save_action = a(w.save, shortcut=key.Save, name="saveAction")
        self.save_as_action = a(w.save_as, shortcut=key.SaveAs, name="saveAsAction")
        # The team workspace (ui/team_workspace.py, loaded when first used).
        self.open_workspace_action = a(lambda: w.team_workspace.open_from_workspace(), shortcut="Ctrl+Shift+O", name="openWorkspaceAction")
        self.save_workspace_action = a(lambda: w.team_workspace.save_to_workspace(), shortcut="Ctrl+Alt+S", name="saveWorkspaceAction")
        self.board_action = a(lambda: w.team_workspace.show_board(), shortcut="Ctrl+Shift+B", name="teamBoardAction")
        self.import_action = a(lambda: w.import_export.import_partners(), shortcut="Ctrl+I", name="importAction")
        self.export_action = a(w.export_pdf, shortcut="Ctrl+Shift+E", name="exportAction")
        self.close_action = a(w.close_plan, shortcut=key.Close, name="closePlanAction")
        self.quit_action = a(w.close, shortcut=key.Quit, name="quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        # Our own undo/redo actions (not QUndoStack.createUndoAction, whose "Undo" prefix is
        # fixed when it is made): their words follow a change of language.
        stack = self.document.undo_stack
        self.undo_action = a(stack.undo, shortcut=key.Undo, name="undoAction")
        self.redo_action = a(stack.redo, shortcut=key.Redo, name="redoAction")
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # The texts come with the signals: the stack may be going away when it sends them.
        self._history_texts = {"undo": stack.undoText(), "redo": stack.redoText()}
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

        self.add_action = a(
            lambda: w.partner_editing.add(), shortcut=("Ctrl+Shift+N", "Ins"),
            name="addPartnerAction",
        )
        self.edit_action = a(w.edit_partner, shortcut="Ctrl+E", name="editPartnerAction")
        self.remove_action = a(
            lambda: w.partner_editing.remove(), shortcut=key.Delete, name="removePartnerAction"
        )
        # Delete belongs to whatever has focus (text in the title, the filter…): the action
        # answers it only from the partner table, where the window adds it.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action = a(lambda: w.partner_editing.find(), shortcut=key.Find, name="findAction")
        self.preferences_action = a(lambda: w.preferences_and_help.show_preferences(), name="preferencesAction")
        self.preferences_action.setShortcuts(_shortcuts(key.Preferences, "Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.zoom_in_action = a(lambda: w.view.zoom_in(), shortcut=key.ZoomIn, name="zoomInAction")
        # Ctrl+= too, as browsers do: "+" needs Shift on most keyboards, and people press the key.
        self.zoom_in_action.setShortcuts(_with_extra(QKeySequence.keyBindings(key.ZoomIn), "Ctrl++", "Ctrl+="))
        self.zoom_out_action = a(lambda: w.view.zoom_out(), shortcut=key.ZoomOut, name="zoomOutAction")
        self.zoom_reset_action = a(lambda: w.set_zoom(100), shortcut="Ctrl+0", name="zoomResetAction")
        self.presentation_action = a(lambda: None, shortcut="F5", name="presentationAction")
        self.presentation_action.setCheckable(True)
        self.presentation_action.toggled.connect(w.set_presentation)
        # Esc leaves presentation mode; the action is enabled only there, so everywhere else
        # Esc still closes a popup or clears a field as it always does.
        self.leave_presentation_action = a(lambda: w.set_presentation(False), shortcut="Esc", name="leavePresentationAction")
        self.leave_presentation_action.setEnabled(False)
        self.addAction(self.leave_presentation_action)

        self.rules_action = a(lambda: w.preferences_and_help.show_rules(), shortcut=key.HelpContents, name="rulesAction")
        self.calls_action = a(lambda: w.preferences_and_help.show_calls(), name="callCalendarAction")
        # The partner directory and plans from funded projects (``directory_actions.py``).
        self.directory_action = a(lambda: w.directory_actions.show_directory(), shortcut="Ctrl+Shift+D", name="directoryAction")
        self.new_from_project_action = a(lambda: w.directory_actions.new_from_funded_project(), name="newFromProjectAction")
        self.about_action = a(lambda: w.preferences_and_help.show_about(), name="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def apply_toolbar_icons(self) -> None:
        """Every toolbar icon — New, Open, Save, Undo, Redo, Add and Remove Partner — drawn in the
        theme's button-text colour (again on every change of theme: the style's grey ones vanished
        on the dark toolbar, and its coloured New/Open/Save stood apart from the rest)."""
        colour = QApplication.palette().color(QPalette.ColorRole.ButtonText)
        for action, name in (
            (self.new_action, "new"), (self.open_action, "open"), (self.save_action, "save"),
            (self.undo_action, "undo"), (self.redo_action, "redo"),
            (self.add_action, "add-partner"), (self.remove_action, "remove-partner"),
        ):
            action.setIcon(toolbar_icon(name, colour))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.new_from_project_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.open_workspace_action, self.save_workspace_action])
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
        self.view_menu.addAction(self.board_action)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.directory_action)
        self.view_menu.addSeparator()

        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.rules_action, self.calls_action, self.about_action])
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

    def _fit_toolbar(self) -> None:
        """Words beside the icons while they fit; icons alone (the tooltips keep the words) when
        they do not — in German or French at 1024 pixels, the last buttons would otherwise go
        into the toolbar's overflow menu. Buttons without an icon always show their words."""
        style = Qt.ToolButtonStyle
        if self.toolbar.toolButtonStyle() != style.ToolButtonTextBesideIcon:
            self.toolbar.setToolButtonStyle(style.ToolButtonTextBesideIcon)
        if self.toolbar.sizeHint().width() > self.width():
            self.toolbar.setToolButtonStyle(style.ToolButtonIconOnly)

    def _view_toggle(self, name: str, shortcut: str = "") -> QAction:
        """A checked View ▸ action that shows or hides a part of the window."""
        action = QAction(self)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setChecked(True)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # --- words --------------------------------------------------------------------------------

    def retranslate_actions(self) -> None:
        """Every action's text and tip in the current language."""
        for action, text, tip in (
            (self.new_action, translate("MainWindow", "&New"), translate("MainWindow", "Start an empty plan")),
            (self.open_action, translate("MainWindow", "&Open…"), translate("MainWindow", "Open a plan file")),
            (self.save_action, translate("MainWindow", "&Save"), translate("MainWindow", "Save the plan")),
            (self.save_as_action, translate("MainWindow", "Save &As…"), translate("MainWindow", "Save the plan under another name")),
            (self.open_workspace_action, translate("MainWindow", "Open from &Workspace…"), translate("MainWindow", "Open a team plan of the team workspace")),
            (self.save_workspace_action, translate("MainWindow", "Save to Wor&kspace…"), translate("MainWindow", "Store the plan as a team plan in the team workspace")),
            (self.board_action, translate("MainWindow", "Team &Board"), translate("MainWindow", "Every team plan with its verdict, agency and next deadline, live")),
            (self.import_action, translate("MainWindow", "&Import Partners…"), translate("MainWindow", "Add partners from a CSV or XLSX spreadsheet")),
            (self.export_action, translate("MainWindow", "&Export PDF…"), translate("MainWindow", "Write a printable briefing of the plan")),
            (self.close_action, translate("MainWindow", "&Close Plan"), ""),
            (self.quit_action, translate("MainWindow", "&Quit"), ""),
            (self.add_action, translate("MainWindow", "&Add Partner…"), translate("MainWindow", "Add an organisation to the consortium")),
            (self.edit_action, translate("MainWindow", "&Edit Partner…"), translate("MainWindow", "Edit the selected organisation")),
            (self.remove_action, translate("MainWindow", "Re&move Partner"), translate("MainWindow", "Remove the selected organisations")),
            (self.find_action, translate("MainWindow", "&Find"), translate("MainWindow", "Filter the partner list")),
            (self.preferences_action, translate("MainWindow", "&Preferences…"), translate("MainWindow", "Language, theme, presentation scale, paper size")),
            (self.zoom_in_action, translate("MainWindow", "Zoom &In"), ""),
            (self.zoom_out_action, translate("MainWindow", "Zoom &Out"), ""),
            (self.zoom_reset_action, translate("MainWindow", "&Actual Size"), ""),
            (self.presentation_action, translate("MainWindow", "&Presentation Mode"), translate("MainWindow", "Large text and high contrast for a projector (Esc leaves)")),
            (self.leave_presentation_action, translate("MainWindow", "Leave Presentation Mode"), ""),
            (self.panel_action, translate("MainWindow", "&Eligibility Panel"), ""),
            (self.suggestions_action, translate("MainWindow", "&What Else Fits?"), translate("MainWindow", "Show or hide the other actions these partners would fit")),
            (self.toolbar_action, translate("MainWindow", "&Toolbar"), ""),
            (self.rules_action, translate("MainWindow", "&Rules and Their Sources"), ""),
            (self.calls_action, translate("MainWindow", "&Call Calendar"), translate("MainWindow", "Every deadline of the plan's call year and how to submit")),
            (self.directory_action, translate("MainWindow", "Partner &Directory"), translate("MainWindow", "Organisations kept across plans, with their funded projects")),
            (self.new_from_project_action, translate("MainWindow", "New from &Funded Project…"), translate("MainWindow", "Start a plan from a funded consortium of the partner directory")),
            (self.about_action, translate("MainWindow", "&About"), ""),
        ):
            action.setText(text)
            action.setToolTip(tip or text.replace("&", ""))
            action.setStatusTip(tip)
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        for action, module in (
            (self.import_action, features.SPREADSHEETS),
            (self.export_action, features.BRIEFING),
            (self.add_action, features.PARTNER_DIALOG),
            (self.edit_action, features.PARTNER_DIALOG),
        ):
            if not features.available(module):
                action.setToolTip(translate("MainWindow", MISSING[module]))
                action.setStatusTip(translate("MainWindow", MISSING[module]))
        self._retranslate_history()

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
        self.undo_action.setText(translate("MainWindow", "&Undo {action}").format(action=undo) if undo else translate("MainWindow", "&Undo"))
        self.redo_action.setText(translate("MainWindow", "&Redo {action}").format(action=redo) if redo else translate("MainWindow", "&Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))
        # The toolbar says just "Undo" / "Redo" (the tooltip and the Edit menu say what): a
        # partner's long name in the button pushed every other button off the toolbar.
        self.undo_action.setIconText(translate("MainWindow", "&Undo").replace("&", ""))
        self.redo_action.setIconText(translate("MainWindow", "&Redo").replace("&", ""))

    # --- what may be done now ------------------------------------------------------------------

    def update_actions(self, *, can_save: bool) -> None:
        """Enable each action for the plan as it stands (``can_save``: the controller's say)."""
        has_plan = self.document.has_plan
        # A read-only copy (the plan is open elsewhere) is looked at, not edited: Save As makes
        # a copy of one's own, which then is.
        editable = not (has_plan and self.document.session.read_only)
        selected = bool(self.partners.selected_partners()) if has_plan else False
        self.save_action.setEnabled(can_save and editable)
        for action in (self.save_as_action, self.save_workspace_action, self.close_action, self.find_action):
            action.setEnabled(has_plan)
        self.import_action.setEnabled(partner_import.import_available() and editable)
        self.export_action.setEnabled(has_plan and briefing_export.export_available())
        dialog = features.available(features.PARTNER_DIALOG)
        self.add_action.setEnabled(has_plan and dialog and editable)
        self.edit_action.setEnabled(has_plan and dialog and selected and editable)
        self.remove_action.setEnabled(has_plan and selected and editable)
