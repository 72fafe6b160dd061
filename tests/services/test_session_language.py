"""The session reports in its language: findings, hints and agency reasons, once per plan and language."""

from __future__ import annotations

from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.services.plan_session import PlanSession, in_language


def two_schools() -> Plan:
    return Plan(
        action="strategic-partnership",
        call_year=2019,
        field="school",
        partners=(
            Organisation("Łódź School", "PL", "school", "applicant", pic="910000001"),
            Organisation("Schule Köln", "DE", "school", "partner", pic="910000002"),
        ),
    )


def test_the_report_is_written_in_the_sessions_language():
    session = PlanSession(two_schools())
    english = session.report
    session.language = "de"
    german = session.report
    assert [f.message for f in german.findings] == [f.message for f in check(two_schools(), language="de").findings]
    assert [f.rule for f in german.findings] == [f.rule for f in english.findings]
    session.language = "en"
    assert session.report == english
    assert session.report is session.report  # computed once per plan and language


def test_suggestions_follow_the_language_too():
    session = PlanSession(two_schools())
    session.language = "fr"
    expected = suggest(two_schools(), language="fr")
    assert [s.missing for s in session.suggestions] == [s.missing for s in expected]


def test_a_function_without_a_language_is_called_without_one():
    calls = []

    def english_only(plan):  # type: ignore[no-untyped-def]
        calls.append(plan)
        return "ok"

    assert in_language(english_only, "p", language="de") == "ok"
    assert calls == ["p"]
