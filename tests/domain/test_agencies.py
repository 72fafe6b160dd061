"""The agency resolver: the right agency by country, field, call year and community, and why."""

from __future__ import annotations

import csv
import io
import re

import pytest

from erasmus_planner.domain import countries
from erasmus_planner.domain.agencies import NoAgency, all_agencies, resolve_agency
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.report import Agency
from erasmus_planner.domain.resources import read_text
from erasmus_planner.domain.vocabulary import CONFIDENCES, FIELDS

SP = "Strategic Partnerships"
CP = "Cooperation Partnerships"


def national(country: str, field: str | None, year: int, **kwargs: object) -> Agency:
    action = SP if year <= 2020 else CP
    return resolve_agency(
        action_name=action, centralised=False, field=field, call_year=year, applicant_country=country, **kwargs
    )


def assert_one_sentence(text: str) -> None:
    assert text and text.endswith(".")
    # No full stop inside: a second sentence would start after ". " with a capital.
    assert not re.search(r"\.\s+[A-Z]", text), text


@pytest.mark.parametrize(
    ("country", "field", "year", "community", "acronym", "name_part", "city"),
    [
        # Germany: four agencies, all in Bonn.
        ("DE", "school", 2019, None, "PAD", "Educational Exchange Service (PAD)", "Bonn"),
        ("DE", "vet", 2019, None, "NA beim BIBB", "Federal Institute for Vocational Education", "Bonn"),
        ("DE", "adult", 2023, None, "NA beim BIBB", "Federal Institute for Vocational Education", "Bonn"),
        ("DE", "higher", 2023, None, "NA DAAD", "German Academic Exchange Service", "Bonn"),
        ("DE", "youth", 2016, None, "JfE", "JUGEND für Europa", "Bonn"),
        # Belgium: by language community.
        ("BE", "school", 2019, "nl", "Epos", "Epos vzw", "Brussels"),
        ("BE", "youth", 2023, "nl", "JINT", "JINT vzw", "Brussels"),
        ("BE", "higher", 2019, "fr", "AEF-Europe", "AEF-Europe", "Brussels"),
        ("BE", "youth", 2023, "fr", "BIJ", "Bureau International Jeunesse", "Brussels"),
        ("BE", "school", 2019, "de", "Jugendbüro", "German-speaking Community", "Eupen"),
        ("BE", "youth", 2023, "de", "Jugendbüro", "German-speaking Community", "Eupen"),
        ("BE", "vet", 2016, "de", "Jugendbüro", "German-speaking Community", "Eupen"),
        # France: education and training in Bordeaux, youth in Paris.
        ("FR", "school", 2019, None, "", "Erasmus+ France Agency / Education & Training", "Bordeaux"),
        ("FR", "youth", 2023, None, "", "Erasmus+ France Agency / Youth & Sport", "Paris"),
        # The United Kingdom while it took part.
        ("GB", "higher", 2019, None, "", "British Council", "London"),
        ("GB", "vet", 2019, None, "", "Ecorys UK", "Birmingham"),
        # Changes of agency with known dates.
        ("FI", "school", 2016, None, "CIMO", "Centre for International Mobility", "Helsinki"),
        ("FI", "school", 2017, None, "EDUFI", "Finnish National Agency for Education", "Helsinki"),
        ("NO", "vet", 2017, None, "SIU", "Norwegian Centre for International Cooperation", "Bergen"),
        ("NO", "higher", 2018, None, "Diku", "Quality Enhancement in Higher Education", "Bergen"),
        ("NO", "adult", 2021, None, "HK-dir", "Norwegian Directorate for Higher Education and Skills", "Bergen"),
        ("NO", "youth", 2021, None, "Bufdir", "Children, Youth and Family Affairs", "Oslo"),
        ("ES", "school", 2014, None, "OAPEE", "Autonomous Body for European Educational Programmes", "Madrid"),
        ("ES", "school", 2015, None, "SEPIE", "Spanish Service for the Internationalisation", "Madrid"),
        ("AT", "youth", 2020, None, "IZ", "Interkulturelles Zentrum", "Vienna"),
        ("AT", "youth", 2021, None, "OeAD", "Austria's Agency for Education", "Vienna"),
        ("RS", "higher", 2019, None, "Tempus", "Foundation Tempus", "Belgrade"),
        ("GR", "youth", 2014, None, "INEDIVIM", "Youth and Lifelong Learning Foundation", "Athens"),
        ("GR", "youth", 2017, None, "INEDIVIM", "Youth and Lifelong Learning Foundation", "Athens"),
        ("GR", "school", 2015, None, "IKY", "State Scholarships Foundation", "Athens"),
        # EU spellings of country codes are accepted.
        ("EL", "adult", 2023, None, "IKY", "State Scholarships Foundation", "Athens"),
    ],
)
def test_national_agency(
    country: str, field: str, year: int, community: str | None, acronym: str, name_part: str, city: str
) -> None:
    agency = national(country, field, year, community=community)
    assert agency.kind == "national-agency"
    assert agency.acronym == acronym
    assert name_part in agency.name
    assert agency.city == city
    assert agency.website.startswith("https://")
    assert agency.alternatives == ()
    assert_one_sentence(agency.reason)
    assert countries.name(countries.parse_code(country)) in agency.reason
    assert agency.country == countries.parse_code(country)


