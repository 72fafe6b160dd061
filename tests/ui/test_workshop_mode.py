"""Workshop mode as a room sees it: presentation mode on a 1024×768 projector, zoom that is
remembered, and light, dark and high-contrast looks that follow the system."""

from __future__ import annotations

import pytest
from layout_checks import clipped
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication
from window_driver import school_partnership, three_schools_partners

from erasmus_planner.cli.main import main
from erasmus_planner.domain.model import Plan
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.ui import theme
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings


def plan() -> Plan:
    """Three schools, the applicant's name long enough to need two lines in presentation mode."""
    lodz, *others = three_schools_partners()
    applicant = lodz.with_changes(name="Zespół Szkół Technicznych nr 3 w Łodzi")
    return school_partnership(applicant, *others, title="Green skills for rural schools across Europe")


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def fully_shown(widget) -> bool:  # type: ignore[no-untyped-def]
    shown = widget.visibleRegion().boundingRect()
    return widget.isVisible() and shown.width() >= widget.width() - 1 and shown.height() >= widget.height() - 1


# --- presentation mode ---------------------------------------------------------------------------


def test_presentation_at_1024x768_gives_the_verdict_checklist_and_agency_the_room(make_window, qtbot):
    window = make_window(plan())
    window.resize(1024, 768)
    normal_size = window.font().pointSizeF()
    window.set_presentation(True, full_screen=False)
    QApplication.processEvents()

    assert (window.width(), window.height()) == (1024, 768)
    assert window.font().pointSizeF() == pytest.approx(normal_size * 1.75)
    assert window.panel.banner.headline.font().pointSizeF() > 2.5 * normal_size  # readable from the back
    assert not window.toolbar.isVisible() and not window.statusBar().isVisible()
    assert not window.panel.suggestions.isVisible()
    assert window_colour() == "#ffffff"
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    for widget in (window.panel.banner, window.panel.agency, window.panel.findings):
        assert fully_shown(widget), widget.objectName()
    assert window.panel.width() >= 0.45 * window.width()
    assert window.panel.findings.height() >= 150  # room for the checklist
    assert clipped(window) == []


def test_f5_enters_full_screen_presentation_and_esc_leaves_it(make_window, qtbot):
    window = make_window(plan())
    normal_size = window.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    assert window.presentation and window.presentation_action.isChecked()
    assert not window.zoom_in_action.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.presentation and not window.presentation_action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(normal_size)
    assert window.toolbar.isVisible() and window.statusBar().isVisible() and window.panel.suggestions.isVisible()
    assert window_colour() != "#ffffff"  # the user's own look again


def test_esc_outside_presentation_mode_is_left_to_the_focused_field(make_window, qtbot):
    window = make_window(plan())
    assert not window.leave_presentation_action.isEnabled()
    window.partners.filter.setFocus()
    qtbot.keyClicks(window.partners.filter, "porto")
    qtbot.keyClick(window.partners.filter, Qt.Key.Key_Escape)
    assert not window.presentation


def test_presentation_scale_comes_from_preferences(make_window):
    window = make_window(plan())
    normal_size = window.font().pointSizeF()
    window.apply_preferences(window.preferences.with_changes(presentation_scale=250))
    window.set_presentation(True, full_screen=False)
    assert window.font().pointSizeF() == pytest.approx(normal_size * 2.5)


def test_screenshot_renders_presentation_mode_at_the_projectors_size(qapp, tmp_path, sample_path):
    out = tmp_path / "p.png"
    assert main(["screenshot", str(sample_path), "-o", str(out), "--presentation", "--size", "1024x768"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)
    assert image.pixelColor(3, 760).name() == "#ffffff"  # the high-contrast window, not the grey one


# --- zoom ------------------------------------------------------------------------------------------


def test_zoom_is_remembered_by_the_next_window(make_window, qtbot, tmp_path):
    window = make_window(plan())
    base = window.centralWidget().font().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.zoom == 125
    window.close()

    session = PlanSession()
    session.load(plan(), None)
    again = MainWindow(PlanDocument(session), settings=AppSettings.in_file(tmp_path / "settings.ini"), directory_search=None)
    qtbot.addWidget(again)
    assert again.zoom == 125
    assert again.centralWidget().font().pointSizeF() == pytest.approx(base * 1.25)
    again.document.undo_stack.setClean()


def test_zoom_uses_the_standard_keys_and_is_not_changed_by_presentation(make_window):
    window = make_window(plan())
    assert window.zoom_in_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomIn)
    assert window.zoom_out_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    assert window.zoom_reset_action.shortcut() == QKeySequence("Ctrl+0")
    window.set_zoom(150)
    window.set_presentation(True, full_screen=False)
    window.set_presentation(False)
    assert window.zoom == 150
    assert window.settings.zoom() == 150


# --- themes ----------------------------------------------------------------------------------------


def test_theme_follows_the_system_colour_scheme_as_it_changes(make_window, qtbot):
    window = make_window(plan())
    assert window.preferences.theme == "system"
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == theme.DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    detail = window.panel.banner.detail  # light words on the dark banner, once the change reaches it
    qtbot.waitUntil(lambda: detail.palette().color(QPalette.ColorRole.WindowText).lightness() > 180)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current() == theme.LIGHT
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_a_chosen_theme_wins_over_the_system(make_window):
    window = make_window(plan())
    window.apply_preferences(window.preferences.with_changes(theme="high-contrast"))
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() == theme.HIGH_CONTRAST
    assert window_colour() == "#ffffff"
    assert window.settings.preferences().theme == "high-contrast"


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_status_colours_are_readable_on_each_background(look):
    background = theme.palette(look).color(QPalette.ColorRole.Window)

    def luminance(colour) -> float:  # type: ignore[no-untyped-def]
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    for status in ("pass", "fail", "warn", "info"):
        colour = theme.status_text_colour(status, look)
        light, dark = sorted((luminance(colour), luminance(background)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5, (look, status)


def test_the_verdict_says_its_word_whatever_the_colours(make_window):
    window = make_window(plan())
    window.apply_preferences(window.preferences.with_changes(theme="high-contrast"))
    banner = window.panel.banner
    assert banner.headline.text() == "Eligible"
    assert banner.accessibleName() == "Verdict: ✓ Eligible"


@pytest.mark.parametrize("language", ["de", "fr", "tr"])
def test_presentation_fits_1024x768_in_every_language(make_window, qtbot, language):
    window = make_window(plan())
    window.set_language(language)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "&File")
    window.resize(1024, 768)
    window.set_presentation(True, full_screen=False)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (1024, 768)
    assert clipped(window) == []
