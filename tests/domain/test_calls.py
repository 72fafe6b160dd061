"""Call facts (spec/plan-format.md §4.2): every deadline of resources/calls/ against
/work/shared/reference/ka2-rules.md §1.4, §2.1, §3, §5 and §9, read by a person and written out
here a second time; Brussels offsets on both sides of each daylight-saving change; the next
deadline before, on and after its day; the grant and the way to submit per action."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erasmus_planner.domain import calls, resources
from erasmus_planner.domain.brussels_time import Day, brussels_offset, day_number, parse_day
from erasmus_planner.domain.calls import CallDataError, call_facts
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.errors import PlanError

ET = ("school", "vet", "higher", "adult")
NGO = calls.EUROPEAN_NGO

# (action, field, lot, call year, route) → the rounds as (at, extended_to or None, confidence).
DEADLINES: list[tuple[str, str | None, str | None, int, str | None, list[tuple[str, str | None, str]]]] = [
    # §1.4 Strategic Partnerships, education and training; 12:00 Brussels
    *[("strategic-partnership", f, None, 2014, None, [("2014-04-30T12:00:00+02:00", None, "unconfirmed")]) for f in ET],
    ("strategic-partnership", "vet", None, 2015, None, [("2015-03-31T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "adult", None, 2016, None, [("2016-03-31T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "higher", None, 2017, None, [("2017-03-29T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "school", None, 2018, None, [("2018-03-21T12:00:00+01:00", None, "agency-summary")]),
    ("strategic-partnership", "school", None, 2019, None, [("2019-03-21T12:00:00+01:00", None, "official")]),
    # the COVID-19 extension of 2020
    ("strategic-partnership", "vet", None, 2020, None, [("2020-03-24T12:00:00+01:00", "2020-04-23T12:00:00+02:00", "agency-summary")]),
    # youth rounds
    ("strategic-partnership", "youth", None, 2014, None, [("2014-10-01T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "youth", None, 2015, None, [("2015-10-01T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "youth", None, 2016, None, [
        ("2016-02-02T12:00:00+01:00", None, "agency-summary"), ("2016-04-26T12:00:00+02:00", None, "agency-summary"),
        ("2016-10-04T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "youth", None, 2017, None, [
        ("2017-02-02T12:00:00+01:00", None, "agency-summary"), ("2017-04-26T12:00:00+02:00", None, "agency-summary"),
        ("2017-10-04T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "youth", None, 2018, None, [
        ("2018-02-15T12:00:00+01:00", None, "agency-summary"), ("2018-04-26T12:00:00+02:00", None, "agency-summary"),
        ("2018-10-04T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "youth", None, 2019, None, [
        ("2019-02-05T12:00:00+01:00", None, "agency-summary"), ("2019-04-30T12:00:00+02:00", None, "unconfirmed"),
        ("2019-10-01T12:00:00+02:00", None, "agency-summary")]),
    ("strategic-partnership", "youth", None, 2020, None, [
        ("2020-02-05T12:00:00+01:00", None, "agency-summary"),
        ("2020-04-30T12:00:00+02:00", "2020-05-07T12:00:00+02:00", "agency-summary"),
        ("2020-10-01T12:00:00+02:00", None, "agency-summary")]),
    # KA219 and KA229 share the school-education round
    ("school-to-school-partnership", "school", None, 2014, None, [("2014-04-30T12:00:00+02:00", None, "unconfirmed")]),
    ("school-to-school-partnership", "school", None, 2015, None, [("2015-03-31T12:00:00+02:00", None, "agency-summary")]),
    ("school-to-school-partnership", "school", None, 2016, None, [("2016-03-31T12:00:00+02:00", None, "agency-summary")]),
    ("school-to-school-partnership", "school", None, 2017, None, [("2017-03-29T12:00:00+02:00", None, "agency-summary")]),
    ("school-exchange-partnership", "school", None, 2018, None, [("2018-03-21T12:00:00+01:00", None, "agency-summary")]),
    ("school-exchange-partnership", "school", None, 2019, None, [("2019-03-21T12:00:00+01:00", None, "official")]),
    ("school-exchange-partnership", "school", None, 2020, None, [("2020-03-24T12:00:00+01:00", "2020-04-23T12:00:00+02:00", "agency-summary")]),
    # the 2020 additional call
    *[("digital-education-readiness", f, None, 2020, None, [("2020-10-29T12:00:00+01:00", None, "agency-summary")]) for f in ("school", "vet", "higher")],
    *[("partnership-for-creativity", f, None, 2020, None, [("2020-10-29T12:00:00+01:00", None, "agency-summary")]) for f in ("school", "adult", "youth")],
    # §3 Knowledge Alliances and §2.1 Sector Skills Alliances (EACEA, 2014-2020: 12:00)
    ("knowledge-alliance", None, None, 2014, None, [("2014-04-03T12:00:00+02:00", None, "unconfirmed")]),
    ("knowledge-alliance", None, None, 2015, None, [("2015-02-26T12:00:00+01:00", None, "agency-summary")]),
    ("knowledge-alliance", None, None, 2016, None, [("2016-02-26T12:00:00+01:00", None, "agency-summary")]),
    ("knowledge-alliance", None, None, 2017, None, [("2017-02-28T12:00:00+01:00", None, "agency-summary")]),
    ("knowledge-alliance", None, None, 2018, None, [("2018-02-28T12:00:00+01:00", None, "agency-summary")]),
    ("knowledge-alliance", None, None, 2019, None, [("2019-02-28T12:00:00+01:00", None, "agency-summary")]),
    ("knowledge-alliance", None, None, 2020, None, [("2020-02-26T12:00:00+01:00", None, "agency-summary")]),
    ("sector-skills-alliance", None, None, 2014, None, [("2014-04-03T12:00:00+02:00", None, "unconfirmed")]),
    ("sector-skills-alliance", None, None, 2015, None, [("2015-02-26T12:00:00+01:00", None, "agency-summary")]),
    ("sector-skills-alliance", None, "design-delivery", 2016, None, [("2016-02-26T12:00:00+01:00", None, "agency-summary")]),
    ("sector-skills-alliance", None, "skills-needs", 2017, None, [("2017-05-02T12:00:00+02:00", None, "agency-summary")]),
    ("sector-skills-alliance", None, "blueprint", 2018, None, [("2018-02-28T12:00:00+01:00", None, "agency-summary")]),
    ("sector-skills-alliance", None, "vocational-excellence", 2019, None, [("2019-02-28T12:00:00+01:00", None, "agency-summary")]),
    ("sector-skills-alliance", None, "design-delivery", 2020, None, [("2020-02-26T12:00:00+01:00", None, "agency-summary")]),
    # §5.1 and §9 Cooperation Partnerships: National Agencies 12:00, European NGOs (EACEA) 17:00
    ("cooperation-partnership", "adult", None, 2021, None, [("2021-05-20T12:00:00+02:00", None, "agency-summary")]),
    ("cooperation-partnership", "vet", None, 2022, None, [("2022-03-23T12:00:00+01:00", None, "agency-summary")]),
    ("cooperation-partnership", "school", None, 2023, None, [("2023-03-22T12:00:00+01:00", "2023-03-24T12:00:00+01:00", "agency-summary")]),
    ("cooperation-partnership", "higher", None, 2024, None, [("2024-03-05T12:00:00+01:00", None, "agency-summary")]),
    ("cooperation-partnership", "youth", None, 2024, None, [
        ("2024-03-05T12:00:00+01:00", None, "agency-summary"), ("2024-10-01T12:00:00+02:00", None, "agency-summary")]),
    ("cooperation-partnership", "adult", None, 2025, None, [("2025-03-05T12:00:00+01:00", None, "unconfirmed")]),
    ("cooperation-partnership", "vet", None, 2026, None, [("2026-03-05T12:00:00+01:00", None, "official")]),
    ("cooperation-partnership", "vet", None, 2027, None, []),
    ("cooperation-partnership", "youth", None, 2021, NGO, [("2021-05-20T17:00:00+02:00", "2021-06-15T17:00:00+02:00", "agency-summary")]),
    ("cooperation-partnership", "school", None, 2022, NGO, [("2022-03-23T17:00:00+01:00", None, "agency-summary")]),
    ("cooperation-partnership", "adult", None, 2023, NGO, []),
    ("cooperation-partnership", "youth", None, 2024, NGO, [("2024-03-05T17:00:00+01:00", None, "agency-summary")]),
    ("cooperation-partnership", "vet", None, 2025, NGO, [("2025-03-06T17:00:00+01:00", None, "unconfirmed")]),
    ("cooperation-partnership", "youth", None, 2026, NGO, [("2026-03-05T17:00:00+01:00", None, "official")]),
    # §5.2 Small-scale Partnerships: two rounds in most years
    ("small-scale-partnership", "school", None, 2021, None, [
        ("2021-05-20T12:00:00+02:00", None, "agency-summary"), ("2021-11-03T12:00:00+01:00", None, "agency-summary")]),
    ("small-scale-partnership", "youth", None, 2022, None, [
        ("2022-03-23T12:00:00+01:00", None, "agency-summary"), ("2022-10-04T12:00:00+02:00", None, "agency-summary")]),
    ("small-scale-partnership", "vet", None, 2023, None, [("2023-03-22T12:00:00+01:00", "2023-03-24T12:00:00+01:00", "agency-summary")]),
    ("small-scale-partnership", "adult", None, 2024, None, [
        ("2024-03-05T12:00:00+01:00", None, "agency-summary"), ("2024-10-01T12:00:00+02:00", None, "agency-summary")]),
    ("small-scale-partnership", "adult", None, 2025, None, [("2025-03-05T12:00:00+01:00", None, "agency-summary")]),
    ("small-scale-partnership", "school", None, 2026, None, [("2026-03-05T12:00:00+01:00", None, "unconfirmed")]),
    # §5.3 Alliances for Innovation and §5.4 Centres of Vocational Excellence: EACEA, 17:00
    ("alliance-for-innovation", None, "education-enterprises", 2021, None, [("2021-09-07T17:00:00+02:00", None, "agency-summary")]),
    ("alliance-for-innovation", None, "blueprint", 2022, None, [("2022-09-15T17:00:00+02:00", None, "agency-summary")]),
    ("alliance-for-innovation", None, "education-enterprises", 2023, None, [("2023-05-03T17:00:00+02:00", None, "agency-summary")]),
    ("alliance-for-innovation", None, "blueprint", 2024, None, [("2024-03-07T17:00:00+01:00", None, "agency-summary")]),
    ("alliance-for-innovation", None, "education-enterprises", 2025, None, [("2025-03-06T17:00:00+01:00", None, "agency-summary")]),
    ("alliance-for-innovation", None, "stem-skills-foundries", 2026, None, []),
    ("centre-of-vocational-excellence", None, None, 2021, None, []),
    ("centre-of-vocational-excellence", None, None, 2022, None, [("2022-09-07T17:00:00+02:00", None, "agency-summary")]),
    ("centre-of-vocational-excellence", None, None, 2023, None, [("2023-06-08T17:00:00+02:00", None, "agency-summary")]),
    ("centre-of-vocational-excellence", None, None, 2024, None, [("2024-05-07T17:00:00+02:00", None, "agency-summary")]),
]


@pytest.mark.parametrize(("action", "field", "lot", "year", "route", "expected"), DEADLINES)
def test_each_deadline(action: str, field: str | None, lot: str | None, year: int, route: str | None, expected: list) -> None:
    facts = call_facts(action, field, lot, year, route)
    got = [(d.at.iso(), d.extended_to.iso() if d.extended_to else None, d.confidence) for d in facts.deadlines]
    assert got == expected
    assert [d.round for d in facts.deadlines] == list(range(1, len(expected) + 1))
    assert all(d.source for d in facts.deadlines)


def test_the_table_covers_every_deadline_in_the_data() -> None:
    """A deadline added to resources/calls/ without a row here fails: each is read twice."""
    tested = {(a, y, r, at) for a, _, _, y, r, rows in DEADLINES for at, _, _ in rows}
    for action in load_catalogue().actions:
        for entry in calls._action_calls(action).deadlines:
            for year in range(entry.first, entry.last + 1):
                assert (action, year, entry.route, entry.value.at.iso()) in tested, (action, year, entry.value.at.iso())


def test_eacea_deadlines_from_2021_are_at_17_and_national_agency_ones_at_noon() -> None:
    catalogue = load_catalogue()
    for action in catalogue.actions.values():
        for entry in calls._action_calls(action.id).deadlines:
            hour = entry.value.at.hour
            executive = action.centralised or entry.route == NGO
            assert hour == (17 if executive and entry.first >= 2021 else 12), (action.id, entry.value.at.iso())


def test_a_plan_without_a_field_gets_no_deadline_where_the_field_decides() -> None:
    assert call_facts("strategic-partnership", None, None, 2016).deadlines == ()
    # ... but one where every field shares it
    assert len(call_facts("cooperation-partnership", None, None, 2022).deadlines) == 1


# --- Brussels time -------------------------------------------------------------------------------

# (day, hour, offset): the days on both sides of each change (last Sunday of March at 02:00 local,
# last Sunday of October at 03:00 local), and noon / 17:00 on days near the call deadlines.
OFFSETS = [
    (Day(2020, 3, 28), 12, "+01:00"), (Day(2020, 3, 29), 12, "+02:00"),
    (Day(2020, 10, 24), 12, "+02:00"), (Day(2020, 10, 25), 12, "+01:00"),
    (Day(2022, 3, 26), 17, "+01:00"), (Day(2022, 3, 27), 17, "+02:00"),
    (Day(2022, 10, 29), 12, "+02:00"), (Day(2022, 10, 30), 12, "+01:00"),
    (Day(2024, 3, 30), 12, "+01:00"), (Day(2024, 3, 31), 12, "+02:00"),
    (Day(2026, 3, 28), 12, "+01:00"), (Day(2026, 3, 29), 12, "+02:00"),
    (Day(2026, 10, 24), 17, "+02:00"), (Day(2026, 10, 25), 17, "+01:00"),
    # the very hours of the change: 01:59 is still winter time, 03:00 already summer time
    (Day(2026, 3, 29), 1, "+01:00"), (Day(2026, 3, 29), 3, "+02:00"),
    (Day(2026, 10, 25), 1, "+02:00"), (Day(2026, 10, 25), 4, "+01:00"),
]


@pytest.mark.parametrize(("day", "hour", "offset"), OFFSETS)
def test_brussels_offset_on_both_sides_of_the_change(day: Day, hour: int, offset: str) -> None:
    assert brussels_offset(day, hour, 0) == offset


def test_every_offset_in_the_snapshot_is_what_zoneinfo_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offsets are stored when the snapshot is built; without it they are computed: same facts."""
    brussels = zoneinfo.ZoneInfo("Europe/Brussels")
    for action in load_catalogue().actions:
        for entry in calls._action_calls(action).deadlines:
            for moment in filter(None, (entry.value.at, entry.value.extended_to)):
                d = moment.day
                real = dt.datetime(d.year, d.month, d.day, moment.hour, moment.minute, tzinfo=brussels).isoformat()
                assert moment.iso() == real
    snapshot = {a: calls._action_calls(a) for a in load_catalogue().actions}
    assert "calls/small-scale-partnership.toml" in resources._snapshot(), "the snapshot holds no call facts"
    calls._action_calls.cache_clear()
    monkeypatch.setattr(resources, "_snapshot", lambda: {})
    try:
        assert {a: calls._action_calls(a) for a in load_catalogue().actions} == snapshot
    finally:
        calls._action_calls.cache_clear()


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_day_numbers_are_those_of_datetime(day: dt.date) -> None:
    assert day_number(day.year, day.month, day.day) == day.toordinal()
    assert Day(day.year, day.month, day.day).iso() == day.isoformat()