def test_reason_names_country_field_and_action() -> None:
    agency = national("DE", "school", 2019)
    assert agency.reason == (
        "Strategic Partnerships are decentralised: the applicant is established in Germany, so the "
        "application goes to the National Agency there responsible for school education."
    )


@pytest.mark.parametrize(("field", "main", "others"), [("school", "Epos", ["AEF-Europe", "Jugendbüro"]),
                                                        ("youth", "JINT", ["BIJ", "Jugendbüro"])])
def test_belgium_without_community_lists_the_communities(field: str, main: str, others: list[str]) -> None:
    agency = national("BE", field, 2023)
    assert agency.acronym == main
    assert [a.acronym for a in agency.alternatives] == others
    assert "Flemish Community" in agency.valid
    assert [a.valid.split(";")[0] for a in agency.alternatives] == ["French Community", "German-speaking Community"]
    assert "language community" in agency.reason
    assert "Belgium" in agency.reason
    assert_one_sentence(agency.reason)


@pytest.mark.parametrize(
    ("year", "name"),
    [
        (2014, "Education, Audiovisual and Culture Executive Agency"),
        (2020, "Education, Audiovisual and Culture Executive Agency"),
        (2021, "European Education and Culture Executive Agency"),
        (2027, "European Education and Culture Executive Agency"),
    ],
)
def test_centralised_actions_go_to_the_executive_agency_under_its_name_of_the_year(year: int, name: str) -> None:
    action = "Knowledge Alliances" if year <= 2020 else "Alliances for Innovation"
    # No applicant and no field are needed: the executive agency takes every applicant.
    agency = resolve_agency(action_name=action, centralised=True, field=None, call_year=year, applicant_country=None)
    assert agency.kind == "executive-agency"
    assert agency.name == name
    assert agency.acronym == "EACEA"
    assert (agency.city, agency.country, agency.website) == ("Brussels", "BE", "https://eacea.ec.europa.eu")
    assert agency.reason == f"{action} are centralised: proposals go to the executive agency in Brussels."


def test_european_ngo_cooperation_partnership_goes_to_the_executive_agency() -> None:
    agency = resolve_agency(
        action_name=CP, centralised=False, field="adult", call_year=2022, applicant_country="BE",
        applicant_type="european-ngo", european_ngo_route=True,
    )
    assert agency.kind == "executive-agency"
    assert agency.name == "European Education and Culture Executive Agency"
    assert "European NGOs" in agency.reason and "Funding & Tenders Portal" in agency.reason
    assert "not to a National Agency" in agency.reason
    assert_one_sentence(agency.reason)


@pytest.mark.parametrize(
    ("year", "applicant_type", "route", "acronym"),
    [
        # Before 2021 there was no European-NGO route: the NGO applied to its own National Agency.
        (2019, "european-ngo", True, "NA beim BIBB"),
        # The route is for European NGOs only, and only where the action offers it.
        (2022, "ngo", True, "NA beim BIBB"),
        (2022, "european-ngo", False, "NA beim BIBB"),
    ],
)
def test_european_ngo_route_only_where_it_applies(year: int, applicant_type: str, route: bool, acronym: str) -> None:
    agency = national("DE", "adult", year, applicant_type=applicant_type, european_ngo_route=route)
    assert agency.kind == "national-agency"
    assert agency.acronym == acronym


@pytest.mark.parametrize(
    ("country", "field", "year", "main", "alternative"),
    [
        ("EE", "school", 2021, "Archimedes", "HARNO"),
        ("LT", "youth", 2022, "JTBA", "JRA"),
        ("SK", "youth", 2022, "IUVENTA", "NIVAM"),
        ("IS", "youth", 2016, "EUF / UMFÍ", "Rannís"),
        ("LU", "youth", 2018, "SNJ", "Anefore"),
        ("CY", "youth", 2023, "ONEK", "IDEP"),
    ],
)
def test_uncertain_changeover_gives_main_answer_and_alternative(
    country: str, field: str, year: int, main: str, alternative: str
) -> None:
    agency = national(country, field, year)
    assert agency.acronym == main
    assert [a.acronym for a in agency.alternatives] == [alternative]
    assert agency.valid and agency.alternatives[0].valid
    assert agency.valid != agency.alternatives[0].valid
    assert "listed" in agency.reason
    assert_one_sentence(agency.reason)


