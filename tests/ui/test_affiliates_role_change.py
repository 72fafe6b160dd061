"""A full partner that stops being one — given a role that can have no affiliated entities, or
renamed — takes its affiliated entities along in the same undo step: the window asks, as it does
on removal, whether to link them to another full partner, make them full partners or remove them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_affiliated_and_calls_window import HOST, alliance, table_names
from window_driver import ScriptedPrompts

from erasmus_planner.domain.model import Organisation
from erasmus_planner.ui.affiliates_prompt import AffiliatesPrompt
from erasmus_planner.ui.partner_dialog import PartnerDialog
from erasmus_planner.ui.prompts import Prompts

AVEIRO = "Escola Profissional de Aveiro"


def _wifi() -> Organisation:
    return Organisation("WIFI Wien", "AT", "adult-education", "affiliated-entity", affiliated_to=HOST)


def _edit_host(window, qtbot, *, role: str | None = None, name: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Open the host's partner dialog as a user would (Edit Partner), change it, press OK."""
    window.partners.select_partner(next(p.id for p in window.document.plan.partners if p.name == HOST))
    window.edit_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PartnerDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    if name is not None:
        dialog.name_edit.setText(name)
    if role is not None:
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role))
        assert "on OK you choose what becomes of" in dialog.role_help.text()
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.ok_button.click()


def _by_name(window, name):  # type: ignore[no-untyped-def]
    return next(p for p in window.document.plan.partners if p.name == name)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (("relink", AVEIRO), ("affiliated-entity", AVEIRO)),
        ("promote", ("partner", None)),
        ("remove", None),
    ],
)
def test_an_associated_partner_asks_what_becomes_of_its_affiliated_entities_in_one_undo_step(make_window, qtbot, answer, expected) -> None:  # type: ignore[no-untyped-def]
    prompts = ScriptedPrompts(unlink_affiliates=answer)
    window = make_window(plan=alliance(_wifi()), prompts=prompts)
    before = window.document.plan
    _edit_host(window, qtbot, role="associated-partner")
    assert prompts.asked[-1] == ("unlink_affiliates", HOST, "Associated partner", "WIFI Wien")
    # the full partners it could go to: everyone full but the one becoming associated
    assert prompts.hosts_offered == ["Universidade do Porto", AVEIRO, "Tallinna Tööstushariduskeskus"]
    assert _by_name(window, HOST).role == "associated-partner"
    names = [p.name for p in window.document.plan.partners]
    if expected is None:
        assert "WIFI Wien" not in names
    else:
        wifi = _by_name(window, "WIFI Wien")
        assert (wifi.role, wifi.affiliated_to) == expected
    if answer[0] == "relink":
        assert table_names(window)[1:3] == [AVEIRO, "    ↳ WIFI Wien"]  # shown under its new partner
    assert window.document.undo_stack.count() == 1  # one step for the whole change
    window.undo_action.trigger()
    assert window.document.plan == before
    assert table_names(window)[2:4] == [HOST, "    ↳ WIFI Wien"]
    window.redo_action.trigger()
    assert _by_name(window, HOST).role == "associated-partner"
    assert "WIFI Wien" not in names or _by_name(window, "WIFI Wien").affiliated_to == expected[1]


def test_cancelling_the_question_leaves_the_partner_as_it_was(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    prompts = ScriptedPrompts(unlink_affiliates="cancel")
    window = make_window(plan=alliance(_wifi()), prompts=prompts)
    before = window.document.plan
    _edit_host(window, qtbot, role="associated-partner")
    assert prompts.questions()[-1] == "unlink_affiliates"
    assert window.document.plan == before and not window.undo_action.isEnabled()


def test_a_change_between_full_roles_asks_nothing(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    prompts = ScriptedPrompts()
    window = make_window(plan=alliance(_wifi()), prompts=prompts)
    _edit_host(window, qtbot, name=HOST + " (WKW)")
    assert "unlink_affiliates" not in prompts.questions()


def test_a_rename_carries_the_links_and_undoes_as_one_step(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(plan=alliance(_wifi()), prompts=ScriptedPrompts())
    before = window.document.plan
    _edit_host(window, qtbot, name="WKO Wien")
    assert _by_name(window, "WIFI Wien").affiliated_to == "WKO Wien"
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.plan == before
    window.redo_action.trigger()
    assert _by_name(window, "WIFI Wien").affiliated_to == "WKO Wien"


def test_a_rename_and_a_new_role_at_once_undo_to_the_exact_plan(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(plan=alliance(_wifi()), prompts=ScriptedPrompts(unlink_affiliates="promote"))
    before = window.document.plan
    _edit_host(window, qtbot, role="associated-partner", name="WKO Wien")
    assert (_by_name(window, "WKO Wien").role, _by_name(window, "WIFI Wien").role) == ("associated-partner", "partner")
    window.undo_action.trigger()
    assert window.document.plan == before  # the entity is linked to the old name again


def test_removal_can_link_the_affiliated_entities_to_another_partner(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(plan=alliance(_wifi()), prompts=ScriptedPrompts(remove_affiliates=("relink", AVEIRO)))
    before = window.document.plan
    window.partners.select_partner(_by_name(window, HOST).id)
    window.remove_action.trigger()
    assert HOST not in [p.name for p in window.document.plan.partners]
    assert _by_name(window, "WIFI Wien").affiliated_to == AVEIRO
    window.undo_action.trigger()
    assert window.document.plan == before


def _answer_when_shown(qtbot, choose) -> None:  # type: ignore[no-untyped-def]
    def answer() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, AffiliatesPrompt):
            QTimer.singleShot(20, answer)
            return
        choose(prompt)

    QTimer.singleShot(0, answer)


def test_the_question_offers_the_other_full_partners_and_answers_what_was_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen = {}

    def pick_tallinn(prompt: AffiliatesPrompt) -> None:
        seen["default"] = prompt.relink.isChecked() and prompt.host.isEnabled()
        seen["hosts"] = [prompt.host.itemText(i) for i in range(prompt.host.count())]
        prompt.host.setCurrentIndex(1)
        prompt.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    _answer_when_shown(qtbot, pick_tallinn)
    answer = Prompts().unlink_affiliates(None, HOST, "Associated partner", ["WIFI Wien"], [AVEIRO, "Tallinna Tööstushariduskeskus"])
    assert answer == ("relink", "Tallinna Tööstushariduskeskus")
    assert seen == {"default": True, "hosts": [AVEIRO, "Tallinna Tööstushariduskeskus"]}

    def nobody_to_link_to(prompt: AffiliatesPrompt) -> None:
        seen["relink shown"] = prompt.relink.isVisibleTo(prompt)
        seen["promote chosen"] = prompt.promote.isChecked()
        qtbot.keyClick(prompt, Qt.Key.Key_Escape)

    _answer_when_shown(qtbot, nobody_to_link_to)
    assert Prompts().unlink_affiliates(None, HOST, "Associated partner", ["WIFI Wien"], []) == "cancel"
    assert (seen["relink shown"], seen["promote chosen"]) == (False, True)

    def removal_default(prompt: AffiliatesPrompt) -> None:
        seen["remove chosen"] = prompt.remove.isChecked()
        prompt.accept()

    _answer_when_shown(qtbot, removal_default)
    assert Prompts().remove_affiliates(None, [HOST], ["WIFI Wien"], [AVEIRO]) == "remove"
    assert seen["remove chosen"]