@pytest.mark.parametrize("text", ["2026-03-05", " 2024-02-29 ", "2000-02-29"])
def test_a_date_is_read(text: str) -> None:
    assert parse_day(text).iso() == text.strip()


@pytest.mark.parametrize("text", ["2026-02-29", "2026-13-01", "2026-3-5", "05.03.2026", "2026-03-05T12:00", "", "today", "２０２６-03-05"])
def test_anything_else_is_refused_with_the_form_it_needs(text: str) -> None:
    with pytest.raises(PlanError) as caught:
        parse_day(text)
    assert "YYYY-MM-DD" in str(caught.value) and "--today" in str(caught.value)


# --- the next deadline, before / on / after ---------------------------------------------------

KA210_2022 = call_facts("small-scale-partnership", "youth", None, 2022)


@pytest.mark.parametrize(
    ("today", "round_", "days_left"),
    [
        (Day(2021, 12, 1), 1, 112),   # long before
        (Day(2022, 3, 22), 1, 1),     # the day before
        (Day(2022, 3, 23), 1, 0),     # on the day: open until 12:00
        (Day(2022, 3, 24), 2, 194),   # the day after: the second round
        (Day(2022, 10, 4), 2, 0),
        (Day(2022, 10, 5), None, None),  # after the last: none
    ],
)
def test_next_deadline_before_on_and_after(today: Day, round_: int | None, days_left: int | None) -> None:
    upcoming = KA210_2022.next_deadline(today)
    data = KA210_2022.to_json(today)["next_deadline"]
    if round_ is None:
        assert upcoming is None and data is None
    else:
        assert upcoming is not None and upcoming.round == round_
        assert data == {"round": round_, "at": upcoming.closes.iso(), "days_left": days_left}


