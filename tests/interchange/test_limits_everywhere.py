"""The documented limits (docs/limits.md) hold on every way into a plan — a JSON file, an
``.epplan`` document, a CSV or XLSX list, the services behind the window — with the same words,
and an ``.epplan`` is held to exactly what a JSON plan is held to."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.interchange import spreadsheets, table_files
from erasmus_planner.persistence.plan_document import read_plan, write_plan
from erasmus_planner.services.plan_files import load_plan
from erasmus_planner.services.plan_session import PlanSession

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "strategic-partnership-school-2019-eligible.json"
TOO_LONG_NAME = "N" * (limits.LINE_MAX + 1)
SAME_WORDS = f"the name: {limits.LINE_MAX + 1} characters, more than the {limits.LINE_MAX} allowed"


def _example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _json_with(tmp_path: Path, change: Callable[[dict], None]) -> Path:
    data = _example()
    change(data)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _refusal(read: Callable[[], object]) -> str:
    with pytest.raises(PlanError) as caught:
        read()
    return str(caught.value)


# --- one message for a name too long, wherever it comes from ---------------------------------------


def test_a_name_too_long_gets_the_same_words_from_json_epplan_csv_xlsx_and_the_window(tmp_path: Path) -> None:
    json_path = _json_with(tmp_path, lambda d: d["partners"][1].update(name=TOO_LONG_NAME))
    document = tmp_path / "plan.epplan"
    write_plan(load_plan(EXAMPLE), document)
    with sqlite3.connect(document) as db:
        db.execute("UPDATE partner SET name = ? WHERE position = 1", (TOO_LONG_NAME,))
    db.close()
    csv_path = tmp_path / "partners.csv"
    csv_path.write_text(f"Name,Country,Type\n{TOO_LONG_NAME},DE,school\n", encoding="utf-8")
    xlsx_path = tmp_path / "partners.xlsx"
    table_files.write_xlsx(xlsx_path, [["Name", "Country", "Type"], [TOO_LONG_NAME, "DE", "school"]])

    messages = [_refusal(lambda: load_plan(json_path)), _refusal(lambda: load_plan(document))]
    for sheet in (csv_path, xlsx_path):
        result = spreadsheets.read_partners(sheet)
        assert not result.partners and len(result.problems) == 1
        messages.append(str(result.problems[0]))
    session = PlanSession(load_plan(EXAMPLE))
    messages.append(_refusal(lambda: session.add_partner(Organisation(TOO_LONG_NAME, "DE", "school"))))
    messages.append(_refusal(lambda: session.edit_partner(session.plan.partners[0].with_changes(name=TOO_LONG_NAME))))
    for message in messages:
        assert SAME_WORDS in message, message
    assert messages[0].startswith(f"{json_path}: partner 2 (") and messages[1].startswith(f"{document}: partner 2 (")
    assert messages[2].startswith("row 2, column 'Name'")


def test_exactly_at_each_limit_is_accepted(tmp_path: Path) -> None:
    def at_limits(data: dict) -> None:
        data["title"] = "T" * limits.TITLE_MAX
        data["duration_months"] = limits.DURATION_MAX
        data["partners"][1].update(name="N" * limits.LINE_MAX, city="C" * limits.LINE_MAX, notes="n" * limits.NOTES_MAX)
        data["partners"][1]["contact"] = {"person": "P" * limits.LINE_MAX}
        data["x-deep"] = json.loads("[" * (limits.DEPTH_MAX - 1) + "]" * (limits.DEPTH_MAX - 1))
        data["x-number"] = int("9" * limits.DIGITS_MAX)

    plan = load_plan(_json_with(tmp_path, at_limits))
    document = tmp_path / "at-limits.epplan"
    write_plan(plan, document)
    assert read_plan(document) == plan


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(title="T" * (limits.TITLE_MAX + 1)), "the title: 501 characters, more than the 500 allowed"),
        (lambda d: d["partners"][0].update(city="C" * 301), "partner 1 (Zespół Szkół Technicznych nr 3 w Łodzi): the city: 301 characters"),
        (lambda d: d["partners"][0].update(notes="n" * 100_001), "the notes: 100001 characters, more than the 100000 allowed"),
        (lambda d: d["partners"][0].update(contact={"email": "e" * 301}), "the e-mail address: 301 characters"),
        (lambda d: d.update(partners=d["partners"] * 4001), "the plan has 20005 partners; at most 20000 are allowed in one plan"),
        (lambda d: d.update(duration_months=121), '"duration_months" must be a whole number of months from 1 to 120, or null (not 121)'),
        (lambda d: d.update(duration_months=10**18), "(not 1000000000000000000)"),
        (lambda d: d.update({"x-deep": json.loads("[" * 40 + "]" * 40)}), "the JSON is nested more than 32 levels deep"),
        (lambda d: d["partners"][0].update({"x-deep": json.loads("[" * 40 + "]" * 40)}), "nested more than 32 levels deep"),
        (lambda d: d["partners"][0].update(name="Zespół\x00"), "partner 1: there is a NUL character (U+0000) in the name"),
    ],
)
def test_each_limit_is_refused_by_name_in_json_and_in_epplan_alike(tmp_path: Path, change: Callable[[dict], None], expected: str) -> None:
    source = _json_with(tmp_path, change)
    json_message = _refusal(lambda: load_plan(source))
    assert json_message.startswith(f"{source}: ") and expected in json_message
    # The same content stored in an .epplan (written as a JSON plan would be, bypassing the
    # reader) is refused with the same words.
    data = json.loads(source.read_text(encoding="utf-8"))
    document = tmp_path / "same.epplan"
    _store_unchecked(data, document)
    epplan_message = _refusal(lambda: load_plan(document))
    assert epplan_message.replace(str(document), str(source)) == json_message


def _store_unchecked(data: dict, document: Path) -> None:
    """Write ``data`` into an .epplan without validating it, as a hostile tool could."""
    write_plan(load_plan(EXAMPLE).with_changes(partners=()), document)
    from erasmus_planner.persistence.organisation_columns import to_json_text
    from erasmus_planner.persistence.plan_mapping import PLAN_FIELDS

    known = {"format", "version", *PLAN_FIELDS, "partners"}
    with sqlite3.connect(document) as db:
        db.execute(
            "UPDATE plan SET title = ?, duration_months = ?, extra_json = ?",
            (data.get("title", ""), data.get("duration_months"), to_json_text({k: v for k, v in data.items() if k not in known})),
        )
        fields = ("name", "country", "type", "role", "oid", "pic", "eche", "city", "community", "established", "notes")
        for position, partner in enumerate(data["partners"]):
            extra = {k: v for k, v in partner.items() if k not in (*fields, "contact")}
            db.execute(
                f"INSERT INTO partner (plan_id, position, uid, {', '.join(fields)}, contact_json, extra_json) "
                f"VALUES (1, ?, ?, {', '.join('?' * len(fields))}, ?, ?)",
                (position, f"u{position}", *(_storable(partner.get(f, {"eche": False, "notes": ""}.get(f))) for f in fields),
                 None if partner.get("contact") is None else to_json_text(partner["contact"]), to_json_text(extra)),
            )
    db.close()


def _storable(value: object) -> object:
    """A value as SQLite takes it: a lone surrogate (which Python cannot encode) as its raw bytes."""
    if isinstance(value, str) and "\ud800" in value:
        return value.encode("utf-8", "surrogatepass")
    return value


def test_half_a_surrogate_pair_in_a_json_plan_is_refused_by_partner_and_field(tmp_path: Path) -> None:
    source = tmp_path / "plan.json"
    source.write_text(EXAMPLE.read_text(encoding="utf-8").replace('"city": "Münster"', '"city": "M\\ud800ünster"'), encoding="utf-8")
    assert "\\ud800" in source.read_text(encoding="utf-8")
    message = _refusal(lambda: load_plan(source))
    assert message.startswith(f"{source}: partner ") and message.endswith(
        "there is a broken character (U+D800, not valid Unicode text) in the city, which cannot be stored; retype it"
    )


# --- an .epplan as strict as JSON ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE partner SET eche = 'maybe'", '"eche" must be true or false'),
        ("UPDATE partner SET eche = 2", '"eche" must be true or false'),
        ("UPDATE partner SET name = char(0) || 'x' WHERE position = 0", "there is a NUL character (U+0000) in the name"),
        ("UPDATE partner SET city = CAST(X'C328' AS TEXT) WHERE position = 0", "there is a broken character (U+DCC3"),
        ("UPDATE plan SET notes = 'a' || char(0)", "there is a NUL character (U+0000) in the notes"),
        ("UPDATE plan SET call_year = X'07E3'", "\"call_year\" must be a year from 2014 to"),
        ("UPDATE plan SET duration_months = 9223372036854775807", '"duration_months" must be a whole number of months'),
        ("UPDATE partner SET type = 42", "unknown type '42'"),
        ("UPDATE partner SET extra_json = '{\"n\": 1' || substr(hex(zeroblob(30)), 1, 30) || '}'", "a number in the file has 31 digits"),
        ("UPDATE history SET at = X'00'", "history entry 1 has no readable date"),
        ("UPDATE history SET summary = X'07'", "history entry 1 is not readable"),
        ("UPDATE alembic_version SET version_num = '1'", "names a schema revision this program does not know ('1')"),
        ("UPDATE alembic_version SET version_num = X'3030'", "names a schema revision this program does not know (b'00')"),
    ],
)
def test_a_tampered_epplan_is_refused_by_name(tmp_path: Path, sql: str, expected: str) -> None:
    document = tmp_path / "tampered.epplan"
    write_plan(load_plan(EXAMPLE), document)
    with sqlite3.connect(document) as db:
        db.execute(sql)
    db.close()
    before = document.read_bytes()
    message = _refusal(lambda: read_plan(document))
    assert message.startswith(f"{document}: ") and expected in message, message
    assert document.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["tampered.epplan"]


def test_a_wal_mode_document_is_read_without_leaving_wal_or_shm_files(tmp_path: Path) -> None:
    document = tmp_path / "wal.epplan"
    write_plan(load_plan(EXAMPLE), document)
    with sqlite3.connect(document) as db:
        db.execute("PRAGMA journal_mode = WAL")
    db.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copyfile(document, copy / "wal.epplan")
    assert read_plan(copy / "wal.epplan") == load_plan(EXAMPLE).with_changes(partners=read_plan(copy / "wal.epplan").partners)
    assert sorted(p.name for p in copy.iterdir()) == ["wal.epplan"]


# --- spreadsheets ------------------------------------------------------------------------------------


def test_a_csv_cell_longer_than_any_column_takes_is_refused_with_its_row(tmp_path: Path) -> None:
    sheet = tmp_path / "huge-cell.csv"
    sheet.write_text(f"Name,Country,Type\nOK,DE,school\n\"{'x' * (limits.CELL_MAX + 5)}\",DE,school\n", encoding="utf-8")
    message = _refusal(lambda: spreadsheets.read_partners(sheet))
    assert message == f"{sheet}: row 3: a cell holds more than 100000 characters; no column takes that much text"


def test_a_200000_character_notes_cell_gets_the_same_words_in_csv_and_xlsx(tmp_path: Path) -> None:
    # Once a CSV field of 200,000 characters was refused while a spreadsheet cell of 100 MB was taken.
    long = "n" * 200_000
    csv_path = tmp_path / "notes.csv"
    csv_path.write_text(f'Name,Country,Type,Notes\nA,DE,school,"{long}"\n', encoding="utf-8")
    xlsx_path = _workbook_with(tmp_path / "notes.xlsx", [["Name", "Country", "Type", "Notes"], ["A", "DE", "school", long]])
    csv_message = _refusal(lambda: spreadsheets.read_partners(csv_path))
    xlsx_message = _refusal(lambda: spreadsheets.read_partners(xlsx_path))
    assert csv_message.split(": ", 1)[1] == xlsx_message.split(": ", 1)[1] == (
        "row 2: a cell holds more than 100000 characters; no column takes that much text"
    )


def _workbook_with(path: Path, rows: list[list[str]]) -> Path:
    """An .xlsx holding ``rows`` as they are: openpyxl cuts a cell at 32,767 characters when
    writing (Excel's limit), but a workbook from elsewhere can hold any length."""
    import zipfile

    long = {cell for row in rows for cell in row if len(cell) > 32_767}
    marked = [[f"MARK{i}" if cell in long else cell for i, cell in enumerate(row)] for row in rows]
    plain = path.with_name("plain.xlsx")
    table_files.write_xlsx(plain, marked)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            for row in rows:
                for i, cell in enumerate(row):
                    if cell in long:
                        data = data.replace(f"MARK{i}".encode(), cell.encode())
            target.writestr(item, data)
    plain.unlink()
    return path


def test_a_spreadsheet_with_too_many_rows_is_refused_without_reading_them_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_files, "SPREADSHEET_ROWS_MAX", 50)
    sheet = tmp_path / "many.csv"
    sheet.write_text("Name,Country,Type\n" + "A,DE,school\n" * 60, encoding="utf-8")
    assert _refusal(lambda: spreadsheets.read_partners(sheet)) == (
        f"{sheet}: the spreadsheet has more than 50 rows; split it into several files"
    )


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * (limits.SPREADSHEET_UNPACKED_MAX + 1))
    assert bomb.stat().st_size < 1_000_000
    assert _refusal(lambda: spreadsheets.read_partners(bomb)) == (
        f"{bomb}: the workbook unpacks to 256.0 MB; a spreadsheet may unpack to at most 256 MB (see the limits in the documentation)"
    )
