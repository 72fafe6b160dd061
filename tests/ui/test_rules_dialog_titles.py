"""Help ▸ Rules names every rule by its title, in the interface's language."""

from __future__ import annotations

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
