"""Partner lists from spreadsheets: every bad row reported exactly, good rows kept, formulas neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path
from types import MappingProxyType

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.interchange.spreadsheets import (
    FORMULA_STARTS,
    ImportResult,
    neutralise,
    read_partners,
    restore,
    write_partners,
)

HEADERS = ["Organisation name", "Country", "Type of organisation", "Role", "PIC", "OID", "E-mail", "Contact person",
           "ECHE", "Founded", "Town", "Remarks", "Budget"]
# Good values people type, Windows-1252 accents included (Ł is not in Windows-1252, so no Łódź here).
GOOD_NAMES = ["Lycée Jean Moulin", "Universität Zürich", "Escola Secundária de Évora", "Göteborgs Folkhögskola",
              "Århus Erhvervsakademi", "Málaga Innovation SL", "Fundación Ñandú", "Stadt Köln", "Athénée Royal de Liège"]
GOOD_COUNTRIES = ["Poland", "DE", "France", "es", "Belgium", "EL", "UK", "Türkiye", "Sweden", "Denmark", "Portugal"]
GOOD_TYPES = ["school", "University", "SME", "NGO", "municipality", "Foundation", "vet-provider",
              "Higher education institution (HEI)", "adult education", "Chamber of commerce", "research centre"]
GOOD_ROLES = ["", "partner", "Partner", "associated", "Associated partner", "full partner"]
# Each bad kind: the column it breaks, the value, and a word the message must contain.
BAD = [
    ("Country", "Germny", "two-letter code"),
    ("Type of organisation", "spaceship", "valid types"),
    ("Organisation name", "", "needs its legal name"),
    ("PIC", "12345", "9 digits"),
    ("OID", "X1234", "starts with the letter E"),
    ("Role", "sponsor", "valid roles"),
    ("E-mail", "nobody at example", "e-mail address"),
    ("ECHE", "maybe", "yes or no"),
    ("Founded", "last year", "YYYY"),
    ("Country", "Atlantis", "two-letter code"),
]


def messy_rows(count: int = 200, seed: int = 7) -> tuple[list[list[str]], dict[int, tuple[str, str, str]]]:
    """A title line, a header, ``count`` partner rows with blank lines between some; the bad rows by row number."""
    rng = random.Random(seed)
    rows: list[list[str]] = [["Partner list – draft for the 2024 call"], HEADERS]
    bad: dict[int, tuple[str, str, str]] = {}
    for i in range(count):
        if i % 37 == 5:
            rows.append([])  # a blank line: neither a partner nor a problem
        row = dict(zip(HEADERS, [
            f"{rng.choice(GOOD_NAMES)} {i}", rng.choice(GOOD_COUNTRIES), rng.choice(GOOD_TYPES), rng.choice(GOOD_ROLES),
            rng.choice(["", str(900000000 + i)]), rng.choice(["", f"E{10000000 + i}"]), rng.choice(["", f"p{i}@example.org"]),
            rng.choice(["", "Åsa Nyström", "José Martín"]), rng.choice(["", "yes", "no", "Y"]),
            rng.choice(["", "1998", "2003-04-01", "04.03.2001"]), rng.choice(["", "Málaga", "Liège", "Zürich"]),
            rng.choice(["", "met in Porto; follow up", "budget: 12,000 €", "two\nlines"]), rng.choice(["", "10000"]),
        ]))
        if i % 7 == 3:
            column, value, words = BAD[(i // 7) % len(BAD)]
            row[column] = value
            bad[len(rows) + 1] = (column, value, words)
        rows.append([row[h] for h in HEADERS])
    return rows, bad


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row if row else [None])
    workbook.save(path)
    return path


def _assert_exactly_the_bad_rows(result: ImportResult, bad: dict[int, tuple[str, str, str]], total: int) -> None:
    assert result.bad_rows == sorted(bad)
    assert len(result.partners) == total - len(bad)
    for problem in result.problems:
        column, value, words = bad[problem.row]
        assert (problem.column, problem.value) == (column, value)
        assert words in str(problem.message)
        assert f"row {problem.row}" in str(problem) and column in str(problem)
    assert result.ignored_columns == ["Budget"]


def test_a_messy_windows_1252_semicolon_sheet_of_200_partners_reports_exactly_the_bad_rows(tmp_path: Path) -> None:
    rows, bad = messy_rows()
    result = read_partners(write_csv(tmp_path / "partners.csv", rows, encoding="cp1252", delimiter=";"))
    _assert_exactly_the_bad_rows(result, bad, 200)
    names = {p.name.rsplit(" ", 1)[0] for p in result.partners}
    assert {"Lycée Jean Moulin", "Universität Zürich", "Fundación Ñandú"} <= names
    assert len(result.rows) == len(result.partners) and not set(result.rows) & set(bad)
    assert any(p.notes == "met in Porto; follow up" for p in result.partners)
    assert any(p.notes == "two\nlines" for p in result.partners)


@pytest.mark.parametrize(
    "encoding, delimiter",
    [("utf-8-sig", ","), ("utf-8", "\t"), ("utf-16", "\t"), ("utf-8", "|"), ("cp1252", ",")],
    ids=["utf-8 with BOM, commas", "utf-8, tabs", "utf-16 (Excel 'Unicode text')", "utf-8, pipes", "windows-1252, commas"],
)
def test_the_same_sheet_reads_the_same_in_any_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    rows, bad = messy_rows()
    reference = read_partners(write_csv(tmp_path / "ref.csv", rows, encoding="cp1252", delimiter=";"))
    result = read_partners(write_csv(tmp_path / "other.csv", rows, encoding=encoding, delimiter=delimiter))
    assert result.partners == reference.partners
    assert result.problems == reference.problems


def test_the_same_sheet_as_xlsx_reports_the_same_rows(tmp_path: Path) -> None:
    rows, bad = messy_rows()
    result = read_partners(write_xlsx(tmp_path / "partners.xlsx", rows))  # type: ignore[arg-type]
    _assert_exactly_the_bad_rows(result, bad, 200)
    reference = read_partners(write_csv(tmp_path / "ref.csv", rows, encoding="utf-8", delimiter=","))
    assert result.partners == reference.partners


def test_xlsx_numbers_and_dates_read_as_people_typed_them(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [
        ["Name", "Country", "Type", "PIC", "Established"],
        ["Numbers Ltd", "PL", "SME", 949999999, dt.datetime(2001, 3, 4)],
        ["Year Only", "DE", "NGO", 949999998.0, 1998],
    ])
    result = read_partners(path)
    assert result.problems == []
    assert [(p.pic, p.established) for p in result.partners] == [("949999999", "2001-03-04"), ("949999998", "1998")]


@pytest.mark.parametrize(
    "header, value, field, expected",
    [
        ("Organization", "ACME", "name", "ACME"),
        ("Legal name", "ACME", "name", "ACME"),
        ("Country code", "el", "country", "GR"),
        ("Organisation type", "Small or medium-sized enterprise", "type", "enterprise-sme"),
        ("Organization type", "public-body-local", "type", "public-body-local"),
        ("Role", "Coordinator", "role", "applicant"),
        ("Role", "Applicant", "role", "applicant"),
        ("Role", "associated-partner", "role", "associated-partner"),
        ("Community", "Flemish", "community", "nl"),
        ("ECHE holder", "Y", "eche", True),
        ("Date of establishment", "04.03.2001", "established", "2001-03-04"),
        ("City", "Łódź", "city", "Łódź"),
        ("Comments", "'=1+1", "notes", "=1+1"),
    ],
)
def test_headers_and_values_are_understood_the_way_people_write_them(
    tmp_path: Path, header: str, value: str, field: str, expected: object
) -> None:
    columns = {"Name": "X", "Country": "PL", "Type": "school"}
    if header in ("Organization", "Legal name"):
        del columns["Name"]
    if header == "Country code":
        del columns["Country"]
    if header in ("Organisation type", "Organization type"):
        del columns["Type"]
    columns[header] = value
    path = write_csv(tmp_path / "p.csv", [list(columns), list(columns.values())], encoding="utf-8", delimiter=",")
    result = read_partners(path)
    assert result.problems == []
    assert getattr(result.partners[0], field) == expected


def test_contact_columns_make_one_contact_object(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Name", "Country", "Type", "Contact person", "Email", "Phone"],
                                          ["X", "PL", "school", "A. Nowak", "a@example.org", "+48 42 000"],
                                          ["Y", "PL", "school", "", "", ""]], encoding="utf-8", delimiter=",")
    first, second = read_partners(path).partners
    assert first.contact == {"person": "A. Nowak", "email": "a@example.org", "phone": "+48 42 000"}
    assert second.contact is None


def test_a_sheet_without_a_type_column_names_the_columns_it_found(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Name", "Country", "Website"], ["X", "PL", "x.org"]], encoding="utf-8", delimiter=",")
    with pytest.raises(PlanError) as caught:
        read_partners(path)
    message = str(caught.value)
    assert "no column for type" in message and "'Website'" in message and "'Type'" in message and str(path) in message


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("prose.csv", "Dear colleagues,\nplease find attached\n".encode(), "no header row"),
        ("empty.csv", b"", "no header row"),
        ("binary.csv", b"\x00\x01\x02\x03" * 50, "not a text file"),
        ("workbook.csv", b"PK\x03\x04" + b"\x00" * 40, "zip archive"),
        ("noise.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4, "not a readable .xlsx"),
        ("text.xlsx", b"Name,Country,Type\n", "not an .xlsx workbook"),
        ("old.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("list.pdf", b"%PDF-1.4", ".csv or .xlsx"),
    ],
)
def test_a_file_that_is_no_partner_list_is_one_clear_error(tmp_path: Path, name: str, content: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PlanError) as caught:
        read_partners(path)
    assert words in str(caught.value) and str(path) in str(caught.value)


def test_a_missing_file_or_a_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="no such file"):
        read_partners(tmp_path / "missing.csv")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(PlanError, match="folder"):
        read_partners(tmp_path / "folder.xlsx")


# --- export and formula neutralising -------------------------------------------------------------

DANGEROUS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn", "'=already quoted", "'plain apostrophe"]


def _partners_with_dangerous_text() -> list[Organisation]:
    return [
        Organisation(
            name=text or "x", country="PL", type="ngo", role=("applicant", "partner", "associated-partner")[i % 3],
            city=text, notes=text, pic="949999999" if i == 0 else None, oid="E10123456" if i == 1 else None,
            eche=i % 2 == 0, community="fr" if i == 2 else None, established="1998" if i == 3 else None,
            contact=MappingProxyType({"person": text, "phone": text}),
        )
        for i, text in enumerate(DANGEROUS)
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_neutralises_formulas_and_reimport_gives_the_original_text_back(tmp_path: Path, suffix: str) -> None:
    partners = _partners_with_dangerous_text()
    path = tmp_path / f"partners{suffix}"
    write_partners(path, partners)
    result = read_partners(path)
    assert result.problems == [] and result.ignored_columns == []
    if suffix == ".xlsx":  # XML keeps line breaks as line feeds only (and cells are read trimmed)
        partners = [_without_carriage_returns(p) for p in partners]
    assert result.partners == partners


def _without_carriage_returns(org: Organisation) -> Organisation:
    def lf(text: str | None) -> str | None:
        return None if text is None else text.replace("\r", "\n").strip("\n")

    contact = MappingProxyType({k: lf(v) for k, v in (org.contact or {}).items()})
    return org.with_changes(name=lf(org.name), city=lf(org.city), notes=lf(org.notes), contact=contact)


def test_no_exported_cell_starts_a_formula(tmp_path: Path) -> None:
    write_partners(tmp_path / "p.csv", _partners_with_dangerous_text())
    write_partners(tmp_path / "p.xlsx", _partners_with_dangerous_text())
    text = (tmp_path / "p.csv").read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    workbook = openpyxl.load_workbook(tmp_path / "p.xlsx")
    xlsx_cells = [cell for row in workbook.active.iter_rows() for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    assert not [c.value for c in xlsx_cells if c.data_type == "f" or str(c.value or "").startswith(FORMULA_STARTS)]
    assert "'=HYPERLINK(\"http://evil\",\"x\")" in cells
    assert workbook.active["A1"].value == "Name" and workbook.active["A1"].font.b


@given(st.text(max_size=12))
def test_restore_undoes_neutralise_for_any_text(text: str) -> None:
    safe = neutralise(text)
    assert restore(safe) == text
    assert not safe.startswith(FORMULA_STARTS)


def test_text_that_is_not_ours_keeps_its_apostrophe() -> None:
    assert restore("'plain") == "'plain"
    assert neutralise("O'Brien") == "O'Brien"
