"""The status column's words come from the Report and the identifiers, per partner."""

from __future__ import annotations

from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.services.partner_status import OK, partner_statuses


def plan_of(*partners: Organisation, action: str = "cooperation-partnership", year: int = 2022) -> Plan:
    return Plan(action=action, call_year=year, field="higher", partners=partners)


def statuses(plan: Plan):
    return partner_statuses(plan, check(plan))


def test_a_clean_partner_is_ok():
    org = Organisation("Uni Gent", "BE", "higher-education", "applicant", oid="E10000001", eche=True, community="nl")
    assert statuses(plan_of(org))[org.id] is OK


def test_missing_identifier_names_the_identifier_the_action_needs():
    org = Organisation("Uni Gent", "BE", "higher-education", "applicant", eche=True, community="nl")
    status = statuses(plan_of(org))[org.id]
    assert status.severity == "warn"
    assert "OID missing" in status.summary


def test_malformed_oid_says_what_is_wrong():
    org = Organisation("Uni Gent", "BE", "higher-education", "applicant", oid="E123", eche=True)
    status = statuses(plan_of(org))[org.id]
    assert status.summary.startswith("Malformed OID")
    assert "8 digits" in status.tooltip


def test_duplicates_are_flagged_on_both_rows():
    a = Organisation("Uni Gent", "BE", "higher-education", "applicant", oid="E10000001", eche=True)
    b = Organisation("UNI GENT", "BE", "higher-education", "partner", oid="E10000002", eche=True)
    found = statuses(plan_of(a, b))
    assert "same organisation twice" in found[a.id].tooltip
    assert "same organisation twice" in found[b.id].tooltip


def test_university_without_eche_fails():
    org = Organisation("Uni Gent", "BE", "higher-education", "applicant", oid="E10000001", eche=False)
    status = statuses(plan_of(org))[org.id]
    assert status.severity == "fail"
    assert "ECHE" in status.tooltip


def test_counted_partners_of_a_failed_minimum_are_not_blamed():
    a = Organisation("Uni Gent", "BE", "higher-education", "applicant", oid="E10000001", eche=True, community="nl")
    report_statuses = statuses(plan_of(a))
    assert report_statuses[a.id] is OK


def test_an_organisation_that_does_not_count_says_so_as_a_note():
    applicant = Organisation("Berufskolleg", "DE", "vet-provider", "applicant", oid="E10000001")
    uk = Organisation("Tyneside College", "GB", "vet-provider", "partner", oid="E10000002")
    plan = Plan(action="cooperation-partnership", call_year=2022, field="vet", partners=(applicant, uk))
    status = statuses(plan)[uk.id]
    assert status.severity == "info"
    assert status.summary == "Not counted"
    assert "third country not associated" in status.tooltip
