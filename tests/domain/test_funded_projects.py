"""Funded projects: every identifier pattern of format.md §7, the action each one names, the
organisation-type mapping (every label of the reference list), websites and experience filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.funded_projects import (
    CENTRALISED,
    DECENTRALISED,
    GRANT_NUMBER,
    Experience,
    experience,
    parse_identifier,
    resolve_action,
    website_host,
)
from erasmus_planner.domain.platform_types import OTHER, is_mapped, mapping_for, normalise_label, type_for
from erasmus_planner.domain.vocabulary import ORG_TYPE_IDS

CATALOGUE = load_catalogue()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "project-results"

# identifier, pattern, year, country, code, (action, field, lot) or None, not-covered name (start)
IDENTIFIERS = [
    ("2014-1-LI01-KA200-000005", DECENTRALISED, 2014, "LI", "KA200", ("strategic-partnership", None, None), ""),
    ("2016-1-DE03-KA201-002345", DECENTRALISED, 2016, "DE", "KA201", ("strategic-partnership", "school", None), ""),
    ("2018-1-UK01-KA202-047001", DECENTRALISED, 2018, "GB", "KA202", ("strategic-partnership", "vet", None), ""),
    ("2017-1-EL01-KA203-036001", DECENTRALISED, 2017, "GR", "KA203", ("strategic-partnership", "higher", None), ""),
    ("2015-1-FR01-KA204-015201", DECENTRALISED, 2015, "FR", "KA204", ("strategic-partnership", "adult", None), ""),
    ("2019-3-TR01-KA205-081234", DECENTRALISED, 2019, "TR", "KA205", ("strategic-partnership", "youth", None), ""),
    ("2016-1-PL01-KA219-026123", DECENTRALISED, 2016, "PL", "KA219", ("school-to-school-partnership", "school", None), ""),
    ("2019-1-EE01-KA229-051616", DECENTRALISED, 2019, "EE", "KA229", ("school-exchange-partnership", "school", None), ""),
    ("2020-1-CZ01-KA226-HE-094408", DECENTRALISED, 2020, "CZ", "KA226-HE", ("digital-education-readiness", "higher", None), ""),
    ("2020-1-UK01-KA226-VET-094572", DECENTRALISED, 2020, "GB", "KA226-VET", ("digital-education-readiness", "vet", None), ""),
    ("2020-1-FR01-KA226-SCH-095521", DECENTRALISED, 2020, "FR", "KA226-SCH", ("digital-education-readiness", "school", None), ""),
    ("2020-1-FR01-KA227-SCH-095528", DECENTRALISED, 2020, "FR", "KA227-SCH", ("partnership-for-creativity", "school", None), ""),
    ("2021-1-DE01-KA220-SCH-000024914", DECENTRALISED, 2021, "DE", "KA220-SCH", ("cooperation-partnership", "school", None), ""),
    ("2023-2-LI01-KA220-HED-000178579", DECENTRALISED, 2023, "LI", "KA220-HED", ("cooperation-partnership", "higher", None), ""),
    ("2024-1-TR01-KA220-YOU-000245332", DECENTRALISED, 2024, "TR", "KA220-YOU", ("cooperation-partnership", "youth", None), ""),
    ("2023-2-AT01-KA210-VET-000169864", DECENTRALISED, 2023, "AT", "KA210-VET", ("small-scale-partnership", "vet", None), ""),
    ("2024-3-TR01-KA210-YOU-000285989", DECENTRALISED, 2024, "TR", "KA210-YOU", ("small-scale-partnership", "youth", None), ""),
    ("2017-1-RS01-KA101-000006", DECENTRALISED, 2017, "RS", "KA101", None, "Key Action 1"),
    ("2021-1-AT01-KA120-VET-000041472", DECENTRALISED, 2021, "AT", "KA120-VET", None, "Key Action 1"),
    ("591848-EPP-1-2017-1-EL-EPPKA2-SSA", CENTRALISED, 2017, "GR", "EPPKA2-SSA", ("sector-skills-alliance", None, None), ""),
    ("591988-EPP-1-2017-1-DE-EPPKA2-SSA-B", CENTRALISED, 2017, "DE", "EPPKA2-SSA-B", ("sector-skills-alliance", None, "blueprint"), ""),
    ("554187-EPP-1-2014-1-IE-EPPKA2-KA", CENTRALISED, 2014, "IE", "EPPKA2-KA", ("knowledge-alliance", None, None), ""),
    ("612542-EPP-1-2019-1-LV-EPPKA2-KA", CENTRALISED, 2019, "LV", "EPPKA2-KA", ("knowledge-alliance", None, None), ""),
    ("574064-EPP-1-2016-1-LT-EPPKA2-CBHE-SP", CENTRALISED, 2016, "LT", "EPPKA2-CBHE-SP", None, "Capacity Building in Higher Education"),
    ("562155-EPP-1-2015-1-ES-EPPKA3-PI-FORWARD", CENTRALISED, 2015, "ES", "EPPKA3-PI-FORWARD", None, "Key Action 3"),
    ("553065-EPP-1-2014-1-TR-EPPJMO-CHAIR", CENTRALISED, 2014, "TR", "EPPJMO-CHAIR", None, "Jean Monnet"),
    ("556927-EPP-1-2014-1-LT-SPO-SCP", CENTRALISED, 2014, "LT", "SPO-SCP", None, "Sport"),
    ("586571-EPP-1-2017-1-EE-EPPKA1-JMD-MOB", CENTRALISED, 2017, "EE", "EPPKA1-JMD-MOB", None, "Key Action 1, centralised"),
]


@pytest.mark.parametrize("text, pattern, year, country, code, action, not_covered", IDENTIFIERS, ids=[i[0] for i in IDENTIFIERS])
def test_every_identifier_pattern_gives_its_year_country_code_and_action(text, pattern, year, country, code, action, not_covered) -> None:
    parts = parse_identifier(f"  {text.lower()} ")  # case and spaces as a spreadsheet may leave them
    assert parts is not None
    assert (parts.text, parts.pattern, parts.call_year, parts.country, parts.code) == (text, pattern, year, country, code)
    resolved = resolve_action(parts, "", CATALOGUE)
    if action is None:
        assert resolved.action is None and resolved.not_covered.startswith(not_covered)
    else:
        assert (resolved.action, resolved.field, resolved.lot) == action and resolved.not_covered == ""


def test_a_grant_agreement_number_takes_its_action_from_the_action_type_label() -> None:
    parts = parse_identifier("101128627")
    assert parts is not None and (parts.pattern, parts.call_year, parts.code) == (GRANT_NUMBER, None, "")
    cove = resolve_action(parts, "Centres of Vocational Excellence", CATALOGUE)
    assert (cove.action, cove.confidence) == ("centre-of-vocational-excellence", "unconfirmed")
    unknown = resolve_action(parts, "Capacity Building in higher education", CATALOGUE)
    assert unknown.action is None and unknown.not_covered == ""


def test_the_action_type_label_is_only_a_fallback_never_overriding_the_code() -> None:
    parts = parse_identifier("2017-1-RS01-KA101-000006")
    resolved = resolve_action(parts, "Strategic Partnerships for school education", CATALOGUE)
    assert resolved.action is None and resolved.not_covered.startswith("Key Action 1")


@pytest.mark.parametrize(
    "text",
    ["", "2014-1-LI01-KA200-5", "2014-LI01-KA200-000005", "14-1-LI01-KA200-000005", "2014-1-LI1-KA200-000005",
     "591988-EPP-1-2017-1…-EPPKA2-SSA-B", "ERASMUS-EDU-2023-PI-ALL-INNO", "12345678", "not an identifier"],
)
def test_identifiers_no_pattern_explains_are_refused(text: str) -> None:
    assert parse_identifier(text) is None


# --- organisation types --------------------------------------------------------------------------

REFERENCE_TYPES = {
    "Higher education institution (tertiary level)": "higher-education",
    "School/Institute/Educational centre – General education (pre-primary level)": "school",
    "School/Institute/Educational centre – General education (primary level)": "school",
    "School/Institute/Educational centre – General education (secondary level)": "school",
    "School/Institute/Educational centre – Vocational Training (secondary level)": "vet-provider",
    "School/Institute/Educational centre – Vocational Training (tertiary level)": "vet-provider",
    "School/Institute/Educational centre – Adult education": "adult-education",
    "National Public body": "public-body-national",
    "Regional Public body": "public-body-regional",
    "Local Public body": "public-body-local",
    "Small and medium sized enterprise": "enterprise-sme",
    "Large enterprise": "enterprise-large",
    "Non-governmental organisation/association/social enterprise": "ngo",
    "Foundation": "foundation",
    "Social partner or other representative of working life (chambers of commerce, trade union, trade association)": "social-partner",
    "Research Institute/Centre": "research-institute",
    "National Youth Council": "youth-organisation",
    "European NGO": "european-ngo",
    "EU-wide network": "european-ngo",
    "Group of young people active in youth work": "informal-youth-group",
    "European grouping of territorial cooperation": None,
    "Accreditation, certification or qualification body": "qualification-body",
    "Counselling body": "guidance-body",
    "International organisation under public law": None,
    "Organisation or association representing (parts of) the sport sector": None,
    "Sport federation": None,
    "Sport league": None,
    "Sport club": None,
    "Other": "other",
    "Youth organisation": "youth-organisation",
    "Non profit organisations": "ngo",
}


def test_the_table_covers_every_label_of_the_reference_list() -> None:
    listed = (FIXTURES / "organisation-types.txt").read_text(encoding="utf-8").splitlines()
    assert set(REFERENCE_TYPES) == {line for line in listed if line}


@pytest.mark.parametrize("label, expected", sorted(REFERENCE_TYPES.items()))
def test_every_platform_type_maps_to_our_type_or_stays_other_with_its_label(label: str, expected: str | None) -> None:
    if expected is None:
        assert not is_mapped(label) and type_for(label) == OTHER  # never a guess
    else:
        assert is_mapped(label) and type_for(label) == expected
        mapping = mapping_for(label)
        assert mapping is not None and mapping.source and mapping.confidence in ("official", "agency-summary", "unconfirmed")


@pytest.mark.parametrize(
    "written",
    [
        "School/Institute/Educational centre - General education (secondary level)",
        "School/Institute/Educational centre — General education (secondary level)",
        "School/Institute/Educational centre–General education (Secondary level)",
        "  school/institute/educational centre   –   general education (secondary level) ",
    ],
)
def test_hyphen_en_dash_em_dash_spacing_and_case_read_as_one_label(written: str) -> None:
    assert type_for(written) == "school"


@given(st.sampled_from(sorted(REFERENCE_TYPES)), st.sampled_from(["-", "\u2013", "\u2014", " - ", "\u2013 "]), st.booleans())
def test_any_dash_and_case_variant_of_a_label_maps_like_the_label(label: str, dash: str, upper: bool) -> None:
    variant = label.replace(" – ", dash).replace("-", dash)
    variant = variant.upper() if upper else variant
    assert normalise_label(variant) == normalise_label(label)
    assert type_for(variant) == type_for(label)


def test_every_mapping_names_a_type_of_the_vocabulary() -> None:
    from erasmus_planner.domain.platform_types import mappings

    assert {m.id for m in mappings().values()} <= set(ORG_TYPE_IDS)


# --- websites and experience ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "website, host",
    [
        ("http://www.europaeisches-institut.li", "europaeisches-institut.li"),
        ("www.liechtenstein-institut.li", "liechtenstein-institut.li"),
        ("HTTPS://WWW.UA.ES/en/", "ua.es"),
        ("http://nadausavrsavanje.weebly.com", "nadausavrsavanje.weebly.com"),
        ("https://www.facebook.com/groups/578506935585056/", None),  # shared by many: tells nothing
        ("", None),
        ("n/a", None),
    ],
)
def test_website_host(website: str, host: str | None) -> None:
    assert website_host(website) == host


@pytest.mark.parametrize(
    "text, expected",
    [
        ("KA220-VET", Experience(action="cooperation-partnership", field="vet")),
        ("KA203", Experience(action="strategic-partnership", field="higher")),
        ("knowledge-alliance", Experience(action="knowledge-alliance")),
        ("EPPKA2-SSA-B", Experience(action="sector-skills-alliance")),
        ("ka101", Experience(code="KA101")),
        ("EPPKA3-PI-FORWARD", Experience(code="EPPKA3-PI-FORWARD")),
    ],
)
def test_experience_takes_action_ids_and_codes(text: str, expected: Experience) -> None:
    assert experience(text, CATALOGUE) == expected


@pytest.mark.parametrize(
    "text, role, since, words",
    [
        ("cooking", None, None, "neither an action nor an action's code"),
        ("KA220-VET", "applicant", None, "valid roles in a funded project: coordinator, partner"),
        ("KA220-VET", None, 1999, "Erasmus+ call years start at 2014"),
    ],
)
def test_experience_refuses_what_it_cannot_mean(text: str, role: str | None, since: int | None, words: str) -> None:
    with pytest.raises(PlanError) as caught:
        experience(text, CATALOGUE, role=role, since=since)
    assert words in str(caught.value)