def test_an_extended_deadline_counts_to_its_extension() -> None:
    facts = call_facts("strategic-partnership", "school", None, 2020)
    on = Day(2020, 4, 1)  # after 24 March, before 23 April
    assert facts.next_deadline(on) is not None
    assert facts.to_json(on)["next_deadline"] == {"round": 1, "at": "2020-04-23T12:00:00+02:00", "days_left": 22}


# --- how to submit and the grant ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("action", "field", "lot", "year", "route", "via", "grant"),
    [
        ("strategic-partnership", "school", None, 2015, None, "national-agency-eform", {"kind": "maximum", "max_eur": 150000, "per": "year"}),
        ("strategic-partnership", "youth", None, 2019, None, "national-agency-eform", {"kind": "maximum", "max_eur": 450000, "per": "project", "per_month_eur": 12500}),
        ("school-exchange-partnership", "school", None, 2019, None, "national-agency-eform", {"kind": "per-unit", "amount_eur": 16500, "unit": "school-year", "max_eur": 99000, "per": "year"}),
        ("school-to-school-partnership", "school", None, 2016, None, "national-agency-eform", None),
        ("digital-education-readiness", "vet", None, 2020, None, "national-agency-eform", {"kind": "maximum", "max_eur": 300000, "per": "project", "per_month_eur": 12500}),
        ("knowledge-alliance", None, None, 2018, None, "eacea-eform", {"kind": "maximum", "max_eur": 1000000, "per": "project", "by_duration": [{"months": 24, "max_eur": 700000}, {"months": 36, "max_eur": 1000000}]}),
        ("sector-skills-alliance", None, "blueprint", 2020, None, "eacea-eform", {"kind": "maximum", "max_eur": 4000000, "per": "project"}),
        ("cooperation-partnership", "adult", None, 2022, None, "national-agency-form", {"kind": "lump-sum", "amounts_eur": [120000, 250000, 400000]}),
        ("cooperation-partnership", "adult", None, 2022, NGO, "funding-tenders-portal", {"kind": "lump-sum", "amounts_eur": [120000, 250000, 400000]}),
        ("small-scale-partnership", "vet", None, 2024, None, "national-agency-form", {"kind": "lump-sum", "amounts_eur": [30000, 60000]}),
        ("alliance-for-innovation", None, "education-enterprises", 2026, None, "funding-tenders-portal", {"kind": "maximum", "max_eur": 1500000, "per": "project", "by_duration": [{"months": 24, "max_eur": 1000000}, {"months": 36, "max_eur": 1500000}]}),
        ("alliance-for-innovation", None, "blueprint", 2023, None, "funding-tenders-portal", {"kind": "maximum", "max_eur": 4000000, "per": "project"}),
        ("centre-of-vocational-excellence", None, None, 2026, None, "funding-tenders-portal", {"kind": "maximum", "max_eur": 4000000, "per": "project"}),
    ],
)
def test_how_to_submit_and_the_grant(action: str, field: str | None, lot: str | None, year: int, route: str | None, via: str, grant: dict | None) -> None:
    facts = call_facts(action, field, lot, year, route)
    assert facts.submit_via == via
    data = facts.to_json(Day(year, 1, 1))["grant"]
    if grant is None:
        assert data is None
    else:
        assert {k: v for k, v in data.items() if k not in ("source", "confidence")} == grant
        assert data["source"] and data["confidence"] in ("official", "agency-summary", "unconfirmed")


