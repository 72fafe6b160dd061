"""What a tired coordinator types: identifiers with separators, two applicants, a field missing."""

from __future__ import annotations

import pytest
from consortium_factory import build, replace_partner

from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.identifiers import is_valid_oid, is_valid_pic, normalise_oid, normalise_pic
from erasmus_planner.domain.vocabulary import APPLICANT


@pytest.mark.parametrize("typed", ["E-1012-3456", "e1012 3456", "E.1012.3456", "E 10123456", "E–1012–3456"])
def test_oid_with_separators_is_tidied(typed: str) -> None:
    assert normalise_oid(typed) == "E10123456"
    assert is_valid_oid(normalise_oid(typed))


@pytest.mark.parametrize("typed", ["949.999.999", "949 999 999", "949-999-999"])
def test_pic_with_separators_is_tidied(typed: str) -> None:
    assert normalise_pic(typed) == "949999999"
    assert is_valid_pic(normalise_pic(typed))


def test_two_applicants_name_the_problem_not_a_missing_applicant() -> None:
    plan = replace_partner(build("strategic-partnership", 2019, "school"), 1, role=APPLICANT)
    report = check(plan)
    assert report.agency is None
    why = next(f for f in report.findings if f.rule == "agency")
    assert "Several organisations are marked as applicant" in why.message
    assert "No applicant yet" not in why.message
    german = next(f for f in check(plan, language="de").findings if f.rule == "agency")
    assert "Mehrere Organisationen" in german.message


def test_two_applicants_in_a_centralised_action_still_name_the_executive_agency() -> None:
    plan = replace_partner(build("knowledge-alliance", 2018), 1, role=APPLICANT)
    assert check(plan).agency is not None


def test_missing_field_lists_labels_first_and_the_hint_does_not_repeat_them() -> None:
    report = check(build("strategic-partnership", 2019, "school").with_changes(field=None))
    finding = next(f for f in report.findings if f.rule == "field-valid")
    assert "School education (school)" in finding.message
    assert "(school)" not in finding.hint
    assert finding.hint == "Choose one of them."


def test_action_outside_its_years_reads_without_brackets() -> None:
    report = check(build("school-exchange-partnership", 2019, "school").with_changes(call_year=2021))
    finding = next(f for f in report.findings if f.rule == "action-years")
    assert finding.message.startswith("School Exchange Partnerships are open only in the calls 2018–2020")
    assert "(s)" not in finding.message
