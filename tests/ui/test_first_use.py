"""A new user's first hour, and the small things a careful user notices: a new plan starts
neutral and offers the applicant first, a call with lots asks for the lot before judging, the
zoom keys everyone presses, Escape in the filter, an import that counts rows (not problems) and
reads the planner's own words for types, city names in the reader's language, a read-only copy
that cannot be edited, an exported briefing one click from opening, message boxes answered with
Alt and a letter, a status tooltip that wraps, rules in words, and both identifiers shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItemIterator
from test_building_a_plan import open_partner_dialog
from test_window_imports import imported, write_sheet
from window_driver import ScriptedPrompts, press, school, school_partnership, three_schools_partners, type_text

from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.vocabulary import APPLICANT, PARTNER
from erasmus_planner.services.plan_files import save_plan
from erasmus_planner.ui import file_reveal
from erasmus_planner.ui.commands import AddPartnersCommand
from erasmus_planner.ui.mnemonics import mnemonic_of
from erasmus_planner.ui.partner_table_model import COL_ID, COL_STATUS
from erasmus_planner.ui.prompts import Prompts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _keys_let_go(qtbot):
    """Qt keeps the last key's modifiers as the keyboard's state: let go of Ctrl after each test."""
    yield
    qtbot.keyRelease(QApplication.activeWindow() or QApplication.topLevelWidgets()[0], Qt.Key.Key_Control)


# --- a new plan ---------------------------------------------------------------------------------


def test_a_new_plan_is_neutral_until_it_has_partners_and_its_first_partner_is_the_applicant(make_window, qtbot):
    window = make_window()
    window.document_dialogs.new_plan()
    banner = window.panel.banner
    assert banner.verdict() == ("info", "Add partners to start")
    assert "Not eligible" not in banner.detail.text()

    dialog = open_partner_dialog(qtbot, window)
    assert dialog.role_combo.currentData() == APPLICANT, "the checklist asks for the applicant first"
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and QApplication.focusWidget() is not None)

    window.document.push(AddPartnersCommand(window.document, [school("Łódź School", "PL", "applicant")]))
    assert banner.verdict()[0] == "fail"  # now there is something to judge
    dialog = open_partner_dialog(qtbot, window)
    assert dialog.role_combo.currentData() == PARTNER, "the next ones are full partners"
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and QApplication.focusWidget() is not None)


def test_a_sector_skills_alliance_without_a_lot_asks_for_the_lot_and_judges_nothing_else(make_window):
    alliance = Plan(
        action="sector-skills-alliance", call_year=2019, title="Mechatronics",
        partners=tuple(school(f"School {n}", country, "applicant" if n == 0 else "partner") for n, country in enumerate(("IT", "DE", "FR"))),
    )
    window = make_window(alliance)
    findings = window.panel.findings
    assert window.panel.banner.verdict() == ("info", "Choose a lot")
    assert findings.count() == 1 and "applied for in a lot" in findings.item(0).text()
    window.header.lot.setCurrentIndex(window.header.lot.findData("design-delivery"))
    window.header.lot.activated.emit(window.header.lot.currentIndex())
    assert window.document.plan.lot == "design-delivery"
    assert window.panel.banner.verdict()[0] == "fail"
    assert findings.count() > 3  # now every rule of the lot is judged


# --- keys ---------------------------------------------------------------------------------------


def test_ctrl_equals_and_ctrl_plus_both_zoom_in(make_window, qtbot):
    window = make_window(school_partnership(*three_schools_partners()))
    window.partners.table.setFocus()
    press(qtbot, window, Qt.Key.Key_Equal, CTRL)
    assert window.zoom == 110
    press(qtbot, window, Qt.Key.Key_Plus, CTRL)
    assert window.zoom == 125
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)
    assert window.zoom == 110


@pytest.mark.parametrize("where", ["filter", "table"])
def test_escape_clears_the_filter(make_window, qtbot, where):
    window = make_window(school_partnership(*three_schools_partners()))
    partners = window.partners
    partners.filter.setFocus()
    type_text(qtbot, window, "köln")
    assert partners.proxy.rowCount() == 1
    target = partners.filter if where == "filter" else partners.table
    if where == "table":
        partners.table.setFocus()
        partners.table.selectRow(0)
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert partners.filter.text() == "" and partners.proxy.rowCount() == 3
    if where == "table":
        assert [p.name for p in partners.selected_partners()] == ["Schule Köln"], "the row found stays selected"


# --- importing ------------------------------------------------------------------------------------


def test_the_import_summary_counts_rows_not_problems(make_window, qtbot, tmp_path):
    sheet = write_sheet(
        tmp_path / "partners.csv",
        "Liceo Roma,IT,school,partner,949000011",
        "Nowhere School,Atlantis,spaceship,partner,949000012",  # two problems, one row
        "Escola Braga,PT,school,partner,949000013",
        "Bad Type,ES,flying saucer,partner,949000014",
    )
    prompts = ScriptedPrompts(import_path=str(sheet), import_with_problems=False)
    window = make_window(school_partnership(*three_schools_partners()), prompts=prompts)
    window.import_action.trigger()
    imported(qtbot, window, prompts, "import_with_problems")
    question, name, good, *problems = prompts.asked[-1]
    assert (name, good) == ("partners.csv", "2")
    assert len(problems) == 2, "two rows to fix, though the first of them has two problems"
    assert problems[0].startswith("row 3") and problems[0].count("row 3") == 2
    assert problems[1].startswith("row 5")


@pytest.mark.parametrize(
    ("written", "kind"),
    [("Enterprise", "enterprise-sme"), ("enterprises", "enterprise-sme"), ("an enterprise", "enterprise-sme"),
     ("VET provider", "vet-provider"), ("Higher education", "higher-education"), ("a public body", "public-body-local"),
     ("Local authority", "public-body-local"), ("SMEs", "enterprise-sme"), ("Universities", "higher-education"),
     ("Youth organisation", "youth-organisation"), ("Guidance service", "guidance-body"), ("Social partner", "social-partner")],
)
def test_the_planners_own_words_are_read_as_types(make_window, qtbot, tmp_path, written, kind):
    sheet = write_sheet(tmp_path / "partners.csv", f"Firma Nowak,PL,{written},partner,949000021")
    prompts = ScriptedPrompts(import_path=str(sheet))
    window = make_window(school_partnership(*three_schools_partners()), prompts=prompts)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(window.document.plan.partners) == 4, timeout=5000)
    assert window.document.plan.partners[-1].type == kind
    assert prompts.questions() == ["import_path"], "no question about any row"


# --- words ----------------------------------------------------------------------------------------


def test_the_agency_card_names_brussels_in_the_readers_language(make_window):
    alliance = Plan(action="knowledge-alliance", call_year=2019, title="KA", partners=(school("Uni", "DE", "applicant"),))
    window = make_window(alliance)
    assert "Brussels, Belgium" in window.panel.agency.body.text()
    window.set_language("de")
    QApplication.processEvents()
    assert "Brüssel, Belgien" in window.panel.agency.body.text()


def test_help_rules_speaks_in_words_not_codes(make_window):
    from erasmus_planner.ui.rules_dialog import RulesDialog

    window = make_window(school_partnership(*three_schools_partners()))
    dialog = RulesDialog(window.document.session.catalogue, window, year=2019, action="sector-skills-alliance")
    texts = []
    iterator = QTreeWidgetItemIterator(dialog.tree)
    while iterator.value():
        texts += [iterator.value().text(0), iterator.value().text(1)]
        iterator += 1
    shown = "\n".join(texts)
    for code in ("design-delivery", "vocational-excellence", "group ", "min ", "sector-representative", "allowed "):
        assert code not in shown, code
    assert "Design and delivery of VET" in shown and "at least 8" in shown and "24 or 36 months" in shown
    dialog.close()


def test_the_identifier_column_shows_oid_and_pic_as_the_briefing_does(make_window):
    both = Organisation(name="Liceo Roma", country="IT", type="school", role="applicant", oid="E10123456", pic="949000031")
    only_pic = Organisation(name="Schule Köln", country="DE", type="school", pic="949000032")
    window = make_window(Plan(action="cooperation-partnership", call_year=2024, field="school", partners=(both, only_pic)))
    model = window.partners.model
    assert model.index(0, COL_ID).data() == "OID E10123456 · PIC 949000031"  # the OID first: 2024 asks for it
    assert model.index(1, COL_ID).data() == "no OID yet · PIC 949000032"


def test_the_status_tooltip_is_rich_text_that_wraps(make_window):
    window = make_window(school_partnership(school("Łódź School", "PL", "applicant"), school("Nowhere", "PL", pic="12")))
    tip = window.partners.model.index(1, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>") and tip.endswith("</p>")  # rich text: Qt wraps it at a reading width


# --- read-only copies ------------------------------------------------------------------------------


def test_a_read_only_copy_cannot_be_edited_or_saved(make_window, tmp_path, qtbot):
    path = tmp_path / "shared.json"
    save_plan(school_partnership(*three_schools_partners()), path)
    first = make_window(path=path)
    second = make_window(prompts=ScriptedPrompts(open_read_only=True))
    assert second.open_path(str(path))
    assert not second.save_action.isEnabled() and second.save_as_action.isEnabled()
    for action in (second.add_action, second.remove_action, second.edit_action, second.import_action):
        assert not action.isEnabled(), action.objectName()
    assert second.header.title.isReadOnly() and not second.header.action.isEnabled()
    second.partners.table.selectRow(0)
    second.partners.table.setFocus()
    qtbot.keyClick(second.partners.table, Qt.Key.Key_Delete)
    assert len(second.document.plan.partners) == 3
    second.panel.refresh_suggestions()
    second.panel.suggestions.setCurrentRow(0)
    assert not second.panel.what_else.switch_button.isEnabled()
    assert "Save As" in second.save_state.text()
    assert first.document.session.path == path


# --- export -------------------------------------------------------------------------------------------


def test_an_exported_briefing_can_be_opened_or_shown_in_its_folder(make_window, qtbot, tmp_path, monkeypatch):
    pytest.importorskip("erasmus_planner.export.briefing")
    opened: list[str] = []
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(file_reveal.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(file_reveal.QProcess, "startDetached", lambda program, args: started.append((program, args)) or True)
    out = tmp_path / "briefing.pdf"
    window = make_window(school_partnership(*three_schools_partners()), prompts=ScriptedPrompts(export_pdf_path=str(out)))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.import_export.exported_bar is not None and window.import_export.exported_bar.isVisible(), timeout=30000)
    bar = window.import_export.exported_bar
    assert bar.message.text() == "Briefing written: briefing.pdf" and out.is_file()
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]
    qtbot.mouseClick(bar.folder_button, Qt.MouseButton.LeftButton)
    assert len(started) == 1 and out.as_uri() in " ".join(started[0][1])  # the file manager, the file selected
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


# --- message boxes ----------------------------------------------------------------------------------


def test_every_button_of_the_save_question_answers_to_alt_and_a_letter(make_window, qtbot):
    window = make_window(school_partnership(*three_schools_partners()))
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(button.text() for button in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert Prompts().save_changes(window, "plan.json") == "cancel"
    letters = [mnemonic_of(text) for text in seen]
    assert len(seen) == 3 and all(letters), seen
    assert len(set(letters)) == 3, f"two buttons share a letter: {seen}"