# --- the data is checked when it is loaded ---------------------------------------------------

GOOD = {"year": 2022, "at": "2022-03-23 12:00", "at_offset": "+01:00", "source": "s", "confidence": "official"}


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({**GOOD, "year": 2013}, "call years"),
        ({**GOOD, "year": 2016}, "open only in the calls"),
        ({**GOOD, "fields": ["higher"]}, "not fields of"),
        ({**GOOD, "confidence": "sure"}, "confidence"),
        ({**GOOD, "source": ""}, "source"),
        ({**GOOD, "at": "23.03.2022 12:00"}, "YYYY-MM-DD HH:MM"),
        ({**GOOD, "at": "2022-03-23 25:00"}, "no such time"),
        ({**GOOD, "extended_to": "2022-03-20 12:00", "extended_to_offset": "+01:00"}, "after"),
        ({**GOOD, "route": "by-post"}, "route"),
    ],
)
def test_a_bad_deadline_is_named_with_its_file(entry: dict, problem: str) -> None:
    with pytest.raises(CallDataError) as caught:
        calls._parse("small-scale-partnership", {"deadline": [entry]}, "calls/x.toml")
    assert "calls/x.toml: deadline 1" in str(caught.value) and problem in str(caught.value)


def test_two_grants_for_the_same_call_are_refused() -> None:
    grant = {"years": [2022, 2023], "kind": "lump-sum", "amounts_eur": [1], "source": "s", "confidence": "official"}
    later = {**grant, "years": [2023, 2024], "fields": ["youth"]}
    with pytest.raises(CallDataError, match="two grant entries apply to the same call"):
        calls._parse("small-scale-partnership", {"grant": [grant, later]}, "calls/x.toml")
    # side by side they are fine
    calls._parse("small-scale-partnership", {"grant": [grant, {**later, "years": [2024, 2024]}]}, "calls/x.toml")
