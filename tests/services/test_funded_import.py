"""Funded projects into the directory: one entry per organisation however many projects, track
records, experience search, all-or-nothing imports, Cancel leaving the directory untouched,
near-duplicates, and merges and removals that undo exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from funded_exports import FIXTURES, KA200, KA200_COORDINATOR, SAMPLES, all_rows, row_of, with_cells, write_csv, write_xlsx

from erasmus_planner.domain.funded_projects import Experience
from erasmus_planner.domain.model import Organisation
from erasmus_planner.persistence.directory import PartnerDirectory
from erasmus_planner.services.directory_service import DirectoryService
from erasmus_planner.services.funded_import import import_projects


@pytest.fixture(params=["sqlite", "postgresql"])
def directory(request, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same directory on both engines: a file, and a team's PostgreSQL (issue 15)."""
    if request.param == "postgresql":
        d = PartnerDirectory(request.getfixturevalue("pg_database")[1])
    else:
        d = PartnerDirectory(tmp_path / "directory.sqlite3")
    yield d
    d.close()


def later_project(identifier: str, year: str, **cells: str) -> list[str]:
    """The KA200 row as if the same coordinator had run another project later."""
    return with_cells(row_of(KA200), Project_Identifier=identifier, Call_year=year, **cells)


def test_the_real_samples_import_with_every_organisation_once(directory: PartnerDirectory, tmp_path: Path) -> None:
    outcome = import_projects(directory, write_csv(tmp_path / "all.csv", all_rows()))
    assert outcome is not None and outcome.imported and outcome.problems == ()
    assert outcome.counts.projects_added == 4 and outcome.counts.participations == 20
    assert directory.project_count() == 4 and directory.count() == 20


def test_the_same_organisation_in_several_projects_is_one_entry_with_its_track_record(directory: PartnerDirectory, tmp_path: Path) -> None:
    rows = [
        row_of(KA200),
        later_project("2016-1-LI01-KA204-000107", "2016", Coordinating_organisation_name="  EUROPÄISCHES  Institut für interkulturelle und interreligiöse forschung"),
        later_project("2022-1-LI01-KA220-ADU-000012345", "2022"),
    ]
    import_projects(directory, write_csv(tmp_path / "three.csv", rows))
    assert directory.count() == 5  # the same five organisations in three projects
    (entry,) = directory.search("europaisches institut", track_records=True, newest=None)
    assert entry.organisation.name == KA200_COORDINATOR  # the first row's spelling
    assert [(p.identifier, p.call_year, p.role) for p in entry.projects] == [
        ("2022-1-LI01-KA220-ADU-000012345", 2022, "coordinator"),
        ("2016-1-LI01-KA204-000107", 2016, "coordinator"),
        (KA200, 2014, "coordinator"),
    ]
    assert entry.project_count == 3 and entry.projects[0].action == "cooperation-partnership" and entry.projects[0].field == "adult"


def test_one_name_in_one_country_with_two_websites_is_two_organisations(directory: PartnerDirectory, tmp_path: Path) -> None:
    rows = [row_of(KA200), later_project("2016-1-LI01-KA204-000107", "2016", Coordinators_website="www.another-institute.li")]
    import_projects(directory, write_csv(tmp_path / "two.csv", rows))
    assert len(directory.search("europaisches institut")) == 2
    pairs = DirectoryService(directory).duplicates()
    assert [(c.reason, a.organisation.name == b.organisation.name) for c, a, b in pairs] == [("same-name", True)]


def test_an_organisation_already_in_the_directory_is_matched_and_keeps_its_details(directory: PartnerDirectory, tmp_path: Path) -> None:
    mine = directory.add(Organisation("Liechtenstein-Institut", "LI", "research-institute", pic="949999999", notes="our partner in 2019"))
    outcome = import_projects(directory, FIXTURES / "sample-2014.csv")
    assert outcome.counts.organisations_reused == 1 and outcome.counts.organisations_added == 4
    (entry,) = directory.entries([mine.id])
    assert entry.organisation.notes == "our partner in 2019" and entry.organisation.pic == "949999999"
    assert [p.identifier for p in entry.projects] == [KA200]


