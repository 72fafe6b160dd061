"""Affiliated entities (spec/plan-format.md §4.1): linked to one full partner, they count toward
no minimum — organisations, countries, types, per-country pairs — never apply, and do not exist
before the 2021 call. A link that names nobody is bad input naming the valid names."""

from __future__ import annotations

import pytest

from consortium_factory import describe, failing, finding, findings, org
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.vocabulary import AFFILIATED, APPLICANT, ASSOCIATED, PARTNER
from erasmus_planner.interchange.plan_json import parse_plan, plan_to_dict

# An Alliance for Education and Enterprises shaped like a funded one, at its minimum of 8 full
# partners from 4 countries, with the affiliated entities such alliances list: a university's
# research company, a chamber's training arm, a group company of an employer.
FULL = (
    org("Universidade do Porto", "PT", "higher-education", APPLICANT),
    org("Escola Profissional de Aveiro", "PT", "vet-provider"),
    org("Fachhochschule Technikum Wien", "AT", "higher-education"),
    org("Tallinna Tööstushariduskeskus", "EE", "vet-provider"),
    org("Sonae Indústria SGPS", "PT", "enterprise-large"),
    org("Startup Estonia MTÜ", "EE", "social-partner"),
    org("Wirtschaftskammer Wien", "AT", "social-partner"),
    org("Agrotech Hellas Α.Ε.", "GR", "enterprise-sme"),
)
AFFILIATES = (
    org("UPTEC – Parque de Ciência e Tecnologia da Universidade do Porto", "PT", "research-institute", AFFILIATED,
        affiliated_to="Universidade do Porto"),
    org("WIFI Wien", "AT", "adult-education", AFFILIATED, affiliated_to="Wirtschaftskammer Wien"),
    org("Sonae Arauco Portugal S.A.", "PT", "enterprise-large", AFFILIATED, affiliated_to="Sonae Indústria SGPS"),
    # from a fifth country: it adds no country
    org("Agrotech Cyprus Ltd", "CY", "enterprise-sme", AFFILIATED, affiliated_to="Agrotech Hellas Α.Ε."),
)
ALLIANCE = Plan("alliance-for-innovation", 2024, FULL, lot="education-enterprises", title="Green entrepreneurship in agri-food")
WITH_AFFILIATES = ALLIANCE.with_changes(partners=FULL + AFFILIATES)


def verdict(plan: Plan) -> tuple[bool, list[str]]:
    report = check(plan)
    return report.eligible, failing(report)


def test_an_alliance_gets_the_same_verdict_with_its_affiliated_entities_as_without() -> None:
    assert verdict(ALLIANCE) == (True, [])
    assert verdict(WITH_AFFILIATES) == (True, []), describe(check(WITH_AFFILIATES))
    counted = finding(check(WITH_AFFILIATES), "min-organisations")
    assert "has 8 (" in counted.message and "UPTEC" not in counted.message
    countries = finding(check(WITH_AFFILIATES), "min-countries")
    assert "covers 4" in countries.message and "Cyprus" not in countries.message
    info = finding(check(WITH_AFFILIATES), "not-counted")
    assert info.status == "info"
    assert "WIFI Wien (affiliated entity of Wirtschaftskammer Wien)" in info.message
    assert "affiliated entities" in info.source and "p. 262" in info.source  # the Guide's words for them, not only associated partners'


@pytest.mark.parametrize("removed", [f.name for f in FULL if f.role != APPLICANT])
def test_removing_one_full_partner_at_the_minimum_fails_whatever_affiliated_entities_remain(removed: str) -> None:
    """The affiliated entities of the removed partner go with it; the others stay and do not help."""
    target = next(p for p in WITH_AFFILIATES.partners if p.name == removed)
    smaller = WITH_AFFILIATES.with_partner_removed(target.id)
    report = check(smaller)
    assert not report.eligible
    assert "min-organisations" in failing(report)
    assert "has 7 (" in finding(report, "min-organisations").message
    # even made into full partners of their own the removed one's entities are gone
    assert all(p.affiliated_to != removed for p in smaller.partners)
    assert sum(p.role == AFFILIATED for p in smaller.partners) == sum(a.affiliated_to != removed for a in AFFILIATES)


