"""Every window and dialog the planner opens fits the screen of the window it opens from (issue
11): on an 800×600 screen, a 1024×768 projector and a 1366×768 laptop, at zoom 100 % and 150 %
(zoom scales the plan) and in presentation mode at 150 % (which scales the dialogs too).

Each is opened from a planner window on that screen; its frame, with room for a title bar, lies
inside the screen's free area, its key controls (OK/Cancel, the search field, the table) are
shown whole inside it, and no label or button is cut (``layout_checks.clipped``). The Partner
Directory and the Team Board used to open 1000 pixels wide, off an 800×600 screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from layout_checks import clipped
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from window_driver import ScriptedPrompts

from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.prompts import Prompts
from erasmus_planner.ui.settings import AppSettings
from erasmus_planner.ui.window_placement import TITLE_BAR, first_placement

SIZES = ["800x600", "1024x768", "1366x768"]
# (zoom in percent, presentation mode at 150 %): zoom scales the plan only, presentation everything.
SCALES = {"zoom 100 %": (100, False), "zoom 150 %": (150, False), "presentation 150 %": (100, True)}

PROBLEMS = [f"Row {n}: the country 'Atlantis' is not a country; use a two-letter code such as DE or FR." for n in range(2, 30)]


def _screen(size: str) -> QScreen:
    return next(s for s in QGuiApplication.screens() if s.name() == f"screen-{size}@1x")


@pytest.fixture
def window_on(qtbot, tmp_path, sample_path) -> Iterator[Callable[..., MainWindow]]:
    """``window_on(size, scale)``: the sample plan in a planner window that fills ``size``'s screen."""

    def open_window(size: str, scale: str) -> MainWindow:
        where = _screen(size)
        session = PlanSession()
        session.open(sample_path, read_only=True)
        window = MainWindow(
            PlanDocument(session), settings=AppSettings.in_file(tmp_path / "settings.ini"),
            prompts=ScriptedPrompts(), recovery=None, directory_search=None,
        )
        qtbot.addWidget(window)
        window.use_directory(str(tmp_path / "directory.sqlite3"))
        window.setScreen(where)
        window.setGeometry(first_placement(where.availableGeometry())[0])
        zoom, presentation = SCALES[scale]
        window.set_zoom(zoom, announce=False)
        if presentation:
            window.preferences = window.preferences.with_changes(presentation_scale=150)
            window.set_presentation(True, full_screen=False)
        with qtbot.waitExposed(window):
            window.show()
        return window

    yield open_window


def _modal(opens: Callable[[MainWindow], object]) -> Callable[[MainWindow], Any]:
    """An opener for a question asked with ``exec()``: what is checked runs while it is shown."""

    def opener(window: MainWindow) -> Any:
        return ("modal", lambda: opens(window))

    return opener


