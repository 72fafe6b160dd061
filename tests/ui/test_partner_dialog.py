"""The partner dialog as a coordinator uses it: by keyboard, with live feedback, never losing data."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.model import Organisation
from erasmus_planner.ui.country_picker import search_countries
from erasmus_planner.ui.partner_dialog import PartnerDialog
from erasmus_planner.ui.partner_feedback import Tone
from erasmus_planner.ui.type_picker import grouped_types


def open_dialog(qtbot, **kwargs) -> PartnerDialog:
    kwargs.setdefault("call_year", 2019)
    dialog = PartnerDialog(**kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def key_target(dialog: PartnerDialog) -> QWidget:
    """Where a real key press goes: an open popup first, else the dialog's focused control."""
    return QApplication.activePopupWidget() or dialog.focusWidget()


def type_keys(qtbot, dialog: PartnerDialog, text: str) -> None:
    """Type like a keyboard would, letters beyond ASCII included (QTest only knows ASCII keys)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(key_target(dialog), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(key_target(dialog), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, dialog: PartnerDialog, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(key_target(dialog), key)


def choose_country(qtbot, dialog: PartnerDialog, text: str) -> None:
    dialog.country_picker.setFocus()
    dialog.country_picker.lineEdit().selectAll()
    type_keys(qtbot, dialog, text)
    dialog.country_picker.settle()


def school_in_poland() -> Organisation:
    return Organisation(name="Szkoła Podstawowa nr 5", country="PL", type="school", role="partner")


# -- keyboard only ---------------------------------------------------------------------------


def test_keyboard_only_entry_returns_the_organisation_typed(qtbot):
    dialog = open_dialog(qtbot, call_year=2019)
    assert dialog.focusWidget() is dialog.name_edit

    type_keys(qtbot, dialog, "Łódź Technical School No. 3")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "pol")  # the search popup opens with Poland first
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.country_picker.currentText() == "Poland — Programme Country in 2019"
    assert not dialog.country_picker.search_popup().isVisible()
    assert dialog.focusWidget() is dialog.type_picker
    type_keys(qtbot, dialog, "Voc")  # type-ahead on the closed type list
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "App")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "e1012 3456")  # tidied to E10123456
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "949999999")
    press(qtbot, dialog, Qt.Key.Key_Tab)  # ECHE and community are hidden: straight to the city
    type_keys(qtbot, dialog, "Łódź")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "1998")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "A. Nowak")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "a.nowak@example.org")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_keys(qtbot, dialog, "Runs the welding workshop.")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ok_button
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.organisation() == Organisation(
        name="Łódź Technical School No. 3",
        country="PL",
        type="vet-provider",
        role="applicant",
        oid="E10123456",
        pic="949999999",
        city="Łódź",
        established="1998",
        contact={"person": "A. Nowak", "email": "a.nowak@example.org"},
        notes="Runs the welding workshop.",
    )


def test_enter_in_a_field_accepts_a_valid_form_and_escape_cancels(qtbot):
    dialog = open_dialog(qtbot, organisation=school_in_poland())
    dialog.city_edit.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, Qt.Key.Key_Return)

    other = open_dialog(qtbot, organisation=school_in_poland())
    with qtbot.waitSignal(other.rejected):
        press(qtbot, other, Qt.Key.Key_Escape)


# -- required fields --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   "])
def test_ok_is_disabled_with_a_message_while_the_name_is_empty(qtbot, name):
    dialog = open_dialog(qtbot, organisation=school_in_poland())
    dialog.name_edit.clear()
    dialog.name_edit.setFocus()
    type_keys(qtbot, dialog, name)
    assert not dialog.ok_button.isEnabled()
    assert "name" in dialog.problem_label.text()

    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter does not slip past the rule
    assert dialog.isVisible() and dialog.result() == 0

    type_keys(qtbot, dialog, "Gimnazjum 2")
    assert dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == ""


def test_a_new_dialog_says_calmly_what_is_still_needed(qtbot):
    dialog = open_dialog(qtbot)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "Still needed: name, country and type."
    assert dialog.problem_label.tone is Tone.HINT


def test_a_country_nobody_knows_blocks_ok_and_says_so(qtbot):
    dialog = open_dialog(qtbot, organisation=school_in_poland())
    choose_country(qtbot, dialog, "Atlantis")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "✗ No country matches “Atlantis”."
    assert dialog.problem_label.tone is Tone.ERROR


@pytest.mark.parametrize(
    ("typed", "allowed"),
    [("2008", True), ("2008-09-01", True), ("2008-13-01", False), ("1.9.2008", False), ("", True)],
)
def test_established_takes_a_year_or_a_date(qtbot, typed, allowed):
    dialog = open_dialog(qtbot, organisation=school_in_poland())
    dialog.established_edit.setFocus()
    type_keys(qtbot, dialog, typed)
    assert dialog.ok_button.isEnabled() is allowed
    assert (dialog.established_feedback.tone is Tone.ERROR) is not allowed


# -- identifiers ------------------------------------------------------------------------------


def test_oid_feedback_as_you_type_warns_but_does_not_block(qtbot):
    dialog = open_dialog(qtbot, organisation=school_in_poland())
    dialog.oid_edit.setFocus()
    type_keys(qtbot, dialog, "E1234")
    assert dialog.oid_feedback.tone is Tone.WARNING
    assert "exactly 8 digits after the E; this one has 4" in dialog.oid_feedback.text()
    assert dialog.ok_button.isEnabled()
    assert "still save" in dialog.problem_label.text()
    assert dialog.oid_edit.accessibleDescription() in dialog.oid_feedback.text()

    dialog.oid_edit.clear()
    type_keys(qtbot, dialog, "E10123456")
    assert dialog.oid_feedback.tone is Tone.OK
    assert "well formed" in dialog.oid_feedback.text()
    assert dialog.problem_label.text() == ""


def test_pic_feedback_and_the_hint_names_the_identifier_the_action_uses(qtbot):
    action = load_catalogue().actions["knowledge-alliance"]
    dialog = open_dialog(qtbot, organisation=school_in_poland(), action=action)
    assert "Knowledge Alliances" in dialog.pic_feedback.text()
    assert "optional" in dialog.oid_feedback.text()
    dialog.pic_edit.setFocus()
    type_keys(qtbot, dialog, "94999999x")
    assert dialog.pic_feedback.tone is Tone.WARNING
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.organisation().pic == "94999999x"  # kept as typed: the check will flag it


# -- ECHE and community -------------------------------------------------------------------------


def test_eche_is_offered_only_for_higher_education(qtbot):
    dialog = open_dialog(qtbot, organisation=school_in_poland(), call_year=2019)
    assert not dialog.eche_check.isVisibleTo(dialog)

    dialog.type_picker.set_type_id("higher-education")
    assert dialog.eche_check.isVisibleTo(dialog)
    assert dialog.eche_help.text() == "⚠ Required: Poland is a Programme Country in 2019."
    dialog.eche_check.setChecked(True)
    assert dialog.eche_help.tone is Tone.HINT

    choose_country(qtbot, dialog, "Switzerland")
    assert dialog.eche_help.text() == "Not needed: Switzerland is a Partner Country in 2019."

    dialog.type_picker.set_type_id("research-institute")
    assert not dialog.eche_check.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.organisation().eche is False  # only an HEI holds an ECHE


def test_language_community_is_asked_only_for_belgium(qtbot):
    dialog = open_dialog(qtbot, organisation=school_in_poland())
    assert not dialog.community_combo.isVisibleTo(dialog)

    height_without = dialog.height()
    choose_country(qtbot, dialog, "Belgium")
    assert dialog.community_combo.isVisibleTo(dialog)
    assert dialog.height() > height_without  # the dialog grows to show the row, squeezing nothing
    assert "National Agency" in dialog.community_help.text()
    dialog.community_combo.setCurrentIndex(dialog.community_combo.findData("fr"))
    assert dialog.organisation().community == "fr"

    choose_country(qtbot, dialog, "NL")
    assert not dialog.community_combo.isVisibleTo(dialog)
    assert dialog.height() == height_without
    assert dialog.organisation().community is None


# -- country search -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code", "shown"),
    [
        ("EL", "GR", "Greece — Programme Country in 2019"),
        ("greece", "GR", "Greece — Programme Country in 2019"),
        ("Türk", "TR", "Türkiye — Programme Country in 2019"),
        ("turkey", "TR", "Türkiye — Programme Country in 2019"),
        ("pol", "PL", "Poland — Programme Country in 2019"),
        ("UK", "GB", "United Kingdom — Programme Country in 2019"),
        ("swit", "CH", "Switzerland — Partner Country in 2019"),
    ],
)
def test_country_search_finds_what_coordinators_type(qtbot, typed, code, shown):
    dialog = open_dialog(qtbot, call_year=2019)
    dialog.country_picker.setFocus()
    type_keys(qtbot, dialog, typed)
    popup = dialog.country_picker.search_popup()
    assert popup.isVisible()
    assert popup.currentIndex().data() == shown  # the best match is highlighted
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter takes it and leaves the dialog open
    assert dialog.isVisible()
    assert dialog.country_picker.code() == code
    assert dialog.country_picker.currentText() == shown


def test_the_popup_offers_runners_up_and_escape_only_closes_it(qtbot):
    dialog = open_dialog(qtbot, call_year=2019)
    dialog.country_picker.setFocus()
    type_keys(qtbot, dialog, "EL")
    press(qtbot, dialog, Qt.Key.Key_Down)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.country_picker.code() == "SV"  # El Salvador, second to Greece

    dialog.country_picker.lineEdit().selectAll()
    type_keys(qtbot, dialog, "ser")
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.country_picker.search_popup().isVisible()
    assert dialog.isVisible()


def test_status_is_that_of_the_call_year(qtbot):
    dialog = open_dialog(qtbot, call_year=2024)
    picker = dialog.country_picker
    picker.set_code("RS")
    assert picker.currentText() == "Serbia — associated country"
    picker.set_code("CH")
    assert picker.currentText() == "Switzerland — not associated"
    picker.set_code("DE")
    assert picker.currentText() == "Germany — EU Member State"


def test_search_ranks_codes_and_name_starts_before_words_inside_names():
    assert search_countries("EL")[:2] == ["GR", "SV"]
    assert search_countries("bel")[:3] == ["BE", "BY", "BZ"]
    assert "KR" in search_countries("korea")
    assert search_countries("xyzzy") == []
    assert len(search_countries("")) >= 249


# -- organisation type ---------------------------------------------------------------------------


def test_types_are_grouped_in_the_seed_words_and_headers_cannot_be_chosen(qtbot):
    groups = [group for group, _ in grouped_types()]
    for seed_word in ("Schools", "Universities", "Youth groups", "Businesses", "Authorities", "NGOs", "Other"):
        assert seed_word in groups
    dialog = open_dialog(qtbot)
    picker = dialog.type_picker
    model = picker.model()
    headers = [row for row in range(model.rowCount()) if picker.itemData(row) is None]
    assert [picker.itemText(row) for row in headers] == groups
    assert all(not (model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable) for row in headers)

    picker.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert picker.type_id() == "school"  # the first header is stepped over
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert picker.type_id() == "vet-provider"  # and so is the next


# -- partner directory --------------------------------------------------------------------------


def test_name_completion_from_the_directory_fills_the_fields(qtbot):
    university = Organisation(
        name="Lodz University of Technology",
        country="PL",
        type="higher-education",
        role="applicant",
        city="Łódź",
        oid="E10000001",
        pic="999888777",
        eche=True,
    )
    school = Organisation(name="Łódź Technical School No. 3", country="PL", type="vet-provider", city="Łódź")
    queries: list[str] = []

    def directory_search(text: str) -> list[Organisation]:
        queries.append(text)
        return [school, university]

    dialog = open_dialog(qtbot, directory_search=directory_search, call_year=2024)
    with qtbot.waitSignal(dialog._name_completion.suggestionsShown) as shown:
        type_keys(qtbot, dialog, "lodz")
    assert shown.args == [2]
    assert queries == ["lodz"]  # one search after the pause, not one per keystroke

    press(qtbot, dialog, Qt.Key.Key_Escape)  # closes the suggestions, not the dialog
    assert not dialog._name_completion.popup().isVisible() and dialog.isVisible()
    with qtbot.waitSignal(dialog._name_completion.suggestionsShown):
        type_keys(qtbot, dialog, " ")

    press(qtbot, dialog, Qt.Key.Key_Down, times=2)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    result = dialog.organisation()
    assert (result.name, result.country, result.type, result.city) == (
        "Lodz University of Technology", "PL", "higher-education", "Łódź"
    )
    assert (result.oid, result.pic, result.eche) == ("E10000001", "999888777", True)
    assert result.role == "partner"  # the role in this plan is not the directory's to decide
    assert result.id != university.id
    assert dialog.focusWidget() is dialog.role_combo


def test_a_failing_directory_leaves_typing_alone(qtbot):
    def broken(_text: str) -> list[Organisation]:
        raise OSError("directory file is locked")

    dialog = open_dialog(qtbot, directory_search=broken)
    with qtbot.waitSignal(dialog._name_completion.suggestionsShown) as shown:
        type_keys(qtbot, dialog, "Schule")
    assert shown.args == [0]
    assert dialog.name_edit.text() == "Schule"


# -- editing ----------------------------------------------------------------------------------


def test_editing_keeps_id_extra_and_unknown_contact_keys(qtbot):
    original = Organisation(
        name="Université libre de Bruxelles",
        country="BE",
        type="higher-education",
        role="applicant",
        oid="E10208537",
        eche=True,
        community="fr",
        contact={"person": "A. Dupont", "email": "a.dupont@example.org", "phone": "+32 2 650 21 11"},
        notes="Signed the mandate.",
        extra={"budget_share": 0.3},
    )
    dialog = open_dialog(qtbot, organisation=original, call_year=2019)
    assert dialog.windowTitle() == "Edit partner — Université libre de Bruxelles"
    assert dialog.community_combo.isVisibleTo(dialog) and dialog.eche_check.isChecked()

    dialog.email_edit.clear()
    dialog.city_edit.setFocus()
    type_keys(qtbot, dialog, "Brussels")
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, Qt.Key.Key_Return)

    edited = dialog.organisation()
    assert edited.id == original.id
    assert edited.extra == {"budget_share": 0.3}
    assert edited.contact == {"person": "A. Dupont", "phone": "+32 2 650 21 11"}
    assert edited == original.with_changes(city="Brussels", contact=edited.contact)


def test_accepting_an_untouched_edit_returns_an_equal_organisation(qtbot):
    original = Organisation(
        name="Jugendhaus Köln", country="DE", type="youth-organisation", contact={}, notes="Line one\n"
    )
    dialog = open_dialog(qtbot, organisation=original)
    dialog.accept()
    assert dialog.organisation() == original  # so the main window records no empty undo step


def test_cancel_after_edits_changes_nothing(qtbot):
    original = school_in_poland()
    dialog = open_dialog(qtbot, organisation=original)
    dialog.name_edit.setText("Something else")
    dialog.reject()
    assert dialog.result() == 0


# -- accessibility and size --------------------------------------------------------------------------


def test_every_control_is_named_labelled_and_has_its_own_mnemonic(qtbot):
    dialog = open_dialog(qtbot, organisation=Organisation(name="ULB", country="BE", type="higher-education"))
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QCheckBox | QPlainTextEdit) and w.parent() is not None
        and not isinstance(w.parent(), QComboBox)  # an editable combo's own line edit
    ]
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    mnemonics = []
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control in buddies, f"{control.objectName()} has no label"
        match = re.search(r"&(\w)", buddies[control])
        assert match, buddies[control]
        mnemonics.append(match.group(1).lower())
    assert len(mnemonics) == len(set(mnemonics)) == 14  # with "Affiliated to" (an affiliated entity's partner)
    for name in ("partnerName", "partnerCountry", "partnerType", "partnerRole", "partnerOid", "partnerPic", "partnerEche"):
        assert dialog.findChild(QWidget, name) is not None, name
    assert dialog.objectName() == "partnerDialog"


def test_with_every_row_shown_it_fits_a_1024_by_768_screen(qtbot):
    dialog = open_dialog(
        qtbot,
        organisation=Organisation(name="ULB", country="BE", type="higher-education", oid="E12", pic="12"),
        action=load_catalogue().actions["strategic-partnership"],
    )
    hint = dialog.sizeHint()
    assert hint.width() <= 1000 and dialog.height() <= 700
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())  # nothing squeezed


def test_choosing_applicant_when_the_plan_has_one_warns_but_allows_it(qtbot):
    """A tired coordinator makes a second applicant: the dialog says so at once, by name."""
    dialog = open_dialog(qtbot, applicant="Łódź School")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("applicant"))
    assert "Łódź School is already the applicant, and a plan has exactly one" in dialog.role_help.text()
    assert dialog.role_help.tone == Tone.WARNING
    dialog.name_edit.setText("Liceo Roma")
    choose_country(qtbot, dialog, "IT")
    dialog.type_picker.set_type_id("school")
    assert dialog.ok_button.isEnabled()  # a warning, not a block: the checklist flags it too
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("partner"))
    assert "already the applicant" not in dialog.role_help.text()


def test_the_window_tells_the_dialog_who_applies_except_when_editing_the_applicant(make_window_for_dialog):
    window = make_window_for_dialog
    plan = window.document.plan
    assert window.partner_editing.dialog(None)._other_applicant == "Łódź School"
    assert window.partner_editing.dialog(plan.partners[0])._other_applicant is None
    assert window.partner_editing.dialog(plan.partners[1])._other_applicant == "Łódź School"


@pytest.fixture
def make_window_for_dialog(make_window):  # type: ignore[no-untyped-def]
    from window_driver import school_partnership, three_schools_partners

    return make_window(school_partnership(*three_schools_partners()))


def test_a_pasted_name_over_the_limit_blocks_ok_with_the_words_of_every_other_way_in(qtbot):
    from erasmus_planner.domain import limits

    dialog = open_dialog(qtbot, organisation=school_in_poland())
    dialog.name_edit.setFocus()
    dialog.name_edit.selectAll()
    dialog.name_edit.insert("N" * (limits.LINE_MAX + 1))  # a paste: one edit, not typed key by key
    assert not dialog.ok_button.isEnabled()
    assert f"the name: {limits.LINE_MAX + 1} characters, more than the {limits.LINE_MAX} allowed" in dialog.problem_label.text().lower()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    dialog.name_edit.setText("N" * limits.LINE_MAX)
    assert dialog.ok_button.isEnabled()