def test_a_newer_list_replaces_a_project_with_its_participants(directory: PartnerDirectory, tmp_path: Path) -> None:
    import_projects(directory, FIXTURES / "sample-2014.csv")
    fewer = with_cells(row_of(KA200), Project_Title="Community Education (final)", Partner_4_name="", Partner_4_organisation_type="",
                       Partner_4_address="", Partner_4_region="", Partner_4_country="", Partner_4_website="")
    outcome = import_projects(directory, write_csv(tmp_path / "newer.csv", [fewer]))
    assert (outcome.counts.projects_added, outcome.counts.projects_replaced, outcome.counts.participations) == (0, 1, 4)
    stored = directory.project(KA200)
    assert stored.summary.title == "Community Education (final)" and len(stored.members) == 4


def test_with_a_bad_row_nothing_is_imported_unless_bad_rows_are_skipped(directory: PartnerDirectory, tmp_path: Path) -> None:
    rows = [*all_rows(), with_cells(row_of(KA200), Project_Identifier="2016-1-LI01-KA204-000107", Call_year="2016", Partner_2_country="Narnia")]
    path = write_csv(tmp_path / "bad.csv", rows)
    refused = import_projects(directory, path)
    assert not refused.imported and refused.bad_rows == 1 and refused.good_rows == 4
    assert [p.row for p in refused.problems] == [6] and directory.count() == 0 and directory.project_count() == 0
    skipped = import_projects(directory, path, skip_bad_rows=True)
    assert skipped.imported and skipped.counts.projects_added == 4 and directory.project_count() == 4


def test_the_same_project_twice_in_one_file_is_a_bad_row(directory: PartnerDirectory, tmp_path: Path) -> None:
    outcome = import_projects(directory, write_csv(tmp_path / "twice.csv", [row_of(KA200), row_of(KA200)]))
    assert not outcome.imported and "the same project is already on row 2" in str(outcome.problems[0])