def _buttons(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for box in widget.findChildren(QDialogButtonBox):
        found += [b for b in box.buttons() if b.isVisibleTo(widget)]
    if isinstance(widget, QMessageBox):
        found += [b for b in widget.buttons() if b.isVisibleTo(widget)]
    return found


def _directory(window: MainWindow) -> QWidget:
    return window.directory_actions.show_directory()


def _team_board(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.team_board import TeamBoard

    board = TeamBoard(window.team_workspace)
    board.show()
    return board


def _partner(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.partner_dialog import PartnerDialog

    dialog = PartnerDialog(window, call_year=2026, organisation=window.document.plan.partners[0], language="en")
    dialog.show()
    return dialog


def _directory_entry(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.directory_entry_dialog import DirectoryEntryDialog

    dialog = DirectoryEntryDialog(_directory(window), call_year=2026, language="en")
    dialog.show()
    return dialog


def _preferences(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window.preferences, window)
    dialog.show()
    return dialog


def _funded(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.funded_project_dialog import FundedProjectDialog

    dialog = FundedProjectDialog(window)
    dialog.show()
    return dialog


def _candidates(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.candidates_dialog import CandidatesDialog

    finding = window.panel.findings.item(0).data(Qt.ItemDataRole.UserRole + 7)  # as the panel's button passes it
    dialog = CandidatesDialog(window, finding)
    dialog.show()
    return dialog


def _crash(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.crash_dialog import CrashDialog
    from erasmus_planner.ui.crash_report import Safety

    dialog = CrashDialog(window, safety=Safety("saved"), log=None, details="Traceback (most recent call last):\n" * 80)
    dialog.show()
    return dialog


def _affiliates(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.affiliates_prompt import AffiliatesPrompt

    dialog = AffiliatesPrompt(
        window, "Removing Universität Wien leaves its affiliated entities without a full partner.",
        "• Wiener Volkshochschulen GmbH\n• Kinderfreunde Wien", ["Hochschule für Angewandte Wissenschaften Hamburg", "Politecnico di Milano"], "remove",
    )
    dialog.show()
    return dialog


def _team_plans(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.workspace_prompts import _TeamPlanChooser

    rows = [[f"alliance-{n}", f"Digital skills for vocational teachers in rural regions {n}", str(n), "2026-12-07 15:46", "maria.schmidt"] for n in range(40)]
    dialog = _TeamPlanChooser(window, rows)
    dialog.show()
    return dialog


def _rules(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.rules_dialog import RulesDialog

    window.preferences_and_help.show_rules()
    return window.findChild(RulesDialog)


def _calendar(window: MainWindow) -> QWidget:
    from erasmus_planner.ui.call_calendar_dialog import CallCalendarDialog

    window.preferences_and_help.show_calls()
    return window.findChild(CallCalendarDialog)


OPENERS: dict[str, tuple[Callable[[MainWindow], Any], Callable[[QWidget], list[QWidget]]]] = {
    # name: (how a user's click opens it, its key controls besides its OK/Cancel buttons)
    "partner directory": (_directory, lambda w: [w.filters.search, w.table, w.to_plan_button, w.import_button]),
    "team board": (_team_board, lambda w: [w.table, w.heading]),
    "partner dialog": (_partner, lambda w: [w.name_edit, w.country_picker]),
    "directory entry": (_directory_entry, lambda w: [w.name_edit, w.country_picker]),
    "preferences": (_preferences, lambda w: []),
    "new from funded project": (_funded, lambda w: [w.search, w.table]),
    "find in directory": (_candidates, lambda w: [w.table, w.heading]),
    "crash": (_crash, lambda w: [w.message]),
    "affiliates": (_affiliates, lambda w: [w.host]),
    "open from workspace": (_team_plans, lambda w: [w.table]),
    "import with problems": (_modal(lambda w: Prompts().import_with_problems(w, "partners.csv", 3, PROBLEMS)), lambda w: []),
    "save changes": (_modal(lambda w: Prompts().save_changes(w, "Alliance for digital skills in vocational education.epplan")), lambda w: []),
    "refused save": (_modal(lambda w: Prompts().refused_save(w, "alliance-digital-skills")), lambda w: []),
    "workspace password": (_modal(lambda w: Prompts().workspace_password(w, "planner.example.org:5432/erasmus", "maria")), lambda w: [w.findChild(QLineEdit)]),
    "team plan name": (_modal(lambda w: Prompts().team_plan_name(w, "alliance-digital-skills")), lambda w: [w.findChild(QLineEdit)]),
    "rules": (_rules, lambda w: [w.tree]),
    "call calendar": (_calendar, lambda w: [w.tree]),
    "about": (_modal(lambda w: w.preferences_and_help.show_about()), lambda w: []),
}


def _problems(top: QWidget, controls: list[QWidget], available: QRect) -> list[str]:
    """What does not fit: the frame (with a title bar) off the screen, a key control not shown whole."""
    problems: list[str] = []
    frame = top.frameGeometry()
    if frame == top.geometry():  # no window manager here: its frame is the window and a title bar
        frame = QRect(top.pos(), top.size() + QSize(0, TITLE_BAR))
    if not available.contains(frame):
        problems.append(f"its frame {frame} (a title bar included) runs off the screen's {available}")
    for control in controls + _buttons(top):
        rect = QRect(control.mapTo(top, QPoint(0, 0)), control.size())
        shown = control.visibleRegion().boundingRect()
        if not control.isVisible() or not top.rect().contains(rect) or shown.size() != control.size():
            problems.append(f"{type(control).__name__} {control.objectName() or getattr(control, 'text', lambda: '')()!r} is not wholly shown ({shown.size()} of {rect})")
    return problems + clipped(top, scrolling=True)


@pytest.mark.parametrize("scale", list(SCALES))
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", list(OPENERS))
def test_every_window_opens_inside_a_small_screen_with_its_controls_in_view(qtbot, window_on, name, size, scale):
    window = window_on(size, scale)
    available = window.screen().availableGeometry()
    opens, key_controls = OPENERS[name]
    opened = opens(window)
    found: list[str] = []
    if isinstance(opened, tuple):  # a question: checked while exec() waits, then answered
        asked = opened[1]

        def check() -> None:
            box = QApplication.activeModalWidget()
            if box is None or not box.isVisible():
                QTimer.singleShot(20, check)
                return
            QApplication.processEvents()
            found.extend(_problems(box, [c for c in key_controls(box) if c is not None], available) or ["ok"])
            box.close() if isinstance(box, QMessageBox) else box.reject()  # type: ignore[attr-defined]

        QTimer.singleShot(0, check)
        asked()
        assert found, f"{name} asked nothing"
        assert found == ["ok"], f"{name} on {size} at {scale}: " + "; ".join(found)
        return
    top: QWidget = opened
    qtbot.waitExposed(top)
    for _ in range(3):
        QApplication.processEvents()
    assert top.screen() is window.screen(), f"{name} opened on {top.screen().name()}"
    problems = _problems(top, key_controls(top), available)
    top.close()
    assert problems == [], f"{name} on {size} at {scale}: " + "; ".join(problems)
