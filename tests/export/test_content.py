"""What the briefing says, before any layout: grouping, order, identifiers, verdict, suggestions."""

from __future__ import annotations

import datetime as dt

from briefing_plans import org, plan_of, scripts_plan

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.model import Plan
from erasmus_planner.export.content import (
    SUGGESTIONS_SHOWN,
    BriefingContent,
    build_content,
    date_text,
    identifiers_text,
)


def content_of(plan: Plan) -> BriefingContent:
    return build_content(plan, check(plan), suggest(plan), load_catalogue(), "today")


def test_partners_grouped_by_country_applicant_country_first_then_by_name() -> None:
    plan = plan_of(
        [
            org("Lycée Jean Moulin", "FR"),
            org("Helsingin Yliopisto", "FI", "higher-education", role="associated-partner"),
            org("Zespół Szkół nr 3", "PL", role="applicant"),
            org("Colegio San José", "ES"),
            org("Lycée Victor Hugo", "FR", role="associated-partner"),
            org("Lycée Louis Pasteur", "FR"),
        ]
    )
    groups = content_of(plan).groups
    assert [g.code for g in groups] == ["PL", "FI", "FR", "ES"]  # Finland, France, Spain: by name
    france = groups[2]
    assert [r.name for r in france.rows] == ["Lycée Jean Moulin", "Lycée Louis Pasteur", "Lycée Victor Hugo"]
    assert [r.role_label for r in france.rows] == ["Full partner", "Full partner", "Associated partner"]
    assert [r.number for g in groups for r in g.rows] == [1, 2, 3, 4, 5, 6]
    assert groups[0].rows[0].is_applicant
    assert france.heading == "France (FR) · Programme Country · 3 organisations"


def test_identifiers_put_the_actions_own_first_and_say_when_it_is_missing() -> None:
    both = org("Uniwersytet Łódzki", "PL", "higher-education", oid="E10000001", pic="912345678", eche=True)
    assert identifiers_text(both, "OID") == "OID E10000001\nPIC 912345678\nECHE"
    assert identifiers_text(both, "PIC") == "PIC 912345678\nOID E10000001\nECHE"
    assert identifiers_text(org("Szkoła", "PL", pic="912345678"), "OID") == "no OID yet\nPIC 912345678"
    assert identifiers_text(org("Szkoła", "PL"), "PIC") == "no PIC yet"


def test_counts_by_role_and_country() -> None:
    plan = scripts_plan([org("Lycée Victor Hugo", "FR", role="associated-partner"), org("Szkoła nr 2", "PL")])
    counts = dict(content_of(plan).counts)
    assert counts == {
        "Organisations": 7,
        "Countries": 6,
        "Applicant": 1,
        "Full partners": 5,
        "Associated partners": 1,
    }
    content = content_of(plan)
    assert content.country_counts[0] == ("Poland", 2)
    assert dict(content.type_counts)["School / general education"] == 6


def test_what_else_fits_leaves_out_the_plans_own_target_and_keeps_suggest_order() -> None:
    plan = scripts_plan()
    content = content_of(plan)
    listed = [(s.target.action_name, s.target.code) for s in content.suggestions]
    assert ("Strategic Partnerships", "KA201") not in listed
    assert 0 < len(content.suggestions) <= SUGGESTIONS_SHOWN
    eligibles = [s.eligible for s in content.suggestions]
    assert eligibles == sorted(eligibles, reverse=True), "eligible actions come first"


def test_verdict_words() -> None:
    eligible = content_of(scripts_plan())
    assert eligible.verdict_word == "ELIGIBLE"
    lonely = content_of(plan_of([org("Zespół Szkół nr 3", "PL", role="applicant")]))
    assert lonely.verdict_word == "NOT ELIGIBLE"
    assert lonely.verdict_detail.startswith(f"{len(lonely.report.failures)} requirement")


def test_the_date_is_in_english_whatever_the_locale() -> None:
    assert date_text(dt.date(2025, 11, 29)) == "29 November 2025"
    assert date_text(dt.date(2026, 1, 5)) == "5 January 2026"


def test_an_untitled_plan_is_named_so() -> None:
    assert content_of(scripts_plan().with_changes(title="  ")).plan_name == "Untitled plan"


def test_the_checklist_puts_what_to_fix_first_and_keeps_the_reports_order_otherwise() -> None:
    plan = plan_of([org("Zespół Szkół nr 3", "PL", role="applicant"), org("Lycée Jean Moulin", "FR")])  # too few
    report = check(plan)
    checklist = content_of(plan).checklist
    ranks = [{"fail": 0, "warn": 1}.get(f.status, 2) for f in checklist]
    assert 0 in ranks and 1 in ranks and 2 in ranks
    assert ranks == sorted(ranks)
    for status in ("fail", "warn", "pass"):
        assert [f.rule for f in checklist if f.status == status] == [
            f.rule for f in report.findings if f.status == status
        ]
    assert all(f.rule != "agency" for f in checklist)
