"""Consortia shaped like real funded projects come out eligible; the same consortium with one
requirement taken away comes out ineligible, and the failing finding names the requirement and
says what to add.

The shapes (sizes, types, country spread) follow projects in the Erasmus+ Project Results
platform for each action and year; the organisations are fictional or generic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from consortium_factory import describe, failing, finding, org
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.vocabulary import APPLICANT, ASSOCIATED

A = APPLICANT

SCHOOL_2019 = Plan(
    "strategic-partnership",
    2019,
    (
        org("Szkoła Podstawowa nr 3 w Łodzi", "PL", "school", A),
        org("2ο Γυμνάσιο Ηρακλείου", "GR", "school"),
        org("CEIP Virgen del Carmen", "ES", "school"),
        org("Ayuntamiento de Málaga", "ES", "public-body-local"),
        org("Stowarzyszenie Edukacja dla Klimatu", "PL", "ngo"),
    ),
    title="Green skills for rural schools",
    field="school",
    duration_months=24,
)

HIGHER_2018 = Plan(
    "strategic-partnership",
    2018,
    (
        org("Universität Wien", "AT", "higher-education", A, eche=True),
        org("Uniwersytet Jagielloński", "PL", "higher-education", eche=True),
        org("Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "GR", "higher-education", eche=True),
        org("Universidad de Granada", "ES", "higher-education", eche=True),
        org("DigiLearn GmbH", "DE", "enterprise-sme"),
    ),
    title="Open digital assessment in higher education",
    field="higher",
)

SCHOOL_EXCHANGE_2019 = Plan(
    "school-exchange-partnership",
    2019,
    (
        org("Gesamtschule Köln-Nippes", "DE", "school", A),
        org("Zespół Szkół nr 2 w Gdańsku", "PL", "school"),
        org("Atatürk Anadolu Lisesi", "TR", "school"),
        org("Средно училище „Христо Ботев“", "BG", "school"),
    ),
    title="Water, our common heritage",
    field="school",
)

KNOWLEDGE_2017 = Plan(
    "knowledge-alliance",
    2017,
    (
        org("Technische Universität München", "DE", "higher-education", A, eche=True),
        org("Politecnico di Milano", "IT", "higher-education", eche=True),
        org("Aalto-yliopisto", "FI", "higher-education", eche=True),
        org("Nordic Robotics Oy", "FI", "enterprise-sme"),
        org("Bayerische Werkzeugbau AG", "DE", "enterprise-large"),
        org("Camera di Commercio di Milano", "IT", "social-partner"),
        org("Istituto di Ricerca per l'Automazione", "IT", "research-institute"),
    ),
    title="Entrepreneurial engineering for Industry 4.0",
)

SECTOR_SKILLS_2019 = Plan(
    "sector-skills-alliance",
    2019,
    (
        org("Centro Integrado de FP Tartanga", "ES", "vet-provider", A),
        org("Berufskolleg für Technik Düsseldorf", "DE", "vet-provider"),
        org("Zespół Szkół Samochodowych w Poznaniu", "PL", "vet-provider"),
        org("Confederación Española de Organizaciones Empresariales del Metal", "ES", "social-partner"),
        org("Handwerkskammer Düsseldorf", "DE", "social-partner"),
        org("Auto Serwis Poznań Sp. z o.o.", "PL", "enterprise-sme"),
        org("Συνδέσμος Επιχειρήσεων Αυτοκινήτου", "GR", "social-partner"),
        org("Σχολή Επαγγελματικής Κατάρτισης Πειραιά", "GR", "vet-provider"),
        org("Instituto Politécnico de Leiria", "PT", "higher-education", eche=True),
    ),
    title="Electromobility skills for car mechanics",
    lot="design-delivery",
)

COOPERATION_2022 = Plan(
    "cooperation-partnership",
    2022,
    (
        org("Volkshochschule Graz", "AT", "adult-education", A),
        org("Fundacja Rozwoju Edukacji Dorosłych", "PL", "foundation"),
        org("Kentro Dia Viou Mathisis Patras", "GR", "adult-education"),
        org("Halk Eğitim Merkezi Konak", "TR", "adult-education"),
        org("Université de Lille", "FR", "higher-education", eche=True),
    ),
    title="Digital literacy for seniors",
    field="adult",
)

COVE_2023 = Plan(
    "centre-of-vocational-excellence",
    2023,
    (
        org("Stichting ROC Friese Poort", "NL", "vet-provider", A),
        org("Koninklijke Metaalunie", "NL", "social-partner"),
        org("Berufsbildende Schulen Wilhelmshaven", "DE", "vet-provider"),
        org("Nordseewerke Windtechnik GmbH", "DE", "enterprise-large"),
        org("Zespół Szkół Morskich w Gdańsku", "PL", "vet-provider"),
        org("Pomorska Izba Rzemieślnicza", "PL", "social-partner"),
        org("Erhvervsskolen Esbjerg", "DK", "vet-provider"),
        org("Esbjerg Offshore ApS", "DK", "enterprise-sme"),
        org("Hochschule Emden/Leer", "DE", "higher-education", eche=True),
    ),
    title="Offshore wind technicians of the North Sea",
)

ALLIANCE_2024 = Plan(
    "alliance-for-innovation",
    2024,
    (
        org("Universidade do Porto", "PT", "higher-education", A, eche=True),
        org("Escola Profissional de Aveiro", "PT", "vet-provider"),
        org("Fachhochschule Technikum Wien", "AT", "higher-education", eche=True),
        org("Tallinna Tööstushariduskeskus", "EE", "vet-provider"),
        org("Sonae Indústria SGPS", "PT", "enterprise-large"),
        org("Startup Estonia MTÜ", "EE", "social-partner"),
        org("Wirtschaftskammer Wien", "AT", "social-partner"),
        org("Agrotech Hellas Α.Ε.", "GR", "enterprise-sme"),
        org("Ευρωπαϊκό Κέντρο Καινοτομίας", "GR", "research-institute"),
    ),
    title="Green entrepreneurship in agri-food",
    lot="education-enterprises",
)

REAL = [
    pytest.param(SCHOOL_2019, id="KA201-2019"),
    pytest.param(HIGHER_2018, id="KA203-2018"),
    pytest.param(SCHOOL_EXCHANGE_2019, id="KA229-2019"),
    pytest.param(KNOWLEDGE_2017, id="KA-2017"),
    pytest.param(SECTOR_SKILLS_2019, id="SSA-design-delivery-2019"),
    pytest.param(COOPERATION_2022, id="KA220-ADU-2022"),
    pytest.param(COVE_2023, id="CoVE-2023"),
    pytest.param(ALLIANCE_2024, id="AfI-lot1-2024"),
]


@pytest.mark.parametrize("plan", REAL)
def test_real_consortium_is_eligible(plan: Plan) -> None:
    report = check(plan)
    assert report.eligible, describe(report)
    assert report.agency is not None
    assert len(plan.partners) >= 4


# --- one requirement taken away ------------------------------------------------------------


def without(*names: str) -> Callable[[Plan], Plan]:
    def edit(plan: Plan) -> Plan:
        return plan.with_changes(partners=tuple(p for p in plan.partners if p.name not in names))

    return edit


def changed(name: str, **changes: object) -> Callable[[Plan], Plan]:
    def edit(plan: Plan) -> Plan:
        return plan.with_changes(partners=tuple(p.with_changes(**changes) if p.name == name else p for p in plan.partners))

    return edit


def then(*edits: Callable[[Plan], Plan]) -> Callable[[Plan], Plan]:
    def edit(plan: Plan) -> Plan:
        for one in edits:
            plan = one(plan)
        return plan

    return edit


@dataclass(frozen=True)
class Removal:
    plan: Plan
    edit: Callable[[Plan], Plan]
    rule: str
    message_says: tuple[str, ...]
    hint_says: tuple[str, ...]


REMOVALS = [
    pytest.param(
        Removal(SCHOOL_2019, without("2ο Γυμνάσιο Ηρακλείου"), "min-countries",
                ("at least 3 different Programme Countries", "covers 2 (Poland and Spain)"), ("Add a full partner from 1 more Programme Country",)),
        id="KA201-drop-countries",
    ),
    pytest.param(
        Removal(SCHOOL_2019, changed("2ο Γυμνάσιο Ηρακλείου", role=ASSOCIATED), "min-countries",
                ("at least 3 different Programme Countries", "covers 2 (Poland and Spain)"), ("1 more Programme Country",)),
        id="KA201-greek-school-associated",
    ),
    pytest.param(
        Removal(HIGHER_2018, changed("Universidad de Granada", eche=False), "eche",
                ("Erasmus Charter for Higher Education", "Universidad de Granada (Spain) has none recorded"), ("ECHE",)),
        id="KA203-remove-ECHE",
    ),
    pytest.param(
        Removal(HIGHER_2018, without("Uniwersytet Jagielloński", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", "Universidad de Granada"), "min-countries",
                ("at least 3 different Programme Countries", "covers 2 (Austria and Germany)"), ("Add a full partner from 1 more Programme Country",)),
        id="KA203-drop-countries",
    ),
    pytest.param(
        Removal(SCHOOL_EXCHANGE_2019, changed("Zespół Szkół nr 2 w Gdańsku", type="ngo"), "only-schools",
                ("Only schools", "Zespół Szkół nr 2 w Gdańsku is a non-governmental organisation"), ("Remove the organisations that are not schools",)),
        id="KA229-non-school",
    ),
    pytest.param(
        Removal(SCHOOL_EXCHANGE_2019, changed("Atatürk Anadolu Lisesi", country="CH"), "only-programme-countries",
                ("Only schools from Programme Countries", "Atatürk Anadolu Lisesi (Switzerland)"), ("Remove the schools from other countries",)),
        id="KA229-school-outside",
    ),
    pytest.param(
        Removal(KNOWLEDGE_2017, without("Nordic Robotics Oy"), "min-enterprises",
                ("At least 2 enterprises", "has 1 (Bayerische Werkzeugbau AG)"), ("enterprise",)),
        id="KA-drop-an-enterprise",
    ),
    pytest.param(
        Removal(KNOWLEDGE_2017, without("Politecnico di Milano", "Aalto-yliopisto"), "min-heis",
                ("At least 2 higher education institutions", "has 1 (Technische Universität München)"), ("Add 1 more higher education institution", "university")),
        id="KA-drop-an-HEI",
    ),
    pytest.param(
        Removal(KNOWLEDGE_2017, changed("Nordic Robotics Oy", role=ASSOCIATED), "min-enterprises",
                ("At least 2 enterprises", "has 1 (Bayerische Werkzeugbau AG)"), ("Add a small, medium or large enterprise from any Programme Country",)),
        id="KA-enterprise-associated",
    ),
    pytest.param(
        Removal(SECTOR_SKILLS_2019, without("Zespół Szkół Samochodowych w Poznaniu", "Σχολή Επαγγελματικής Κατάρτισης Πειραιά", "Instituto Politécnico de Leiria"), "min-education-providers",
                ("At least 3 education and training providers", "has 2"), ("Add 1 more education and training provider", "VET provider")),
        id="SSA-drop-education-providers",
    ),
    pytest.param(
        Removal(SECTOR_SKILLS_2019, without("Confederación Española de Organizaciones Empresariales del Metal", "Handwerkskammer Düsseldorf"), "min-sector-representatives",
                ("At least 3 enterprises, industry or sector representatives",), ("chamber",)),
        id="SSA-drop-sector-representatives",
    ),
    pytest.param(
        Removal(COOPERATION_2022, without("Kentro Dia Viou Mathisis Patras", "Halk Eğitim Merkezi Konak", "Université de Lille"), "min-countries",
                ("at least 3 different EU Member States or associated countries",), ("Add a full partner from 1 more EU Member State or associated country",)),
        id="KA220-drop-countries",
    ),
    pytest.param(
        Removal(COOPERATION_2022, changed("Université de Lille", eche=False), "eche",
                ("Université de Lille (France) has none recorded",), ("ECHE",)),
        id="KA220-remove-ECHE",
    ),
    pytest.param(
        Removal(COVE_2023, without("Erhvervsskolen Esbjerg"), "pair-per-country",
                ("Denmark lacks a VET provider",), ("in Denmark, add a VET college",)),
        id="CoVE-drop-the-Danish-VET-provider",
    ),
    pytest.param(
        Removal(COVE_2023, without("Nordseewerke Windtechnik GmbH"), "pair-per-country",
                ("Germany lacks an enterprise, industry or sector representative",), ("in Germany, add an enterprise",)),
        id="CoVE-drop-the-German-employer",
    ),
    pytest.param(
        Removal(COVE_2023, changed("Esbjerg Offshore ApS", role=ASSOCIATED), "pair-per-country",
                ("Denmark lacks an enterprise",), ("in Denmark",)),
        id="CoVE-employer-associated",
    ),
    pytest.param(
        Removal(ALLIANCE_2024, without("Tallinna Tööstushariduskeskus", "Startup Estonia MTÜ"), "min-countries",
                ("at least 4 different EU Member States or associated countries", "covers 3"), ("Add a full partner from 1 more EU Member State or associated country",)),
        id="AfI-drop-a-country",
    ),
    pytest.param(
        Removal(ALLIANCE_2024, without("Escola Profissional de Aveiro", "Tallinna Tööstushariduskeskus"), "min-vet-providers",
                ("At least 1 VET provider is required",), ("Add 1 more VET provider as a full partner", "VET college")),
        id="AfI-drop-the-VET-providers",
    ),
    pytest.param(
        Removal(ALLIANCE_2024, changed("Fachhochschule Technikum Wien", eche=False), "eche",
                ("Fachhochschule Technikum Wien (Austria) has none recorded",), ("ECHE",)),
        id="AfI-remove-ECHE",
    ),
    pytest.param(
        Removal(ALLIANCE_2024, then(without("Wirtschaftskammer Wien"), changed("Agrotech Hellas Α.Ε.", role=ASSOCIATED)), "min-labour-market-actors",
                ("At least 3 labour-market actors",), ("Add 1 more labour-market actor as a full partner", "chamber")),
        id="AfI-enterprise-associated",
    ),
]


@pytest.mark.parametrize("removal", REMOVALS)
def test_one_requirement_removed_is_ineligible_and_says_what_to_add(removal: Removal) -> None:
    plan = removal.edit(removal.plan)
    assert plan != removal.plan, "the edit changed nothing"
    report = check(plan)
    assert not report.eligible
    assert removal.rule in failing(report), describe(report)
    found = finding(report, removal.rule)
    for words in removal.message_says:
        assert words in found.message, found.message
    for words in removal.hint_says:
        assert words in found.hint, found.hint
    assert found.source


@pytest.mark.parametrize("plan", REAL)
def test_associated_partner_that_breaks_a_minimum_is_pointed_out(plan: Plan) -> None:
    """Whichever full partner is made associated, if that breaks a minimum the warning names it."""
    for partner in plan.partners:
        if partner.role == APPLICANT:
            continue
        demoted = changed(partner.name, role=ASSOCIATED)(plan)
        report = check(demoted)
        if report.eligible:
            continue
        warning = finding(report, "associated-could-count")
        assert warning.status == "warn" and partner.name in warning.message
