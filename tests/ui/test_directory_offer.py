"""Editing a partner that is also in the partner directory offers, without a dialog, to update
the directory entry too (issue 3, item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_driver import school, school_partnership, three_schools_partners

pytest.importorskip("erasmus_planner.persistence.directory")
from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.services.partner_directory import directory_access  # noqa: E402
from erasmus_planner.ui.partner_dialog import PartnerDialog  # noqa: E402

GYMNASIUM = school("Gymnasium Köln-Mülheim", "DE", pic="949999992", city="Köln")


@pytest.fixture
def directory(tmp_path):
    path = tmp_path / "partner-directory.sqlite3"
    with PartnerDirectory(path) as d:
        d.add(GYMNASIUM)
    return path


@pytest.fixture
def window(make_window, directory):  # type: ignore[no-untyped-def]
    applicant, _, porto = three_schools_partners()
    win = make_window(school_partnership(applicant, GYMNASIUM, porto))
    win.directory = directory_access(directory)
    win.directory_search = win.directory.search
    return win


def edit_city(qtbot, window, partner, city: str) -> None:  # type: ignore[no-untyped-def]
    """Edit the partner's city through the real dialog, as a user would."""
    window.edit_partner(partner)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PartnerDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    dialog.city_edit.setFocus()
    dialog.city_edit.selectAll()
    qtbot.keyClicks(dialog.city_edit, city)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.city_edit, Qt.Key.Key_Return)


def entry_city(path) -> str | None:  # type: ignore[no-untyped-def]
    with PartnerDirectory(path) as d:
        return d.search("gymnasium")[0].organisation.city


def test_an_edit_offers_to_update_the_directory_entry_in_a_bar_not_a_dialog(qtbot, window, directory):
    bar = window.directory_offer
    assert not bar.isVisible()
    with qtbot.waitSignal(window.directory_offer_ready, timeout=5000):
        edit_city(qtbot, window, window.document.plan.partners[1], "Cologne")
    assert window.document.plan.partners[1].city == "Cologne"  # the edit is done, whatever the answer
    assert bar.isVisible()
    assert QApplication.activeModalWidget() is None
    assert bar.message.text() == (
        "“Gymnasium Köln-Mülheim” is in your partner directory with another city. Update the directory entry too?"
    )
    assert entry_city(directory) == "Köln"
    qtbot.mouseClick(bar.update_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert entry_city(directory) == "Cologne"
    assert window.statusBar().currentMessage() == "“Gymnasium Köln-Mülheim” updated in the partner directory"


def test_not_now_leaves_the_directory_alone(qtbot, window, directory):
    with qtbot.waitSignal(window.directory_offer_ready, timeout=5000):
        edit_city(qtbot, window, window.document.plan.partners[1], "Cologne")
    qtbot.mouseClick(window.directory_offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.directory_offer.isVisible()
    assert entry_city(directory) == "Köln"


def test_the_next_change_withdraws_the_offer(qtbot, window, directory):
    with qtbot.waitSignal(window.directory_offer_ready, timeout=5000):
        edit_city(qtbot, window, window.document.plan.partners[1], "Cologne")
    window.undo_action.trigger()  # the edit is gone: so is the reason to update the entry
    assert not window.directory_offer.isVisible()
    assert entry_city(directory) == "Köln"


def test_a_partner_the_directory_does_not_know_offers_nothing(qtbot, window):
    edit_city(qtbot, window, window.document.plan.partners[2], "Porto")
    lookup = window.directory_lookup
    qtbot.waitUntil(lambda: not lookup.running, timeout=5000)
    QApplication.processEvents()
    assert not window.directory_offer.isVisible()
