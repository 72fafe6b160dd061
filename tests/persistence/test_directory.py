"""The partner directory: accent-blind search, edits, merging imports, and foreign files refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from plan_samples import snapshot

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.persistence.directory import ENV_VARIABLE, FILE_NAME, PartnerDirectory
from erasmus_planner.persistence.errors import FileTooNew, NotOurFile

ORGS = (
    Organisation("Łódź Technical School No. 3", "PL", "school", oid="E10123456", city="Łódź"),
    Organisation("Universität zu Köln", "DE", "higher-education", pic="949999999", city="Köln", eche=True),
    Organisation("Stadt Köln", "DE", "public-body-local", city="Köln"),
    Organisation("Athénée Royal de Liège", "BE", "school", community="fr"),
    Organisation("Lodz Film School", "PL", "higher-education"),
    Organisation("100% Green_Energy NGO", "ES", "ngo", contact={"person": "M. Ruiz"}, notes="met in Porto"),
)


@pytest.fixture(params=["sqlite", "postgresql"])
def directory(request, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same directory on both engines: a file, and a team's PostgreSQL (issue 15)."""
    if request.param == "postgresql":
        _name, url = request.getfixturevalue("pg_database")
        d = PartnerDirectory(url)
    else:
        d = PartnerDirectory(tmp_path / "dir.sqlite3")
    d.import_organisations(ORGS)
    yield d
    d.close()


def _names(entries) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.organisation.name for e in entries]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("lodz", ["Lodz Film School", "Łódź Technical School No. 3"]),
        ("ŁÓDŹ", ["Lodz Film School", "Łódź Technical School No. 3"]),
        ("koln", ["Stadt Köln", "Universität zu Köln"]),
        ("KÖLN uni", ["Universität zu Köln"]),
        ("liege", ["Athénée Royal de Liège"]),
        ("E10123456", ["Łódź Technical School No. 3"]),
        ("949999999", ["Universität zu Köln"]),
        ("100%", ["100% Green_Energy NGO"]),
        ("e_g", []),  # a LIKE wildcard would match "erg" in "energy"; here it is a plain character
        ("n_e", ["100% Green_Energy NGO"]),
        ("nothing like this", []),
    ],
)
def test_search_ignores_accents_and_case_and_finds_by_oid_and_pic(directory: PartnerDirectory, text: str, expected: list[str]) -> None:
    assert _names(directory.search(text)) == expected


def test_names_that_start_with_the_text_come_first(directory: PartnerDirectory) -> None:
    assert _names(directory.search("school")) == ["Lodz Film School", "Łódź Technical School No. 3"]
    directory.add(Organisation("School of Arts", "IT", "school"))
    assert _names(directory.search("school"))[0] == "School of Arts"


def test_search_filters_by_country_code_or_name_and_by_type(directory: PartnerDirectory) -> None:
    assert _names(directory.search("", country="DE")) == ["Stadt Köln", "Universität zu Köln"]
    assert _names(directory.search("koln", country="Germany", type="public-body-local")) == ["Stadt Köln"]
    assert _names(directory.search(type="higher-education")) == ["Lodz Film School", "Universität zu Köln"]
    assert len(directory.search(limit=2)) == 2


def test_bad_filters_say_what_is_valid(directory: PartnerDirectory) -> None:
    with pytest.raises(PlanError, match="valid types: school"):
        directory.search(type="university")
    with pytest.raises(PlanError, match="not a country"):
        directory.search(country="Atlantis")


def test_entries_keep_everything_but_the_role(directory: PartnerDirectory) -> None:
    entry = directory.search("green")[0]
    org = entry.organisation
    assert (org.contact, org.notes, org.country, org.role) == ({"person": "M. Ruiz"}, "met in Porto", "ES", "partner")
    assert directory.get(entry.id) == entry


