"""The duration picker: typing a length is one undoable edit and the checklist answers at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_driver import school_partnership, three_schools_partners


def duration_findings(window):  # type: ignore[no-untyped-def]
    report = window.document.session.report
    return [f for f in report.findings if f.rule == "duration"]


def test_typing_a_duration_checks_it_and_undo_takes_it_back(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(school_partnership(*three_schools_partners()))
    picker = window.findChild(type(window.header.duration), "durationPicker")
    assert picker is window.header.duration
    assert picker.text() == "Not set" and not duration_findings(window)

    picker.setFocus()
    picker.lineEdit().selectAll()
    qtbot.keyClicks(picker.lineEdit(), "48")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)

    assert window.document.plan.duration_months == 48
    (finding,) = duration_findings(window)
    assert finding.status == "fail" and "12 to 36 months" in finding.message
    assert not window.document.session.report.eligible

    window.document.undo_stack.undo()  # one step for the typed number, not one per digit
    assert window.document.plan.duration_months is None
    assert picker.value() == 0 and not duration_findings(window)
    window.document.undo_stack.redo()
    assert picker.value() == 48


def test_a_plan_with_a_duration_shows_it(make_window) -> None:  # type: ignore[no-untyped-def]
    plan = school_partnership(*three_schools_partners()).with_changes(duration_months=24)
    window = make_window(plan)
    assert window.header.duration.value() == 24
    assert window.header.duration.text() == "24 months"
    (finding,) = duration_findings(window)
    assert finding.status == "pass"
