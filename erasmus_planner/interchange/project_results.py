"""The Erasmus+ Project Results export (reference/project-results/format.md), read as a stream.

A file is recognised by its header row, never by its name or column positions: every column is
found by its header (case, spacing and curly apostrophes ignored; ``Funding Year`` and the other
aliases of format.md §1 and §3a accepted), and ``Partner N …`` groups are found by pattern, as
many as the file has. Rows are read one at a time — the csv module over a UTF-8 text stream
(with or without BOM, comma, semicolon or tab from the header line), openpyxl in read-only mode
for XLSX — so memory does not grow with the file; a physical line longer than ``LINE_LIMIT``
(1 GB of junk without a line break) is refused instead of read.

Nothing here knows about projects: rows come out as numbered tuples of cell texts.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.limits import FUNDED_LINE_MAX, SPREADSHEET_UNPACKED_MAX, size_text
from erasmus_planner.interchange.inputs import FUNDED_LIST, open_input
from erasmus_planner.interchange.table_files import cell_text

LINE_LIMIT: Final = FUNDED_LINE_MAX  # characters in one physical line of a CSV export
HEADER_SEARCH_ROWS: Final = 10  # a title line or two above the header is tolerated
DELIMITERS: Final = (",", ";", "\t")
CSV_SUFFIXES: Final = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES: Final = (".xlsx", ".xlsm")

# Column keys and the headers that name them (normalised: see ``normalise_header``).
_HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "programme": ("programme",),
    "key_action": ("key action",),
    "action_type": ("action type",),
    "call_year": ("call year", "funding year"),
    "identifier": ("project identifier",),
    "title": ("project title",),
    "topics": ("topics",),
    "status": ("project status", "project or accreditation status"),
    "website": ("project website",),
    "card": ("results platform project card",),
    "countries": ("participating countries",),
    "coordinator.name": ("coordinating organisation name", "coordinator's name"),
    "coordinator.type": ("coordinating organisation type", "coordinator organisation type"),
    "coordinator.address": ("coordinator's address",),
    "coordinator.region": ("coordinator's region",),
    "coordinator.country": ("coordinator's country", "coordinating organisation country"),
    "coordinator.website": ("coordinator's website",),
}
# Long headers matched by their start (format.md §3: the grant header is a whole sentence).
_PREFIXES: Final[dict[str, tuple[str, ...]]] = {
    "grant": ("eu grant",),
    "status": ("project or accreditation status",),
    "coordinator.country": ("coordinating organisation country",),
}
# The headers a file must have to be read as an export, as the format writes them.
REQUIRED: Final[dict[str, str]] = {
    "identifier": "Project Identifier",
    "coordinator.name": "Coordinating organisation name",
    "coordinator.type": "Coordinating organisation type",
    "coordinator.country": "Coordinator's country",
}
PARTNER_FIELDS: Final = ("name", "organisation type", "address", "region", "country", "website")
_PARTNER: Final = re.compile(r"partner (\d+) (name|organisation type|address|region|country|website)")
_SPACES: Final = re.compile(r"\s+")


def normalise_header(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\u2019", "'").replace("\ufeff", "")).strip().casefold()


def _key_of(header: str) -> str | None:
    for key, names in _HEADERS.items():
        if header in names:
            return key
    for key, prefixes in _PREFIXES.items():
        if header.startswith(prefixes):
            return key
    return None


@dataclass(frozen=True)
class Layout:
    """Where each column of one export is: ``columns[key]`` is a cell index, ``partners`` the
    ``Partner N`` groups in order of N, each ``{field: index}``."""

    headers: tuple[str, ...]
    columns: dict[str, int]
    partners: tuple[tuple[int, dict[str, int]], ...]
    header_row: int

    def header(self, index: int) -> str:
        return self.headers[index] if index < len(self.headers) else ""


def count_export_headers(cells: Sequence[str]) -> int:
    """How many headers of the export a row names (partner groups count once)."""
    found = {key for key in (_key_of(normalise_header(c)) for c in cells if c) if key}
    return len(found) + (1 if any(_PARTNER.fullmatch(normalise_header(c)) for c in cells if c) else 0)


def is_header(cells: Sequence[str]) -> bool:
    """The row names a project identifier and a coordinator: the header of an export."""
    keys = {_key_of(normalise_header(c)) for c in cells if c}
    return "identifier" in keys and "coordinator.name" in keys


def layout_of(cells: Sequence[str], header_row: int, *, source: str) -> Layout:
    """The layout of a header row; PlanError naming the missing headers when one is absent."""
    columns: dict[str, int] = {}
    groups: dict[int, dict[str, int]] = {}
    for index, cell in enumerate(cells):
        header = normalise_header(cell)
        if not header:
            continue
        partner = _PARTNER.fullmatch(header)
        if partner is not None:
            groups.setdefault(int(partner.group(1)), {}).setdefault(partner.group(2), index)
            continue
        key = _key_of(header)
        if key is not None:
            columns.setdefault(key, index)
    missing = [name for key, name in REQUIRED.items() if key not in columns]
    if missing:
        raise PlanError(
            "this looks like an Erasmus+ Project Results export, but the header row has no column {missing}; "
            "an export names at least {required}",
            missing=", ".join(f"'{m}'" for m in missing), required=", ".join(f"'{r}'" for r in REQUIRED.values()), source=source,
        )
    return Layout(tuple(cells), columns, tuple(sorted(groups.items())), header_row)


def missing_export_headers(cells: Sequence[str]) -> list[str]:
    """The required export headers a row does not name (for "neither this nor that" messages)."""
    keys = {_key_of(normalise_header(c)) for c in cells if c}
    return [name for key, name in REQUIRED.items() if key not in keys]


# --- opening ---------------------------------------------------------------------------------


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return "csv" if suffix in CSV_SUFFIXES else "xlsx" if suffix in XLSX_SUFFIXES else None


def _open_binary(path: Path) -> io.BufferedReader:
    """The file for reading as a stream, through the one guarded way in (interchange/inputs):
    an ordinary file within the ceiling for funded-project lists, else one clear refusal."""
    return open_input(path, FUNDED_LIST)  # type: ignore[return-value]  (os.fdopen "rb": a BufferedReader)


class ExportRows:
    """The rows of one export after its header: ``for number, cells in rows``; ``done()`` and
    ``total()`` say how far reading is (bytes for CSV, rows for XLSX)."""

    def __init__(self, layout: Layout, rows: Iterator[tuple[int, tuple[str, ...]]], done: Any, total: int, sheet: str | None = None) -> None:
        self.layout = layout
        self._rows = rows
        self._done = done
        self._total = total
        self.sheet = sheet

    def __iter__(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        return self._rows

    def done(self) -> int:
        return int(self._done())

    def total(self) -> int:
        return self._total


@contextlib.contextmanager
def open_export(path: str | os.PathLike[str]) -> Iterator[ExportRows | None]:
    """The export's rows, or None when the file's header is not an export's (read something
    else then). PlanError when the file cannot be read at all."""
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        yield None
        return
    with contextlib.ExitStack() as stack:
        binary = stack.enter_context(_open_binary(path))
        if kind == "csv":
            yield _csv_rows(path, binary)
        else:
            yield _xlsx_rows(path, binary, stack)


def is_export(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a Project Results export (its header row says so)."""
    with open_export(path) as rows:
        return rows is not None


