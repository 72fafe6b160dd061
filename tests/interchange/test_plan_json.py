"""The plan JSON format v1 (spec/plan-format.md §2): read, validate, write; every refusal names
the file, the partner and the valid choices."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.vocabulary import FIELDS, ORG_TYPE_IDS, ROLES
from erasmus_planner.interchange import plan_json

SAMPLE: dict[str, Any] = {
    "format": "erasmus-planner-plan",
    "version": 1,
    "title": "Green skills for rural schools",
    "action": "strategic-partnership",
    "field": "school",
    "lot": None,
    "variant": None,
    "call_year": 2019,
    "duration_months": 24,
    "partners": [
        {
            "name": "Łódź Technical School No. 3",
            "country": "PL",
            "type": "school",
            "role": "applicant",
            "oid": "E10123456",
            "pic": None,
            "eche": False,
            "city": "Łódź",
            "community": None,
            "contact": {"person": "A. Nowak", "email": "a.nowak@example.org"},
            "notes": "",
        },
        {"name": "2ο Γυμνάσιο Ηρακλείου", "country": "EL", "type": "school", "role": "partner"},
        {"name": "Grundschule am Park", "country": "DE", "type": "school", "role": "partner", "established": "1998-09-01"},
        {"name": "Bristol Academy", "country": "UK", "type": "school", "role": "associated-partner"},
    ],
}


def doc(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(SAMPLE)
    data.update(changes)
    return data


def partner_doc(index: int, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(SAMPLE)
    data["partners"][index].update(changes)
    return data


def refused(data: Any, *, source: str = "plan.json", require_applicant: bool = False) -> str:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(PlanError) as raised:
        plan_json.loads(text, source=source, require_applicant=require_applicant)
    message = str(raised.value)
    assert message.startswith(f"{source}: "), message
    assert "\n" not in message
    return message


# --- reading --------------------------------------------------------------------------------


def test_reads_the_spec_sample() -> None:
    plan = plan_json.loads(json.dumps(SAMPLE))
    assert plan.action == "strategic-partnership" and plan.field == "school" and plan.call_year == 2019
    assert plan.title == "Green skills for rural schools" and plan.duration_months == 24
    first = plan.partners[0]
    assert (first.name, first.country, first.type, first.role, first.oid, first.city) == (
        "Łódź Technical School No. 3", "PL", "school", "applicant", "E10123456", "Łódź")
    assert dict(first.contact or {}) == {"person": "A. Nowak", "email": "a.nowak@example.org"}
    assert plan.partners[2].established == "1998-09-01"
    assert plan.applicant is first


@pytest.mark.parametrize(("written", "stored"), [("EL", "GR"), ("UK", "GB"), ("el", "GR"), (" uk ", "GB"), ("gr", "GR"), ("DE", "DE")])
def test_eu_spellings_are_accepted_and_stored_as_iso(written: str, stored: str) -> None:
    plan = plan_json.loads(json.dumps(partner_doc(1, country=written)))
    assert plan.partners[1].country == stored
    assert json.loads(plan_json.dumps(plan))["partners"][1]["country"] == stored


@pytest.mark.parametrize(
    ("code", "action", "field"),
    [
        ("KA203", "strategic-partnership", "higher"),
        ("KA201", "strategic-partnership", "school"),
        ("ka205", "strategic-partnership", "youth"),
        ("KA220-YOU", "cooperation-partnership", "youth"),
        ("KA210-SCH", "small-scale-partnership", "school"),
        ("KA229", "school-exchange-partnership", "school"),
    ],
)
def test_official_codes_resolve_to_action_and_field(code: str, action: str, field: str) -> None:
    plan = plan_json.loads(json.dumps(doc(action=code, field=None, call_year=None)))
    assert (plan.action, plan.field) == (action, field)
    assert plan.call_year == load_catalogue().action(action).years.last  # the default year


def test_code_and_field_that_disagree_are_refused() -> None:
    message = refused(doc(action="KA203", field="school"))
    assert "KA203 means the field 'higher'" in message and "'school'" in message


def test_call_year_defaults_to_the_latest_year_of_the_action() -> None:
    data = doc(action="school-exchange-partnership")
    del data["call_year"]
    assert plan_json.loads(json.dumps(data)).call_year == 2020


def test_a_bom_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SAMPLE).encode("utf-8"))
    assert plan_json.load(path).title == SAMPLE["title"]


# --- unknown keys ---------------------------------------------------------------------------


def test_unknown_keys_are_kept_at_plan_and_partner_level() -> None:
    data = doc(budget={"lump_sum": 250000, "currency": "EUR"}, tags=["green", "rural"])
    data["partners"][0]["x-crm-id"] = 4711
    data["partners"][1]["website"] = "https://example.gr"
    plan = plan_json.loads(json.dumps(data, ensure_ascii=False))
    assert dict(plan.extra) == {"budget": {"lump_sum": 250000, "currency": "EUR"}, "tags": ["green", "rural"]}
    assert dict(plan.partners[0].extra) == {"x-crm-id": 4711}
    written = json.loads(plan_json.dumps(plan))
    assert written["budget"] == {"lump_sum": 250000, "currency": "EUR"} and written["tags"] == ["green", "rural"]
    assert written["partners"][0]["x-crm-id"] == 4711
    assert written["partners"][1]["website"] == "https://example.gr"
    assert plan_json.loads(plan_json.dumps(plan)) == plan


# --- writing --------------------------------------------------------------------------------


def test_written_file_has_the_spec_keys_in_spec_order(tmp_path: Path) -> None:
    plan = plan_json.loads(json.dumps(SAMPLE))
    path = tmp_path / "out.json"
    plan_json.save(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "Łódź" in text and "Γυμνάσιο" in text  # UTF-8, not \\u escapes
    data = json.loads(text)
    assert list(data)[:10] == ["format", "version", "title", "action", "field", "lot", "variant", "call_year", "duration_months", "partners"]
    assert data["format"] == "erasmus-planner-plan" and data["version"] == 1
    assert list(data["partners"][0])[:4] == ["name", "country", "type", "role"]
    assert plan_json.load(path) == plan
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_save_replaces_atomically_and_keeps_the_old_file_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.json"
    plan = plan_json.loads(json.dumps(SAMPLE))
    plan_json.save(plan, path)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(PlanError, match="plan.json: cannot be written"):
        plan_json.save(plan.with_changes(title="Changed"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_round_trip_of_a_built_plan() -> None:
    plan = Plan(
        "alliance-for-innovation",
        2026,
        (
            Organisation("Universidade do Porto", "PT", "higher-education", "applicant", eche=True, pic="999999999"),
            Organisation("Минск", "PL", "enterprise-sme", notes="multi\nline", city="Kraków"),
        ),
        lot="stem-skills-foundries",
        title="STEM",
    )
    assert plan_json.loads(plan_json.dumps(plan)) == plan


# --- refusals -------------------------------------------------------------------------------


def test_a_higher_version_is_refused_with_a_clear_message() -> None:
    message = refused(doc(version=2))
    assert "version 2" in message and "newer than this program understands" in message and "version 1" in message


@pytest.mark.parametrize("version", [0, "1", None, True, 1.5])
def test_a_version_that_is_not_a_whole_number_is_refused(version: Any) -> None:
    assert '"version" must be a whole number' in refused(doc(version=version))


def test_not_a_plan_file_is_refused() -> None:
    assert "does not look like a plan file" in refused(doc(format="something-else"))
    assert "one JSON object" in refused("[1, 2, 3]")


def test_malformed_json_names_line_and_column() -> None:
    text = '{\n  "format": "erasmus-planner-plan",\n  "version": 1,\n  "action": "KA201"\n  "partners": []\n}\n'
    message = refused(text)
    assert "not valid JSON at line 5, column 3" in message


@pytest.mark.parametrize(
    ("index", "field", "value", "words", "valid"),
    [
        (1, "type", "university", "unknown type 'university'", ORG_TYPE_IDS),
        (2, "role", "coordinator", "unknown role 'coordinator'", ROLES),
    ],
)
def test_unknown_type_or_role_lists_the_valid_ones(index, field, value, words, valid) -> None:  # type: ignore[no-untyped-def]
    message = refused(partner_doc(index, **{field: value}))
    name = SAMPLE["partners"][index]["name"]
    assert f"partner {index + 1} ({name})" in message
    assert words in message
    assert all(v in message for v in valid)


def test_unknown_action_lists_the_valid_ones() -> None:
    message = refused(doc(action="KA999"))
    assert "unknown action 'KA999'" in message
    assert all(a in message for a in load_catalogue().actions)
    assert "KA203" in message  # says codes are accepted too


def test_unknown_field_lists_the_valid_ones() -> None:
    message = refused(doc(field="sport"))
    assert "unknown field 'sport'" in message and all(f in message for f in FIELDS)


def test_unknown_lot_lists_the_valid_ones() -> None:
    message = refused(doc(action="sector-skills-alliance", field=None, lot="lot-9", call_year=2019))
    assert "unknown lot 'lot-9' for Sector Skills Alliances" in message
    assert all(lot in message for lot in ("skills-needs", "design-delivery", "blueprint", "vocational-excellence"))
    message = refused(doc(lot="blueprint"))
    assert "none: this action has no lots" in message


def test_unknown_variant_lists_the_valid_ones() -> None:
    message = refused(doc(variant="mobility"))
    assert "unknown variant 'mobility'" in message and "innovation" in message and "good-practice" in message


@pytest.mark.parametrize("country", ["XX", "Germany", "DEU", "", 49, None])
def test_invalid_country_names_the_partner_and_what_is_valid(country: Any) -> None:
    message = refused(partner_doc(2, country=country))
    assert "partner 3 (Grundschule am Park)" in message
    if country in ("", None):
        assert 'has no "country"' in message
    else:
        assert "is not a country code" in message and "two-letter ISO 3166 code" in message


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"name": ""}, 'partner 2 has no name; every partner needs a non-empty "name"'),
        ({"name": None}, "partner 2 has no name"),
        ({"type": None}, 'partner 2 (2ο Γυμνάσιο Ηρακλείου) has no "type"'),
        ({"eche": "yes"}, '"eche" must be true or false'),
        ({"community": "en"}, "community 'en' is not one of nl, fr, de"),
        ({"contact": "a.nowak@example.org"}, '"contact" must be an object'),
        ({"notes": 42}, '"notes" must be text'),
        ({"city": ["Heraklion"]}, '"city" must be text'),
    ],
)
def test_bad_partner_values_name_the_partner(changes: dict[str, Any], words: str) -> None:
    assert words in refused(partner_doc(1, **changes))


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"call_year": 2013}, '"call_year" must be a year from 2014 to 2027, not 2013'),
        ({"call_year": "2019"}, '"call_year" must be a year'),
        ({"duration_months": 0}, '"duration_months" must be a whole number of months'),
        ({"title": 7}, '"title" must be text'),
        ({"partners": {"name": "x"}}, '"partners" must be a list'),
        ({"action": ""}, '"action" is missing'),
    ],
)
def test_bad_plan_values_say_what_is_valid(changes: dict[str, Any], words: str) -> None:
    assert words in refused(doc(**changes))


def test_no_applicant_refused_when_required() -> None:
    data = partner_doc(0, role="partner")
    assert plan_json.loads(json.dumps(data)).applicant is None  # a half-built plan can be opened
    message = refused(data, require_applicant=True)
    assert 'no partner has the role "applicant"' in message and "mark exactly one" in message


def test_two_applicants_refused_when_required() -> None:
    data = partner_doc(2, role="applicant")
    assert len(plan_json.loads(json.dumps(data)).applicants) == 2
    message = refused(data, require_applicant=True)
    assert "2 partners have the role \"applicant\" (Łódź Technical School No. 3, Grundschule am Park)" in message


# --- files ----------------------------------------------------------------------------------


def test_file_problems_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(PlanError, match=r"missing\.json: no such file"):
        plan_json.load(missing)
    with pytest.raises(PlanError, match="this is a folder, not a plan file"):
        plan_json.load(tmp_path)
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(json.dumps(SAMPLE, ensure_ascii=False).encode("utf-8").replace("Łódź".encode(), "Lódz".encode("latin-1")))
    with pytest.raises(PlanError, match=r"latin1\.json: .*not UTF-8"):
        plan_json.load(latin1)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("country", "Germany", "(did you mean DE, Germany?)"),
        ("country", "Turkey", "(did you mean TR, Türkiye?)"),
        ("type", "university", "(did you mean 'higher-education'?)"),
        ("type", "SME", "(did you mean 'enterprise-sme'?)"),
        ("role", "coordinator", "(did you mean 'applicant'?)"),
    ],
)
def test_everyday_words_in_a_plan_are_refused_with_the_id_they_mean(field: str, value: str, expected: str) -> None:
    partner = {"name": "Musterschule", "country": "DE", "type": "school", "role": "applicant", field: value}
    data = {"format": "erasmus-planner-plan", "version": 1, "action": "KA201", "call_year": 2019, "partners": [partner]}
    with pytest.raises(PlanError) as caught:
        plan_json.parse_plan(data)
    assert expected in str(caught.value)
    assert "Musterschule" in str(caught.value)


def test_no_suggestion_for_text_that_means_nothing() -> None:
    partner = {"name": "Musterschule", "country": "ZZ", "type": "school", "role": "applicant"}
    data = {"format": "erasmus-planner-plan", "version": 1, "action": "KA201", "call_year": 2019, "partners": [partner]}
    with pytest.raises(PlanError) as caught:
        plan_json.parse_plan(data)
    assert "did you mean" not in str(caught.value)
    assert "two-letter ISO 3166 code" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": "erasmus-planner-plan", "version": 1, "action": "KA201", "partners": [{"name": "Schul', "a text in quotes is not closed; the file seems cut short"),
        ('{"format": "erasmus-planner-plan" "version": 1}', "a comma is missing between two values"),
        ('{"format": "erasmus-planner-plan", "version": 1,}', "a key must be in double quotes"),
        ('{"format": "erasmus-planner-plan", "version": 1, "action": ', "a value is missing"),
    ],
)
def test_malformed_json_is_explained_in_plain_words(text: str, words: str) -> None:
    with pytest.raises(PlanError) as caught:
        plan_json.loads(text, source="plan.json")
    message = str(caught.value)
    assert message.startswith("plan.json: not valid JSON at line 1, column ")
    assert words in message