def test_below_the_minimum_affiliated_entities_would_lift_over_it_is_still_not_eligible() -> None:
    seven = ALLIANCE.with_changes(partners=tuple(p for p in FULL if p.name != "Escola Profissional de Aveiro") + AFFILIATES)
    many = seven.with_changes(
        partners=seven.partners
        + tuple(org(f"Affiliate {i}", "PT", "enterprise-sme", AFFILIATED, affiliated_to="Universidade do Porto") for i in range(6))
    )
    report = check(many)
    assert not report.eligible
    assert "has 7 (" in finding(report, "min-organisations").message
    # made full partners, the same organisations lift it over the minimum
    promoted = many.with_changes(
        partners=tuple(p.replace(role=PARTNER, affiliated_to=None) if p.role == AFFILIATED else p for p in many.partners)
    )
    assert check(promoted).eligible


def test_an_affiliated_entity_does_not_complete_a_countrys_pair() -> None:
    """Centres of Vocational Excellence: a VET provider that is only affiliated does not give
    its country the pair."""
    cove = Plan(
        "centre-of-vocational-excellence",
        2026,
        (
            org("ROC Friese Poort", "NL", "vet-provider", APPLICANT),
            org("Metaalunie", "NL", "social-partner"),
            org("BBS Wilhelmshaven", "DE", "vet-provider"),
            org("Nordseewerke", "DE", "enterprise-large"),
            org("ZSM Gdańsk", "PL", "vet-provider"),
            org("Izba Rzemieślnicza", "PL", "social-partner"),
            org("Esbjerg Offshore", "DK", "enterprise-sme"),
            org("Esbjerg Havn", "DK", "public-body-local"),
            org("Erhvervsskolen Esbjerg", "DK", "vet-provider", AFFILIATED, affiliated_to="Esbjerg Offshore"),
        ),
    )
    found = finding(check(cove), "pair-per-country")
    assert found.status == "fail" and "Denmark lacks a VET provider" in found.message


def test_an_affiliated_entity_can_not_apply_and_suggest_does_not_count_it() -> None:
    # every result of suggest is the same with and without the affiliated entities
    with_them = [(s.action, s.lot, s.field, s.eligible) for s in suggest(WITH_AFFILIATES)]
    without = [(s.action, s.lot, s.field, s.eligible) for s in suggest(ALLIANCE)]
    assert with_them == without
    # the single-applicant rule sees no applicant when the only "applicant" is affiliated
    no_applicant = ALLIANCE.with_changes(partners=(FULL[0].replace(role=AFFILIATED, affiliated_to=FULL[1].name),) + FULL[1:])
    assert "single-applicant" in failing(check(no_applicant))


@pytest.mark.parametrize("year", [2014, 2017, 2020])
def test_a_2014_2020_plan_with_an_affiliated_entity_fails_but_stays_readable(year: int) -> None:
    data = plan_to_dict(WITH_AFFILIATES.with_changes(action="knowledge-alliance", lot=None, call_year=year))
    plan = parse_plan(data)  # switching the year keeps the plan readable
    report = check(plan)
    found = finding(report, "affiliated-entities")
    assert found.status == "fail" and not report.eligible
    assert "Affiliated entities exist from the 2021 call" in found.message and "choose a call year from 2021" in found.hint and "WIFI Wien (Austria)" in found.message
    assert found.hint.startswith("Make each of them a full or an associated partner")
    assert findings(check(plan.with_changes(call_year=2021, action="alliance-for-innovation", lot="education-enterprises")), "affiliated-entities") == []


def test_there_is_nothing_to_say_without_affiliated_entities() -> None:
    report = check(ALLIANCE)
    assert findings(report, "affiliation-links") == [] and findings(report, "affiliated-entities") == []


# --- links ---------------------------------------------------------------------------------------


def partners_json(*extra: dict) -> dict:
    data = plan_to_dict(ALLIANCE)
    data["partners"] += list(extra)
    return data