def _bounded_lines(text: io.TextIOBase, path: Path) -> Iterator[str]:
    number = 0
    while True:
        line = text.readline(LINE_LIMIT)
        if not line:
            return
        number += 1
        if len(line) >= LINE_LIMIT and not line.endswith(("\n", "\r")):
            raise PlanError(
                "line {line} is longer than {limit} characters: this is not a list of projects or organisations",
                line=number, limit=f"{LINE_LIMIT:,}", source=str(path),
            )
        yield line


def _csv_rows(path: Path, binary: io.BufferedReader) -> ExportRows | None:
    start = binary.peek(4)[:4]
    if start.startswith(b"PK\x03\x04"):
        raise PlanError("this is a zip archive (an .xlsx workbook?), not a CSV file; give it the .xlsx extension", source=str(path))
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PlanError("this CSV file is UTF-16 text; the Project Results export is UTF-8: save it as UTF-8 CSV", source=str(path))
    size = os.fstat(binary.fileno()).st_size
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="strict", newline="")
    lines = _decoded(_bounded_lines(text, path), path)
    head = list(itertools.islice(lines, HEADER_SEARCH_ROWS))
    if not head:
        return None
    delimiter = max(DELIMITERS, key=lambda d: max(line.count(d) for line in head))
    records = _records(csv.reader(itertools.chain(head, lines), delimiter=delimiter), path)
    for number, cells in records:
        if is_header(cells):
            layout = layout_of(cells, number, source=str(path))
            return ExportRows(layout, records, binary.tell, size)
        if number >= HEADER_SEARCH_ROWS:
            break
    return None


