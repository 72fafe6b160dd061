"""A coordinator builds a consortium from nothing, through the real partner dialog, with the
mouse and with the keyboard alone, and watches the verdict change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_driver import ScriptedPrompts, press, type_text

pytest.importorskip("erasmus_planner.ui.partner_dialog")
from erasmus_planner.ui.partner_dialog import PartnerDialog  # noqa: E402


def open_partner_dialog(qtbot, window) -> PartnerDialog:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+N, as a user would, and wait for the dialog to take the keyboard."""
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PartnerDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.name_edit, timeout=3000)
    return dialog


def add_partner_by_keyboard(qtbot, window, name: str, country: str, kind: str, role: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_partner_dialog(qtbot, window)
    type_text(qtbot, window, name)
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, country)  # a search: the best match is taken on Tab
    press(qtbot, window, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.type_picker
    type_text(qtbot, window, kind)  # type-ahead in the type list
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, role)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        press(qtbot, window, Qt.Key.Key_Return)
    # The window takes the keyboard back, on the partner list.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.partners.table, timeout=3000)


def verdict(window) -> str:  # type: ignore[no-untyped-def]
    return window.panel.banner.headline.text()


def test_keyboard_only_new_plan_to_eligible_consortium(make_window, qtbot):
    window = make_window(prompts=ScriptedPrompts())
    # New plan (Ctrl+N): the title field has the keyboard.
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.document.has_plan
    assert QApplication.focusWidget() is window.header.title
    type_text(qtbot, window, "Łódź meets Porto")
    # Tab to the call year and pick 2024 by typing it; Tab to the action (kept), Tab to the field.
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.header.year
    type_text(qtbot, window, "2024")
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.header.action
    press(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.header.field
    type_text(qtbot, window, "S")  # School education
    plan = window.document.plan
    assert (plan.title, plan.call_year, plan.action, plan.field) == (
        "Łódź meets Porto", 2024, "cooperation-partnership", "school"
    )
    assert verdict(window) == "Add partners to start"  # nothing to judge yet: neutral, not red

    add_partner_by_keyboard(qtbot, window, "Szkoła Podstawowa nr 5", "pol", "Sch", "App")
    add_partner_by_keyboard(qtbot, window, "Grundschule Köln", "germ", "Sch", "Full")
    assert verdict(window) == "Not eligible"
    add_partner_by_keyboard(qtbot, window, "Escola Básica do Porto", "portu", "Sch", "Full")

    assert verdict(window) == "Eligible"
    names = [(p.name, p.country, p.type, p.role) for p in window.document.plan.partners]
    assert names == [
        ("Szkoła Podstawowa nr 5", "PL", "school", "applicant"),
        ("Grundschule Köln", "DE", "school", "partner"),
        ("Escola Básica do Porto", "PT", "school", "partner"),
    ]
    assert "Poland" in window.panel.agency.body.text()
    # Undo by keyboard takes the last partner away again, and the verdict with it.
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.plan.partners) == 2
    assert verdict(window) == "Not eligible"


def test_double_click_edits_a_partner_and_the_status_column_follows(make_window, qtbot, sample_path):
    window = make_window(path=sample_path)
    table = window.partners.table
    index = window.partners.proxy.index(1, 0)
    rect = table.visualRect(index)
    # A real double click is press, release, then a second press that arrives as a double click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PartnerDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    original = window.document.plan.partners[1]
    assert dialog.name_edit.text() == original.name
    dialog.pic_edit.setFocus()
    dialog.pic_edit.selectAll()
    qtbot.keyClicks(dialog.pic_edit, "123")  # too short: a warning, the dialog still accepts
    dialog.oid_edit.setFocus()
    dialog.oid_edit.clear()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.oid_edit, Qt.Key.Key_Return)
    edited = window.document.plan.partners[1]
    assert edited.id == original.id
    assert edited.pic == "123"
    status = window.partners.model.index(1, 5).data()
    assert status.startswith("Malformed PIC")
    assert "Edit partner" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.document.plan.partners[1] == original