def test_add_update_remove(directory: PartnerDirectory) -> None:
    entry = directory.add(Organisation("Nowy Partner", "PL", "ngo", role="applicant"))
    assert entry.organisation.role == "partner"
    directory.update(entry.id, entry.organisation.with_changes(name="Nowy Partner sp. z o.o.", type="enterprise-sme"))
    assert directory.get(entry.id).organisation.type == "enterprise-sme"
    assert _names(directory.search("nowy")) == ["Nowy Partner sp. z o.o."]
    directory.remove(entry.id)
    assert directory.search("nowy") == []
    with pytest.raises(PlanError, match="no entry"):
        directory.get(entry.id)
    with pytest.raises(PlanError, match="no entry"):
        directory.update(entry.id, entry.organisation)


def test_importing_again_updates_instead_of_duplicating(directory: PartnerDirectory) -> None:
    renamed = ORGS[0].with_changes(name="Łódź Technical School No. 3 (ZSP3)")  # same OID
    moved = ORGS[2].with_changes(city="Cologne")  # same name and country
    counts = directory.merge([renamed, moved, Organisation("Brand New", "FR", "ngo")])
    assert (counts.added, counts.updated) == (1, 2)
    assert directory.count() == len(ORGS) + 1
    assert _names(directory.search("E10123456")) == ["Łódź Technical School No. 3 (ZSP3)"]
    assert directory.import_organisations([Organisation("Brand New", "FR", "ngo")] * 2) == 1


def test_the_directory_persists_between_openings(tmp_path: Path) -> None:
    with PartnerDirectory(tmp_path / "d.sqlite3") as first:
        first.add(ORGS[0])
    with PartnerDirectory(tmp_path / "d.sqlite3") as second:
        assert _names(second.all()) == [ORGS[0].name]


@pytest.mark.parametrize("directory", ["sqlite"], indirect=True)
def test_search_reads_the_covering_index_not_the_table(directory: PartnerDirectory) -> None:
    """What keeps a keystroke search over 50,000 organisations within 50 ms (bench/directory_speed.py)."""
    with sqlite3.connect(directory.path) as db:
        plan = db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM organisation WHERE search_text LIKE '%lodz%' ESCAPE '\\' "
            "ORDER BY name_folded, id LIMIT 50"
        ).fetchall()
    db.close()
    assert "COVERING INDEX ix_organisation_search" in " ".join(str(step[-1]) for step in plan)


def test_the_default_path_is_the_option_then_the_environment_then_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VARIABLE, str(tmp_path / "env.sqlite3"))
    assert PartnerDirectory.default_path(tmp_path / "option.sqlite3") == tmp_path / "option.sqlite3"
    assert PartnerDirectory.default_path() == tmp_path / "env.sqlite3"
    monkeypatch.delenv(ENV_VARIABLE)
    default = PartnerDirectory.default_path()
    assert default.name == FILE_NAME and "erasmus-planner" in str(default)


def test_a_new_directory_is_created_with_its_folders(tmp_path: Path) -> None:
    with PartnerDirectory(tmp_path / "a" / "b" / "d.sqlite3") as d:
        assert d.count() == 0


def _unrelated(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE organisation (id INTEGER PRIMARY KEY)")
    db.close()


def _newer(path: Path) -> None:
    PartnerDirectory(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 7")
    db.close()


@pytest.mark.parametrize(
    "make, error, words",
    [
        (lambda p: p.write_bytes(b"name,country\nx,PL\n"), NotOurFile, "not a partner directory"),
        (_unrelated, NotOurFile, "another program"),
        (_newer, FileTooNew, "newer version"),
        (lambda p: p.mkdir(), PlanError, "folder"),
    ],
    ids=["text file", "unrelated database", "newer directory", "folder"],
)
def test_a_file_that_is_not_a_directory_of_this_version_is_refused_untouched(
    tmp_path: Path, make, error: type, words: str  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "d.sqlite3"
    make(path)
    before = snapshot(tmp_path)
    with pytest.raises(error) as caught:
        PartnerDirectory(path)
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert snapshot(tmp_path) == before
