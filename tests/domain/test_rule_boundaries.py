"""Every composition rule at its boundary: at the minimum passes, one below fails; at the maximum
passes, one above fails. Then the rules on who counts, who applies, and which fields, lots and
variants exist.

The generic half iterates the catalogue, so a new rule is covered the day it is written. The named
half writes the numbers of reference/ka2-rules.md out again, so a wrong number in the rules data
fails here instead of passing unnoticed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from consortium_factory import (
    COMPOSITION_KINDS,
    NEUTRAL,
    OUTSIDER,
    REPRESENTATIVE,
    Requirements,
    applicable_rules,
    build,
    describe,
    drop_partner,
    eligible_pool,
    failing,
    finding,
    findings,
    last_non_applicant,
    non_eu_pool,
    org,
    params,
    remap_countries,
    replace_partner,
    requirements,
    with_partner,
)
from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.consortium import Consortium
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.vocabulary import APPLICANT, ASSOCIATED, PARTNER, TYPE_GROUPS

CATALOGUE = load_catalogue()


def all_options() -> list[tuple[str, int, str | None, str | None]]:
    """Every (action, call year, field, lot) the catalogue offers."""
    found = []
    for action in CATALOGUE.actions.values():
        for year in action.years:
            for field in action.fields or (None,):
                for lot in [lot.id for lot in action.lots_in(year)] or [None]:
                    found.append((action.id, year, field, lot))
    return found


OPTIONS = all_options()


def option_id(option: tuple[str, int, str | None, str | None]) -> str:
    return "-".join(str(part) for part in option if part is not None)


def rule_cases(*kinds: str) -> list[object]:
    cases = []
    for option in OPTIONS:
        for rule in applicable_rules(*option):
            if rule.kind in kinds:
                cases.append(pytest.param(option, rule, id=f"{option_id(option)}:{rule.id}"))
    return cases


def counted(plan: Plan) -> Consortium:
    return Consortium(plan, plan.call_year)


def fail_status(rule) -> str:  # type: ignore[no-untyped-def]
    """What a violated rule reports: fail, or warn for the advisory ones."""
    return rule.status


# --- the catalogue as a whole --------------------------------------------------------------


def test_every_option_is_covered() -> None:
    actions = {option[0] for option in OPTIONS}
    assert actions == set(CATALOGUE.actions)
    assert len(OPTIONS) > 100


@pytest.mark.parametrize("option", OPTIONS, ids=option_id)
def test_the_smallest_consortium_the_rules_allow_is_eligible(option: tuple[str, int, str | None, str | None]) -> None:
    plan = build(*option)
    report = check(plan)
    assert report.eligible, describe(report)


# --- generic boundaries, per rule ------------------------------------------------------------


@pytest.mark.parametrize(("option", "rule"), rule_cases("min-organisations"))
def test_min_organisations_boundary(option, rule) -> None:  # type: ignore[no-untyped-def]
    minimum = int(params(rule, option[1])["min"])
    plan = build(*option)
    plan = plan.with_changes(partners=plan.partners[:minimum])
    assert len(counted(plan).counted) == minimum
    assert finding(check(plan), rule.id).status == "pass"

    index = last_non_applicant(plan)
    dropped = plan.partners[index]
    below = drop_partner(plan, index)
    found = finding(check(below), rule.id)
    assert found.status == fail_status(rule), found.message
    assert found.shortfall == (1 if found.status == "fail" else 0)
    assert str(minimum) in found.message and str(minimum - 1) in found.message

    # Neither an associated partner nor an organisation from another country makes up the gap.
    as_associated = below.with_partner_added(dropped.with_changes(role=ASSOCIATED))
    assert finding(check(as_associated), rule.id).status == fail_status(rule)
    from_outside = below.with_partner_added(dropped.with_changes(country=OUTSIDER))
    assert finding(check(from_outside), rule.id).status == fail_status(rule)


@pytest.mark.parametrize(("option", "rule"), rule_cases("min-countries"))
def test_min_countries_boundary(option, rule) -> None:  # type: ignore[no-untyped-def]
    action, year, field, lot = option
    minimum = int(params(rule, year)["min"])
    req = replace(requirements(*option), countries=minimum)
    plan = build(action, year, field, lot, req)
    covered = counted(plan).counted_countries
    assert len(covered) == minimum
    assert finding(check(plan), rule.id).status == "pass"

    below = remap_countries(plan, {covered[-1]: covered[0]})
    found = finding(check(below), rule.id)
    assert found.status == fail_status(rule), found.message
    assert len(counted(below).counted_countries) == minimum - 1

    # A new country only counts through a full partner from an eligible country.
    new_country = next(c for c in eligible_pool(year) if c not in covered)
    associated = with_partner(below, "Associated body", new_country, "ngo", ASSOCIATED)
    assert finding(check(associated), rule.id).status == fail_status(rule)
    outsider = with_partner(below, "Outside body", OUTSIDER, "ngo")
    assert finding(check(outsider), rule.id).status == fail_status(rule)
    full = with_partner(below, "Full partner", new_country, plan.partners[-1].type)
    assert finding(check(full), rule.id).status == "pass"


@pytest.mark.parametrize(("option", "rule"), rule_cases("min-eu-countries"))
def test_min_eu_countries_boundary(option, rule) -> None:  # type: ignore[no-untyped-def]
    action, year, field, lot = option
    minimum = int(params(rule, year)["min"])
    req = requirements(*option)
    req = replace(req, countries=max(req.countries, minimum + 1))
    eu = [c for c in eligible_pool(year) if countries.is_eu_member(c, year)]
    at = build(action, year, field, lot, req, pool=eu[:minimum] + non_eu_pool(year))
    assert sum(countries.is_eu_member(c, year) for c in counted(at).counted_countries) == minimum
    assert check(at).eligible, describe(check(at))

    below = build(action, year, field, lot, req, pool=eu[: minimum - 1] + non_eu_pool(year))
    assert len(counted(below).counted_countries) == req.countries  # same size, one EU country fewer
    found = finding(check(below), rule.id)
    assert found.status == "fail"
    assert "EU Member States" in found.message


@pytest.mark.parametrize(("option", "rule"), rule_cases("min-type"))
def test_min_type_boundary(option, rule) -> None:  # type: ignore[no-untyped-def]
    year = option[1]
    group = str(params(rule, year)["group"])
    minimum = int(params(rule, year)["min"])
    plan = build(*option)
    members = [i for i, o in enumerate(plan.partners) if o.type in TYPE_GROUPS[group]]
    for extra in members[minimum:]:  # exactly at the minimum
        plan = replace_partner(plan, extra, type=NEUTRAL)
    members = members[:minimum]
    assert len(counted(plan).counted_in_group(group)) == minimum
    assert finding(check(plan), rule.id).status == "pass"

    one = members[-1]
    for change in ({"type": NEUTRAL}, {"role": ASSOCIATED}, {"country": OUTSIDER}):
        if change.get("role") == ASSOCIATED and plan.partners[one].role == APPLICANT:
            continue  # the applicant cannot be demoted without leaving the plan applicant-less
        below = replace_partner(plan, one, **change)
        found = finding(check(below), rule.id)
        assert found.status == fail_status(rule), (change, found.message)
        assert str(minimum) in found.message


@pytest.mark.parametrize(("option", "rule"), rule_cases("max-organisations"))
def test_max_organisations_boundary(option, rule) -> None:  # type: ignore[no-untyped-def]
    action, year, field, lot = option
    maximum = int(params(rule, year)["max"])
    plan = build(*option)
    pool = eligible_pool(year)
    filler = plan.partners[-1].type
    while len(plan.partners) < maximum:
        n = len(plan.partners)
        plan = with_partner(plan, f"Filler {n}", pool[n % len(pool)], filler)
    report = check(plan)
    assert finding(report, rule.id).status == "pass"
    assert report.eligible, describe(report)

    above = with_partner(plan, "One too many", pool[0], filler)
    found = finding(check(above), rule.id)
    assert found.status == "fail"
    assert str(maximum) in found.message and str(maximum + 1) in found.message


@pytest.mark.parametrize(("option", "rule"), rule_cases("per-country-types"))
def test_per_country_types_boundary(option, rule) -> None:  # type: ignore[no-untyped-def]
    year = option[1]
    groups = list(params(rule, year)["groups"])  # type: ignore[call-overload]
    plan = build(*option)
    assert finding(check(plan), rule.id).status == "pass"
    last_country = plan.partners[-1].country
    for group in groups:
        gap = plan
        for i, o in enumerate(plan.partners):
            if o.country == last_country and o.type in TYPE_GROUPS[group] and o.role != APPLICANT:
                gap = replace_partner(gap, i, type=NEUTRAL)
        found = finding(check(gap), rule.id)
        assert found.status == "fail", group
        assert countries.name(last_country) in found.message
        assert countries.name(last_country) in found.hint

    # Countries that do not count need no pair: associated partners and outsiders add no gap.
    others = with_partner(plan, "Associated body", eligible_pool(year)[-1], "ngo", ASSOCIATED)
    others = with_partner(others, "Outside body", OUTSIDER, "ngo")
    assert finding(check(others), rule.id).status == "pass"


@pytest.mark.parametrize(("option", "rule"), rule_cases("only-types"))
def test_only_types(option, rule) -> None:  # type: ignore[no-untyped-def]
    plan = build(*option)
    assert finding(check(plan), rule.id).status == "pass"
    intruder = with_partner(plan, "Verein für Jugendarbeit", eligible_pool(option[1])[1], "ngo")
    found = finding(check(intruder), rule.id)
    assert found.status == "fail"
    assert "Verein für Jugendarbeit" in found.message and found.partners == ("Verein für Jugendarbeit",)


def test_every_composition_rule_is_reached_by_a_boundary_test() -> None:
    tested = {rule.kind for option in OPTIONS for rule in applicable_rules(*option)} & set(COMPOSITION_KINDS)
    assert tested == {"min-organisations", "min-countries", "min-eu-countries", "min-type", "max-organisations", "per-country-types", "only-types"}


# --- named cases: the numbers of ka2-rules.md, written out again ---------------------------

GROUP_RULE = {
    "hei": "min-heis",
    "enterprise": "min-enterprises",
    "vet-provider": "min-vet-providers",
    "sector-representative": "min-sector-representatives",
    "education-provider": "min-education-providers",
    "labour-market-actor": "min-labour-market-actors",
}

SP, KA219, KA229 = "strategic-partnership", "school-to-school-partnership", "school-exchange-partnership"
KA, SSA, AFI, COVE = "knowledge-alliance", "sector-skills-alliance", "alliance-for-innovation", "centre-of-vocational-excellence"
TRIO = ("vet-provider", "sector-representative", "regulatory-body")
PAIR = ("sector-representative", "vet-provider")


def R(orgs: int, ctry: int, eu: int = 0, only: str | None = None, maximum: int | None = None, per_country: tuple[str, ...] = (), **types: int) -> Requirements:
    return Requirements(orgs, ctry, eu, {k.replace("_", "-"): v for k, v in types.items()}, per_country, only, maximum)


AFI_LOT1 = R(8, 4, labour_market_actor=3, education_provider=3, hei=1, vet_provider=1)
AFI_LOT2 = R(12, 8, labour_market_actor=5, education_provider=5, hei=1, vet_provider=1)
NAMED = [
    # Strategic Partnerships: 3/3, youth 2/2 (ka2-rules.md §1.2).
    *(pytest.param(SP, y, f, None, R(3, 3), id=f"SP-{f}-{y}") for y in (2014, 2016, 2019, 2020) for f in ("school", "vet", "higher", "adult")),
    *(pytest.param(SP, y, "youth", None, R(2, 2), id=f"SP-youth-{y}") for y in (2014, 2018, 2020)),
    *(pytest.param(KA219, y, "school", None, R(2, 2, only="school"), id=f"KA219-{y}") for y in (2014, 2017)),
    *(pytest.param(KA229, y, "school", None, R(2, 2, only="school", maximum=6), id=f"KA229-{y}") for y in (2018, 2019, 2020)),
    *(pytest.param("digital-education-readiness", 2020, f, None, R(3, 3), id=f"KA226-{f}") for f in ("school", "vet", "higher")),
    *(pytest.param("partnership-for-creativity", 2020, f, None, R(3, 3), id=f"KA227-{f}") for f in ("school", "adult", "youth")),
    # Knowledge Alliances: 6 organisations, 3 countries, 2 HEIs, 2 enterprises (§3).
    *(pytest.param(KA, y, None, None, R(6, 3, hei=2, enterprise=2), id=f"KA-{y}") for y in (2014, 2017, 2020)),
    # Sector Skills Alliances (§2.2, §2.3, §8).
    *(pytest.param(SSA, y, None, None, R(9, 3, 2, per_country=TRIO), id=f"SSA-{y}") for y in (2014, 2015)),
    *(pytest.param(SSA, y, None, "design-delivery", R(8, 4, sector_representative=3, education_provider=3), id=f"SSA-dd-{y}") for y in (2016, 2019, 2020)),
    *(pytest.param(SSA, y, None, "blueprint", R(12, 8, sector_representative=5, education_provider=5), id=f"SSA-bp-{y}") for y in (2017, 2020)),
    *(pytest.param(SSA, y, None, "skills-needs", R(2, 1, sector_representative=1, education_provider=1), id=f"SSA-sn-{y}") for y in (2017, 2018)),
    # 2021-2027 (§5, §9).
    *(pytest.param("cooperation-partnership", y, f, None, R(3, 3), id=f"KA220-{f}-{y}") for y in (2021, 2024, 2027) for f in ("school", "higher", "youth")),
    *(pytest.param("small-scale-partnership", y, f, None, R(2, 2), id=f"KA210-{f}-{y}") for y in (2021, 2025) for f in ("school", "vet", "adult", "youth")),
    *(pytest.param(AFI, y, None, "education-enterprises", AFI_LOT1, id=f"AfI-lot1-{y}") for y in (2021, 2024, 2026)),
    *(pytest.param(AFI, y, None, "blueprint", AFI_LOT2, id=f"AfI-lot2-{y}") for y in (2022, 2026)),
    pytest.param(AFI, 2026, None, "stem-skills-foundries", AFI_LOT1, id="AfI-lot3-2026"),
    *(pytest.param(COVE, y, None, None, R(8, 4, 2, per_country=PAIR), id=f"CoVE-{y}") for y in (2021, 2023, 2025)),
    *(pytest.param(COVE, y, None, None, R(8, 4, per_country=PAIR), id=f"CoVE-{y}") for y in (2026, 2027)),
]


@pytest.mark.parametrize(("action", "year", "field", "lot", "expected"), NAMED)
def test_catalogue_encodes_the_reference_numbers(action, year, field, lot, expected: Requirements) -> None:  # type: ignore[no-untyped-def]
    assert requirements(action, year, field, lot) == expected


@pytest.mark.parametrize(("action", "year", "field", "lot", "expected"), NAMED)
def test_named_consortium_at_the_minimum_is_eligible(action, year, field, lot, expected: Requirements) -> None:  # type: ignore[no-untyped-def]
    plan = build(action, year, field, lot, expected)
    facts = counted(plan)
    assert len(facts.counted) == expected.organisations
    assert len(facts.counted_countries) == expected.countries
    report = check(plan)
    assert report.eligible, describe(report)


def _kinds_failing(plan: Plan) -> set[str]:
    return {f.params.get("_kind") for f in check(plan).failures}  # type: ignore[misc]


@pytest.mark.parametrize(("action", "year", "field", "lot", "expected"), NAMED)
def test_named_consortium_one_below_is_ineligible(action, year, field, lot, expected: Requirements) -> None:  # type: ignore[no-untyped-def]
    if expected.organisations > 1:
        plan = build(action, year, field, lot, expected)
        below = drop_partner(plan, last_non_applicant(plan))
        assert "min-organisations" in _kinds_failing(below)
    if expected.countries > 1:
        plan = build(action, year, field, lot, replace(expected, countries=expected.countries - 1))
        # The same number of organisations, one country fewer.
        assert "min-countries" in _kinds_failing(plan)
    for group, minimum in expected.types.items():
        fewer = build(action, year, field, lot, replace(expected, types={**expected.types, group: minimum - 1}))
        if len(counted(fewer).counted_in_group(group)) < minimum:
            assert GROUP_RULE[group] in failing(check(fewer)), group
        else:  # a narrower group already brings it to the minimum: take one away by hand
            plan = build(action, year, field, lot, expected)
            i = last_non_applicant(plan, lambda o: o.type in TYPE_GROUPS[group])
            assert GROUP_RULE[group] in failing(check(replace_partner(plan, i, type=NEUTRAL))), group


def test_school_exchange_partnership_six_schools_pass_seven_fail() -> None:
    names = ["Szkoła Podstawowa nr 5", "Γυμνάσιο Ηρακλείου", "Основно училище „Христо Ботев“", "Atatürk Ortaokulu", "Grundschule am Park", "Collège Jean Moulin", "Scuola Media Dante"]
    codes = ["PL", "GR", "BG", "TR", "DE", "FR", "IT"]
    schools = [org(n, c, "school", APPLICANT if i == 0 else PARTNER) for i, (n, c) in enumerate(zip(names, codes))]
    for size, verdict in ((1, False), (2, True), (6, True), (7, False)):
        plan = Plan("school-exchange-partnership", 2019, tuple(schools[:size]), field="school")
        report = check(plan)
        assert report.eligible is verdict, (size, describe(report))
    seven = check(Plan("school-exchange-partnership", 2019, tuple(schools), field="school"))
    assert failing(seven) == ["max-organisations"]
    assert finding(seven, "max-organisations").message == "At most 6 schools may take part; the consortium has 7."
    one = check(Plan("school-exchange-partnership", 2019, tuple(schools[:1]), field="school"))
    assert set(failing(one)) == {"min-organisations", "min-countries"}


def test_sector_skills_alliance_2014_needs_two_eu_member_states() -> None:
    pool = ["DE"] + non_eu_pool(2014)
    plan = build(SSA, 2014, req=R(9, 3, 2, per_country=TRIO), pool=pool)
    report = check(plan)
    assert failing(report) == ["min-eu-countries"]
    message = finding(report, "min-eu-countries").message
    assert "At least 2" in message and "EU Member States" in message and "Germany" in message


@pytest.mark.parametrize(("action", "year", "rule", "groups"), [(SSA, 2014, "trio-per-country", TRIO), (COVE, 2023, "pair-per-country", PAIR), (COVE, 2026, "pair-per-country", PAIR)])
def test_per_country_requirement_names_the_country_and_what_to_add(action, year, rule, groups) -> None:  # type: ignore[no-untyped-def]
    plan = build(action, year)
    country = plan.partners[-1].country
    i = max(i for i, o in enumerate(plan.partners) if o.country == country and o.type == REPRESENTATIVE[groups[0]])
    report = check(replace_partner(plan, i, type=NEUTRAL))
    found = finding(report, rule)
    assert found.status == "fail"
    assert f"{countries.name(country)} lacks an" in found.message or f"{countries.name(country)} lacks a" in found.message
    assert found.hint.startswith(f"Per country: in {countries.name(country)}, add ")


def _cove_with_a_fifth_country(year: int, fifth: list[tuple[str, str]]) -> Plan:
    """The smallest eligible CoVE consortium (4 countries with the pair) plus organisations of
    a fifth country."""
    plan = build(COVE, year)
    used = {o.country for o in plan.partners}
    country = next(c for c in eligible_pool(year) if c not in used)
    for name, type_ in fifth:
        plan = with_partner(plan, name, country, type_)
    return plan


@pytest.mark.parametrize("year", [2022, 2026])
@pytest.mark.parametrize(
    "fifth",
    [
        [("Universidade do Porto", "higher-education")],  # the case: a university from a fifth country
        [("Escola Profissional de Aveiro", "vet-provider")],  # half the pair
        [("Câmara de Comércio", "social-partner")],  # the other half
    ],
)
def test_cove_four_countries_with_the_pair_and_a_fifth_without_it_is_eligible_with_a_warning(year: int, fifth) -> None:  # type: ignore[no-untyped-def]
    plan = _cove_with_a_fifth_country(year, [(n, t) for n, t in fifth])
    if any(t == "higher-education" for _, t in fifth):
        plan = replace_partner(plan, len(plan.partners) - 1, eche=True)
    report = check(plan)
    assert report.eligible, describe(report)
    found = finding(report, "pair-per-country")
    fifth_country = countries.name(plan.partners[-1].country)
    assert found.status == "warn"
    assert "the consortium has 4 (" in found.message and f"{fifth_country} lacks" in found.message
    assert found.hint.startswith("Not required beyond the 4 countries of the minimum configuration")
    assert fifth_country in found.hint


def test_cove_three_countries_with_the_pair_fails_whatever_the_other_countries() -> None:
    plan = _cove_with_a_fifth_country(2023, [("Universidade do Porto", "higher-education")])
    plan = replace_partner(plan, len(plan.partners) - 1, eche=True)
    # break the pair of the fourth country: 3 complete countries, 2 without
    fourth = plan.partners[-2].country
    i = max(i for i, o in enumerate(plan.partners) if o.country == fourth and o.type == REPRESENTATIVE["vet-provider"] and o.role != APPLICANT)
    broken = replace_partner(plan, i, type=NEUTRAL)
    found = finding(check(broken), "pair-per-country")
    assert found.status == "fail"
    assert "the consortium has 3 (" in found.message
    # the hint names the country nearest to the pair (one missing), not the one missing both
    assert found.hint == f"Per country: in {countries.name(fourth)}, add a VET college or other vocational education and training provider."
    assert found.shortfall == 1


def test_the_sector_skills_trio_is_still_required_in_every_country() -> None:
    """Only the CoVE rule has a minimum number of countries: the 2014-2015 SSA trio stays per country."""
    plan = build(SSA, 2014, req=R(9, 3, 2, per_country=TRIO))
    plan = with_partner(plan, "Extra college", plan.partners[0].country, "vet-provider")
    extra = with_partner(plan, "Lonely college", next(c for c in eligible_pool(2014) if c not in {o.country for o in plan.partners}), "vet-provider")
    assert finding(check(extra), "trio-per-country").status == "fail"


# --- who counts ----------------------------------------------------------------------------


def test_higher_education_institutions_need_an_eche_in_eligible_countries_only() -> None:
    plan = build(KA, 2017)
    i = next(i for i, o in enumerate(plan.partners) if o.type == "higher-education" and o.role == PARTNER)
    without = replace_partner(plan, i, eche=False)
    found = finding(check(without), "eche")
    assert found.status == "fail"
    assert plan.partners[i].name in found.message and "ECHE" in found.message

    swiss = with_partner(plan, "ETH Zürich", "CH", "higher-education", eche=False)
    report = check(swiss)
    assert report.eligible, describe(report)
    assert finding(report, "eche").status == "pass"
    info = finding(report, "eche-not-needed")
    assert info.status == "info" and "ETH Zürich (Switzerland)" in info.message


@pytest.mark.parametrize(
    ("action", "year", "field", "lot", "required"),
    [
        (SP, 2019, "higher", None, True),
        (SP, 2019, "school", None, False),  # the ECHE rule of KA203 is for higher education
        ("digital-education-readiness", 2020, "higher", None, True),
        (KA, 2015, None, None, True),
        ("cooperation-partnership", 2022, "school", None, True),  # every field from 2021 (§9)
        ("cooperation-partnership", 2026, "youth", None, True),
        ("small-scale-partnership", 2023, "adult", None, True),
        (AFI, 2024, None, "education-enterprises", True),
        (AFI, 2026, None, "blueprint", True),
        (AFI, 2026, None, "stem-skills-foundries", False),  # the Lot 3 table has no ECHE sentence
    ],
)
def test_eche_is_required_where_the_guide_says(action, year, field, lot, required) -> None:  # type: ignore[no-untyped-def]
    plan = with_partner(build(action, year, field, lot), "Uniwersytet Warszawski", "PL", "higher-education", eche=False)
    report = check(plan)
    assert report.eligible is not required, describe(report)
    if required:
        assert failing(report) == ["eche"]


def test_associated_partners_never_count_and_are_pointed_out() -> None:
    plan = build(SP, 2019, "school")
    weakened = replace_partner(plan, 2, role=ASSOCIATED)
    report = check(weakened)
    assert set(failing(report)) == {"min-organisations", "min-countries"}
    hint = finding(report, "min-organisations").hint
    assert "associated partners" in hint and "do not count" in hint
    warn = finding(report, "associated-could-count")
    assert warn.status == "warn" and plan.partners[2].name in warn.message
    assert "full partner" in warn.hint
    info = finding(report, "not-counted")
    assert f"{plan.partners[2].name} (associated partner)" in info.message


@pytest.mark.parametrize(("year", "outsider", "label"), [(2019, "CH", "Partner Country"), (2016, "UA", "Partner Country"), (2023, "CH", "not associated"), (2023, "GB", "not associated")])
def test_partner_country_organisations_never_count(year, outsider, label) -> None:  # type: ignore[no-untyped-def]
    action, field = (SP, "vet") if year <= 2020 else ("cooperation-partnership", "vet")
    plan = build(action, year, field)
    two_countries = remap_countries(plan, {plan.partners[2].country: outsider})
    report = check(two_countries)
    assert set(failing(report)) == {"min-organisations", "min-countries"}
    assert label in finding(report, "not-counted").message


@pytest.mark.parametrize(("action", "year", "field", "rule"), [(KA229, 2019, "school", "only-programme-countries"), (KA219, 2016, "school", "only-programme-countries"), ("small-scale-partnership", 2022, "youth", "only-eligible-countries")])
def test_only_eligible_countries(action, year, field, rule) -> None:  # type: ignore[no-untyped-def]
    plan = build(action, year, field)
    swiss = with_partner(plan, "Schule Zürich", "CH", plan.partners[-1].type)
    found = finding(check(swiss), rule)
    assert found.status == "fail" and "Schule Zürich (Switzerland)" in found.message


@pytest.mark.parametrize(
    ("action", "year", "lot", "country", "role", "excluded"),
    [
        (AFI, 2023, "education-enterprises", "BY", PARTNER, True),
        (AFI, 2026, "blueprint", "RU", ASSOCIATED, True),  # excluded in any role
        (AFI, 2021, "blueprint", "UA", PARTNER, False),
        ("cooperation-partnership", 2025, None, "BY", PARTNER, True),
        ("cooperation-partnership", 2024, None, "BY", PARTNER, False),  # the exclusion starts with the 2025 call
        (COVE, 2026, None, "BY", PARTNER, True),
    ],
)
def test_excluded_countries(action, year, lot, country, role, excluded) -> None:  # type: ignore[no-untyped-def]
    field = "adult" if action == "cooperation-partnership" else None
    plan = with_partner(build(action, year, field, lot), "Outside organisation", country, "ngo", role)
    report = check(plan)
    if excluded:
        found = finding(report, "excluded-countries")
        assert found.status == "fail" and f"Outside organisation ({countries.name(country)})" in found.message
        assert "Belarus" in found.message
    else:
        assert not findings(report, "excluded-countries")
        assert report.eligible, describe(report)


@pytest.mark.parametrize(
    ("year", "lot", "country", "role", "allowed"),
    [
        (2026, "blueprint", "US", PARTNER, False),
        (2026, "blueprint", "US", ASSOCIATED, True),
        (2026, "blueprint", "UA", PARTNER, False),
        (2026, "stem-skills-foundries", "UA", PARTNER, False),
        (2026, "education-enterprises", "UA", PARTNER, True),  # Regions 1-3 may be beneficiaries in Lot 1
        (2026, "education-enterprises", "MA", PARTNER, True),
        (2026, "education-enterprises", "US", PARTNER, False),
        (2026, "education-enterprises", "US", ASSOCIATED, True),
        (2025, "blueprint", "US", PARTNER, True),  # the 2026 restriction is not applied to earlier calls
    ],
)
def test_non_associated_only_as_associated_partners_in_alliances(year, lot, country, role, allowed) -> None:  # type: ignore[no-untyped-def]
    plan = with_partner(build(AFI, year, lot=lot), "Outside partner", country, "enterprise-sme", role)
    report = check(plan)
    assert report.eligible is allowed, describe(report)
    if not allowed:
        assert failing(report) == ["non-associated-as-associated-partners"]
        assert "Outside partner" in finding(report, "non-associated-as-associated-partners").message


# --- who applies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("established", "status"),
    [
        ("2024-03-05", "pass"),  # exactly two years before the 5 March 2026 deadline
        ("2024-03-06", "fail"),  # one day short
        ("2000-01-01", "pass"),
        ("2023", "pass"),
        ("2024", "warn"),  # the year of the limit: only the exact date tells
        ("2025", "fail"),
        (None, "warn"),
        ("5 March 2020", "warn"),
    ],
)
def test_applicant_seniority_2026(established, status) -> None:  # type: ignore[no-untyped-def]
    plan = replace_partner(build("cooperation-partnership", 2026, "school"), 0, established=established)
    found = finding(check(plan), "applicant-seniority")
    assert found.status == status, found.message
    assert "5 March 2026" in found.message
    if status != "pass":
        assert found.hint


def test_applicant_seniority_only_from_2026() -> None:
    plan = replace_partner(build("cooperation-partnership", 2025, "school"), 0, established="2025-01-01")
    assert not findings(check(plan), "applicant-seniority")


@pytest.mark.parametrize("applicants", [0, 2])
def test_exactly_one_applicant(applicants: int) -> None:
    plan = build(SP, 2019, "adult")
    plan = replace_partner(plan, 0, role=PARTNER) if applicants == 0 else replace_partner(plan, 1, role=APPLICANT)
    report = check(plan)
    found = finding(report, "single-applicant")
    assert found.status == "fail"
    assert ("none is marked" in found.message) if applicants == 0 else ("2 are marked as applicant" in found.message)
    assert found.hint == "Mark exactly one organisation as the applicant (coordinator)."


@pytest.mark.parametrize(
    ("action", "year", "field", "lot", "country"),
    [
        (SP, 2019, "school", None, "CH"),
        (SP, 2018, "school", None, "RS"),
        (KA, 2016, None, None, "UA"),
        ("cooperation-partnership", 2022, "vet", None, "GB"),
        (AFI, 2026, None, "education-enterprises", "UA"),  # a beneficiary from Region 2, never coordinator
        (COVE, 2024, None, None, "US"),
    ],
)
def test_applicant_from_a_country_that_does_not_count_fails(action, year, field, lot, country) -> None:  # type: ignore[no-untyped-def]
    plan = build(action, year, field, lot)
    plan = plan.with_partner_added(org("Outside coordinator", country, plan.partners[0].type, APPLICANT), 0)
    plan = replace_partner(plan, 1, role=PARTNER)
    found = finding(check(plan), "applicant-country")
    assert found.status == "fail"
    assert "Outside coordinator" in found.message and countries.name(country) in found.message
    assert countries.eligible_word(year) in found.hint


# --- fields, lots and variants -------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "year", "field", "lot", "variant", "rule", "words"),
    [
        ("small-scale-partnership", 2023, "higher", None, None, "field-valid", "do not exist in the field 'higher'"),
        (SP, 2019, None, None, None, "field-valid", "need a field"),
        (SP, 2019, "higher", None, "good-practice", "variant-valid", "not available in Higher education"),
        (SP, 2015, "school", None, "good-practice", "variant-valid", "exist in the calls 2016–2020, not in 2015"),
        (KA229, 2017, "school", None, None, "action-years", "2018–2020"),
        (KA229, 2021, "school", None, None, "action-years", "2018–2020"),
        (KA219, 2018, "school", None, None, "action-years", "2014–2017"),
        (SSA, 2015, None, "design-delivery", None, "lot-valid", "no lots in the 2015 call"),
        (SSA, 2020, None, "vocational-excellence", None, "lot-valid", "exists in the calls 2019"),
        (SSA, 2018, None, "vocational-excellence", None, "lot-valid", "not open in the 2018 call"),
        (SSA, 2019, None, None, None, "lot-valid", "applied for in a lot"),
        (AFI, 2025, None, "stem-skills-foundries", None, "lot-valid", "not open in the 2025 call"),
        (AFI, 2026, None, None, None, "lot-valid", "applied for in a lot"),
    ],
)
def test_fields_lots_and_variants_by_year(action, year, field, lot, variant, rule, words) -> None:  # type: ignore[no-untyped-def]
    plan = build(SP, 2019, "school").with_changes(action=action, call_year=year, field=field, lot=lot, variant=variant)
    found = finding(check(plan), rule)
    assert found.status == "fail"
    assert words in found.message, found.message
    assert found.hint


@pytest.mark.parametrize(
    ("action", "year", "field", "lot", "variant"),
    [
        (SP, 2016, "school", None, "good-practice"),
        (SP, 2020, "youth", None, "good-practice"),
        (SP, 2014, "higher", None, "innovation"),
        (KA219, 2014, "school", None, None),
        (KA219, 2017, "school", None, None),
        (KA229, 2018, "school", None, None),
        (KA229, 2020, "school", None, None),
        (SSA, 2019, None, "vocational-excellence", None),
        (SSA, 2016, None, "design-delivery", None),
        (AFI, 2026, None, "stem-skills-foundries", None),
    ],
)
def test_fields_lots_and_variants_that_exist(action, year, field, lot, variant) -> None:  # type: ignore[no-untyped-def]
    plan = build(action, year, field, lot).with_changes(variant=variant)
    report = check(plan)
    for rule in ("action-years", "field-valid", "lot-valid", "variant-valid"):
        assert not findings(report, rule), describe(report)