def test_estonia_2021_valid_texts_say_when() -> None:
    agency = national("EE", "youth", 2021)
    assert agency.valid.startswith("2014–2021 calls")
    assert "HARNO during 2021" in agency.valid
    assert agency.alternatives[0].valid.startswith("2021–2027 calls")
    assert agency.alternatives[0].name == "Education and Youth Board – Erasmus+ and European Solidarity Corps Agency"


@pytest.mark.parametrize(("country", "year"), [("EE", 2020), ("EE", 2022), ("LT", 2023), ("SK", 2021), ("IS", 2014)])
def test_outside_the_changeover_there_is_one_answer(country: str, year: int) -> None:
    assert national(country, "youth", year).alternatives == ()


def test_unconfirmed_assignment_says_so() -> None:
    agency = national("HU", "youth", 2016)
    assert "unconfirmed" in agency.reason
    assert national("HU", "youth", 2023).acronym == "TPF"


@pytest.mark.parametrize(
    ("country", "field", "year", "words"),
    [
        (None, "school", 2023, ["No applicant yet", "applicant's country"]),
        ("GB", "higher", 2021, ["United Kingdom", "EU Member State or associated country", "2021 call"]),
        ("RS", "school", 2018, ["Serbia", "is not a Programme Country in the 2018 call", "Programme Country"]),
        ("CH", "school", 2016, ["Switzerland", "Programme Country"]),
        ("CH", "youth", 2023, ["Switzerland", "EU Member State or associated country"]),
        ("DE", None, 2023, ["field", "Germany"]),
        ("DE", "sport", 2023, ["'sport'", "field"]),
        ("GR", "youth", 2015, ["Greece", "youth", "2015 call", "INEDIVIM"]),
        ("GR", "youth", 2016, ["Greece", "youth", "2016 call"]),
        ("XX", "school", 2023, ["'XX'", "country code"]),
    ],
)
def test_no_agency(country: str | None, field: str | None, year: int, words: list[str]) -> None:
    with pytest.raises(NoAgency) as caught:
        national(country, field, year)  # type: ignore[arg-type]
    message = str(caught.value)
    for word in words:
        assert word in message
    assert_one_sentence(message)
    assert isinstance(caught.value, PlanError)


def test_bad_community_is_refused() -> None:
    with pytest.raises(NoAgency, match="language community"):
        national("BE", "school", 2023, community="en")


@pytest.mark.parametrize("year", [2016, 2023])
def test_every_eligible_country_and_field_resolves(year: int) -> None:
    gaps = []
    for code in countries.eligible_countries(year):
        country = countries.name(code)
        for field in FIELDS:
            try:
                agency = national(code, field, year)
            except NoAgency as error:
                gaps.append((code, field))
                assert country in str(error)
                assert_one_sentence(str(error))
                continue
            assert agency.kind == "national-agency"
            assert agency.name and agency.city and agency.website.startswith("https://")
            assert agency.country == code
            assert country in agency.reason
            assert_one_sentence(agency.reason)
    # The only gap allowed: Greek youth, suspended from Dec 2014 until 2016.
    assert gaps == ([("GR", "youth")] if year == 2016 else [])


def test_shipped_csv_is_well_formed() -> None:
    rows = list(csv.DictReader(io.StringIO(read_text("agencies.csv"))))
    assert rows[0].keys() == set(
        "country,agency_name,agency_name_local,acronym,city,website,fields,from_year,to_year,"
        "community,kind,confidence,note,source_url".split(",")
    )
    for row in rows:
        assert row["fields"] and set(row["fields"].split(";")) <= set(FIELDS), row
        assert 2014 <= int(row["from_year"]) <= int(row["to_year"]) <= 2027, row
        assert row["kind"] in ("national-agency", "executive-agency"), row
        assert row["confidence"] in CONFIDENCES, row
        assert row["community"] == "" or (row["country"] == "BE" and row["community"] in ("nl", "fr", "de")), row
        assert row["agency_name"] and row["city"] and row["website"].startswith("https://"), row
        assert row["source_url"].startswith("http"), row
    executive = [r for r in rows if r["kind"] == "executive-agency"]
    assert [(r["country"], r["acronym"], r["from_year"], r["to_year"]) for r in executive] == [
        ("EU", "EACEA", "2014", "2020"),
        ("EU", "EACEA", "2021", "2027"),
    ]
    assert {r["community"] for r in rows if r["country"] == "BE"} == {"nl", "fr", "de"}


def test_all_agencies_lists_every_row() -> None:
    listed = all_agencies()
    assert len(listed) == len(list(csv.DictReader(io.StringIO(read_text("agencies.csv")))))
    assert {"PAD", "NA DAAD", "EACEA", "HK-dir", "Jugendbüro"} <= {a.acronym for a in listed}
    assert all(a.country and a.city and a.website for a in listed)
