"""A country's status, and an action's existence, are functions of the call year."""

from __future__ import annotations

import pytest

from consortium_factory import build, describe, failing, finding, org, replace_partner
from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.vocabulary import APPLICANT, PARTNER


def school_partnership(year: int, third_country: str, *, third_applies: bool = False) -> Plan:
    action, field = ("strategic-partnership", "school") if year <= 2020 else ("cooperation-partnership", "school")
    partners = (
        org("Grundschule Am Hang", "DE", "school", PARTNER if third_applies else APPLICANT),
        org("Szkoła Podstawowa nr 12", "PL", "school"),
        org("Third school", third_country, "school", APPLICANT if third_applies else PARTNER),
    )
    return Plan(action, year, partners, field=field)


@pytest.mark.parametrize(
    ("code", "year", "status"),
    [
        ("RS", 2014, countries.PARTNER_COUNTRY),
        ("RS", 2018, countries.PARTNER_COUNTRY),
        ("RS", 2019, countries.PROGRAMME_COUNTRY),
        ("RS", 2020, countries.PROGRAMME_COUNTRY),
        ("RS", 2021, countries.ASSOCIATED),
        ("GB", 2014, countries.PROGRAMME_COUNTRY),
        ("GB", 2020, countries.PROGRAMME_COUNTRY),
        ("GB", 2021, countries.NOT_ASSOCIATED),
        ("GB", 2027, countries.NOT_ASSOCIATED),
        ("TR", 2016, countries.PROGRAMME_COUNTRY),
        ("TR", 2024, countries.ASSOCIATED),
        ("HR", 2014, countries.PROGRAMME_COUNTRY),
        ("DE", 2023, countries.EU_MEMBER),
        ("UA", 2019, countries.PARTNER_COUNTRY),
        ("UA", 2023, countries.NOT_ASSOCIATED),
    ],
)
def test_country_status_by_call_year(code: str, year: int, status: str) -> None:
    assert countries.status(code, year) == status


def test_serbia_2018_is_a_partner_country_that_does_not_count_and_cannot_apply() -> None:
    report = check(school_partnership(2018, "RS"))
    assert set(failing(report)) == {"min-organisations", "min-countries"}
    assert "Serbia: Partner Country" in finding(report, "not-counted").message

    applying = check(school_partnership(2018, "RS", third_applies=True))
    found = finding(applying, "applicant-country")
    assert found.status == "fail"
    assert "Serbia, a Partner Country in 2018" in found.message


def test_serbia_2019_counts() -> None:
    report = check(school_partnership(2019, "RS"))
    assert report.eligible, describe(report)
    assert "Serbia" in finding(report, "min-countries").message
    assert check(school_partnership(2019, "RS", third_applies=True)).eligible


def test_united_kingdom_2020_counts() -> None:
    report = check(school_partnership(2020, "GB"))
    assert report.eligible, describe(report)
    assert check(school_partnership(2020, "GB", third_applies=True)).eligible


def test_united_kingdom_2021_is_not_associated() -> None:
    report = check(school_partnership(2021, "GB"))
    assert set(failing(report)) == {"min-organisations", "min-countries"}
    assert "United Kingdom: third country not associated to the Programme" in finding(report, "not-counted").message
    applying = finding(check(school_partnership(2021, "GB", third_applies=True)), "applicant-country")
    assert applying.status == "fail" and "United Kingdom" in applying.message


def test_uk_and_greek_aliases_mean_the_same_country() -> None:
    assert countries.normalise_code("UK") == "GB"
    assert countries.normalise_code("el") == "GR"


@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
def test_switzerland_never_counts(year: int) -> None:
    assert not countries.is_eligible("CH", year)
    assert "CH" not in countries.eligible_countries(year)
    report = check(school_partnership(year, "CH"))
    assert "min-countries" in failing(report)
    assert "Switzerland" in finding(report, "not-counted").message


@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
def test_eligible_countries_by_year(year: int) -> None:
    eligible = set(countries.eligible_countries(year))
    assert {"DE", "FR", "PL", "GR", "IS", "LI", "NO", "TR", "MK"} <= eligible
    assert ("RS" in eligible) is (year >= 2019)
    assert ("GB" in eligible) is (year <= 2020)
    # ka2-rules.md §4: 33 Programme Countries, 34 with Serbia (2019-2020); EU-27 + 6 associated from 2021.
    assert len(eligible) == (34 if year in (2019, 2020) else 33)


@pytest.mark.parametrize(
    ("action", "year", "field", "lot", "years"),
    [
        ("school-exchange-partnership", 2017, "school", None, "2018–2020"),
        ("school-exchange-partnership", 2021, "school", None, "2018–2020"),
        ("school-to-school-partnership", 2018, "school", None, "2014–2017"),
        ("strategic-partnership", 2021, "school", None, "2014–2020"),
        ("knowledge-alliance", 2021, None, None, "2014–2020"),
        ("sector-skills-alliance", 2022, None, None, "2014–2020"),
        ("digital-education-readiness", 2019, "vet", None, "2020"),
        ("partnership-for-creativity", 2021, "youth", None, "2020"),
        ("cooperation-partnership", 2020, "adult", None, "2021–2027"),
        ("small-scale-partnership", 2019, "youth", None, "2021–2027"),
        ("alliance-for-innovation", 2020, None, "blueprint", "2021–2027"),
        ("centre-of-vocational-excellence", 2019, None, None, "2021–2027"),
    ],
)
def test_action_outside_its_years_fails(action, year, field, lot, years) -> None:  # type: ignore[no-untyped-def]
    plan = build("strategic-partnership", 2019, "school").with_changes(action=action, call_year=year, field=field, lot=lot)
    report = check(plan)
    assert not report.eligible
    found = finding(report, "action-years")
    assert found.status == "fail"
    assert f"calls {years}; this plan aims at the {year} call" in found.message
    assert years in found.hint


def test_an_action_inside_its_years_has_no_years_finding() -> None:
    for year in (2018, 2019, 2020):
        report = check(build("school-exchange-partnership", year, "school"))
        assert not [f for f in report.findings if f.rule == "action-years"]


def test_eligible_word_follows_the_programme_period() -> None:
    old = check(replace_partner(build("strategic-partnership", 2020, "vet"), 0, country="CH"))
    new = check(replace_partner(build("cooperation-partnership", 2021, "vet"), 0, country="CH"))
    assert "Programme Country" in finding(old, "applicant-country").message
    assert "EU Member State or associated country" in finding(new, "applicant-country").message
