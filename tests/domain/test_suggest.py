"""``suggest``: the same partners against every action and lot of the call year, best fits first,
sharing the work that does not depend on the action, and saying exactly what ``check`` says."""

from __future__ import annotations

import pytest

from consortium_factory import build, org, with_partner
from erasmus_planner.domain.eligibility import check, options, suggest
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.rules import partner_identifiers
from erasmus_planner.domain.vocabulary import ASSOCIATED

CATALOGUE = load_catalogue()


def messy(plan: Plan) -> Plan:
    """The plan with every kind of trouble the action-independent rules look at."""
    for extra in (
        org("ETH Zürich", "CH", "higher-education", eche=False),
        org("Uniwersytet Wrocławski", "PL", "higher-education", eche=False, oid="E123", pic="12"),
        org("Uniwersytet  Wroclawski", "PL", "higher-education", eche=True),
        org("Stadt Wien", "AT", "public-body-local", ASSOCIATED),
    ):
        plan = plan.with_partner_added(extra)
    return plan


PLANS = [
    pytest.param(messy(build("knowledge-alliance", 2019)), id="KA-2019"),
    pytest.param(messy(build("alliance-for-innovation", 2026, lot="blueprint")), id="AfI-2026"),
    pytest.param(messy(build("cooperation-partnership", 2023, "vet")), id="KA220-VET-2023"),
    pytest.param(build("school-exchange-partnership", 2019, "school"), id="KA229-2019"),
]


@pytest.mark.parametrize("plan", PLANS)
def test_each_suggestion_says_exactly_what_check_says(plan: Plan) -> None:
    for s in suggest(plan):
        candidate = plan.with_changes(action=s.action, field=s.field, lot=s.lot, variant=None)
        alone = check(candidate)  # its own consortium: nothing shared
        assert s.report == alone, (s.action, s.field, s.lot)
        assert s.eligible is alone.eligible
        assert s.missing == tuple(f.hint or f.message for f in alone.failures)


@pytest.mark.parametrize("plan", PLANS)
def test_suggestions_cover_every_option_best_first(plan: Plan) -> None:
    results = suggest(plan)
    assert {(s.action, s.field, s.lot) for s in results} == {(a.id, f, lot) for a, f, lot in options(plan, CATALOGUE)}
    keys = [(not s.eligible, s.shortfall, len(s.missing)) for s in results]
    assert keys == sorted(keys)
    assert all(s.call_year == plan.call_year for s in results)


def test_a_plan_with_a_field_is_tried_in_that_field_only() -> None:
    results = suggest(build("strategic-partnership", 2019, "higher"))
    fields = {s.field for s in results}
    assert fields == {"higher", None}  # None: the actions without fields (alliances)
    assert ("school-exchange-partnership", "school", None) not in {(s.action, s.field, s.lot) for s in results}


def test_a_knowledge_alliance_consortium_fits_a_knowledge_alliance_first() -> None:
    results = suggest(build("knowledge-alliance", 2018))
    assert results[0].eligible
    assert ("knowledge-alliance", None, None) in {(s.action, s.field, s.lot) for s in results if s.eligible}


def test_action_independent_facts_are_worked_out_once_per_suggest(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"duplicates": 0, "identifiers": 0}
    real_duplicates, real_identifiers = partner_identifiers._duplicates, partner_identifiers._identifier_problems

    def counting_duplicates(partners):  # type: ignore[no-untyped-def]
        calls["duplicates"] += 1
        return real_duplicates(partners)

    def counting_identifiers(partners):  # type: ignore[no-untyped-def]
        calls["identifiers"] += 1
        return real_identifiers(partners)

    monkeypatch.setattr(partner_identifiers, "_duplicates", counting_duplicates)
    monkeypatch.setattr(partner_identifiers, "_identifier_problems", counting_identifiers)
    plan = messy(build("alliance-for-innovation", 2024, lot="education-enterprises"))
    assert len(suggest(plan)) > 5
    assert calls == {"duplicates": 1, "identifiers": 1}


def test_a_new_partner_is_seen_by_the_next_suggest() -> None:
    """Facts are shared within one suggest, never across plans."""
    plan = build("cooperation-partnership", 2022, "adult")
    before = {(s.action, s.field): s.eligible for s in suggest(plan)}
    twin = with_partner(plan, plan.partners[1].name, plan.partners[1].country, plan.partners[1].type)
    after = suggest(twin)
    assert any(f.rule == "duplicates" for s in after for f in s.report.findings)
    assert not any(f.rule == "duplicates" for s in suggest(plan) for f in s.report.findings)
    assert before == {(s.action, s.field): s.eligible for s in suggest(plan)}
