"""Reading the Project Results export: recognised by its header, CSV (BOM or not, comma or
semicolon) and XLSX, any number of Partner N groups, streamed, and every bad input refused
with a sentence that names the file and what would be valid."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from funded_exports import FIXTURES, KA200, SAMPLES, all_rows, header, row_of, with_cells, write_csv, write_xlsx

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.interchange.project_results import LINE_LIMIT, is_export, open_export
from erasmus_planner.interchange.project_rows import RowReader, city_of

CATALOGUE = load_catalogue()


def projects(path: Path) -> tuple[list, list]:
    found, problems = [], []
    with open_export(path) as rows:
        assert rows is not None
        reader = RowReader(rows.layout, CATALOGUE)
        for number, cells in rows:
            project, row_problems = reader.read(number, cells)
            if project is not None:
                found.append(project)
            problems.extend(row_problems)
    return found, problems


@pytest.mark.parametrize("name", SAMPLES)
def test_every_real_sample_reads_as_one_project_with_all_its_organisations(name: str) -> None:
    found, problems = projects(FIXTURES / name)
    assert problems == [] and len(found) == 1
    project = found[0]
    cells = dict(zip(header(), row_of(project.identifier)))
    named = [cells["Coordinating organisation name"]] + [cells[f"Partner {n} name"] for n in range(1, 101) if cells[f"Partner {n} name"]]
    assert [p.name for p in project.participants] == [" ".join(n.split()) for n in named]
    assert project.participants[0].role == "coordinator" and {p.role for p in project.participants[1:]} <= {"partner"}


def test_the_ka200_sample_in_detail() -> None:
    (project,), _ = projects(FIXTURES / "sample-2014.csv")
    assert (project.identifier, project.call_year, project.title) == (KA200, 2014, "Community Education")
    assert (project.action.action, project.action.code, project.action.field) == ("strategic-partnership", "KA200", None)
    coordinator = project.participants[0]
    assert (coordinator.country, coordinator.type, coordinator.type_as_written, coordinator.city) == ("LI", "other", "Other", "Triesen")
    assert [(p.country, p.type) for p in project.participants[1:]] == [
        ("LI", "research-institute"), ("DE", "ngo"), ("BE", "other"), ("DE", "higher-education"),
    ]


def test_el_and_uk_are_read_as_greece_and_the_united_kingdom_and_a_line_break_in_a_cell_is_kept_apart(tmp_path: Path) -> None:
    (ka3,), _ = projects(FIXTURES / "sample-ka3-2015.csv")
    assert [p.country for p in ka3.participants] == ["ES", "ES", "IT", "GR", "GR"]
    (sport,), _ = projects(FIXTURES / "sample-sport-2014.csv")
    ministry = sport.participants[6]
    assert ministry.address == "ATATURK BULVARI NO: 98 BAKANLIKLAR, 06510, ANKARA" and ministry.city == "ANKARA"
    row = with_cells(row_of(KA200), Partner_3_country="UK", Partner_2_country="Germany", Partner_1_country="XK")
    (project,), problems = projects(write_csv(tmp_path / "x.csv", [row]))
    assert problems == [] and [p.country for p in project.participants[1:4]] == ["XK", "DE", "GB"]


@pytest.mark.parametrize("bom", [True, False], ids=["BOM", "no BOM"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_csv_with_or_without_bom_and_any_delimiter(tmp_path: Path, bom: bool, delimiter: str) -> None:
    path = write_csv(tmp_path / "projects.csv", all_rows(), delimiter=delimiter, bom=bom)
    found, problems = projects(path)
    assert problems == [] and len(found) == 4
    assert found[0].participants[0].name.startswith("Europäisches Institut")


def test_xlsx_is_read_and_a_title_line_above_the_header_is_tolerated(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "projects.xlsx", all_rows(), title_rows=2)
    found, problems = projects(path)
    assert problems == [] and [p.identifier for p in found][0] == KA200 and len(found) == 4


def test_any_number_of_partner_groups_is_read_in_order_and_headers_are_found_by_name(tmp_path: Path) -> None:
    base = header()[:22]
    groups = [f"Partner {n} {field}" for n in range(1, 151) for field in ("name", "organisation type", "address", "region", "country", "website")]
    head = list(reversed(base)) + groups  # columns in another order: found by header, never by position
    fixed = dict(zip(header()[:22], row_of(KA200)[:22]))
    cells = [fixed[h] for h in reversed(base)]
    partners = []
    for n in range(1, 151):
        partners += [f"Partner organisation {n}", "Small and medium sized enterprise", f"Street {n}, 1000, Town {n}", "", "DE", ""]
    partners[6 * 42 : 6 * 43] = [""] * 6  # a gap in the middle: the groups after it are still read
    (project,), problems = projects(write_csv(tmp_path / "wide.csv", [cells + partners], head=head))
    assert problems == []
    assert len(project.participants) == 150 and project.participants[-1].position == 150
    assert 43 not in [p.position for p in project.participants] and project.participants[-1].city == "Town 150"


def test_short_rows_read_as_empty_trailing_cells(tmp_path: Path) -> None:
    row = row_of(KA200)
    last = max(i for i, cell in enumerate(row) if cell)
    (project,), problems = projects(write_csv(tmp_path / "short.csv", [row[: last + 1]]))
    assert problems == [] and len(project.participants) == 5


def test_rows_of_another_programme_are_recognised(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [with_cells(row_of(KA200), Programme="Creative Europe")])
    with open_export(path) as rows:
        reader = RowReader(rows.layout, CATALOGUE)
        assert [reader.is_other_programme(cells) for _, cells in rows] == [True]


# --- bad input ------------------------------------------------------------------------------------

ROW_PROBLEMS = [
    ({"Project_Identifier": "2014-1-LI01-KA2-5"}, "Project Identifier", "no known pattern explains this project identifier"),
    ({"Project_Identifier": ""}, "Project Identifier", "the project identifier is empty"),
    ({"Coordinators_country": "Atlantis"}, "Coordinator's country", "not a country; use a two-letter code such as DE, EL or UK"),
    ({"Partner_2_country": ""}, "Partner 2 country", "the country is empty"),
    ({"Partner_4_name": ""}, "Partner 4 name", "Partner 4 has no name while its other columns are filled"),
    ({"Coordinating_organisation_name": ""}, "Coordinating organisation name", "the coordinating organisation has no name"),
    ({"Call_year": "20x4"}, "Call year", "not a call year; a call year has four digits, from 2014 on"),
    ({"Call_year": "2019"}, "Call year", "the project identifier says the call year is 2014; one of the two is wrong"),
    ({"Partner_1_name": "N" * 301}, "Partner 1 name", "the name: 301 characters, more than the 300 allowed"),
    ({"Project_Title": "T" * 501}, "Project Title", "the title: 501 characters, more than the 500 allowed"),
]


@pytest.mark.parametrize("cells, column, words", ROW_PROBLEMS, ids=[c for _, c, _ in ROW_PROBLEMS])
def test_a_bad_row_names_its_row_column_value_and_what_would_be_valid(tmp_path: Path, cells: dict, column: str, words: str) -> None:
    rows = [row_of(KA200), with_cells(row_of(KA200), **cells)]
    found, problems = projects(write_csv(tmp_path / "bad.csv", rows))
    assert len(found) == 1 and len(problems) == 1
    problem = problems[0]
    assert (problem.row, problem.column) == (3, column)
    assert words in str(problem) and f"row 3, column {column!r}" in str(problem)


def test_every_problem_of_a_row_is_reported_not_only_the_first(tmp_path: Path) -> None:
    row = with_cells(row_of(KA200), Partner_1_country="ZZ", Partner_3_country="QQ", Call_year="soon")
    _, problems = projects(write_csv(tmp_path / "bad.csv", [row]))
    assert sorted(p.column for p in problems) == ["Call year", "Partner 1 country", "Partner 3 country"]


def test_a_header_with_export_columns_missing_says_which(tmp_path: Path) -> None:
    head = [h for h in header() if h not in ("Coordinator's country", "Coordinating organisation type")]
    path = write_csv(tmp_path / "partial.csv", [], head=head)
    with pytest.raises(PlanError) as caught, open_export(path):
        pass
    message = str(caught.value)
    assert str(path) in message and "'Coordinating organisation type', 'Coordinator's country'" in message


def test_a_file_that_is_no_export_is_not_taken_for_one(tmp_path: Path) -> None:
    partner_list = tmp_path / "partners.csv"
    partner_list.write_text("Name,Country,Type\nStadt Köln,DE,public-body-local\n", encoding="utf-8")
    assert not is_export(partner_list)
    assert not is_export(FIXTURES / "organisation-types.txt")


def test_an_xlsx_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "projects.xlsx"
    fake.write_text("Project Identifier,Coordinating organisation name\n", encoding="utf-8")
    with pytest.raises(PlanError, match="not an .xlsx workbook"), open_export(fake):
        pass
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    with pytest.raises(PlanError, match="not a readable .xlsx workbook"), open_export(broken):
        pass


def test_a_gigabyte_of_junk_is_refused_after_reading_a_few_megabytes(tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    with open(junk, "wb") as file:
        file.truncate(1024 * 1024 * 1024)  # sparse: a gigabyte of zero bytes without a line break
    with pytest.raises(PlanError) as caught, open_export(junk):
        pass
    assert f"longer than {LINE_LIMIT:,} characters" in str(caught.value) and str(junk) in str(caught.value)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(128, 256)) * 1000)
    with pytest.raises(PlanError, match="not UTF-8 text"), open_export(binary):
        pass


def test_a_folder_or_a_fifo_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(PlanError, match="folder"), open_export(folder):
        pass
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(PlanError, match=r"named pipe \(FIFO\), not a list of funded projects"), open_export(fifo):
        pass


@pytest.mark.parametrize(
    "address, city",
    [("Austrasse 15, 9495, Triesen", "Triesen"), ("UL SIENKIEWICZA 55, 90 009, LODZ", "LODZ"), ("Main Street 1", ""), ("", ""), ("12, 3456", "")],
)
def test_the_town_is_the_last_part_of_the_address_with_letters(address: str, city: str) -> None:
    assert city_of(address) == city
