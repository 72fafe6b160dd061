"""Every duration rule at its boundaries: the shortest and longest allowed pass, one month less or
more does not; actions with fixed durations accept exactly those. Warn-only rules warn."""

from __future__ import annotations

import pytest

from erasmus_planner.domain.catalogue import RuleDef, load_catalogue
from erasmus_planner.domain.eligibility import check
from consortium_factory import build

CATALOGUE = load_catalogue()


def _duration_cases() -> list[tuple[str, int, str | None, str | None, RuleDef]]:
    cases = []
    for action in CATALOGUE.actions.values():
        for rule in action.rules:
            if rule.kind != "duration":
                continue
            year = rule.years.first
            field = rule.fields[0] if rule.fields else (action.fields[0] if action.fields else None)
            lot = rule.lots[0] if rule.lots else next((lt.id for lt in action.lots_in(year)), None)
            cases.append((action.id, year, field, lot, rule))
    return cases


CASES = _duration_cases()


def _months_around(rule: RuleDef, year: int) -> list[tuple[int, bool]]:
    params = rule.edition_for(year)[2]
    if params.get("allowed"):
        allowed = sorted(params["allowed"])
        return [(m, True) for m in allowed] + [(allowed[0] - 1, False), (allowed[-1] + 1, False)]
    lo, hi = params["min"], params["max"]
    return [(lo, True), (hi, True), (lo - 1, False), (hi + 1, False)]


def test_every_action_has_a_duration_rule() -> None:
    covered = {case[0] for case in CASES}
    assert covered == set(CATALOGUE.actions)


@pytest.mark.parametrize(("action", "year", "field", "lot", "rule"), CASES, ids=lambda v: getattr(v, "id", str(v)))
def test_duration_boundaries(action: str, year: int, field: str | None, lot: str | None, rule: RuleDef) -> None:
    plan = build(action, year, field, lot)
    for months, allowed in _months_around(rule, year):
        report = check(plan.with_changes(duration_months=months))
        finding = next(f for f in report.findings if f.rule == rule.id)
        expected = "pass" if allowed else rule.status
        assert finding.status == expected, (months, finding.message)
        assert f"{months} month" in finding.message


def test_no_duration_no_finding() -> None:
    plan = build("knowledge-alliance", 2018).with_changes(duration_months=None)
    assert not [f for f in check(plan).findings if f.rule == "duration"]


@pytest.mark.parametrize(
    ("action", "year", "field", "lot", "months", "eligible", "words"),
    [
        ("strategic-partnership", 2015, "school", None, 12, False, "24 to 36 months"),
        ("strategic-partnership", 2016, "school", None, 12, True, "12 to 36 months"),
        ("strategic-partnership", 2019, "youth", None, 6, True, "6 to 36 months"),
        ("knowledge-alliance", 2018, None, None, 30, False, "24 or 36 months"),
        ("alliance-for-innovation", 2026, None, "blueprint", 36, False, "48 months"),
        ("small-scale-partnership", 2023, "youth", None, 30, False, "6 to 24 months"),
        ("cooperation-partnership", 2023, "adult", None, 36, True, "12 to 36 months"),
    ],
)
def test_durations_from_the_rules_reference(
    action: str, year: int, field: str | None, lot: str | None, months: int, eligible: bool, words: str
) -> None:
    report = check(build(action, year, field, lot).with_changes(duration_months=months))
    assert report.eligible is eligible
    finding = next(f for f in report.findings if f.rule == "duration")
    assert words in finding.message
    if not eligible:
        assert words in finding.hint


def test_school_exchange_longer_than_24_months_warns_about_pupil_mobility() -> None:
    report = check(build("school-exchange-partnership", 2019, "school").with_changes(duration_months=30))
    assert report.eligible
    warning = next(f for f in report.findings if f.rule == "duration-pupil-mobility")
    assert warning.status == "warn"
    assert "long-term pupil mobility" in warning.message


def test_cove_off_48_months_only_warns() -> None:
    report = check(build("centre-of-vocational-excellence", 2023).with_changes(duration_months=36))
    finding = next(f for f in report.findings if f.rule == "duration")
    assert finding.status == "warn"
    assert report.eligible
