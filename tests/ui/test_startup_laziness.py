"""What start-up leaves out of the first frame, or builds later, still works when it is needed
(see docs/performance.md, bench/startup.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from erasmus_planner.services.plan_files import load_plan
from erasmus_planner.ui.commands import EditPartnerCommand
from erasmus_planner.ui.partner_table_model import COL_NAME

# Which Python types of PySide6 exist once the window has painted a plan. PySide6 creates a
# class's Python type (with its enums) on first use; a plain QWidget made by Qt and handed to
# Python (``viewport()``) makes it create every widget class to find the right one.
TYPES_AT_FIRST_PAINT = """
import enum, gc, os, sys
from PySide6.QtCore import QEvent, QObject, QSettings
from erasmus_planner.ui.app import _application
app = _application()
from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.settings import AppSettings

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            gc.unfreeze()  # what the start made is set aside from the collector (ui/app.py): look at it too
            owners = {c.__qualname__.split(".")[0] for c in gc.get_objects() if isinstance(c, enum.EnumType)}
            print(sorted(owners), flush=True)
            os._exit(0)
        return False

window = MainWindow(
    settings=AppSettings(QSettings(sys.argv[2] + "/s.ini", QSettings.Format.IniFormat)),
    recovery=RecoveryStore(sys.argv[2] + "/recovery"),
)
assert window.open_path(sys.argv[1], ask_to_save=False)
spy = Painted()
window.installEventFilter(spy)
window.show()
app.exec()
"""


def test_the_first_paint_creates_no_python_types_of_widgets_it_does_not_show(sample_path, tmp_path):
    plan = tmp_path / sample_path.name  # a copy: the sample may be open (locked) elsewhere
    shutil.copyfile(sample_path, plan)
    out = subprocess.run(
        [sys.executable, "-c", TYPES_AT_FIRST_PAINT, str(plan), str(tmp_path)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False, timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    owners = set(eval(out.stdout.strip().splitlines()[-1]))  # noqa: S307 - our own child's list
    assert "QHeaderView" in owners  # the child did look
    assert not owners & {"QWizard", "QCalendarWidget", "QMdiArea", "QGraphicsView", "QLCDNumber"}


def test_the_partner_table_and_the_lists_know_their_viewport_width(make_window, qtbot, sample_path):
    window = make_window(load_plan(sample_path))
    lists = (window.panel.findings, window.panel.suggestions)
    for width in (1400, 1000, 1700):
        window.resize(width, 800)
        qtbot.waitUntil(lambda: window.partners.table.viewport_width() == window.partners.table.viewport().width())
        QApplication.processEvents()
        table = window.partners.table
        assert table.viewport_width() == table.viewport().width()
        for rich in lists:
            assert rich.viewport_width() == rich.viewport().width()
        # The columns follow the width: together they fill the table, the name takes the rest.
        header = table.horizontalHeader()
        assert header.length() == table.viewport().width()
        assert header.sectionSize(COL_NAME) > 100


def test_a_new_window_is_translated_and_coloured_once(qtbot, tmp_path, monkeypatch):
    """The translators and the palette are installed before the window is built, as when the
    planner starts: installed after, they reached every widget as a LanguageChange (and the
    window as a PaletteChange) before the first paint — everything translated twice."""
    from PySide6.QtCore import QEvent, QObject
    from shiboken6 import isValid

    from erasmus_planner.ui import i18n, theme
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    monkeypatch.setattr(i18n, "_ready", False)  # as in a fresh process: nothing installed yet
    monkeypatch.setattr(theme.controller(), "effective", "")  # no palette applied yet
    seen: list[tuple[str, QObject]] = []

    class Spy(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            kind = event.type()
            if kind == QEvent.Type.LanguageChange and isinstance(watched, QWidget):
                seen.append(("language", watched))
            elif kind == QEvent.Type.PaletteChange and isinstance(watched, MainWindow):
                seen.append(("palette", watched))
            return False

    spy = Spy()
    QApplication.instance().installEventFilter(spy)
    try:
        window = MainWindow(settings=AppSettings.in_file(tmp_path / "settings.ini"), directory_search=None)
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(spy)
    # Windows of earlier tests may still be about; only this one counts.
    ours = [(kind, w.objectName()) for kind, w in seen if isValid(w) and (w is window or window.isAncestorOf(w))]
    assert ours == []
    assert window.file_menu.title() == "&File"


def test_the_welcome_view_is_built_only_when_the_window_shows_no_plan(qtbot, tmp_path, sample_path):
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    plan = tmp_path / sample_path.name
    shutil.copyfile(sample_path, plan)
    window = MainWindow(settings=AppSettings.in_file(tmp_path / "settings.ini"), directory_search=None)
    qtbot.addWidget(window)
    assert window.open_path(str(plan), ask_to_save=False)
    window.show()
    assert window._welcome is None  # opened before it was shown: the welcome view never was
    assert window.stack.currentWidget() is window.plan_area
    window.close_action.trigger()  # no plan any more: the welcome view, built now, with the plan in Open Recent
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.isVisible() and window.welcome.new_button.text() == "&New plan"
    assert window.welcome.recent.count() == 1
    window.welcome.new_button.click()
    assert window.stack.currentWidget() is window.plan_area and window.document.has_plan
    window.document.undo_stack.setClean()


def test_a_window_shown_without_a_plan_shows_the_welcome_view_at_once(qtbot, tmp_path):
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    window = MainWindow(settings=AppSettings.in_file(tmp_path / "settings.ini"), directory_search=None)
    qtbot.addWidget(window)
    assert window._welcome is None
    window.show()
    assert window.stack.currentWidget() is window.welcome  # before the first paint
    assert window.welcome.geometry() == window.stack.contentsRect()


def test_the_directory_offer_bar_is_built_on_the_first_offer_above_the_table(make_window):
    window = make_window(load_plan(Path(__file__).parents[2] / "examples" / "cooperation-partnership-adult-2023-eligible.json"))
    assert window._directory_offer is None
    window.directory_offer.offer("Escola Porto", ("city",))
    QApplication.processEvents()
    bar = window.directory_offer
    assert bar.isVisible()
    layout = window.left.layout()
    assert layout.indexOf(window.header) == 0 and layout.indexOf(bar) == 1 and layout.indexOf(window.partners) == 2
    assert bar.geometry().bottom() < window.partners.geometry().top()
    window.document.push(EditPartnerCommand(window.document, window.document.plan.partners[0].with_changes(city="Porto")))
    assert not bar.isVisible()  # any change makes the offer stale


def test_the_window_makes_its_own_prompts_when_first_asked(qtbot, tmp_path):
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.prompts import Prompts
    from erasmus_planner.ui.settings import AppSettings

    window = MainWindow(settings=AppSettings.in_file(tmp_path / "settings.ini"), directory_search=None)
    qtbot.addWidget(window)
    assert window._prompts is None
    assert type(window.prompts) is Prompts and window.prompts is window.prompts


def test_rich_text_escapes_as_html_escape_does():
    import html

    from erasmus_planner.ui.wording import escape

    for text in ("Smith & Sons <GmbH>", "“quoted” 'single' \"double\"", "&amp; already", "", "Zespół Szkół nr 3"):
        assert escape(text) == html.escape(text, quote=False)
