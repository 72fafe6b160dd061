"""Light, dark and high-contrast looks: the Fusion style with explicit palettes.

"system" follows the operating system's colour scheme (``QStyleHints.colorScheme``) and its
high-contrast setting (``QAccessibilityHints.contrastPreference``, where the platform reports
it), and changes with them while the planner runs. Presentation mode always uses the
high-contrast palette: black on white reads best from the back of a room with a projector.
Explicit palettes (not the platform's) make every look the same on Linux, Windows and macOS,
and let the status colours be chosen for each background. Colour is never the only signal: each
status also has its word and its symbol (``icons.py``).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from erasmus_planner.settings import SYSTEM, THEMES

LIGHT: Final = "light"
DARK: Final = "dark"
HIGH_CONTRAST: Final = "high-contrast"

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# role: colour (active and inactive), then what differs when disabled.
_PALETTES: Final[dict[str, dict[_Role, str]]] = {
    LIGHT: {
        _Role.Window: "#f3f3f3", _Role.WindowText: "#1b1b1b", _Role.Base: "#ffffff",
        _Role.AlternateBase: "#f4f6f9", _Role.Text: "#1b1b1b", _Role.Button: "#e9e9e9",
        _Role.ButtonText: "#1b1b1b", _Role.BrightText: "#ffffff", _Role.Highlight: "#2a62b8",
        _Role.HighlightedText: "#ffffff", _Role.Link: "#1a56b0", _Role.LinkVisited: "#6a3ab0",
        _Role.PlaceholderText: "#5c6066", _Role.ToolTipBase: "#ffffe1", _Role.ToolTipText: "#1b1b1b",
        _Role.Light: "#ffffff", _Role.Midlight: "#f0f0f0", _Role.Mid: "#b8b8b8",
        _Role.Dark: "#9a9a9a", _Role.Shadow: "#707070", _Role.Accent: "#2a62b8",
    },
    DARK: {
        _Role.Window: "#202124", _Role.WindowText: "#e8eaed", _Role.Base: "#17181a",
        _Role.AlternateBase: "#24262b", _Role.Text: "#e8eaed", _Role.Button: "#2e3035",
        _Role.ButtonText: "#e8eaed", _Role.BrightText: "#ffffff", _Role.Highlight: "#2f6fd6",
        _Role.HighlightedText: "#ffffff", _Role.Link: "#8ab4f8", _Role.LinkVisited: "#c58af9",
        _Role.PlaceholderText: "#a3a7ae", _Role.ToolTipBase: "#303134", _Role.ToolTipText: "#e8eaed",
        _Role.Light: "#3c3f45", _Role.Midlight: "#33363b", _Role.Mid: "#4a4d53",
        _Role.Dark: "#151618", _Role.Shadow: "#000000", _Role.Accent: "#2f6fd6",
    },
    HIGH_CONTRAST: {
        _Role.Window: "#ffffff", _Role.WindowText: "#000000", _Role.Base: "#ffffff",
        _Role.AlternateBase: "#eeeeee", _Role.Text: "#000000", _Role.Button: "#ffffff",
        _Role.ButtonText: "#000000", _Role.BrightText: "#ffffff", _Role.Highlight: "#00007a",
        _Role.HighlightedText: "#ffffff", _Role.Link: "#0000c8", _Role.LinkVisited: "#5a008c",
        _Role.PlaceholderText: "#2b2b2b", _Role.ToolTipBase: "#ffffff", _Role.ToolTipText: "#000000",
        _Role.Light: "#ffffff", _Role.Midlight: "#ffffff", _Role.Mid: "#000000",
        _Role.Dark: "#000000", _Role.Shadow: "#000000", _Role.Accent: "#00007a",
    },
}
_DISABLED: Final[dict[str, str]] = {LIGHT: "#8c8c8c", DARK: "#6f7278", HIGH_CONTRAST: "#5a5a5a"}

# Status colours readable as text on each theme's window (at least 4.5:1).
_STATUS_TEXT: Final[dict[str, dict[str, str]]] = {
    LIGHT: {"pass": "#1a7f37", "fail": "#c62828", "warn": "#8f5600", "info": "#1558b0"},
    DARK: {"pass": "#7fd58f", "fail": "#ff8f85", "warn": "#ffc266", "info": "#8ab4f8"},
    HIGH_CONTRAST: {"pass": "#005a1e", "fail": "#9e0000", "warn": "#6b3f00", "info": "#00007a"},
}
# The verdict banner: (background, border, text) by status.
_BANNER: Final[dict[str, dict[str, tuple[str, str, str]]]] = {
    LIGHT: {
        "pass": ("#e8f5e9", "#1e7d32", "#1b1b1b"), "fail": ("#fdecea", "#c62828", "#1b1b1b"),
        "info": ("#edf3fc", "#1558b0", "#1b1b1b"),  # nothing judged yet: neutral, not red
    },
    DARK: {
        "pass": ("#1d3524", "#5dbb6f", "#e8eaed"), "fail": ("#3d1f1f", "#ef6b60", "#e8eaed"),
        "info": ("#1c2736", "#8ab4f8", "#e8eaed"),
    },
    HIGH_CONTRAST: {
        "pass": ("#ffffff", "#005a1e", "#000000"), "fail": ("#ffffff", "#9e0000", "#000000"),
        "info": ("#ffffff", "#00007a", "#000000"),
    },
}


def palette(theme: str) -> QPalette:
    """The explicit palette of ``theme`` (light, dark or high-contrast)."""
    result = QPalette()
    for role, colour in _PALETTES[theme].items():
        result.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED[theme])
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        result.setColor(_Group.Disabled, role, disabled)
    result.setColor(_Group.Disabled, _Role.Highlight, QColor(_PALETTES[theme][_Role.Mid]))
    return result


def current() -> str:
    """The look in use now (light until a controller applies one)."""
    return _controller.effective if _controller is not None else LIGHT


def status_text_colour(status: str, theme: str | None = None) -> QColor:
    """A status colour ("pass"/"ok", "fail", "warn", "info") for text on the window background."""
    key = "pass" if status == "ok" else status
    return QColor(_STATUS_TEXT[theme or current()].get(key, _STATUS_TEXT[LIGHT]["info"]))


def banner_colours(status: str, theme: str | None = None) -> tuple[QColor, QColor, QColor]:
    """Background, border and text colours of the verdict banner for ``status`` (pass, fail, or
    info: nothing judged yet)."""
    background, border, text = _BANNER[theme or current()][status if status in ("pass", "info") else "fail"]
    return QColor(background), QColor(border), QColor(text)


def border_width(theme: str | None = None) -> int:
    """Frames drawn by the planner are thicker in high contrast."""
    return 3 if (theme or current()) == HIGH_CONTRAST else 2


class ThemeController(QObject):
    """Keeps the application's palette in line with the chosen theme and the system scheme."""

    changed = Signal(str)  # the look now in use: light, dark or high-contrast

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.choice = SYSTEM
        self.presentation = False
        self.scheme = QGuiApplication.styleHints().colorScheme()
        self.effective = ""
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.scheme_changed)
        # The system's high-contrast setting, where the platform reports it to Qt (Windows, macOS,
        # GNOME/KDE through the desktop portal); elsewhere it reads "no preference".
        # (The style hints are held: asked through a passing wrapper, the accessibility hints
        # were gone before they could be read.)
        self._hints = QGuiApplication.styleHints()
        accessibility = self._hints.accessibility()
        self.high_contrast = accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
        accessibility.contrastPreferenceChanged.connect(self.contrast_changed)
        from erasmus_planner.ui.planner_style import PlannerStyle

        if not isinstance(app.style(), PlannerStyle):
            # Fusion, the one style that draws every palette faithfully, with framed fields and
            # a visible keyboard focus in every theme (``planner_style.py``).
            app.setStyle(PlannerStyle())

    def set_choice(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else SYSTEM
        self.apply()

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self.apply()

    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The operating system switched between light and dark."""
        self.scheme = scheme
        self.apply()

    def contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        """The operating system's high-contrast setting was switched on or off."""
        self.high_contrast = preference == Qt.ContrastPreference.HighContrast
        self.apply()

    def wanted(self) -> str:
        if self.presentation:
            return HIGH_CONTRAST
        if self.choice != SYSTEM:
            return self.choice
        if self.high_contrast:
            return HIGH_CONTRAST
        return DARK if self.scheme == Qt.ColorScheme.Dark else LIGHT

    def apply(self) -> None:
        theme = self.wanted()
        if theme == self.effective:
            return
        self.effective = theme
        style = self._app.style()
        if hasattr(style, "high_contrast"):  # PlannerStyle: thicker, solid edges
            style.high_contrast = theme == HIGH_CONTRAST
        self._app.setPalette(palette(theme))
        if self._app.allWidgets():  # the first theme comes before the first window: nothing laid out yet
            from erasmus_planner.ui.link_colours import recolour_links

            recolour_links(self._app)  # rich text keeps the link colour it was laid out with
        self.changed.emit(theme)


_controller: ThemeController | None = None


def controller() -> ThemeController:
    """The application's one theme controller (created with the first window)."""
    global _controller
    app = QApplication.instance()
    if _controller is None or _controller.parent() is not app:
        _controller = ThemeController(app)  # type: ignore[arg-type]
    return _controller
