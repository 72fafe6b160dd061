"""The session layer without Qt: every use case returns what changed and keeps the verdict current."""

from __future__ import annotations

import pytest

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.services.changes import DOCUMENT, EVERYTHING, HEADER, PARTNERS, Changes
from erasmus_planner.services.plan_session import PlanSession, default_call_year


def school(name: str, country: str, role: str = "partner") -> Organisation:
    return Organisation(name=name, country=country, type="school", role=role, pic="949999999")


def two_schools() -> Plan:
    return Plan(
        action="strategic-partnership",
        call_year=2019,
        field="school",
        title="Green skills",
        partners=(school("Łódź School", "PL", "applicant"), school("Schule Köln", "DE")),
    )


def test_adding_the_third_country_makes_the_plan_eligible_and_says_only_partners_changed():
    session = PlanSession(two_schools())
    assert not session.report.eligible
    changes = session.add_partner(school("Escola Porto", "PT"))
    assert changes == PARTNERS
    assert session.report.eligible
    assert [p.name for p in session.plan.partners][-1] == "Escola Porto"


def test_add_at_an_index_then_remove_restores_the_same_plan():
    session = PlanSession(two_schools())
    before = session.plan
    org = school("Escola Porto", "PT")
    session.add_partner(org, index=1)
    assert session.plan.partners[1] is org
    session.remove_partner(org.id)
    assert session.plan == before


def test_edit_replaces_the_partner_with_the_same_id():
    session = PlanSession(two_schools())
    cologne = session.plan.partners[1]
    assert session.edit_partner(cologne.with_changes(country="FR", name="École Lyon")) == PARTNERS
    assert session.plan.partners[1].name == "École Lyon"
    assert session.plan.partners[1].id == cologne.id


def test_adding_the_same_organisation_twice_is_refused():
    session = PlanSession(two_schools())
    with pytest.raises(ValueError, match="already in the plan"):
        session.add_partner(session.plan.partners[0])


def test_report_is_computed_once_per_plan_value():
    session = PlanSession(two_schools())
    first = session.report
    assert session.report is first
    session.set_header(title="Other")
    assert session.report is not first


def test_switching_action_to_one_without_fields_clears_the_field():
    session = PlanSession(two_schools())
    assert session.set_header(action="knowledge-alliance") == HEADER
    assert session.plan.field is None
    assert session.report.action == "knowledge-alliance"


def test_switching_to_an_action_with_one_field_takes_that_field():
    session = PlanSession(two_schools().with_changes(field=None))
    session.set_header(action="school-exchange-partnership")
    assert session.plan.field == "school"


def test_explicit_field_is_kept_even_when_the_action_lacks_it_so_the_checklist_can_say_why():
    session = PlanSession(two_schools())
    session.set_header(action="small-scale-partnership", call_year=2022, field="higher")
    assert session.plan.field == "higher"
    assert any(f.rule == "field-valid" and f.status == "fail" for f in session.report.findings)


def test_a_variant_not_available_in_the_new_field_is_dropped():
    session = PlanSession(two_schools().with_changes(variant="good-practice"))
    session.set_header(field="higher")
    assert session.plan.variant is None


def test_lot_is_cleared_when_the_year_has_no_such_lot():
    session = PlanSession(Plan(action="sector-skills-alliance", call_year=2019, lot="vocational-excellence"))
    session.set_header(call_year=2017)
    assert session.plan.lot is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"call_year": 2013}, "outside 2014-2027"),
        ({"action": "ka-unknown"}, "unknown action"),
        ({"field": "kindergarten"}, "unknown field"),
    ],
)
def test_bad_header_values_are_refused_and_change_nothing(changes, message):
    session = PlanSession(two_schools())
    before = session.plan
    with pytest.raises(PlanError, match=message):
        session.set_header(**changes)
    assert session.plan is before


def test_unknown_header_key_is_a_programming_error():
    with pytest.raises(TypeError):
        PlanSession(two_schools()).set_header(partners=())


def test_save_then_open_gives_an_identical_plan(tmp_path):
    session = PlanSession(two_schools())
    path = tmp_path / "plan.json"
    assert session.save(path) == DOCUMENT
    assert session.path == path
    saved = session.plan
    session.close()
    reopened = PlanSession()
    assert reopened.open(path) == EVERYTHING
    assert reopened.plan == saved
    reopened.close()


def test_save_without_a_path_asks_for_one():
    with pytest.raises(PlanError, match="choose where to save"):
        PlanSession(two_schools()).save()


def test_read_only_plan_must_be_saved_elsewhere(tmp_path):
    session = PlanSession(two_schools(), tmp_path / "plan.json", read_only=True)
    with pytest.raises(PlanError, match="read-only"):
        session.save()
    session.save(tmp_path / "copy.json")
    assert not session.read_only


def test_opening_a_broken_file_keeps_the_current_plan(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    session = PlanSession(two_schools())
    before = session.plan
    with pytest.raises(PlanError, match="broken.json"):
        session.open(broken)
    assert session.plan is before


def test_new_plan_is_empty_and_aimed_at_this_years_call():
    session = PlanSession()
    assert not session.has_plan
    session.new()
    assert session.plan.partners == ()
    assert session.plan.call_year == default_call_year()
    assert session.display_name() == "Untitled plan"


def test_suggestions_list_other_actions_of_the_call_year():
    session = PlanSession(two_schools())
    session.add_partner(school("Escola Porto", "PT"))
    actions = {s.action for s in session.suggestions}
    assert "school-exchange-partnership" in actions
    assert all(s.call_year == 2019 for s in session.suggestions)


def test_changes_combine():
    assert (PARTNERS | HEADER) == Changes(partners=True, header=True)
    assert not Changes().any


def test_a_plan_open_in_one_session_opens_only_read_only_in_another(tmp_path):
    pytest.importorskip("erasmus_planner.persistence.lock")
    from erasmus_planner.persistence.lock import PlanLocked

    path = tmp_path / "plan.json"
    first = PlanSession(two_schools())
    first.save(path)
    second = PlanSession()
    with pytest.raises(PlanLocked):
        second.open(path)
    assert not second.has_plan
    second.open(path, read_only=True)
    assert second.read_only
    first.close()
    third = PlanSession()
    third.open(path)  # released on close
    assert not third.read_only
    third.close()


def test_save_as_moves_the_lock_to_the_new_file(tmp_path):
    pytest.importorskip("erasmus_planner.persistence.lock")
    session = PlanSession(two_schools())
    session.save(tmp_path / "a.json")
    session.save(tmp_path / "b.json")
    other = PlanSession()
    other.open(tmp_path / "a.json")  # free again
    other.close()
    session.close()
