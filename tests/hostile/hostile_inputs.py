"""Generated hostile inputs, one function per class of trouble, each making its file in a folder and
saying what the refusal must mention besides the file's name.

Classes (issue 12): files that are not files (FIFO, device, socket, folder), files too large,
parser and library limits (deep JSON, huge integers, numbers too large for a document, NaN, a
lone surrogate, a NUL), values beyond the documented limits, tampered ``.epplan`` documents
(an ECHE of "maybe", text that is not UTF-8, a BLOB where a number belongs, unknown and newer
schema revisions), and spreadsheets that are bombs or monsters.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"
V1_FIXTURE = ROOT / "tests" / "fixtures" / "plan-schema-v1.epplan"
MB = 1024 * 1024


@dataclass(frozen=True)
class Hostile:
    """A hostile input: ``make(folder)`` creates it and returns its path; the refusal must say
    ``says`` (besides naming the file)."""

    name: str
    make: Callable[[Path], Path]
    says: str

    def __str__(self) -> str:
        return self.name


def _example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _json(name: str, change: Callable[[dict], object] | None = None, *, text: Callable[[str], str] | None = None) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        data = _example()
        if change is not None:
            change(data)
        body = json.dumps(data, ensure_ascii=False)
        path = folder / name
        path.write_text(text(body) if text is not None else body, encoding="utf-8")
        return path

    return make


def _made(name: str, create: Callable[[Path], object]) -> Callable[[Path], Path]:
    """An input called ``name`` in the folder it is made in, brought into being by ``create(path)``."""

    def make(folder: Path) -> Path:
        path = folder / name
        create(path)
        return path

    return make


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    return _made(name, lambda path: path.write_bytes(data))


def _fifo(name: str) -> Callable[[Path], Path]:
    return _made(name, os.mkfifo)


def _link(name: str, target: str) -> Callable[[Path], Path]:
    return _made(name, lambda path: path.symlink_to(target))


def _folder(name: str) -> Callable[[Path], Path]:
    return _made(name, Path.mkdir)


_SOCKETS: list[socket.socket] = []  # kept open for the test run: a socket file needs its listener


def _listen(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    _SOCKETS.append(server)


def _socket(name: str) -> Callable[[Path], Path]:
    return _made(name, _listen)


def _sparse(name: str, size: int, start: bytes = b"") -> Callable[[Path], Path]:
    """A file of ``size`` bytes that takes no room on disk (a hole), starting with ``start``."""

    def make(folder: Path) -> Path:
        path = folder / name
        with open(path, "wb") as file:
            file.write(start)
            file.truncate(size)
        return path

    return make


def _nested(depth: int) -> object:
    return json.loads("[" * depth + "]" * depth)


# --- whatever a command reads by name ------------------------------------------------------------

def not_files(suffix: str) -> list[Hostile]:
    """Names that are not ordinary files, with the extension of the kind of file expected."""
    return [
        Hostile("fifo", _fifo(f"pipe{suffix}"), "named pipe (FIFO)"),
        Hostile("device", _link(f"zeros{suffix}", "/dev/zero"), "this is a device"),
        Hostile("socket", _socket(f"socket{suffix}"), "this is a socket"),
        Hostile("folder", _folder(f"folder{suffix}"), "this is a folder"),
        Hostile("missing", lambda folder: folder / f"missing{suffix}", "no such file"),
    ]


# --- plans in the JSON format ------------------------------------------------------------------------

PLAN_JSON = [
    Hostile("too-large", _sparse("huge.json", 33 * MB, b'{"format": "erasmus-planner-plan", "x": "'), "the file is too large (33 MB)"),
    Hostile("deep-json", _json("deep.json", lambda d: d.update({"x": None}), text=lambda b: b.replace('"x": null', '"x": ' + "[" * 200_000 + "]" * 200_000)),
            "nested more than 32 levels deep"),
    Hostile("huge-integer", _json("bigint.json", text=lambda b: b[:-1] + ', "x": 1' + "0" * 5000 + "}"), "has 5001 digits; at most 20"),
    Hostile("number-too-large", _json("inf.json", text=lambda b: b[:-1] + ', "x": 1e400}'), "the number 1e400 in the file is too large"),
    Hostile("nan", _json("nan.json", text=lambda b: b[:-1] + ', "x": NaN}'), "NaN is not a number JSON allows"),
    Hostile("duration-too-large", _json("duration.json", lambda d: d.update(duration_months=10**15)), '"duration_months" must be a whole number of months from 1 to 120'),
    Hostile("lone-surrogate", _json("surrogate.json", text=lambda b: b.replace('"name": "', '"name": "\\ud800', 1)), "a broken character (U+D800"),
    Hostile("nul-in-name", _json("nul.json", text=lambda b: b.replace('"name": "', '"name": "\\u0000', 1)), "a NUL character (U+0000) in the name"),
    Hostile("name-too-long", _json("longname.json", lambda d: d["partners"][1].update(name="N" * 5000)), "the name: 5000 characters, more than the 300 allowed"),
    Hostile("title-too-long", _json("longtitle.json", lambda d: d.update(title="T" * 100_000)), "the title: 100000 characters, more than the 500 allowed"),
    Hostile("notes-too-long", _json("longnotes.json", lambda d: d["partners"][0].update(notes="n" * 200_000)), "the notes: 200000 characters"),
    Hostile("too-many-partners", _json("many.json", lambda d: d.update(partners=d["partners"] * 4001)), "at most 20000 are allowed in one plan"),
    Hostile("not-utf8", _bytes("latin1.json", '{"format": "erasmus-planner-plan", "title": "Café"}'.encode("latin-1")), "is not UTF-8 text"),
    Hostile("binary", _bytes("binary.json", bytes(range(256)) * 64), "is not UTF-8 text"),
    Hostile("empty", _bytes("empty.json", b""), "not valid JSON"),
    Hostile("newer-format", _json("future.json", lambda d: d.update(version=99)), "format version 99, newer than this program understands"),
    Hostile("proc-file", _link("status.json", "/proc/self/status"), "not valid JSON"),
]


# --- .epplan documents --------------------------------------------------------------------------------


def _document(name: str, sql: str | None = None, *, wal: bool = False) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        from erasmus_planner.persistence.plan_document import write_plan
        from erasmus_planner.services.plan_files import load_plan

        path = folder / name
        write_plan(load_plan(EXAMPLE), path)
        with sqlite3.connect(path) as db:
            if sql:
                db.executescript(sql)
            if wal:
                db.execute("PRAGMA journal_mode = WAL")
        db.close()
        return path

    return make


def _v1(folder: Path) -> Path:
    path = folder / "old.epplan"
    path.write_bytes(V1_FIXTURE.read_bytes())
    return path


EPPLAN = [
    Hostile("too-large", _sparse("huge.epplan", 129 * MB, b"SQLite format 3\x00"), "the file is too large (129 MB)"),
    Hostile("random-bytes", _bytes("random.epplan", os.urandom(8192)), "this is not a plan document"),
    Hostile("json-named-epplan", lambda folder: _bytes("json.epplan", EXAMPLE.read_bytes())(folder), "this is JSON text, not a plan document"),
    Hostile("empty", _bytes("empty.epplan", b""), "the file is empty"),
    Hostile("eche-maybe", _document("eche.epplan", "UPDATE partner SET eche = 'maybe'"), '"eche" must be true or false'),
    Hostile("nul-in-name", _document("nul.epplan", "UPDATE partner SET name = 'A' || char(0) || 'B' WHERE position = 0"), "a NUL character (U+0000) in the name"),
    Hostile("not-utf8", _document("latin1.epplan", "UPDATE partner SET city = CAST(X'C328' AS TEXT) WHERE position = 0"), "a broken character (U+DCC3"),
    Hostile("blob-year", _document("blob.epplan", "UPDATE plan SET call_year = X'07E3'"), '"call_year" must be a year'),
    Hostile("huge-duration", _document("duration.epplan", "UPDATE plan SET duration_months = 9223372036854775807"), '"duration_months" must be a whole number of months'),
    Hostile("deep-extra", _document("deep.epplan", "UPDATE partner SET extra_json = '{\"a\":' || replace(hex(zeroblob(5000)), '00', '[') || '}' WHERE position = 0"), "nested more than 32 levels deep"),
    Hostile("huge-number", _document("bignum.epplan", "UPDATE plan SET extra_json = '{\"n\": 1' || replace(hex(zeroblob(3000)), '00', '1') || '}'"), "has 3001 digits"),
    Hostile("long-notes", _document("notes.epplan", "UPDATE plan SET notes = replace(hex(zeroblob(120000)), '0', 'n')"), "the notes: 240000 characters"),
    Hostile("revision-1", _document("rev1.epplan", "UPDATE alembic_version SET version_num = '1'"), "a schema revision this program does not know ('1')"),
    Hostile("revision-text", _document("revabc.epplan", "UPDATE alembic_version SET version_num = 'abc'"), "a schema revision this program does not know ('abc')"),
    Hostile("newer-schema", _document("future.epplan", "UPDATE alembic_version SET version_num = '0099'"), "saved by a newer version of the planner"),
    Hostile("another-database", _document("other.epplan", "DROP TABLE history; DROP TABLE partner; DROP TABLE plan;"), "a database of another program"),
]

# Documents every command must read, and read without leaving anything beside them.
EPPLAN_READABLE = [
    Hostile("wal-mode", _document("wal.epplan", wal=True), ""),
    Hostile("older-schema", _v1, ""),
]


# --- spreadsheets ----------------------------------------------------------------------------------


def _zip_bomb(folder: Path) -> Path:
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/sharedStrings.xml", b"\0" * (300 * MB))
    return path


def _huge_cell_xlsx(folder: Path) -> Path:
    """A workbook whose one cell holds 5 million characters (openpyxl writes at most 32,767: the
    cell is put into the sheet's XML afterwards, as another program could)."""
    from erasmus_planner.interchange.table_files import write_xlsx

    plain = folder / "plain.xlsx.src"
    write_xlsx(plain, [["Name", "Country", "Type"], ["MARKER", "DE", "school"]])
    path = folder / "hugecell.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item).replace(b"MARKER", b"x" * 5_000_000))
    plain.unlink()
    return path


def _rows(count: int) -> Callable[[Path], Path]:
    return _bytes("rows.csv", ("Name,Country,Type\n" + "Szkoła,PL,school\n" * count).encode("utf-8"))


SPREADSHEETS = [
    Hostile("too-large", _sparse("huge.csv", 33 * MB, b"Name,Country,Type\n"), "the file is too large (33 MB)"),
    Hostile("zip-bomb", _zip_bomb, "the workbook unpacks to 300.0 MB; a spreadsheet may unpack to at most 256 MB"),
    Hostile("huge-cell-csv", _bytes("hugecell.csv", b'Name,Country,Type\n"' + b"x" * 5_000_000 + b'",DE,school\n'), "row 2: a cell holds more than 100000 characters"),
    Hostile("huge-cell-xlsx", _huge_cell_xlsx, "row 2: a cell holds more than 100000 characters"),
    Hostile("too-many-rows", _rows(100_001), "more than 100000 rows"),
    Hostile("not-a-workbook", _bytes("text.xlsx", b"Name,Country,Type\n"), "this is not an .xlsx workbook"),
    Hostile("binary-csv", _bytes("binary.csv", b"Name,Country\x00\x01\x02" * 100), "not a text file"),
    Hostile("old-excel", _bytes("old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 512), "the old Excel format (.xls) cannot be read"),
]
