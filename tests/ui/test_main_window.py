"""The main window as a user meets it: welcome, open, edit, undo, save, close, drop files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QTableView, QWidget
from window_driver import ScriptedPrompts, school

from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.services.plan_files import load_plan
from erasmus_planner.ui.commands import AddPartnersCommand, EditPartnerCommand, RemovePartnersCommand, SetHeaderCommand
from erasmus_planner.ui.eligibility_panel import SuggestionRole


def verdict(window) -> str:  # type: ignore[no-untyped-def]
    return window.findChild(object, "verdictBanner").headline.text()


def three_schools(year: int = 2019) -> Plan:
    return Plan(
        action="strategic-partnership",
        call_year=year,
        field="school",
        title="Green skills",
        partners=(
            school("Łódź School", "PL", "applicant", pic="910000001"),
            school("Schule Köln", "DE", pic="910000002"),
            school("Escola Porto", "PT", pic="910000003"),
        ),
    )


# --- what is there ---------------------------------------------------------------------------


def test_every_named_control_exists_and_has_an_accessible_name(make_window):
    window = make_window(three_schools())
    names = (
        "planTitle", "callYearPicker", "actionPicker", "fieldPicker", "lotPicker", "partnerTable",
        "partnerFilter", "verdictBanner", "findingsList", "agencyCard", "suggestionsList",
    )
    for name in names:
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert window.objectName() == "mainWindow"
    reachable = [
        w for w in window.findChildren(QWidget)
        if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(reachable) > 12
    for widget in reachable:  # everything Tab reaches tells a screen reader what it is
        assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()}"


def test_tab_follows_the_eye_from_the_title_to_what_else_fits(make_window, qtbot):
    """The buttons beside the filter used to come after "What else fits?", and the agency's
    website link after everything else, though it sits above the checklist."""
    window = make_window(three_schools())
    window.partners.table.selectRow(0)  # Edit and Remove are enabled, so Tab reaches them
    window.header.title.setFocus()
    visited = []
    for _ in range(15):
        widget = QApplication.focusWidget()
        name = widget.objectName() or widget.accessibleName()
        if not visited or visited[-1] != name:  # the agency's label stops once more on its link
            visited.append(name)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.header.title:
            break
    assert visited == [
        "planTitle", "callYearPicker", "actionPicker", "fieldPicker", "variantPicker", "durationPicker",
        "partnerFilter", "Add Partner", "Edit Partner", "Remove Partner", "partnerTable",
        "agencyDetails", "findingsList", "suggestionsList",
    ]


def test_menus_use_the_platforms_standard_shortcuts(make_window):
    window = make_window(three_schools())
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    file_items = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    for expected in ("New", "Open…", "Open Recent", "Save", "Save As…", "Import Partners…", "Export PDF…", "Quit"):
        assert expected in file_items


def test_first_start_shows_the_welcome_view_and_open_sample_opens_the_sample(make_window, sample_path):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.sample_button.isVisible()
    assert not window.save_action.isEnabled()
    window.welcome.sample_button.click()
    assert window.stack.currentWidget() is window.plan_area
    assert window.document.plan == load_plan(sample_path)
    assert verdict(window) == "Eligible"


def test_the_sample_opens_as_a_new_plan_so_save_never_overwrites_or_locks_the_example(make_window, sample_path, tmp_path):
    """Open sample (and `make run`) opened the shipped example itself: Ctrl+S after trying things
    out overwrote it, and a lock file was left beside it in examples/."""
    before = sample_path.read_bytes()
    prompts = ScriptedPrompts(save_plan_path=str(tmp_path / "mine.epplan"))
    window = make_window(prompts=prompts)
    assert window.open_path(str(sample_path))
    assert window.document.session.path is None
    assert window.save_state.text() == "Not saved yet"
    assert window.windowTitle().startswith("Green skills for rural schools")
    assert not list(sample_path.parent.glob(f".{sample_path.name}*.lock"))
    window.document.push(SetHeaderCommand(window.document, title="My own plan"))
    assert window.save()
    assert prompts.questions() == ["save_plan_path"]
    assert window.document.session.path == tmp_path / "mine.epplan"
    assert sample_path.read_bytes() == before


def test_a_plan_that_cannot_be_read_is_explained_and_nothing_changes(make_window, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "erasmus-planner-plan", "version": 1, "action": "ka999", "partners": []}')
    prompts = ScriptedPrompts()
    window = make_window(prompts=prompts)
    assert not window.open_path(str(broken))
    assert prompts.asked[-1][0] == "error"
    assert "broken.json" in prompts.asked[-1][2]
    assert window.stack.currentWidget() is window.welcome


# --- editing, verdict, undo --------------------------------------------------------------------


def test_every_edit_updates_verdict_table_and_agency_at_once(make_window):
    plan = three_schools()
    window = make_window(plan.with_changes(partners=plan.partners[:2]))
    assert verdict(window) == "Not eligible"
    assert window.partners.model.rowCount() == 2
    window.document.push(AddPartnersCommand(window.document, [school("Escola Porto", "PT", pic="910000003")]))
    assert verdict(window) == "Eligible"
    assert window.partners.model.rowCount() == 3
    assert "Foundation for the Development of the Education System" in window.panel.agency.name.text()
    assert window.isWindowModified()
    assert window.save_state.text() == "Unsaved changes"
    assert "Add partner “Escola Porto”" in window.undo_action.text()


def test_undo_and_redo_walk_back_and_forth_through_identical_plans(make_window, qtbot):
    window = make_window(three_schools())
    document = window.document
    states = [document.plan]
    porto = document.plan.partners[2]
    steps = [  # each built when pushed: a command remembers the plan as it was then
        lambda: AddPartnersCommand(document, [school("Iskola Pécs", "HU")], index=1),
        lambda: EditPartnerCommand(document, porto.with_changes(name="Escola Lisboa", oid="E10000003")),
        lambda: SetHeaderCommand(document, action="school-exchange-partnership"),
        lambda: SetHeaderCommand(document, title="Renamed"),
        lambda: SetHeaderCommand(document, title="Renamed again"),  # merges with the previous title edit
        lambda: RemovePartnersCommand(document, [document.plan.partners[0].id, document.plan.partners[2].id]),
    ]
    for make_command in steps:
        document.push(make_command())
        states.append(document.plan)
    assert document.undo_stack.count() == 5  # the two title edits are one step
    del states[4]
    for expected in reversed(states[:-1]):
        window.undo_action.trigger()
        assert document.plan == expected
    assert not window.isWindowModified()
    assert [p.id for p in document.plan.partners] == [p.id for p in states[0].partners]
    for expected in states[1:]:
        window.redo_action.trigger()
        assert document.plan == expected
    assert verdict(window) == ("Eligible" if window.document.session.report.eligible else "Not eligible")


def test_choosing_a_suggestion_switches_the_action_and_undo_switches_back(make_window, qtbot):
    window = make_window(three_schools())
    window.panel.refresh_suggestions()
    suggestions: QListWidget = window.panel.suggestions
    row = next(
        i for i in range(suggestions.count()) if (suggestions.item(i).data(SuggestionRole) or ("",))[0] == "school-exchange-partnership"
    )
    item = suggestions.item(row)
    rect = suggestions.visualItemRect(item)
    qtbot.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.plan.action == "strategic-partnership", "a click only selects: looking is free"
    assert window.panel.what_else.switch_button.isEnabled()
    qtbot.mouseDClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.plan.action == "school-exchange-partnership"
    assert window.header.action.currentData() == "school-exchange-partnership"
    assert "KA229" in window.panel.banner.detail.text()
    window.undo_action.trigger()
    assert window.document.plan.action == "strategic-partnership"


def test_the_switch_button_switches_to_the_selected_suggestion(make_window, qtbot):
    window = make_window(three_schools())
    window.panel.refresh_suggestions()
    button = window.panel.what_else.switch_button
    assert not button.isEnabled()  # nothing chosen yet
    window.panel.suggestions.setCurrentRow(0)
    target = window.panel.suggestions.item(0).data(SuggestionRole)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (window.document.plan.action, window.document.plan.field, window.document.plan.lot) == target
    window.undo_action.trigger()
    assert window.document.plan.action == "strategic-partnership"


def test_enter_on_a_suggestion_switches_too(make_window, qtbot):
    window = make_window(three_schools())
    window.panel.refresh_suggestions()
    suggestions = window.panel.suggestions
    suggestions.setFocus()
    suggestions.setCurrentRow(0)
    target = suggestions.item(0).data(SuggestionRole)
    qtbot.keyClick(suggestions, Qt.Key.Key_Return)
    assert (window.document.plan.action, window.document.plan.field, window.document.plan.lot) == target


def test_header_pickers_offer_only_what_exists_for_that_action_and_year(make_window, qtbot):
    window = make_window(three_schools())
    header = window.header
    fields = [header.field.itemData(i) for i in range(header.field.count())]
    assert fields == ["school", "vet", "higher", "adult", "youth"]
    assert not header.lot.isVisibleTo(window)
    # The year is chosen with the keyboard; 2022 has no Strategic Partnerships: the action is kept and flagged.
    header.year.setFocus()
    header.year.setCurrentIndex(header.year.findData(2021))
    header.year.activated.emit(header.year.currentIndex())
    assert window.document.plan.call_year == 2021
    assert verdict(window) == "Not eligible"
    enabled = [
        header.action.itemData(i, Qt.ItemDataRole.UserRole)
        for i in range(header.action.count())
        if header.action.model().item(i).isEnabled()
    ]
    assert "cooperation-partnership" in enabled
    assert "knowledge-alliance" not in enabled
    # An action with lots: the lot picker appears with that year's lots only.
    window.document.push(SetHeaderCommand(window.document, action="alliance-for-innovation"))
    assert header.lot.isVisibleTo(window)
    lots = [header.lot.itemData(i) for i in range(header.lot.count())]
    assert lots == ["education-enterprises", "blueprint"]
    assert not header.field.isEnabled()
    assert "ERASMUS-EDU-PI-ALL-INNO" in header.description.text()


def test_typing_a_title_is_one_undo_step(make_window, qtbot):
    window = make_window(three_schools())
    title = window.findChild(QLineEdit, "planTitle")
    title.selectAll()
    qtbot.keyClicks(title, "Rural schools")
    assert window.document.plan.title == "Rural schools"
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.plan.title == "Green skills"
    assert title.text() == "Green skills"


def test_ctrl_z_in_the_title_field_is_the_plans_undo_and_goes_on_past_the_typing(make_window, qtbot):
    """The field's own undo used to take Ctrl+Z: the typing came back letter by letter as a
    new "Change title", and once the field had nothing left the key did nothing at all —
    the partner removed just before could not be brought back from there."""
    window = make_window(three_schools())
    window.partners.select_partner(window.document.plan.partners[2].id)
    window.remove_action.trigger()
    title = window.header.title
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " for all")
    assert window.document.plan.title == "Green skills for all"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (window.document.plan.title, title.text()) == ("Green skills", "Green skills")
    assert window.document.undo_stack.index() == 1  # the typing undone in one step, not re-done as an edit
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.plan.partners) == 3
    assert not window.document.modified
    redo = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    qtbot.keyClick(title, redo.key(), redo.keyboardModifiers())
    assert len(window.document.plan.partners) == 2


def test_delete_in_the_table_removes_the_selected_partner_and_undo_restores_it(make_window, qtbot):
    window = make_window(three_schools())
    table: QTableView = window.findChild(QTableView, "partnerTable")
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.name for p in window.document.plan.partners] == ["Łódź School", "Escola Porto"]
    assert table.selectionModel().selectedRows()[0].row() == 1  # the next one, ready for another Delete
    window.undo_action.trigger()
    assert [p.name for p in window.document.plan.partners] == ["Łódź School", "Schule Köln", "Escola Porto"]


def test_delete_in_the_title_field_edits_text_not_partners(make_window, qtbot):
    window = make_window(three_schools())
    window.partners.table.selectRow(0)
    title = window.header.title
    title.setFocus()
    title.setCursorPosition(0)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert len(window.document.plan.partners) == 3
    assert window.document.plan.title == "reen skills"


def test_find_focuses_the_filter_and_the_filter_narrows_500_partners(make_window, qtbot):
    countries = ["PL", "DE", "FR", "IT", "ES", "PT", "GR", "HU", "RO", "SE"]
    partners = tuple(
        school(f"{'Łódź' if i % 50 == 0 else 'School'} {i}", countries[i % 10], "applicant" if i == 0 else "partner")
        for i in range(500)
    )
    window = make_window(Plan(action="strategic-partnership", call_year=2019, field="school", partners=partners))
    assert window.partners.proxy.rowCount() == 500
    window.find_action.trigger()
    assert QApplication.focusWidget() is window.partners.filter
    qtbot.keyClicks(window.partners.filter, "lodz")
    assert window.partners.proxy.rowCount() == 10
    assert window.partners.count.text() == "10 of 500 organisations match the filter"
    window.partners.filter.clear()
    qtbot.keyClicks(window.partners.filter, "hungary")
    assert window.partners.proxy.rowCount() == 50


# --- saving and closing ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".epplan", ".json"])
def test_save_reopen_gives_the_identical_plan(make_window, tmp_path, suffix):
    target = tmp_path / f"plan{suffix}"
    prompts = ScriptedPrompts(save_plan_path=str(target))
    window = make_window(three_schools(), prompts=prompts)
    window.document.push(AddPartnersCommand(window.document, [school("Iskola Pécs", "HU", oid="E10000009")]))
    assert window.save_action.isEnabled()
    window.save_action.trigger()
    assert target.exists()
    assert not window.isWindowModified()
    assert window.save_state.text() == "All changes saved"
    assert not window.save_action.isEnabled()
    saved = window.document.plan
    window.close_plan()
    assert window.stack.currentWidget() is window.welcome
    assert window.open_path(str(target))
    assert window.document.plan == saved
    assert window.settings.recent_plans()[0] == str(target.resolve())


def test_closing_a_modified_plan_asks_and_cancel_keeps_the_window(make_window, qtbot):
    prompts = ScriptedPrompts(save_changes="cancel")
    window = make_window(three_schools(), prompts=prompts)
    window.document.push(SetHeaderCommand(window.document, title="Changed"))
    assert not window.close()
    assert prompts.questions() == ["save_changes"]
    assert window.isVisible()
    assert window.document.plan.title == "Changed"
    prompts.answers["save_changes"] = "discard"
    assert window.close()
    assert not window.isVisible()


def test_closing_with_save_writes_the_plan_first(make_window, tmp_path):
    target = tmp_path / "kept.json"
    prompts = ScriptedPrompts(save_changes="save", save_plan_path=str(target))
    window = make_window(three_schools(), prompts=prompts)
    window.document.push(SetHeaderCommand(window.document, title="Keep me"))
    assert window.close()
    assert load_plan(target).title == "Keep me"


def test_an_unmodified_plan_closes_without_a_question(make_window):
    prompts = ScriptedPrompts()
    window = make_window(three_schools(), prompts=prompts)
    assert window.close()
    assert prompts.asked == []


def test_opening_another_plan_over_a_modified_one_asks_first(make_window, sample_path):
    prompts = ScriptedPrompts(save_changes="cancel")
    window = make_window(three_schools(), prompts=prompts)
    window.document.push(SetHeaderCommand(window.document, title="Changed"))
    assert not window.open_path(str(sample_path))
    assert window.document.plan.title == "Changed"


# --- autosave and recovery ---------------------------------------------------------------------


def test_autosave_after_edits_and_recovery_offered_on_next_open(make_window, tmp_path, qtbot):
    path = tmp_path / "plan.json"
    from erasmus_planner.services.plan_files import save_plan

    save_plan(three_schools(), path)
    window = make_window(path=path, autosave_ms=10)
    window.document.push(SetHeaderCommand(window.document, title="Unsaved work"))
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Autosaved at"), timeout=3000)
    window.document.session.close()  # a crash: the lock goes with the process, the recovery file stays
    window.document.undo_stack.setClean()

    prompts = ScriptedPrompts(recover=True)
    again = make_window(prompts=prompts)
    again.open_path(str(path))
    assert prompts.questions() == ["recover"]
    assert again.document.plan.title == "Unsaved work"
    assert again.isWindowModified()
    assert load_plan(path).title == "Green skills"  # the file itself was never touched


def test_a_refused_recovery_is_discarded(make_window, tmp_path, qtbot):
    window = make_window(three_schools(), autosave_ms=10)
    window.document.push(SetHeaderCommand(window.document, title="Never saved"))
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Autosaved at"), timeout=3000)
    window.document.undo_stack.setClean()

    prompts = ScriptedPrompts(recover=False)
    again = make_window(prompts=prompts)
    again.offer_recovery_at_start()
    assert prompts.questions() == ["recover"]
    assert again.stack.currentWidget() is again.welcome
    again.offer_recovery_at_start()
    assert prompts.questions() == ["recover"]  # not asked twice


def test_starting_without_a_plan_offers_the_recent_plan_a_crash_left_unsaved(make_window, tmp_path, qtbot):
    path = tmp_path / "plan.json"
    from erasmus_planner.services.plan_files import save_plan

    save_plan(three_schools(), path)
    window = make_window(autosave_ms=10)
    window.open_path(str(path))
    window.document.push(AddPartnersCommand(window.document, [school("Iskola Pécs", "HU")]))
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Autosaved at"), timeout=3000)
    window.document.session.close()  # the crash
    window.document.undo_stack.setClean()

    prompts = ScriptedPrompts(recover=True)
    again = make_window(prompts=prompts)  # same settings file: the plan is in Open Recent
    again.offer_recovery_at_start()
    assert prompts.questions() == ["recover"]
    assert again.document.session.path == path
    assert [p.name for p in again.document.plan.partners][-1] == "Iskola Pécs"
    assert again.isWindowModified()


def test_a_plan_open_in_another_window_opens_read_only_when_accepted(make_window, tmp_path):
    path = tmp_path / "shared.json"
    from erasmus_planner.services.plan_files import save_plan

    save_plan(three_schools(), path)
    first = make_window(path=path)
    prompts = ScriptedPrompts(open_read_only=True)
    second = make_window(prompts=prompts)
    assert second.open_path(str(path))
    assert prompts.questions() == ["open_read_only"]
    assert "(read-only)" in second.windowTitle()
    assert first.document.session.path == path


# --- drag and drop -----------------------------------------------------------------------------


def drop(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def test_dropping_a_spreadsheet_imports_its_partners_as_one_undo_step(make_window, tmp_path, qtbot):
    pytest.importorskip("erasmus_planner.interchange.spreadsheets")
    sheet = tmp_path / "partners.csv"
    sheet.write_text(
        "Name,Country,Type,Role,OID\n"
        "Iskola Pécs,HU,school,partner,E10000011\n"
        "Scoala Cluj,RO,school,partner,E10000012\n"
        "Broken row,Atlantis,school,partner,\n",
        encoding="utf-8",
    )
    prompts = ScriptedPrompts(import_with_problems=True)  # "Import 2 Good Rows"
    window = make_window(three_schools(), prompts=prompts)
    drop(window, sheet)
    qtbot.waitUntil(lambda: len(window.document.plan.partners) == 5, timeout=5000)
    assert [p.name for p in window.document.plan.partners[-2:]] == ["Iskola Pécs", "Scoala Cluj"]
    assert prompts.questions() == ["import_with_problems"]
    assert "row 4" in prompts.asked[-1][3]
    window.undo_action.trigger()
    assert len(window.document.plan.partners) == 3


def test_dropping_a_plan_file_opens_it(make_window, sample_path, qtbot, tmp_path):
    plan = tmp_path / "dropped.json"
    plan.write_bytes(sample_path.read_bytes())
    window = make_window()
    drop(window, plan)
    qtbot.waitUntil(lambda: window.document.has_plan, timeout=2000)
    assert window.document.session.path == plan


def test_other_files_are_refused(make_window):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/picture.png")])
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# --- export ------------------------------------------------------------------------------------


def test_export_pdf_runs_in_the_background_and_writes_the_briefing(make_window, tmp_path, qtbot):
    pytest.importorskip("erasmus_planner.export.briefing")
    out = tmp_path / "briefing.pdf"
    window = make_window(three_schools(), prompts=ScriptedPrompts(export_pdf_path=str(out)))
    window.export_action.trigger()
    assert window.last_op is not None
    qtbot.waitUntil(lambda: not window.last_op.running, timeout=20000)
    assert out.read_bytes().startswith(b"%PDF")
    assert window.import_export.exported_bar.message.text() == "Briefing written: briefing.pdf"


def test_rules_dialog_lists_rules_with_sources_and_marks_weaker_ones(make_window, qtbot):
    window = make_window(three_schools())
    window.rules_action.trigger()
    dialog = window.findChild(object, "rulesDialog")
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert any(t.startswith("Strategic Partnerships") for t in top)
    current = tree.currentItem()
    confidences = {current.child(i).text(2) for i in range(current.childCount())}
    assert "◐ Agency summary" in confidences
    assert all(current.child(i).text(3) for i in range(current.childCount()))
    dialog.close()


def test_zoom_changes_the_text_size_and_remembers_it(make_window):
    window = make_window(three_schools())
    before = window.centralWidget().font().pointSizeF()
    window.zoom_in_action.trigger()
    assert window.zoom == 110
    assert window.centralWidget().font().pointSizeF() > before
    assert window.settings.zoom() == 110
    window.zoom_reset_action.trigger()
    assert window.zoom == 100


def test_recent_menu_lists_opened_plans(make_window, sample_path, tmp_path):
    plan = tmp_path / "opened.json"
    plan.write_bytes(sample_path.read_bytes())
    window = make_window()
    window.open_path(str(plan))
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert plan.name in texts


def test_json_written_by_the_window_is_the_interchange_format(make_window, tmp_path):
    target = tmp_path / "out.json"
    window = make_window(three_schools(), prompts=ScriptedPrompts(save_plan_path=str(target)))
    window.save_as()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "erasmus-planner-plan"
    assert [p["name"] for p in data["partners"]] == ["Łódź School", "Schule Köln", "Escola Porto"]


def test_selection_drives_edit_and_remove(make_window):
    window = make_window(three_schools())
    assert not window.remove_action.isEnabled()
    window.partners.table.selectRow(0)
    assert window.remove_action.isEnabled()
    assert isinstance(window.partners.current_partner(), Organisation)


def test_arrow_keys_on_the_action_picker_skip_headings_and_closed_actions(make_window, qtbot):
    window = make_window(three_schools())
    picker = window.header.action
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    # After Strategic Partnerships (2014-2020) comes School-to-school (closed in 2019), then School Exchange.
    assert window.document.plan.action == "school-exchange-partnership"
    assert window.document.plan.field == "school"
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    assert window.document.plan.action == "strategic-partnership"
    qtbot.keyClick(picker, Qt.Key.Key_Up)  # the programme heading above cannot be chosen
    assert window.document.plan.action == "strategic-partnership"
    assert window.document.undo_stack.count() == 2


def test_a_briefing_finished_while_cancel_was_pressed_is_reported_written(make_window, tmp_path, qtbot, monkeypatch):
    pytest.importorskip("erasmus_planner.export.briefing")
    import threading

    from erasmus_planner.services import briefing_export

    out = tmp_path / "briefing.pdf"
    cancel_pressed = threading.Event()

    def export_past_the_last_check(plan, path, **options):  # type: ignore[no-untyped-def]
        assert cancel_pressed.wait(5)
        Path(path).write_bytes(b"%PDF-1.4 finished before Cancel arrived")

    monkeypatch.setattr(briefing_export, "export_briefing", export_past_the_last_check)
    window = make_window(three_schools(), prompts=ScriptedPrompts(export_pdf_path=str(out)))
    window.export_action.trigger()
    op = window.last_op
    op.dialog.canceled.emit()  # the progress dialog's Cancel
    cancel_pressed.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert out.exists()
    bar = window.import_export.exported_bar
    assert bar.isVisible() and bar.message.text() == "Briefing written: briefing.pdf"


@pytest.mark.parametrize("width", [1200, 1600])
def test_identifiers_and_roles_in_the_partner_table_are_never_cut(make_window, qtbot, width):
    """The column widths were measured once, while the table was still tiny, and then frozen:
    the name column stretching with the window counted as "the user set a width". At any usual
    window size the PICs read "9100000…" and the roles "Full part…"."""
    from erasmus_planner.ui.partner_table_model import COL_ID, COL_ROLE

    window = make_window(three_schools())
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.partners.table.viewport().width() > width // 2, timeout=2000)
    QApplication.processEvents()
    table = window.partners.table
    metrics = table.fontMetrics()
    for row in range(window.partners.proxy.rowCount()):
        for column in (COL_ID, COL_ROLE):
            text = window.partners.proxy.index(row, column).data()
            assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 8, (text, table.columnWidth(column))


def test_typing_a_call_year_is_one_undo_step_and_keeps_what_the_years_on_the_way_lacked(make_window, qtbot):
    """Typing "2019" over 2020 selects 2021, 2014 and 2019 in turn (the picker's type-ahead):
    each used to be an undo step of its own, and 2014, which had no good-practice projects yet,
    dropped the plan's project type for good."""
    original = three_schools(2020).with_changes(variant="good-practice")
    window = make_window(original)
    year = window.header.year
    year.setFocus()
    qtbot.keyClicks(year, "2019")
    plan = window.document.plan
    assert (plan.call_year, plan.variant) == (2019, "good-practice")
    assert window.document.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Set call year to 2019"
    window.undo_action.trigger()
    assert window.document.plan == original


def test_a_call_year_chosen_again_later_is_its_own_undo_step(make_window, qtbot):
    window = make_window(three_schools(2019))
    header = window.header
    for chosen in (2018, 2017):
        header.year.setCurrentIndex(header.year.findData(chosen))
        header.year.activated.emit(header.year.currentIndex())
        window.document.undo_stack.command(window.document.undo_stack.count() - 1).made_at -= 5  # seconds ago
    assert window.document.undo_stack.count() == 2
    window.undo_action.trigger()
    assert window.document.plan.call_year == 2018


def choose_action(window, action_id: str) -> None:  # type: ignore[no-untyped-def]
    header = window.header
    row = next(
        r for r in range(header.action_model.rowCount())
        if header.action_model.item(r).data(Qt.ItemDataRole.UserRole) == action_id
    )
    header.action.setCurrentIndex(row)
    header.action.activated.emit(row)


def test_switching_to_an_action_without_fields_and_back_brings_the_field_back(make_window):
    window = make_window(three_schools(2019))
    choose_action(window, "knowledge-alliance")  # centralised, no fields
    assert window.document.plan.field is None
    choose_action(window, "strategic-partnership")
    assert window.document.plan.field == "school"
    assert window.header.field.currentText() == "School education"
    assert window.panel.banner.headline.text() == "Eligible"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan == three_schools(2019)


def test_another_plan_does_not_inherit_the_last_ones_field(make_window, tmp_path):
    from erasmus_planner.services.plan_files import save_plan

    other = tmp_path / "alliance.json"
    save_plan(Plan(action="knowledge-alliance", call_year=2019, partners=three_schools().partners), other)
    window = make_window(three_schools(2019))
    assert window.open_path(str(other))
    choose_action(window, "strategic-partnership")
    assert window.document.plan.field is None


@pytest.mark.parametrize(("partners", "cli_words"), [(3, "every requirement is met"), (2, "2 requirements not met")])
def test_the_verdict_banner_counts_in_the_words_of_the_command_line_and_the_briefing(make_window, tmp_path, capsys, partners, cli_words):
    """The banner said "2 problems to fix" and "Every rule is met" where `check` and the PDF say
    "2 requirements not met" and "every requirement is met"."""
    from erasmus_planner.cli.main import main
    from erasmus_planner.services.plan_files import save_plan

    plan = three_schools().with_changes(partners=three_schools().partners[:partners])
    path = tmp_path / "plan.json"
    save_plan(plan, path)
    main(["check", str(path)])
    assert cli_words in capsys.readouterr().out
    window = make_window(plan)
    assert cli_words in window.panel.banner.detail.text().lower()


def test_a_long_partner_name_leaves_every_toolbar_button_in_view(make_window):
    """"Undo Add partner “<300 characters>”" made the Undo button 2,800 pixels wide: Redo, Add,
    Remove, Import and Export went into the toolbar's overflow menu."""
    window = make_window(three_schools())
    long_name = ("Stowarzyszenie Rozwoju Edukacji " * 10)[:300]
    window.document.push(AddPartnersCommand(window.document, [school(long_name, "PL")]))
    QApplication.processEvents()
    undo_button = window.toolbar.widgetForAction(window.undo_action)
    assert undo_button.text() == "Undo"
    assert long_name[:20] in window.undo_action.toolTip()
    assert window.undo_action.text() == "&Undo Add partner “Stowarzyszenie Rozwoju Edukacji Stowarz…”"
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert window.toolbar.widgetForAction(action).isVisible(), action.objectName()


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_toolbar_button_stays_in_view_at_1024_pixels_in_every_language(make_window, language):
    """In German and French at 1024 pixels, Export PDF (and Import) went into the toolbar's
    overflow menu; the icons then stand alone, the words are in their tooltips."""
    window = make_window(three_schools())
    window.set_language(language)
    window.resize(1024, 768)
    for _ in range(3):  # the toolbar lays itself out in posted events
        QApplication.processEvents()
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert window.toolbar.widgetForAction(action).isVisible(), action.iconText()
    window.resize(1600, 900)
    QApplication.processEvents()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_the_briefing_exported_from_the_window_speaks_the_language_chosen_in_preferences(make_window, tmp_path, qtbot):
    pytest.importorskip("erasmus_planner.export.briefing")
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "briefing.pdf"
    window = make_window(three_schools(), prompts=ScriptedPrompts(export_pdf_path=str(out)))
    window.apply_preferences(window.preferences.with_changes(language="de"))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: not window.last_op.running, timeout=20000)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "FÖRDERFÄHIG" in text.upper()
    assert "Polen" in text  # the applicant's country, named in German
    assert window.import_export.exported_bar.message.text().startswith("Briefing geschrieben:")


def test_a_table_of_ok_statuses_leaves_the_room_to_the_names(make_window, qtbot):
    """The status column was as wide as "OID missing (+1)" whatever it showed: at 1400 pixels the
    sample's first name was cut while the column beside it held "OK"."""
    from erasmus_planner.ui.partner_table_model import COL_NAME, COL_STATUS

    window = make_window(three_schools().with_changes(partners=(school("Zespół Szkół Technicznych nr 3 w Łodzi", "PL", "applicant", pic="910000001"), *three_schools().partners[1:])))
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.partners.table.viewport().width() > 700, timeout=2000)
    QApplication.processEvents()
    table = window.partners.table
    metrics = table.fontMetrics()
    assert {window.partners.proxy.index(r, COL_STATUS).data() for r in range(3)} == {"OK"}
    assert table.columnWidth(COL_NAME) >= metrics.horizontalAdvance("Zespół Szkół Technicznych nr 3 w Łodzi") + 8
    window.document.push(EditPartnerCommand(window.document, window.document.plan.partners[1].with_changes(pic=None)))
    QApplication.processEvents()
    assert table.columnWidth(COL_STATUS) >= metrics.horizontalAdvance("PIC missing") + 20 + 8  # grows for what it shows
