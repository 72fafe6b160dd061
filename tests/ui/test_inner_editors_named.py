"""Editable pickers' inner text fields carry their picker's accessible name (a screen reader
announces the text field, which is what Tab reaches)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from erasmus_planner.ui.partner_dialog import PartnerDialog


def test_every_text_field_of_the_partner_dialog_is_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PartnerDialog(call_year=2019)
    qtbot.addWidget(dialog)
    unnamed = [e.objectName() or repr(e) for e in dialog.findChildren(QLineEdit) if not e.accessibleName()]
    assert unnamed == []
    assert dialog.country_picker.lineEdit().accessibleName() == dialog.country_picker.accessibleName()


def test_presentation_scale_text_field_is_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    from erasmus_planner.ui.preferences_dialog import PresentationPage

    page = PresentationPage()
    qtbot.addWidget(page)
    assert page.scale.lineEdit().accessibleName() == page.scale.accessibleName() != ""