def _decoded(lines: Iterator[str], path: Path) -> Iterator[str]:
    number = 0
    try:
        for number, line in enumerate(lines, start=1):  # noqa: B007 (number is read below)
            yield line
    except UnicodeDecodeError:
        raise PlanError(
            "line {line} is not UTF-8 text; the Project Results export is UTF-8: save the list as UTF-8 CSV",
            line=number + 1, source=str(path),
        ) from None


def _records(reader: Any, path: Path) -> Iterator[tuple[int, list[str]]]:
    number = 0
    try:
        for number, row in enumerate(reader, start=1):  # noqa: B007
            yield number, row  # the csv module's own list: copying 622 cells per row costs more than reading them
    except csv.Error as exc:
        raise PlanError("row {row} cannot be read as CSV ({problem})", row=number + 1, problem=str(exc), source=str(path)) from None


def _xlsx_rows(path: Path, binary: io.BufferedReader, stack: contextlib.ExitStack) -> ExportRows | None:
    if not binary.peek(4)[:4].startswith(b"PK\x03\x04"):
        raise PlanError("this is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, name it .csv", source=str(path))
    import openpyxl

    _refuse_string_bomb(binary, path)
    try:
        workbook = openpyxl.load_workbook(binary, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for a broken workbook
        raise PlanError("is not a readable .xlsx workbook ({problem})", problem=type(exc).__name__, source=str(path)) from None
    stack.callback(workbook.close)
    for sheet in workbook.worksheets:
        rows = _sheet_rows(sheet, path)
        for number, cells in rows:
            if is_header(cells):
                layout = layout_of(cells, number, source=str(path))
                counter = _Counter(number)
                return ExportRows(layout, counter.wrap(rows), counter.value, int(sheet.max_row or 0), sheet=sheet.title)
            if number >= HEADER_SEARCH_ROWS:
                break
    return None


def _refuse_string_bomb(binary: io.BufferedReader, path: Path) -> None:
    """Sheets are read a row at a time, but the workbook's shared strings are held whole in
    memory: refuse a table of them that would unpack past SPREADSHEET_UNPACKED_MAX."""
    try:
        with zipfile.ZipFile(binary) as archive:
            unpacked = sum(i.file_size for i in archive.infolist() if i.filename.lower().endswith("sharedstrings.xml"))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PlanError("is not a readable .xlsx workbook ({problem})", problem=type(exc).__name__, source=str(path)) from None
    binary.seek(0)
    if unpacked > SPREADSHEET_UNPACKED_MAX:
        raise PlanError(
            "the workbook's texts would unpack to {size}; at most {limit} are read (see the limits in the documentation)",
            size=size_text(unpacked), limit=size_text(SPREADSHEET_UNPACKED_MAX), source=str(path),
        )


def _sheet_rows(sheet: Any, path: Path) -> Iterator[tuple[int, tuple[str, ...]]]:
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, tuple(cell_text(v) for v in values)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise PlanError("is not a readable .xlsx workbook ({problem})", problem=type(exc).__name__, source=str(path)) from None


class _Counter:
    def __init__(self, start: int) -> None:
        self.count = start

    def wrap(self, rows: Iterator[tuple[int, tuple[str, ...]]]) -> Iterator[tuple[int, tuple[str, ...]]]:
        for row in rows:
            self.count = row[0]
            yield row

    def value(self) -> int:
        return self.count

