"""The partner directory in the window (issue 11 item 2, issue 14): View ▸ Partner Directory to
import the real funded-project samples with progress, search, filter by country, type and
experience, see a track record, add, edit, delete and merge (each undoable there), add to the
plan; Cancel leaves the directory as it was; the partner dialog says when it is empty."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from funded_exports import KA200, KA200_COORDINATOR, all_rows, row_of, with_cells, write_csv  # noqa: E402
from window_driver import ScriptedPrompts, press  # noqa: E402

from erasmus_planner.domain.model import Organisation  # noqa: E402
from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.services.partner_directory import directory_access  # noqa: E402
from erasmus_planner.ui.directory_entry_dialog import DirectoryEntryDialog  # noqa: E402


@pytest.fixture
def directory_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "partner-directory.sqlite3"


@pytest.fixture
def window(make_window, directory_path, tmp_path):  # type: ignore[no-untyped-def]
    prompts = ScriptedPrompts(directory_import_path=str(write_csv(tmp_path / "funded.csv", all_rows())))
    win = make_window(prompts=prompts)
    win.use_directory(str(directory_path))
    return win


def open_directory(qtbot, window):  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.directory_actions.directory_window
    qtbot.waitUntil(lambda: view is not None and view.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)  # its own Ctrl+Z
    return view


def undo_keys(qtbot, view, *, redo: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z (or Ctrl+Shift+Z) pressed in the directory window, as the user would: it is active."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    view.table.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if redo else Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, modifiers)


def import_samples(qtbot, view):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.refreshed, timeout=30000):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.importer.last_op is not None and not view.importer.last_op.running, timeout=30000)


def names(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.model.entry(row).organisation.name for row in range(view.model.rowCount())]


def test_an_empty_directory_says_how_to_fill_it_and_import_fills_it(qtbot, window, directory_path):
    view = open_directory(qtbot, window)
    assert "The partner directory is empty" in view.status.text() and not directory_path.exists()
    import_samples(qtbot, view)
    assert view.model.rowCount() == 20
    assert "Imported 4 funded projects from funded.csv" in view.status.text()
    with PartnerDirectory(directory_path) as directory:
        assert directory.project_count() == 4


def test_search_country_type_and_experience_filters_show_the_track_record(qtbot, window):
    view = open_directory(qtbot, window)
    import_samples(qtbot, view)
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        qtbot.keyClicks(view.filters.search, "institut")
    assert set(names(view)) >= {KA200_COORDINATOR, "Liechtenstein-Institut"}
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        view.filters.country.setCurrentIndex(view.filters.country.findData("LI"))
    assert sorted(names(view)) == [KA200_COORDINATOR, "Liechtenstein-Institut"]
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        view.filters.action.setCurrentIndex(view.filters.action.findData("strategic-partnership"))
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        view.filters.role.setCurrentIndex(view.filters.role.findData("coordinator"))
    assert names(view) == [KA200_COORDINATOR]
    assert view.model.headerData(4, Qt.Orientation.Horizontal) == "Matching projects"
    html = view.details.toHtml()
    assert KA200 in html and f"https://erasmus-plus.ec.europa.eu/projects/search/details/{KA200}" in html
    assert "Community Education" in html and "coordinator" in html
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        view.filters.since.setValue(2015)
    assert names(view) == []
    with qtbot.waitSignal(view.refreshed, timeout=3000):
        qtbot.keyClick(view.filters.search, Qt.Key.Key_Escape)  # Escape clears every filter
    assert view.model.rowCount() == 20


def test_add_delete_and_merge_are_undone_and_redone_in_the_directory_window(qtbot, window, directory_path):
    view = open_directory(qtbot, window)
    import_samples(qtbot, view)

    def fill_new_entry() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DirectoryEntryDialog) and not dialog.role_combo.isVisible()
        dialog.name_edit.setText("Szkoła Podstawowa nr 3 w Łodzi")
        dialog.country_picker.set_code("PL")
        dialog.type_picker.set_type_id("school")
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, fill_new_entry)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 21 and view.selected_entries()[0].organisation.name == "Szkoła Podstawowa nr 3 w Łodzi"
    undo_keys(qtbot, view)
    assert view.model.rowCount() == 20
    undo_keys(qtbot, view, redo=True)
    assert view.model.rowCount() == 21

    view.filters.search.setText("liechtenstein institut")
    qtbot.waitSignal(view.refreshed, timeout=3000).wait()
    (entry,) = view.selected_entries()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    with PartnerDirectory(directory_path) as directory:
        assert len(directory.project(KA200).members) == 4
    undo_keys(qtbot, view)
    assert [e.id for e in view.model.entries()] == [entry.id] and view.model.entry(0).project_count == 1
    with PartnerDirectory(directory_path) as directory:
        assert len(directory.project(KA200).members) == 5

    view.filters.search.setText("birzu rajono")
    qtbot.waitSignal(view.refreshed, timeout=3000).wait()
    assert view.model.rowCount() == 2
    view.table.selectAll()
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    undo_keys(qtbot, view)
    assert view.model.rowCount() == 2


def test_add_to_plan_puts_the_selected_organisations_in_the_plan_in_one_undoable_step(qtbot, window):
    view = open_directory(qtbot, window)
    import_samples(qtbot, view)
    view.filters.country.setCurrentIndex(view.filters.country.findData("LI"))  # the list follows at once
    view.table.selectAll()
    qtbot.mouseClick(view.to_plan_button, Qt.MouseButton.LeftButton)
    plan = window.document.plan
    assert sorted(p.name for p in plan.partners) == sorted([KA200_COORDINATOR, "Liechtenstein-Institut"])
    assert [p.role for p in plan.partners].count("applicant") == 1
    window.document.undo_stack.undo()
    assert window.document.plan.partners == ()


def test_cancel_during_an_import_leaves_the_directory_exactly_as_it_was(qtbot, window, directory_path, tmp_path):
    view = open_directory(qtbot, window)
    import_samples(qtbot, view)
    before = directory_path.read_bytes()
    many = [with_cells(row_of(KA200), Project_Identifier=f"2019-1-LI01-KA204-{n:06d}", Call_year="2019",
                       Coordinating_organisation_name=f"Institute {n}") for n in range(1, 4001)]
    big = write_csv(tmp_path / "big.csv", many)
    op = view.importer.start(str(big))
    qtbot.waitUntil(lambda: op.dialog.value() > 0 or not op.running, timeout=30000)
    if op.running:
        qtbot.mouseClick(op.dialog.findChild(type(view.add_button)), Qt.MouseButton.LeftButton)  # the dialog's Cancel
    qtbot.waitUntil(lambda: not op.running, timeout=30000)
    assert op.cancelled and "Import cancelled; the directory is as it was" in view.status.text()
    assert directory_path.read_bytes() == before


def test_a_file_that_is_neither_kind_is_refused_with_the_reason_and_nothing_is_made(qtbot, window, directory_path, tmp_path):
    minutes = tmp_path / "minutes.csv"
    minutes.write_text("Meeting,Date\nKick-off,2024-01-10\n", encoding="utf-8")
    view = open_directory(qtbot, window)
    op = view.importer.start(str(minutes))
    qtbot.waitUntil(lambda: not op.running, timeout=10000)
    (question,) = [q for q in window.prompts.asked if q[0] == "error"]
    assert "neither an Erasmus+ Project Results export" in question[2] and not directory_path.exists()


def test_the_partner_dialog_says_when_the_directory_is_empty(qtbot, window):
    from erasmus_planner.ui.partner_dialog import PartnerDialog

    window.documents.new()
    window.document_dialogs.replaced()
    dialog = window.partner_editing.dialog(None)
    assert isinstance(dialog, PartnerDialog)
    assert "partner directory is empty" in dialog.name_edit.placeholderText()
    assert "View ▸ Partner Directory" in dialog.name_edit.toolTip()


def test_completion_shows_each_organisations_track_record(qtbot, make_window, tmp_path):
    path = tmp_path / "d.sqlite3"
    from erasmus_planner.services.funded_import import import_projects

    with PartnerDirectory(path) as directory:
        import_projects(directory, write_csv(tmp_path / "a.csv", all_rows()))
    window = make_window()
    window.use_directory(str(path))
    found = window.directory_search("europaisches")
    from erasmus_planner.ui.partner_name_completion import track_record_line

    assert track_record_line(found[0]) == "1 funded project; newest 2014 KA200, coordinator"
    assert not window.directory.is_empty()
    assert isinstance(found[0].organisation, Organisation)


@pytest.mark.parametrize("language", ("en", "de", "fr", "tr"))
def test_every_alt_key_of_the_directory_window_reaches_one_thing(qtbot, window, language):
    from test_translations import clashes

    from erasmus_planner.ui import i18n

    window.set_language(language)
    qtbot.waitUntil(lambda: i18n.current() == language)
    view = open_directory(qtbot, window)
    QApplication.processEvents()
    buttons = [b.text() for b in (view.add_button, view.edit_button, view.delete_button, view.merge_button, view.duplicates_button,
                                  view.import_button, view.export_button, view.to_plan_button)]
    labels = [label.text() for label in view.filters._labels]
    assert all("&" in text for text in buttons + labels)
    assert clashes(buttons + labels) == []


def test_likely_duplicates_are_listed_in_pairs_and_a_merge_is_undone(qtbot, window, tmp_path):
    spellings = [row_of(KA200), with_cells(row_of(KA200), Project_Identifier="2016-1-LI01-KA204-000107", Call_year="2016",
                                             Coordinating_organisation_name="Europäisches Institut für interkulturelle Forschung")]
    window.prompts.answers["directory_import_path"] = str(write_csv(tmp_path / "spellings.csv", spellings))
    view = open_directory(qtbot, window)
    import_samples(qtbot, view)
    qtbot.mouseClick(view.duplicates_button, Qt.MouseButton.LeftButton)
    assert [e.organisation.name for e in view.model.entries()] == [
        KA200_COORDINATOR, "Europäisches Institut für interkulturelle Forschung"
    ] or sorted(names(view)) == sorted([KA200_COORDINATOR, "Europäisches Institut für interkulturelle Forschung"])
    assert "the same website, under different names" in view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert not view.filters.isEnabled() and "1 likely pair" in view.status.text()
    view.table.selectAll()
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    undo_keys(qtbot, view)
    assert view.model.rowCount() == 2
    qtbot.mouseClick(view.duplicates_button, Qt.MouseButton.LeftButton)
    assert view.filters.isEnabled() and view.model.rowCount() == 6


def test_at_1024_pixels_names_keep_two_fifths_of_the_list_and_long_towns_give_way(qtbot, window):
    # The real sport sample has towns like "BIRZU RAJONAS PACERIAUKSTE": sized to their contents,
    # town and type columns once left the names a few letters ("ASOCIA…") on a workshop laptop.
    view = open_directory(qtbot, window)
    view.resize(1024, 700)
    import_samples(qtbot, view)
    qtbot.waitUntil(lambda: view.table.viewport().width() < 900, timeout=3000)
    header = view.table.horizontalHeader()
    room = view.table.viewport().width()
    assert header.sectionSize(0) >= room * 2 // 5 - 2
    metrics = header.fontMetrics()
    for column in range(1, 5):  # no heading is cut
        heading = str(view.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(heading) + 18
    assert sum(header.sectionSize(column) for column in range(5)) <= room + 2  # nothing pushed off to the right
