"""The plan's two halves — the plan itself (header and partners) and its verdict (the eligibility
panel) — side by side where they fit, else as two tabs.

Side by side needs room both ways: enough width for the partner table and a readable panel
(measured in characters of the content's font, so a larger zoom or a larger system font asks for
more), and enough height for the panel to show the whole verdict, the whole agency card and the
checklist's first two findings at the width it would get. A 1024×768 projector at 100 % and a
1366×768 laptop keep both halves in view; 800×600, or 1024×768 at 150 %, get tabs, and the
verdict tab carries the verdict's word and symbol so it is never out of sight. The choice is
made from the window's size alone (never from the layout in use), so it cannot flip back and
forth; a longer agency card (more call facts) simply needs more height.
"""

from __future__ import annotations

from typing import Final, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QStackedLayout, QTabWidget, QWidget

from erasmus_planner.ui import i18n
from erasmus_planner.ui.eligibility_panel import EligibilityPanel
from erasmus_planner.ui.icons import status_icon

Layout = Literal["side", "tabs"]

# Widths in average characters of the content's font (about 6 px at 9 pt and 100 %).
SIDE_BY_SIDE_CHARS: Final = 135  # the partner table and a panel a finding reads well in
SIDE_BY_SIDE_COMPACT_CHARS: Final = 90  # presentation mode: a compact header and table
TWO_COLUMNS_CHARS: Final = 110  # the panel alone: two columns of about 50 characters each
PANEL_SHARE: Final = 0.4  # of the width, for the panel beside the partners (0.48 in presentation)
PLAN_TAB, VERDICT_TAB = 0, 1


class PlanArea(i18n.Retranslating, QWidget):
    layout_changed = Signal(str)  # "side" or "tabs"

    def __init__(self, plan_side: QWidget, panel: EligibilityPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planArea")
        self.plan_side = plan_side
        self.panel = panel
        self.panel_share = PANEL_SHARE
        self.compact = False  # presentation mode: the plan's half is compact (``set_compact``)
        self._panel_wanted = True

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(plan_side)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setDocumentMode(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.splitter)
        self._stack.addWidget(self.tabs)
        self.layout_in_use: Layout = "side"
        self.fitted_for: tuple[int, int, float, bool, bool, int] | None = None  # at the last ``fit``
        panel.banner.shown.connect(self._verdict_shown)
        self.retranslate()

    # --- which layout ------------------------------------------------------------------------

    def chars(self) -> int:
        """The width of an average character of the plan's text, in pixels."""
        return max(self.panel.fontMetrics().averageCharWidth(), 1)

    def fitting_layout(self, width: int, height: int) -> Layout:
        """Side by side when the partners and the panel fit beside each other in ``width`` ×
        ``height``, else tabs (see the module)."""
        if not self._panel_wanted:
            return "side"  # the panel is hidden (View ▸ Eligibility Panel): nothing to share
        if width < (SIDE_BY_SIDE_COMPACT_CHARS if self.compact else SIDE_BY_SIDE_CHARS) * self.chars():
            return "tabs"
        panel_width = int(width * self.panel_share) - self.splitter.handleWidth()
        return "side" if self.panel.needed_height(panel_width) <= height else "tabs"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def font_changed(self) -> None:
        self.fit()  # zoom: the same window may need the other layout

    def fit_inputs(self) -> tuple[int, int, float, bool, bool, int]:
        """What the choice of layout depends on besides the panel's text."""
        return (self.width(), self.height(), self.panel_share, self.compact, self._panel_wanted, self.chars())

    def fit(self) -> None:
        """The layout the current size calls for (also after an edit that lengthened the card)."""
        if self.width() <= 1:
            return  # not laid out yet
        self.fitted_for = self.fit_inputs()
        self.use(self.fitting_layout(self.width(), self.height()))
        if self.layout_in_use == "tabs":
            self.panel.arrange(two_columns=self.width() >= TWO_COLUMNS_CHARS * self.chars())

    def use(self, layout: Layout) -> None:
        if layout == self.layout_in_use:
            return
        focus = self.focusWidget()
        if layout == "tabs":
            # The verdict first in a workshop (or where the keyboard was in it), else the plan.
            in_panel = focus is not None and self.panel.isAncestorOf(focus)
            current = VERDICT_TAB if self.compact or in_panel else PLAN_TAB
            self.tabs.addTab(self.plan_side, "")
            self.tabs.addTab(self.panel, "")
            self.tabs.setCurrentIndex(current)
            self._stack.setCurrentWidget(self.tabs)
        else:
            self.tabs.clear()
            self.splitter.insertWidget(0, self.plan_side)
            self.splitter.insertWidget(1, self.panel)
            self.panel.arrange(two_columns=False)
            self.plan_side.show()
            self.panel.setVisible(self._panel_wanted)
            self._stack.setCurrentWidget(self.splitter)
            self.place_splitter()
        self.layout_in_use = layout
        self.retranslate()
        self._verdict_shown(*self.panel.banner.verdict())
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self.layout_changed.emit(layout)

    def place_splitter(self) -> None:
        """The panel gets its share of the width (presentation mode gives it more)."""
        width = max(self.width(), 640)
        self.splitter.setSizes([int(width * (1 - self.panel_share)), int(width * self.panel_share)])

    def set_compact(self, compact: bool) -> None:
        """Presentation mode: the plan's half is compact, so side by side needs less width; where
        there are tabs all the same, the verdict is the one the room sees."""
        self.compact = compact
        self.fit()
        if compact:
            self.show_verdict()

    def set_panel_visible(self, visible: bool) -> None:
        """View ▸ Eligibility Panel: beside the partners, or as the verdict tab."""
        self._panel_wanted = visible
        if self.layout_in_use == "tabs":
            self.tabs.setTabVisible(VERDICT_TAB, visible)
        else:
            self.panel.setVisible(visible)
        self.fit()

    def show_verdict(self) -> None:
        """Bring the verdict into view (the verdict tab, when there are tabs)."""
        if self.layout_in_use == "tabs":
            self.tabs.setCurrentIndex(VERDICT_TAB)

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.layout_in_use == "tabs":
            self.tabs.setTabText(PLAN_TAB, self.tr("Pa&rtners"))
            self.tabs.setTabToolTip(PLAN_TAB, self.tr("The plan and its partners"))
        self._verdict_shown(*self.panel.banner.verdict())

    def _verdict_shown(self, status: str, word: str) -> None:
        if self.layout_in_use != "tabs" or not word:
            return
        self.tabs.setTabText(VERDICT_TAB, self.tr("Verdi&ct: {word}").format(word=word))
        self.tabs.setTabIcon(VERDICT_TAB, status_icon(status))
        self.tabs.setTabToolTip(VERDICT_TAB, self.tr("The verdict, the agency, the checklist and what else fits"))
