"""Light, dark and high contrast as a user reads them: text that stands out from what it is on
(7:1 in high contrast, sampled from the palette), input fields with an edge, toolbar icons that
show on the dark toolbar, a selected checklist row whose source line stays readable, the
system's high-contrast setting followed, and a keyboard focus that shows on every Tab stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from window_driver import school_partnership, three_schools_partners

from erasmus_planner.ui import theme
from erasmus_planner.ui.commands import SetHeaderCommand
from erasmus_planner.ui.planner_style import frame_colour

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase), (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base), (R.PlaceholderText, R.Window),
    (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base), (R.Link, R.Window), (R.BrightText, R.Highlight),
]


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("look", "least"), [(theme.LIGHT, 4.5), (theme.DARK, 4.5), (theme.HIGH_CONTRAST, 7.0)])
def test_every_text_colour_of_the_palette_stands_out_from_its_background(look, least):
    palette = theme.palette(look)
    for text, background in TEXT_PAIRS:
        ratio = contrast(palette.color(text), palette.color(background))
        assert ratio >= least, f"{look}: {text.name} on {background.name} is {ratio:.1f}:1"
    window = palette.color(R.Window)
    for status in ("pass", "fail", "warn", "info"):
        assert contrast(theme.status_text_colour(status, look), window) >= least, (look, status)
    for status in ("pass", "fail", "info"):
        background, _border, text = theme.banner_colours(status, look)
        assert contrast(text, background) >= least, (look, status, "banner")


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_input_fields_have_an_edge_in_every_theme(make_window, qtbot, look):
    window = make_window(school_partnership(*three_schools_partners()))
    theme.controller().set_choice(look)
    window.header.title.setFocus()  # the filter is drawn without the keyboard
    QApplication.processEvents()
    field = window.partners.filter
    image = field.grab().toImage()
    edge = QColor(image.pixel(0, image.height() // 2))
    inside = QColor(image.pixel(field.width() // 2, 2))
    background = window.palette().color(R.Window)
    assert contrast(edge, background) >= 3.0, f"{look}: edge {edge.name()} on {background.name()}"
    assert contrast(edge, inside) >= 3.0, f"{look}: edge {edge.name()} around {inside.name()}"
    assert edge.name() == frame_colour(window.palette(), look == theme.HIGH_CONTRAST).name()


def _opaque_colours(image: QImage) -> list[QColor]:
    return [
        QColor.fromRgba(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    ]


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_toolbar_icons_show_on_the_toolbar_of_every_theme(make_window, look):
    window = make_window(school_partnership(*three_schools_partners()))
    theme.controller().set_choice(look)
    QApplication.processEvents()
    background = window.toolbar.palette().color(R.Window)
    window.document.push(SetHeaderCommand(window.document, title="Edited"))  # Undo is enabled
    ink = window.toolbar.palette().color(R.ButtonText).name()
    with_icons = [action for action in window.toolbar.actions() if not action.icon().isNull()]
    assert {window.new_action, window.open_action, window.save_action, window.undo_action, window.add_action} <= set(with_icons)
    for action in with_icons:
        colours = _opaque_colours(action.icon().pixmap(24, 24).toImage())
        assert colours, action.objectName()
        assert max(contrast(c, background) for c in colours) >= 4.5, f"{look}: {action.objectName()}"
        # drawn in the theme's own ink, like the rest of the toolbar (no icon of another palette)
        assert ink in {c.name() for c in colours}, f"{look}: {action.objectName()} is not drawn in {ink}"


def test_a_selected_checklist_row_draws_its_source_in_the_selection_text_colour(make_window, qtbot):
    window = make_window(school_partnership(*three_schools_partners()))
    theme.controller().set_choice(theme.HIGH_CONTRAST)
    QApplication.processEvents()
    findings = window.panel.findings
    row = next(i for i in range(findings.count()) if "National Agency summary" in findings.item(i).text())
    rect = findings.visualItemRect(findings.item(row))
    muted = findings.palette().color(R.PlaceholderText).name()
    mark = theme.status_text_colour("warn").name()

    def colours() -> set[str]:
        QApplication.processEvents()
        image = findings.viewport().grab().toImage()
        return {QColor(image.pixel(x, y)).name() for x in range(rect.left() + 30, rect.right()) for y in range(rect.top(), rect.bottom())}

    unselected = colours()
    assert muted in unselected and mark in unselected  # the source line and its confidence mark
    findings.setCurrentRow(row)
    selected = colours()
    assert muted not in selected and mark not in selected, "muted or coloured text left on the selection's colour"
    assert findings.palette().color(R.HighlightedText).name() in selected


def test_high_contrast_follows_the_systems_setting(make_window):
    window = make_window(school_partnership(*three_schools_partners()))
    controller = theme.controller()
    hints = QGuiApplication.styleHints().accessibility()
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert theme.current() == theme.HIGH_CONTRAST
    QApplication.processEvents()
    assert window.palette().color(R.Window).name() == "#ffffff"
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert theme.current() == theme.LIGHT
    controller.set_choice(theme.DARK)  # a theme chosen in Preferences wins over the system
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert theme.current() == theme.DARK


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST])
def test_the_keyboard_focus_shows_on_every_stop_of_the_tab_order(make_window, qtbot, look):
    """Going round with Tab, as a user does: each stop looks different with the keyboard than
    after Tab has left it."""
    window = make_window(school_partnership(*three_schools_partners()))
    theme.controller().set_choice(look)
    window.partners.table.selectRow(0)  # Edit and Remove are Tab stops then
    window.panel.suggestions.setCurrentRow(0)  # and so is Switch
    window.header.title.setFocus()
    QApplication.processEvents()
    seen: list[str] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        name = widget.objectName() or widget.accessibleName()
        focused = widget.grab().toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is widget:
            continue  # the agency's label: Tab went to its link first
        seen.append(name)
        assert widget.grab().toImage() != focused, f"{look}: no sign of the focus on {name}"
        if QApplication.focusWidget() is window.header.title:
            break
    assert seen[-4:] == ["agencyDetails", "findingsList", "suggestionsList", "switchToSuggestion"]
    assert len(seen) >= 15


def test_the_focus_frame_of_a_list_shows_with_no_row_current(make_window):
    window = make_window(school_partnership(*three_schools_partners()))
    findings = window.panel.findings
    findings.setCurrentRow(-1)
    window.setFocus()
    QApplication.processEvents()
    before = findings.grab().toImage()
    findings.setFocus()
    QApplication.processEvents()
    after = findings.grab().toImage()
    highlight = findings.palette().color(R.Highlight).name()
    assert QColor(after.pixel(0, after.height() // 2)).name() == highlight or QColor(after.pixel(1, after.height() // 2)).name() == highlight
    assert before != after
