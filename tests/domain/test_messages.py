"""Messages and hints read as plain English a coordinator can act on, whatever the numbers.

Each case here was once wrong in the engine ("a EU Member State", "1 VET provider are required",
a hint that asked for any country where only an EU Member State helps).
"""

from __future__ import annotations

import re

import pytest

from consortium_factory import (
    NEUTRAL,
    OUTSIDER,
    build,
    drop_partner,
    finding,
    last_non_applicant,
    non_eu_pool,
    replace_partner,
)
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.report import Report


def _all_text(report: Report) -> list[str]:
    return [t for f in report.findings for t in (f.message, f.hint) if t]


@pytest.mark.parametrize(
    ("action", "year", "field", "lot"),
    [
        ("cooperation-partnership", 2023, "school", None),
        ("alliance-for-innovation", 2026, None, "education-enterprises"),
        ("centre-of-vocational-excellence", 2022, None, None),
        ("small-scale-partnership", 2021, "youth", None),
    ],
)
def test_an_eu_member_state_takes_an(action, year, field, lot) -> None:  # type: ignore[no-untyped-def]
    plan = build(action, year, field, lot)
    short = plan.with_changes(partners=plan.partners[:1])
    text = _all_text(check(short)) + _all_text(check(replace_partner(short, 0, country=OUTSIDER)))
    assert not [t for t in text if re.search(r"\ba EU\b", t)]
    assert any("an EU Member State or associated country" in t for t in text)


def test_one_required_organisation_is_singular() -> None:
    plan = build("alliance-for-innovation", 2024, lot="education-enterprises")
    i = next(i for i, o in enumerate(plan.partners) if o.type == "vet-provider")
    found = finding(check(replace_partner(plan, i, type=NEUTRAL)), "min-vet-providers")
    assert found.message.startswith("At least 1 VET provider is required as applicant or full partner ")
    assert "the consortium has 0." in found.message
    assert found.hint.startswith("Add 1 more VET provider as a full partner from an EU Member State")
    assert "(s)" not in found.hint


def test_several_required_organisations_are_plural() -> None:
    plan = build("knowledge-alliance", 2018)
    without = [i for i, o in enumerate(plan.partners) if o.type == "higher-education"]
    report = check(replace_partner(replace_partner(plan, without[0], type=NEUTRAL), without[1], type=NEUTRAL))
    found = finding(report, "min-heis")
    assert found.message.startswith("At least 2 higher education institutions are required as applicant or full partners ")
    assert found.hint.startswith("Add 2 more higher education institutions as full partners from a Programme Country")


def test_missing_countries_hint_asks_for_one_partner_in_each() -> None:
    plan = build("cooperation-partnership", 2022, "adult")
    one_country = plan.with_changes(partners=tuple(p.with_changes(country="AT") for p in plan.partners))
    hint = finding(check(one_country), "min-countries").hint
    assert hint == "Add a full partner from each of 2 more EU Member States or associated countries not yet in the consortium."
    two_countries = replace_partner(one_country, 2, country="PL")
    hint = finding(check(two_countries), "min-countries").hint
    assert hint == "Add a full partner from 1 more EU Member State or associated country not yet in the consortium."


@pytest.mark.parametrize(("action", "year"), [("sector-skills-alliance", 2014), ("centre-of-vocational-excellence", 2023)])
def test_eu_minimum_hint_asks_for_an_eu_member_state(action: str, year: int) -> None:
    plan = build(action, year, pool=["DE"] + non_eu_pool(year))
    found = finding(check(plan), "min-eu-countries")
    assert found.status == "fail"
    # Another Programme Country / associated country would not help: only an EU Member State does.
    assert "1 more EU Member State not yet in the consortium" in found.hint
    assert "Programme Country" not in found.hint and "associated" not in found.hint


def test_school_exchange_hint_agrees_with_its_number() -> None:
    plan = build("school-exchange-partnership", 2019, "school")
    found = finding(check(drop_partner(plan, last_non_applicant(plan))), "min-organisations")
    assert found.hint == "Add 1 more full partner from a Programme Country; only schools take part."


def test_applicant_seniority_deadline_is_written_in_english_whatever_the_locale() -> None:
    plan = replace_partner(build("cooperation-partnership", 2026, "school"), 0, established=None)
    message = finding(check(plan), "applicant-seniority").message
    assert "(5 March 2026)" in message


def test_applicant_seniority_does_not_depend_on_strftime(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses "%-d" and "%B" follows the locale Qt sets: the date is written by hand."""
    from datetime import date

    from erasmus_planner.domain.rules import applicant

    class WindowsDate(date):
        def strftime(self, fmt: str) -> str:
            raise ValueError("Invalid format string")

    monkeypatch.setattr(applicant, "date", WindowsDate)
    plan = replace_partner(build("cooperation-partnership", 2027, "vet"), 0, established="2026-01-01")
    found = finding(check(plan), "applicant-seniority")
    assert found.status == "fail" and "(5 March 2027)" in found.message
