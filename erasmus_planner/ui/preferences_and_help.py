"""Edit ▸ Preferences, the interface's language, and the Help menu (Rules and Their Sources, Call
Calendar, About):
the dialogs opened from the main window, and what a change of preferences does at once.
Texts are the main window's (translation context "MainWindow")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from erasmus_planner import __version__
from erasmus_planner.ui import APP_TITLE, i18n

if TYPE_CHECKING:
    from erasmus_planner.settings import Preferences
    from erasmus_planner.ui.main_window import MainWindow


class PreferencesAndHelp:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def show_preferences(self) -> None:
        from erasmus_planner.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window.preferences, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog.preferences()))
        dialog.open()

    def apply_preferences(self, preferences: Preferences) -> None:
        """Store ``preferences`` and put them into effect now: language, theme, presentation
        scale and the partner directory; the paper size is read by the next export."""
        window = self.window
        before = window.preferences
        window.preferences = preferences
        window.settings.save_preferences(preferences)
        if preferences.language != before.language:
            self.set_language(i18n.resolve(preferences.language))
        if preferences.theme != before.theme:
            window.themes.set_choice(preferences.theme)
        if preferences.presentation_scale != before.presentation_scale:
            window.view.apply_fonts()
        if preferences.directory_path != before.directory_path and window.own_directory:
            window.use_directory(preferences.directory_path or None)
        if preferences.workspace != before.workspace and preferences.workspace:
            window.team_workspace.reconnect()

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on: findings and country names too (live, no restart)."""
        window = self.window
        window.language = language
        content = i18n.content_language(language)
        # The session first: the LanguageChange events the translators cause redraw the panel,
        # which then reads a report in the new language.
        window.document.session.language = content
        window.partners.set_language(content)
        i18n.use_language(language)

    def show_rules(self) -> None:
        from erasmus_planner.ui.rules_dialog import RulesDialog

        session = self.window.document.session
        dialog = RulesDialog(
            session.catalogue,
            self.window,
            year=session.plan.call_year if session.has_plan else None,
            action=session.plan.action if session.has_plan else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_calls(self) -> None:
        """Help ▸ Call Calendar, open at the plan's call year (or this year without a plan)."""
        from erasmus_planner.ui.call_calendar_dialog import CallCalendarDialog

        session = self.window.document.session
        dialog = CallCalendarDialog(
            session.catalogue,
            self.window,
            year=session.plan.call_year if session.has_plan else None,
            language=session.language,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            QCoreApplication.translate("MainWindow", "About {app}").format(app=APP_TITLE),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>{app} {version}</h3>"
                "<p>Plan Erasmus+ Key Action 2 consortia offline: check a consortium against its action's "
                "rules for the call year, and see which agency the application goes to.</p>"
                "<p>Rules come from the Programme Guides 2014–2027 and National Agency summaries; "
                "Help ▸ Rules and Their Sources lists each one with its source. Always confirm with your "
                "National Agency before submitting.</p>",
            ).format(app=APP_TITLE, version=__version__),
        )
