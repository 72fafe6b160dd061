"""Help ▸ Rules names every rule by its title, in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeWidgetItemIterator

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.ui.rules_dialog import RulesDialog


def _names(dialog: RulesDialog) -> list[str]:
    tree = dialog.tree
    names = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        names.append(iterator.value().text(0))
        iterator += 1
    return names


def test_rules_are_listed_by_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RulesDialog(load_catalogue())
    qtbot.addWidget(dialog)
    names = " | ".join(_names(dialog))
    assert "Smallest number of countries" in names
    assert "min-countries" not in names and "Min countries" not in names


def _cut_cells(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """Every cell of the tree whose text, wrapped in its column, needs more height than its row has."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    from PySide6.QtWidgets import QStyle

    tree = dialog.tree
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    cut = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        item = iterator.value()
        iterator += 1
        row = tree.visualItemRect(item)
        for column in range(tree.columnCount()):
            text = item.text(column)
            if not text or (column == 0 and tree.isFirstColumnSpanned(tree.indexFromItem(item).row(), tree.indexFromItem(item).parent())):
                continue
            rect = tree.visualRect(tree.indexFromItem(item, column))
            width = rect.width() - 2 * margin  # the text margins the style leaves on each side
            needed = QFontMetrics(item.font(column)).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
            if needed > row.height():
                cut.append(f"{column}: {text}")
    return cut


def test_every_source_and_name_is_shown_whole_wrapped_in_its_column_also_after_a_resize(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    dialog = RulesDialog(load_catalogue(), year=2019)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)  # a projector's screen
    dialog.show()
    dialog.tree.expandAll()
    qtbot.waitUntil(lambda: dialog.tree.visualItemRect(dialog.tree.topLevelItem(0).child(0)).height() > 0)
    QApplication.processEvents()
    sources = [dialog.tree.topLevelItem(0).child(i).text(3) for i in range(dialog.tree.topLevelItem(0).childCount())]
    assert max(len(s) for s in sources) > 120  # long enough to be cut on one line
    assert _cut_cells(dialog) == []
    dialog.tree.header().resizeSection(0, 180)  # the user narrows the rule column: its rows grow
    dialog.resize(800, 600)
    qtbot.waitUntil(lambda: not _cut_cells(dialog), timeout=3000)


@pytest.mark.parametrize("size", ["800x600", "1024x768", "1366x768"])
def test_the_rules_and_the_call_calendar_open_inside_a_small_screen(qtbot, size) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from erasmus_planner.ui.call_calendar_dialog import CallCalendarDialog

    screen = next(s for s in QGuiApplication.screens() if s.name() == f"screen-{size}@1x")
    window = QWidget()
    qtbot.addWidget(window)
    window.setScreen(screen)
    window.move(screen.geometry().topLeft())
    available = screen.availableGeometry()
    for dialog in (RulesDialog(load_catalogue(), window, year=2019), CallCalendarDialog(load_catalogue(), window, year=2022)):
        assert dialog.width() <= available.width() - 16 and dialog.height() <= available.height() - 48, (size, dialog.size())
        assert dialog.width() >= min(1000, available.width() - 16)  # as wide as the screen allows, up to its own size
