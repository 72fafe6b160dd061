"""The Team Board read off a workshop's projector: 26 team plans with long group names on the
real server, the board at 1024×768 in presentation mode (in English, German, French and Turkish)
and at 1366×768 and 800×600 in normal mode. Every heading whole and on screen, nothing to scroll
sideways, each verdict a badge of one or two lines, names elided with the full name in the
tooltip, times compact."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QRect, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QStyle  # noqa: E402

from erasmus_planner.persistence.recovery import RecoveryStore  # noqa: E402
from erasmus_planner.services.plan_session import PlanSession  # noqa: E402
from erasmus_planner.ui import i18n  # noqa: E402
from erasmus_planner.ui.board_cells import NAME, SAVED, VERDICT, compact_day, compact_when  # noqa: E402
from erasmus_planner.ui.document import PlanDocument  # noqa: E402
from erasmus_planner.ui.main_window import MainWindow  # noqa: E402
from erasmus_planner.ui.settings import AppSettings  # noqa: E402

from .board_plans import fill_board  # noqa: E402
from .conftest import Team  # noqa: E402


@pytest.fixture
def board_on(qtbot, tmp_path: Path, team: Team, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``board_on(size, presentation=, language=)``: the Team Board of a member's window, read,
    on the offscreen screen of that size and as large as it."""
    QStandardPaths.setTestModeEnabled(True)
    member = team.member("editor")
    names = fill_board(member.address)
    monkeypatch.setenv("ERASMUS_PLANNER_WORKSPACE", member.url)  # with the password: nothing asks
    windows: list[MainWindow] = []

    def open_board(size: str, *, presentation: bool, language: str = "en") -> Any:
        i18n.use_language(language)
        window = MainWindow(
            PlanDocument(PlanSession()), settings=AppSettings.in_file(tmp_path / "settings.ini"),
            recovery=RecoveryStore(tmp_path / "recovery"), directory_search=None, language=language,
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        if presentation:
            window.set_presentation(True, full_screen=False)
        window.board_action.trigger()
        board = window.team_workspace.board
        qtbot.waitUntil(lambda: board.table.rowCount() == len(names), timeout=15_000)
        screen = next(s for s in QGuiApplication.screens() if s.name() == f"screen-{size}@1x")
        board.move(screen.geometry().topLeft())
        board.resize(screen.geometry().size())
        qtbot.waitUntil(lambda: board.width() == screen.geometry().width(), timeout=5_000)
        qtbot.wait(50)  # the layout settles (the vertical scroll bar comes, the columns share again)
        return board

    yield open_board
    for window in windows:
        window.set_presentation(False)
        window.close()
    i18n.use_language("en")


def assert_readable(board: Any) -> None:
    table, header = board.table, board.table.horizontalHeader()
    viewport = table.viewport().width()
    heading = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        left, size = header.sectionViewportPosition(column), header.sectionSize(column)
        assert 0 <= left and left + size <= viewport, f"heading {text!r} at {left}..{left + size}, off the {viewport}-pixel table"
        assert heading.horizontalAdvance(text) + 2 * margin <= size, f"heading {text!r} cut short in {size} pixels"
    assert header.length() <= viewport and table.horizontalScrollBar().maximum() == 0, "the board scrolls sideways"

    bold = QFont(table.font())
    bold.setBold(True)
    badge = QFontMetrics(bold)
    room = header.sectionSize(VERDICT) - 24  # the margins around and inside the badge
    for row in range(table.rowCount()):
        verdict = table.item(row, VERDICT).text()
        lines = badge.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, verdict).height() // badge.lineSpacing()
        assert 1 <= lines <= 2, f"the verdict {verdict!r} takes {lines} lines in {room} pixels"
        # Two lines of the board's text fit every row (presentation size included).
        assert table.rowHeight(row) >= 2 * table.fontMetrics().lineSpacing()


@pytest.mark.parametrize("language", ["en", "de", "fr", "tr"])
def test_the_board_reads_whole_on_a_1024_projector_in_presentation_mode(board_on, language: str) -> None:  # type: ignore[no-untyped-def]
    board = board_on("1024x768", presentation=True, language=language)
    assert board.table.font().pointSizeF() >= board.font().pointSizeF() * 0.7
    assert board.font().pointSizeF() > QGuiApplication.font().pointSizeF()  # presentation size reaches the board
    assert_readable(board)


@pytest.mark.parametrize("size", ["1366x768", "800x600"])
def test_the_board_reads_whole_on_small_screens_in_normal_mode(board_on, size: str) -> None:  # type: ignore[no-untyped-def]
    assert_readable(board_on(size, presentation=False))


def test_long_names_are_elided_with_the_whole_name_in_the_tooltip_and_times_are_compact(board_on) -> None:  # type: ignore[no-untyped-def]
    board = board_on("1024x768", presentation=True)
    table = board.table
    width = table.viewport().width()
    assert 0.25 * width <= table.columnWidth(NAME) <= 0.45 * width
    long_rows = [row for row in range(table.rowCount()) if len(board.rows[row].info.name) > 60]
    assert long_rows
    for row in long_rows:
        name = board.rows[row].info.name
        assert table.fontMetrics().horizontalAdvance(name) > table.columnWidth(NAME)  # it is elided…
        assert name in table.item(row, NAME).toolTip()  # …and whole in the tooltip
    failing = next(row for row in board.rows if row.eligible is False)
    tip = table.item(board.rows.index(failing), VERDICT).toolTip()
    assert all(text in tip for text in failing.failing) and failing.failing
    assert table.item(0, SAVED).text().startswith("today ")  # saved a moment ago


NOW = datetime.datetime(2025, 12, 3, 14, 5, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    ("moment", "language", "shown"),
    [
        (NOW.replace(hour=9, minute=1), "en", "today 09:01"),
        (NOW - datetime.timedelta(days=1), "en", "2 Dec"),
        (NOW.replace(year=2024, month=3, day=5), "en", "5 Mar 2024"),
        (NOW - datetime.timedelta(days=1), "de", "2. Dez."),
        (NOW.replace(hour=0, minute=0), "fr", "aujourd’hui 00:00"),
    ],
)
def test_times_on_the_board_are_compact(qapp, moment: datetime.datetime, language: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    i18n.use_language(language)
    try:
        assert compact_when(moment, NOW, language).replace("'", "’") == shown.replace("'", "’")
    finally:
        i18n.use_language("en")


def test_a_deadline_in_another_year_says_its_year(qapp) -> None:  # type: ignore[no-untyped-def]
    assert compact_day(datetime.date(2026, 1, 15), datetime.date(2025, 12, 3), "en") == "15 Jan 2026"
