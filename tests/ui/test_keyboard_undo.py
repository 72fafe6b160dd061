"""Ctrl+Z wherever the cursor is: in a text field the field's own typing goes first, then the
plan's last edit; Ctrl+Shift+Z brings them back in reverse order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget
from window_driver import school, school_partnership, three_schools_partners, type_text

from erasmus_planner.ui.commands import AddPartnersCommand

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _keys_let_go(qtbot):
    """After each test, no key is held: Qt keeps the last key event's modifiers as the keyboard's
    state, and a Ctrl left "held" turns the next test's row selection into a toggle."""
    yield
    target = QWidget()
    qtbot.addWidget(target)
    qtbot.keyRelease(target, Qt.Key.Key_Control)


def _editable_fields(window) -> dict[str, QLineEdit]:  # type: ignore[no-untyped-def]
    """Every text field of the window a user can type in, by the name a screen reader says."""
    fields = {}
    for field in window.findChildren(QLineEdit):
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            owner = field.parent() if isinstance(field.parent(), QAbstractSpinBox) else field
            fields[owner.accessibleName() or field.accessibleName()] = field
    return fields


def _window_with_history(make_window, qtbot):  # type: ignore[no-untyped-def]
    window = make_window(school_partnership(*three_schools_partners()))
    window.document.push(AddPartnersCommand(window.document, [school("Iskola Pécs", "HU")]))
    return window


def test_every_editable_field_of_the_window_is_covered(make_window, qtbot):
    window = _window_with_history(make_window, qtbot)
    assert set(_editable_fields(window)) == {"Plan title", "Duration in months", "Filter partners"}


@pytest.mark.parametrize("name", ["Plan title", "Duration in months", "Filter partners"])
def test_undo_takes_back_the_typing_then_the_plan_edit_and_redo_retraces(make_window, qtbot, name):
    window = _window_with_history(make_window, qtbot)
    field = _editable_fields(window)[name]
    before = field.text()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    type_text(qtbot, window, "36")
    typed = field.text()
    assert typed != before

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert field.text() == before, "the field's typing goes first"
    assert len(window.document.plan.partners) == 4, "the plan's edit is still there"

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert [p.name for p in window.document.plan.partners][-1] == "Escola Porto", "then the plan's last edit"
    assert field.hasFocus()

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(window.document.plan.partners) == 4, "redo brings the plan's edit back first"
    assert field.text() == before

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert field.text() == typed, "and then the typing"


def test_the_typed_duration_is_one_edit_after_undo_and_redo(make_window, qtbot):
    window = _window_with_history(make_window, qtbot)
    box = window.header.duration
    field = box.lineEdit()
    field.setFocus()
    field.selectAll()
    type_text(qtbot, window, "36")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.document.plan.duration_months == 36
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # committed: now the duration is the plan's edit
    assert window.document.plan.duration_months in (None, 24)
    assert window.document.plan.duration_months != 36


def test_the_filter_undoes_its_typing_without_touching_the_plan(make_window, qtbot):
    window = _window_with_history(make_window, qtbot)
    field = window.partners.filter
    field.setFocus()
    type_text(qtbot, window, "Köln")
    assert window.partners.proxy.rowCount() == 1
    for _ in "Köln":
        qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
        if not field.text():
            break
    assert field.text() == "" and window.partners.proxy.rowCount() == 4
    assert len(window.document.plan.partners) == 4


def test_undo_in_the_partner_dialog_stays_in_its_field(make_window, qtbot):
    from test_building_a_plan import open_partner_dialog

    window = _window_with_history(make_window, qtbot)
    dialog = open_partner_dialog(qtbot, window)
    name = dialog.name_edit
    name.setFocus()
    type_text(qtbot, window, "Liceum")
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert name.text() == ""
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)  # nothing left in the field: the plan is untouched
    assert len(window.document.plan.partners) == 4
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL | SHIFT)
    assert name.text() == "Liceum"
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
