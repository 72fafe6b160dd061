"""In the window: the agency card says by when, how and for how much; Help ▸ Call Calendar lists
a call year's deadlines; the partner dialog links an affiliated entity to its partner, the table
shows it indented under that partner, and removing the partner asks what becomes of it — all
undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget
from window_driver import ScriptedPrompts, press, type_text

from erasmus_planner.domain.brussels_time import Day
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.ui import eligibility_panel
from erasmus_planner.ui.partner_dialog import PartnerDialog
from erasmus_planner.ui.partner_table_model import COL_NAME, COL_ROLE

HOST = "Wirtschaftskammer Wien"


def alliance(*extra: Organisation) -> Plan:
    partners = (
        Organisation("Universidade do Porto", "PT", "higher-education", "applicant", eche=True),
        Organisation("Escola Profissional de Aveiro", "PT", "vet-provider", "partner"),
        Organisation(HOST, "AT", "social-partner", "partner"),
        Organisation("Tallinna Tööstushariduskeskus", "EE", "vet-provider", "partner"),
        *extra,
    )
    return Plan("alliance-for-innovation", 2024, partners, lot="education-enterprises", title="Agri-food alliance")


def table_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.partners.proxy
    return [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]


def test_the_agency_card_says_the_deadline_with_days_left_the_form_and_the_grant(make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(eligibility_panel, "today", lambda: Day(2022, 3, 1))
    plan = Plan(
        "small-scale-partnership", 2022,
        (Organisation("Gençlik Köprüsü", "TR", "youth-organisation", "applicant"), Organisation("Jugendwerk", "DE", "youth-organisation")),
        field="youth",
    )
    window = make_window(plan=plan)
    text = window.panel.agency.call.text()
    assert "<b>Deadline:</b> 23 March 2022, 12:00 Brussels time (UTC+01:00) — 22 days left · round 1 of 2" in text
    assert "<b>Submit:</b> the National Agency's web form, signed in with the organisation's OID" in text
    assert "<b>Grant:</b> a lump sum of EUR 30,000 or 60,000" in text
    assert "University of Valencia summary of call 2022" in window.panel.agency.call.toolTip()
    # on a projector only the deadline is shown (the card must fit 1024×768); the rest is in the tooltip
    window.set_presentation(True)
    assert "Deadline:" in window.panel.agency.call.text() and "Grant:" not in window.panel.agency.call.text()
    assert "Grant: a lump sum of EUR 30,000 or 60,000" in window.panel.agency.call.toolTip()
    window.set_presentation(False)
    assert "Grant:" in window.panel.agency.call.text()
    # a later day: the second round; after it, passed
    monkeypatch.setattr(eligibility_panel, "today", lambda: Day(2022, 10, 5))
    window.panel.refresh()
    assert "the deadlines of the 2022 call have passed (the last closed on 4 October 2022)" in window.panel.agency.call.text()


def test_help_call_calendar_lists_the_years_deadlines(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    plan = Plan("small-scale-partnership", 2022, (Organisation("A", "TR", "ngo", "applicant"),), field="youth")
    window = make_window(plan=plan)
    window.calls_action.trigger()
    dialog = window.findChild(object, "callCalendarDialog")
    qtbot.waitExposed(dialog)
    assert dialog.year.currentData() == 2022
    tree = dialog.findChild(QTreeWidget, "callCalendarTree")
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    ka210 = rows["Small-scale Partnerships (KA210)"]
    rounds = [(ka210.child(i).text(0), ka210.child(i).text(1)) for i in range(ka210.childCount())]
    assert rounds[:2] == [
        ("Round 1", "23 March 2022, 12:00 (UTC+01:00)"),
        ("Round 2", "4 October 2022, 12:00 (UTC+02:00)"),
    ]
    assert rounds[2][0] == "How to submit"
    assert "Cooperation Partnerships (KA220) · applications by European NGOs" in rows
    # the chosen line's source in full
    tree.setCurrentItem(ka210.child(1))
    assert "University of Valencia" in dialog.detail.text()
    # another year
    dialog.year.setCurrentIndex(dialog.year.findData(2016))
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Strategic Partnerships (KA205) · Youth" in titles
    dialog.reject()


def test_an_affiliated_entity_is_added_under_its_partner_through_the_dialog(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(plan=alliance(), prompts=ScriptedPrompts())
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PartnerDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.name_edit, timeout=3000)
    type_text(qtbot, window, "WIFI Wien")
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, "Austria")
    press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, window, "Adult")
    press(qtbot, window, Qt.Key.Key_Tab)
    assert not dialog.affiliated_combo.isVisibleTo(dialog)  # only for an affiliated entity
    type_text(qtbot, window, "Affiliated")
    assert dialog.role_combo.currentData() == "affiliated-entity"
    assert dialog.affiliated_combo.isVisibleTo(dialog)
    names = [dialog.affiliated_combo.itemText(i) for i in range(dialog.affiliated_combo.count())]
    assert names == ["Universidade do Porto", "Escola Profissional de Aveiro", HOST, "Tallinna Tööstushariduskeskus"]
    press(qtbot, window, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.affiliated_combo
    type_text(qtbot, window, "Wirt")
    assert dialog.affiliated_combo.currentData() == HOST
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        press(qtbot, window, Qt.Key.Key_Return)
    added = window.document.plan.partners[3]
    assert (added.name, added.role, added.affiliated_to) == ("WIFI Wien", "affiliated-entity", HOST)  # in the plan under it too
    assert table_names(window)[2:4] == [HOST, "    ↳ WIFI Wien"]
    role = window.partners.proxy.index(3, COL_ROLE)
    assert role.data() == "Affiliated" and role.data(Qt.ItemDataRole.ToolTipRole) == f"Affiliated entity of {HOST}"
    # the verdict and the counts ignore it
    assert "WIFI Wien (affiliated entity of Wirtschaftskammer Wien)" in " ".join(f.message for f in window.document.session.report.findings)
    window.undo_action.trigger()
    assert "WIFI Wien" not in [p.name for p in window.document.plan.partners]


def _remove_host(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.partners.select_partner(next(p.id for p in window.document.plan.partners if p.name == HOST))
    window.remove_action.trigger()


def test_removing_a_partner_asks_and_removes_its_affiliated_entities_too_undoably(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    wifi = Organisation("WIFI Wien", "AT", "adult-education", "affiliated-entity", affiliated_to=HOST)
    prompts = ScriptedPrompts(remove_affiliates="remove")
    window = make_window(plan=alliance(wifi), prompts=prompts)
    before = window.document.plan
    _remove_host(window, qtbot)
    assert prompts.asked[-1] == ("remove_affiliates", HOST, "WIFI Wien")
    assert [p.name for p in window.document.plan.partners] == ["Universidade do Porto", "Escola Profissional de Aveiro", "Tallinna Tööstushariduskeskus"]
    window.undo_action.trigger()
    assert window.document.plan == before
    assert table_names(window)[2:4] == [HOST, "    ↳ WIFI Wien"]


def test_removing_a_partner_can_make_its_affiliated_entities_full_partners_undoably(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    wifi = Organisation("WIFI Wien", "AT", "adult-education", "affiliated-entity", affiliated_to=HOST)
    window = make_window(plan=alliance(wifi), prompts=ScriptedPrompts(remove_affiliates="promote"))
    before = window.document.plan
    _remove_host(window, qtbot)
    kept = next(p for p in window.document.plan.partners if p.name == "WIFI Wien")
    assert (kept.role, kept.affiliated_to) == ("partner", None)
    assert "WIFI Wien" in table_names(window)
    window.undo_action.trigger()
    assert window.document.plan == before
    window.redo_action.trigger()
    assert HOST not in [p.name for p in window.document.plan.partners]


def test_cancelling_the_question_removes_nothing(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    wifi = Organisation("WIFI Wien", "AT", "adult-education", "affiliated-entity", affiliated_to=HOST)
    window = make_window(plan=alliance(wifi), prompts=ScriptedPrompts(remove_affiliates="cancel"))
    before = window.document.plan
    _remove_host(window, qtbot)
    assert window.document.plan == before and not window.undo_action.isEnabled()


def test_the_dialog_says_when_an_affiliated_entity_cannot_be_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    early = PartnerDialog(call_year=2019, full_partners=("Łódź School",))
    qtbot.addWidget(early)
    early.role_combo.setCurrentIndex(early.role_combo.findData("affiliated-entity"))
    assert "Affiliated entities exist from the 2021 call" in early.role_help.text()
    alone = PartnerDialog(call_year=2024)
    qtbot.addWidget(alone)
    alone.name_edit.setText("X")
    alone.country_picker.set_code("AT")
    alone.type_picker.set_type_id("ngo")
    alone.role_combo.setCurrentIndex(alone.role_combo.findData("affiliated-entity"))
    assert not alone.ok_button.isEnabled()
    assert "add the applicant or a full partner first" in alone.problem_label.text()
    host = PartnerDialog(call_year=2024, organisation=Organisation(HOST, "AT", "social-partner"), affiliates=2, full_partners=("A",))
    qtbot.addWidget(host)
    host.role_combo.setCurrentIndex(host.role_combo.findData("associated-partner"))
    assert "2 affiliated entities are linked to this organisation" in host.role_help.text()