@pytest.mark.parametrize("directory", ["sqlite"], indirect=True)  # compares the file's bytes
def test_cancel_leaves_the_directory_file_exactly_as_it_was(directory: PartnerDirectory, tmp_path: Path) -> None:
    import_projects(directory, FIXTURES / "sample-2014.csv")
    many = [with_cells(row_of(KA200), Project_Identifier=f"2019-1-LI01-KA204-{n:06d}", Call_year="2019",
                       Coordinating_organisation_name=f"Institute {n}") for n in range(1, 3001)]
    path = write_csv(tmp_path / "many.csv", many)
    before = (tmp_path / "directory.sqlite3").read_bytes()
    calls = []

    def cancel(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 3:
            raise KeyboardInterrupt  # what the window's Cancel raises is the caller's; any exception will do

    with pytest.raises(KeyboardInterrupt):
        import_projects(directory, path, progress=cancel)
    assert calls[0][0] < calls[1][0] < calls[2][0] <= calls[2][1] == path.stat().st_size
    assert (tmp_path / "directory.sqlite3").read_bytes() == before
    assert directory.project_count() == 1 and directory.count() == 5


def test_an_xlsx_export_imports_like_the_csv(directory: PartnerDirectory, tmp_path: Path) -> None:
    outcome = import_projects(directory, write_xlsx(tmp_path / "all.xlsx", all_rows()))
    assert outcome.imported and outcome.counts.projects_added == len(SAMPLES) and outcome.sheet == "Projects"


# --- experience ----------------------------------------------------------------------------------


@pytest.fixture
def history(directory: PartnerDirectory, tmp_path: Path) -> PartnerDirectory:
    return fill_history(directory, tmp_path)


@pytest.fixture
def sqlite_history(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same history in a directory file only: for what only SQLite can show (its query plan)."""
    with PartnerDirectory(tmp_path / "directory.sqlite3") as directory:
        yield fill_history(directory, tmp_path)


def fill_history(directory: PartnerDirectory, tmp_path: Path) -> PartnerDirectory:
    rows = [
        *all_rows(),
        later_project("2021-1-LI01-KA220-VET-000020001", "2021"),
        later_project("2023-1-LI01-KA220-VET-000030001", "2023", Coordinating_organisation_name="Liechtenstein-Institut",
                      Coordinating_organisation_type="Research Institute/Centre", Coordinators_website="www.liechtenstein-institut.li",
                      Partner_1_name="Europäisches Institut für interkulturelle und interreligiöse Forschung",
                      Partner_1_organisation_type="Other", Partner_1_website="http://www.europaeisches-institut.li",
                      **{f"Partner_{n}_{field}": "" for n in (2, 3, 4) for field in ("name", "organisation_type", "address", "region", "country", "website")}),
    ]
    import_projects(directory, write_csv(tmp_path / "history.csv", rows))
    return directory


def names(entries) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.organisation.name for e in entries]


@pytest.mark.parametrize(
    "experience, expected",
    [
        # One project each: the most recent first.
        (Experience(action="cooperation-partnership", field="vet", role="coordinator"), ["Liechtenstein-Institut", KA200_COORDINATOR]),
        (Experience(action="cooperation-partnership", field="vet", role="coordinator", since=2022), ["Liechtenstein-Institut"]),
        (Experience(action="cooperation-partnership", field="adult"), []),
        # One project each, all of 2014: in the order the directory met them.
        (Experience(action="strategic-partnership", role="partner"), [
            "Liechtenstein-Institut", "Diakonisches Werk der evangelischen Kirche in Württemberg e.V.", "EU WAREHOUSE",
            "KATHOLISCHE FACHHOCHSCHULE NORDRHEIN-WESTFALEN",
        ]),
        (Experience(code="KA101"), ['OS "Nada Popovic"', "Zakladni skola a materska skola Ostrava-Zabreh, Kosmonautu 15, prispevkova organizace"]),
        (Experience(code="SPO", role="coordinator"), ["BIRZU LENGVOSIOS ATLETIKOS SPORTO KLUBAS"]),
    ],
)
def test_experience_search_by_action_field_role_and_year(history: PartnerDirectory, experience: Experience, expected: list[str]) -> None:
    assert names(history.search(experience=experience)) == expected


def test_the_most_experienced_come_first_and_each_result_lists_its_projects(history: PartnerDirectory) -> None:
    found = history.search(experience=Experience(action="cooperation-partnership", field="vet"), newest=None)
    assert names(found)[:2] == [KA200_COORDINATOR, "Liechtenstein-Institut"]
    assert [e.matching for e in found] == [2, 2, 1, 1, 1]
    assert [p.call_year for p in found[0].projects] == [2023, 2021, 2014]
    assert history.search("institut", country="LI", type="research-institute", experience=Experience(role="coordinator", since=2023))[0].organisation.name == "Liechtenstein-Institut"


FILTERED = [
    ("institut", {"country": "LI"}, Experience(role="coordinator")),
    ("", {"type": "research-institute"}, Experience(action="cooperation-partnership", field="vet")),
    ("", {"country": "DE"}, Experience(action="strategic-partnership", role="partner")),
    ("e", {}, Experience(code="KA101")),
    ("", {"country": "FR"}, Experience(action="cooperation-partnership")),  # nobody there: none
]


@pytest.mark.parametrize("text, filters, experience", FILTERED)
def test_a_filtered_experience_search_finds_the_same_whether_it_starts_from_the_organisations_or_not(
    history: PartnerDirectory, text: str, filters: dict[str, str], experience: Experience, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Few organisations pass a filter: they are read first. Many: every participation is joined.
    from erasmus_planner.persistence import directory_history

    few_first = [(e.id, e.matching) for e in history.search(text, experience=experience, **filters)]
    monkeypatch.setattr(directory_history, "FEW_ORGANISATIONS", 0)
    assert [(e.id, e.matching) for e in history.search(text, experience=experience, **filters)] == few_first


@pytest.mark.parametrize("text, filters, experience", [*FILTERED, ("", {}, Experience(action="cooperation-partnership")),
                                                       ("", {}, Experience(action="cooperation-partnership", field="vet", since=2022))])
def test_an_experience_search_reads_participations_through_an_index_never_the_whole_table(
    sqlite_history: PartnerDirectory, text: str, filters: dict[str, str], experience: Experience
) -> None:
    """The guard of the search's speed without timing it (docs/performance.md, bench/funded_import.py):
    SQLite's plan reads participations only by an index range, and with a country, type or words
    only the participations of the organisations that pass them (one look-up per organisation),
    never those of the whole action joined to their organisation one by one."""
    history = sqlite_history  # SQLite's query plan: PostgreSQL plans from its statistics
    from sqlalchemy import event

    ranking: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if "AS projects" in statement:
            ranking.append((statement, parameters))

    event.listen(history.engine, "before_cursor_execute", seen)
    try:
        history.search(text, experience=experience, **filters)
    finally:
        event.remove(history.engine, "before_cursor_execute", seen)
    assert len(ranking) == 1
    with history.engine.connect() as conn:
        plan = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + ranking[0][0], ranking[0][1])]
    reading = [step for step in plan if "participation" in step]
    assert reading and all(step.startswith("SEARCH participation USING ") for step in reading), plan
    assert not any("organisation USING INTEGER PRIMARY KEY" in step for step in plan), plan
    if filters or text:
        assert any("organisation_id=?" in step for step in reading), plan


# --- duplicates, merge, removal -------------------------------------------------------------------


def test_merging_two_entries_of_one_project_keeps_the_coordinator_row_once_and_undo_puts_both_back(directory: PartnerDirectory, tmp_path: Path) -> None:
    partner_too = with_cells(row_of(KA200), Partner_1_name="Europäisches Institut für interkulturelle Forschung", Partner_1_country="LI")
    import_projects(directory, write_csv(tmp_path / "both.csv", [partner_too]))
    coordinator, partner = (e.id for e in directory.search("europaisches"))
    before = directory.project(KA200)
    record = directory.merge_entries(partner, coordinator)
    merged = directory.project(KA200)
    assert [(m.position, m.role, m.entry_id) for m in merged.members][:2] == [(0, "coordinator", partner), (2, "partner", 3)]
    assert directory.entries([partner])[0].project_count == 1
    directory.unmerge(record)
    assert directory.project(KA200) == before


def test_merging_moves_the_track_record_and_undo_restores_both_exactly(directory: PartnerDirectory, tmp_path: Path) -> None:
    rows = [row_of(KA200), later_project("2016-1-LI01-KA204-000107", "2016", Coordinating_organisation_name="Europäisches Institut für interkulturelle Forschung",
                                         Coordinators_website="", Coordinators_address="")]
    import_projects(directory, write_csv(tmp_path / "spellings.csv", rows))
    service = DirectoryService(directory)
    (candidate, first, second), = [p for p in service.duplicates() if p[0].reason == "contained-name"]
    before = {e.id: e for e in directory.entries([first.id, second.id])}
    record, kept = service.merge_entries(second.id, first.id)
    assert kept.project_count == 2 and len(directory.search("europaisches")) == 1
    assert directory.entries([second.id])[0].website == "http://www.europaeisches-institut.li"  # filled in from the other
    service.unmerge(record)
    after = {e.id: e for e in directory.entries([first.id, second.id])}
    assert after == before


def test_merging_across_countries_needs_to_be_asked_for(directory: PartnerDirectory) -> None:
    a = directory.add(Organisation("Institut X", "LI", "ngo"))
    b = directory.add(Organisation("Institut X", "AT", "ngo"))
    with pytest.raises(Exception, match="different countries"):
        DirectoryService(directory).merge_entries(a.id, b.id)
    DirectoryService(directory).merge_entries(a.id, b.id, any_country=True)
    assert directory.count() == 1


def test_removing_an_entry_takes_its_participations_and_restoring_brings_them_back(directory: PartnerDirectory) -> None:
    import_projects(directory, FIXTURES / "sample-2014.csv")
    (entry,) = directory.search("liechtenstein institut", track_records=True, newest=None)
    removed = directory.remove(entry.id)
    assert len(directory.project(KA200).members) == 4
    directory.restore(removed)
    assert directory.entries([entry.id]) == [entry] and len(directory.project(KA200).members) == 5