@pytest.mark.parametrize(
    ("partner", "words"),
    [
        ({"affiliated_to": "Universidade do Port"}, '"affiliated_to" \'Universidade do Port\' names no applicant or full partner of this plan; valid names: Universidade do Porto, Escola Profissional de Aveiro'),
        ({}, 'is an affiliated entity but names no partner in "affiliated_to"; name one of: Universidade do Porto,'),
        ({"affiliated_to": ""}, 'names no partner in "affiliated_to"'),
        ({"affiliated_to": 7}, "names no applicant or full partner"),
        ({"affiliated_to": "WIFI"}, "names no applicant or full partner"),  # an affiliated entity is no host
    ],
)
def test_a_bad_affiliated_to_is_bad_input_naming_the_valid_names(partner: dict, words: str) -> None:
    entity = {"name": "Lost", "country": "PT", "type": "ngo", "role": "affiliated-entity", **partner}
    host = {"name": "WIFI", "country": "AT", "type": "adult-education", "role": "affiliated-entity", "affiliated_to": "Wirtschaftskammer Wien"}
    with pytest.raises(PlanError) as caught:
        parse_plan(partners_json(host, entity))
    assert "partner 10 (Lost)" in str(caught.value) and words in str(caught.value)
    assert "WIFI" not in str(caught.value).split("valid names:")[-1] if "valid names:" in str(caught.value) else True


def test_affiliated_to_on_a_full_partner_and_an_ambiguous_name_are_bad_input() -> None:
    with pytest.raises(PlanError, match='"affiliated_to" is only for the role "affiliated-entity"'):
        parse_plan(partners_json({"name": "X", "country": "PT", "type": "ngo", "role": "partner", "affiliated_to": "Universidade do Porto"}))
    twin = {"name": "Universidade do Porto", "country": "BR", "type": "higher-education", "role": "partner"}
    entity = {"name": "Y", "country": "PT", "type": "ngo", "role": "affiliated-entity", "affiliated_to": "Universidade do Porto"}
    with pytest.raises(PlanError, match="names 2 partners; give them distinct names"):
        parse_plan(partners_json(twin, entity))


def test_the_link_survives_json_and_follows_a_rename() -> None:
    again = parse_plan(plan_to_dict(WITH_AFFILIATES))
    assert again == WITH_AFFILIATES
    assert "affiliated_to" not in plan_to_dict(ALLIANCE)["partners"][0]  # other partners' JSON is unchanged
    porto = again.partners[0]
    renamed = again.with_partner_replaced(porto.replace(name="Universidade do Porto (U.Porto)"))
    assert renamed.partners[8].affiliated_to == "Universidade do Porto (U.Porto)"
    assert check(renamed).eligible


def test_removing_a_partner_promotes_or_removes_its_affiliated_entities() -> None:
    chamber = next(p for p in WITH_AFFILIATES.partners if p.name == "Wirtschaftskammer Wien")
    removed = WITH_AFFILIATES.with_partner_removed(chamber.id)
    assert [p.name for p in removed.partners if p.name.startswith("WIFI")] == []
    promoted = WITH_AFFILIATES.with_partner_removed(chamber.id, affiliates="promote")
    wifi = next(p for p in promoted.partners if p.name == "WIFI Wien")
    assert (wifi.role, wifi.affiliated_to) == (PARTNER, None)
    assert len(promoted.partners) == len(WITH_AFFILIATES.partners) - 1
    with pytest.raises(ValueError):
        WITH_AFFILIATES.with_partner_removed(chamber.id, affiliates="keep")


def test_a_link_broken_in_the_window_is_a_failing_finding() -> None:
    """A file with a broken link is refused; a plan edited into one (the linked partner made an
    associated partner) is told so by the checklist."""
    chamber = next(i for i, p in enumerate(WITH_AFFILIATES.partners) if p.name == "Wirtschaftskammer Wien")
    partners = list(WITH_AFFILIATES.partners)
    partners[chamber] = partners[chamber].replace(role=ASSOCIATED)
    report = check(WITH_AFFILIATES.with_changes(partners=tuple(partners)))
    found = finding(report, "affiliation-links")
    assert found.status == "fail" and "WIFI Wien" in found.message
    assert "Universidade do Porto" in found.hint and "Wirtschaftskammer Wien" not in found.hint
