"""View ▸ Zoom and View ▸ Presentation Mode: how large the window's text is, and the workshop mode.

Zoom scales only the plan's content, as in a browser, and is remembered between runs.
Presentation mode (F5) scales the whole window (Preferences ▸ presentation scale), switches to
the high-contrast palette and hides what a room does not need; Esc or F5 restores everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from erasmus_planner.ui.plan_area import PANEL_SHARE

if TYPE_CHECKING:
    from erasmus_planner.ui.main_window import MainWindow

ZOOM_STEPS: Final = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250)


class ZoomAndPresentation:
    """The text size of ``window`` (zoom) and its workshop mode (presentation)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.zoom = 100
        self.presentation = False
        self._before: dict[str, Any] = {}
        self._base_point_size = QApplication.font().pointSizeF()

    # --- zoom ------------------------------------------------------------------------------------

    def set_zoom(self, percent: int, *, announce: bool = True) -> None:
        """The plan's text size in percent of the normal one (remembered; not in presentation mode)."""
        window = self.window
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(percent)))
        self.zoom = percent
        self.apply_fonts()
        window.zoom_reset_action.setEnabled(percent != 100)
        if announce:
            window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Zoom {percent} %").format(percent=percent), 1500)
        if not self.presentation and percent != window.preferences.zoom:
            window.preferences = window.preferences.with_changes(zoom=percent)
            window.settings.set_zoom(percent)

    def zoom_in(self) -> None:
        if not self.presentation:
            self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        if not self.presentation:
            self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom), ZOOM_STEPS[0]))

    def apply_fonts(self) -> None:
        """Presentation scales the whole window (menus, status bar, dialogs opened from it);
        zoom scales only the plan's content, as in a browser."""
        window = self.window
        scale = window.preferences.presentation_scale / 100 if self.presentation else 1
        window_size = self._base_point_size * scale
        font = QFont(QApplication.font())
        font.setPointSizeF(window_size)
        window.setFont(font)
        content = QFont(font)
        content.setPointSizeF(window_size * (1 if self.presentation else self.zoom / 100))
        if window.centralWidget() is not None:
            window.centralWidget().setFont(content)

    # --- presentation mode ---------------------------------------------------------------------------

    def set_presentation(self, on: bool, *, full_screen: bool = True) -> None:
        """Workshop mode: the whole window scaled, the high-contrast palette, toolbar, status bar
        and "What else fits?" hidden so the verdict, the checklist and the agency get the room;
        full screen unless ``full_screen`` is False (a screenshot of a given size)."""
        on = bool(on)
        if on == self.presentation:
            return
        window = self.window
        self.presentation = on
        if on:
            self._before = {
                "state": window.windowState(),
                "toolbar": window.toolbar.isVisible(),
                "status": window.statusBar().isVisible(),
                "suggestions": window.suggestions_action.isChecked(),
                "panel": window.panel_action.isChecked(),
            }
            window.toolbar.hide()
            window.statusBar().hide()
            window.suggestions_action.setChecked(False)
            window.panel_action.setChecked(True)
            self._compact(True)
            if full_screen:
                window.showFullScreen()
        else:
            before = self._before
            self._compact(False)
            window.toolbar.setVisible(before.get("toolbar", True))
            window.statusBar().setVisible(before.get("status", True))
            window.suggestions_action.setChecked(before.get("suggestions", True))
            window.panel_action.setChecked(before.get("panel", True))
            if window.isFullScreen():
                state = before.get("state", Qt.WindowState.WindowNoState)
                window.showMaximized() if state & Qt.WindowState.WindowMaximized else window.showNormal()
        window.presentation_action.blockSignals(True)
        window.presentation_action.setChecked(on)
        window.presentation_action.blockSignals(False)
        window.leave_presentation_action.setEnabled(on)
        for action in (window.zoom_in_action, window.zoom_out_action):
            action.setEnabled(not on)
        window.zoom_reset_action.setEnabled(not on and self.zoom != 100)
        self.place_splitter()

    def _compact(self, on: bool) -> None:
        """The palette, the compact header and table, and the fonts of one mode or the other."""
        window = self.window
        window.plan_area.set_compact(on)
        if on:
            window.header.set_compact(True)
            window.partners.set_compact(True)
            window.themes.set_presentation(True)
        else:
            window.themes.set_presentation(False)
            window.header.set_compact(False)
            window.partners.set_compact(False)
        self.apply_fonts()

    def place_splitter(self) -> None:
        """Partners get most of the width normally; in presentation the verdict panel gets nearly
        half (and the layout is chosen again: the text is larger)."""
        area = self.window.plan_area
        area.panel_share = 0.48 if self.presentation else PANEL_SHARE
        area.place_splitter()
        if area.fitted_for != area.fit_inputs():
            # Not when the area was fitted to this very size, share and text already: at the
            # first show it just was (fitting lays out the panel's lists, ~2 ms before the
            # first paint; docs/performance.md).
            area.fit()
