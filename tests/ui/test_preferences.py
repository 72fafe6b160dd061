"""Edit ▸ Preferences and the typed settings behind it: plain values in QSettings, bad values
falling back to defaults, every page checked before anything is saved, and each choice in effect."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from window_driver import ScriptedPrompts, school_partnership, three_schools_partners

from erasmus_planner.cli.main import main
from erasmus_planner.domain.model import Plan
from erasmus_planner.services import briefing_export
from erasmus_planner.settings import Preferences
from erasmus_planner.ui import i18n, theme
from erasmus_planner.ui.preferences_dialog import DirectoryPage, PreferencesDialog


def three_schools() -> Plan:
    return school_partnership(*three_schools_partners())


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


# --- the typed settings -------------------------------------------------------------------------------


def test_preferences_round_trip_as_plain_values(tmp_path):
    chosen = Preferences(language="fr", theme="dark", presentation_scale=200, paper="letter", directory_path="/x/d.sqlite3", zoom=125)
    chosen.save(ini(tmp_path / "s.ini"))
    text = (tmp_path / "s.ini").read_text(encoding="utf-8")
    assert "language=fr" in text and "theme=dark" in text and "presentation-scale=200" in text
    assert Preferences.load(ini(tmp_path / "s.ini")) == chosen


def test_missing_or_bad_values_fall_back_to_the_defaults(tmp_path):
    (tmp_path / "s.ini").write_text(
        "[interface]\nlanguage=klingon\ntheme=purple\n[view]\npresentation-scale=abc\nzoom=9999\n[export]\npaper=a4\n",
        encoding="utf-8",
    )
    loaded = Preferences.load(ini(tmp_path / "s.ini"))
    assert loaded == Preferences(paper="a4")
    assert (loaded.language, loaded.theme, loaded.presentation_scale, loaded.zoom) == ("system", "system", 175, 100)


def test_a_value_out_of_range_is_refused_with_what_is_allowed():
    with pytest.raises(ValueError, match="100 to 300"):
        Preferences().with_changes(presentation_scale=20)
    with pytest.raises(ValueError, match="light"):
        Preferences().with_changes(theme="neon")


# --- the dialog -------------------------------------------------------------------------------------------


def open_preferences(window, qtbot) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog, "preferencesDialog")
    qtbot.waitExposed(dialog)
    return dialog


def test_preferences_opens_from_the_edit_menu_showing_the_current_choices(make_window, qtbot):
    window = make_window(three_schools())
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.preferences_action in edit_menu.actions()
    assert not window.preferences_action.shortcut().isEmpty()
    dialog = open_preferences(window, qtbot)
    page = dialog.pages[0]
    assert page.language.currentData() == "system" and page.theme.currentData() == "system"
    assert dialog.pages[1].scale.value() == 175
    dialog.reject()


def test_ok_stores_every_choice_and_puts_it_into_effect_at_once(make_window, qtbot, tmp_path):
    window = make_window(three_schools())
    dialog = open_preferences(window, qtbot)
    look, presentation, export, _directory, _workspace = dialog.pages
    look.language.setCurrentIndex(look.language.findData("de"))
    look.theme.setCurrentIndex(look.theme.findData("dark"))
    presentation.scale.setValue(200)
    export.paper.setCurrentIndex(export.paper.findData("letter"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Datei")  # no restart
    assert i18n.current() == "de" and window.document.session.language == "de"
    assert theme.current() == theme.DARK
    stored = Preferences.load(ini(tmp_path / "settings.ini"))
    assert (stored.language, stored.theme, stored.presentation_scale, stored.paper) == ("de", "dark", 200, "letter")


def test_a_directory_in_a_missing_folder_is_refused_and_nothing_is_saved(make_window, qtbot, tmp_path):
    window = make_window(three_schools())
    dialog = open_preferences(window, qtbot)
    look = dialog.pages[0]
    look.theme.setCurrentIndex(look.theme.findData("high-contrast"))
    directory = next(p for p in dialog.pages if isinstance(p, DirectoryPage))
    directory.path.setText(str(tmp_path / "no" / "such" / "folder" / "d.sqlite3"))
    dialog.accept()
    assert dialog.isVisible()
    assert "does not exist" in dialog.problem.text()
    assert window.preferences.theme == "system"  # checked before anything was saved
    directory.path.setText(str(tmp_path / "d.sqlite3"))
    dialog.accept()
    assert not dialog.isVisible()
    assert window.preferences.directory_path == str(tmp_path / "d.sqlite3")


def test_restore_defaults_resets_the_pages_but_saves_nothing_until_ok(make_window, qtbot):
    window = make_window(three_schools())
    window.apply_preferences(window.preferences.with_changes(theme="dark", presentation_scale=250))
    dialog = open_preferences(window, qtbot)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.pages[0].theme.currentData() == "system" and dialog.pages[1].scale.value() == 175
    assert window.preferences.theme == "dark"
    dialog.reject()


def test_export_uses_the_chosen_paper_and_the_interface_language(make_window, qtbot, tmp_path, monkeypatch):
    written: dict[str, object] = {}

    def fake_export(plan, path, **options):  # type: ignore[no-untyped-def]
        written.update(options, path=path)

    monkeypatch.setattr(briefing_export, "export_briefing", fake_export)
    monkeypatch.setattr(briefing_export, "export_available", lambda: True)
    window = make_window(three_schools(), prompts=ScriptedPrompts(export_pdf_path=str(tmp_path / "b.pdf")))
    window.apply_preferences(window.preferences.with_changes(paper="letter", language="fr"))
    window.export_pdf()
    qtbot.waitUntil(lambda: "path" in written, timeout=5000)
    assert written["paper"] == "letter"
    assert written["language"] == "fr"


# --- --lang on the command line -------------------------------------------------------------------------------


def test_screenshot_in_german_and_back_to_english_in_process(qapp, tmp_path, sample_path):
    assert main(["screenshot", str(sample_path), "-o", str(tmp_path / "de.png"), "--lang", "de"]) == 0
    assert (tmp_path / "de.png").stat().st_size > 0
    assert i18n.current() == "en"  # the caller's language is given back
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_an_unknown_language_is_one_line_and_exit_2(qapp, tmp_path, sample_path, capsys):
    assert main(["screenshot", str(sample_path), "-o", str(tmp_path / "x.png"), "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert "de, fr" in err and err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_resolve_reads_system_and_regional_codes():
    assert i18n.resolve("de_AT") == "de"
    assert i18n.resolve("TR") == "tr"
    assert i18n.resolve("system") in ("en", "de", "fr", "tr")
