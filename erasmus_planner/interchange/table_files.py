"""Spreadsheet files as plain tables of text: CSV (any delimiter, UTF-8 with or without BOM,
UTF-16, or the Windows-1252 that spreadsheet programs still write) and XLSX (openpyxl).

Nothing here knows about partners: a table is a list of numbered rows of cell texts, numbered as
the spreadsheet program shows them, so a message can send the user to the right row.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.limits import CELL_MAX, SPREADSHEET_ROWS_MAX, SPREADSHEET_UNPACKED_MAX, size_text
from erasmus_planner.interchange.files import atomic_write_bytes
from erasmus_planner.interchange.inputs import SPREADSHEET, read_input

CSV_SUFFIXES: Final = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES: Final = (".xlsx", ".xlsm")
DELIMITERS: Final = (",", ";", "\t", "|")
_SNIFF_LINES: Final = 50
COLUMNS_MAX: Final = 256  # columns read from a spreadsheet; a partner list uses about twenty


@dataclass(frozen=True)
class Table:
    """Rows of cell texts with their row numbers (1 = the first line or spreadsheet row)."""

    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


def kind_of(path: Path) -> str:
    """``csv`` or ``xlsx`` by extension; anything else is a PlanError saying what is read."""
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix == ".xls":
        raise PlanError(
            "the old Excel format (.xls) cannot be read; save the sheet as .xlsx or CSV and import that",
            source=str(path),
        )
    raise PlanError(
        "unknown kind of spreadsheet {suffix!r}; partners are read from .csv or .xlsx files",
        suffix=suffix or Message("(no extension)"), source=str(path),
    )


def read_bytes(path: Path) -> bytes:
    return read_input(path, SPREADSHEET)


def cell_text(value: Any) -> str:
    """A cell as text the way a person reads it: 949999999.0 → "949999999", a date → 2001-03-04."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\u00a0", " ").strip()


# --- CSV -----------------------------------------------------------------------------------------


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: BOMs first, then UTF-8, then Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; Latin-1 reads them rather than failing.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def read_csv(path: Path, *, score_header: Callable[[Sequence[str]], int]) -> Table:
    """Read a CSV file; ``score_header`` (how many cells of a row are known column names) picks the delimiter."""
    raw = read_bytes(path)
    if raw.startswith(b"PK\x03\x04"):
        raise PlanError("this is a zip archive (an .xlsx workbook?), not a CSV file; give it the .xlsx extension", source=str(path))
    text, encoding = decode(raw)
    if "\x00" in text:
        raise PlanError("this is not a text file, so not a CSV file; export the sheet as CSV or .xlsx", source=str(path))
    delimiter = _sniff_delimiter(text, score_header)
    del raw  # the text holds it all now: half the memory while the rows are read
    rows: list[tuple[int, tuple[str, ...]]] = []
    number = 0
    try:
        # Numbered by record, as a spreadsheet program shows them (a quoted cell may span lines).
        with _field_size_limit(CELL_MAX + 1):
            for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
                rows.append((number, _cells(row, number, path)))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            _refuse_cell(number + 1, path)
        raise PlanError("is not a readable CSV file ({problem})", problem=str(exc), source=str(path)) from None
    return Table(rows=tuple(rows), encoding=encoding, delimiter=delimiter)


@contextlib.contextmanager
def _field_size_limit(limit: int) -> Iterator[None]:
    """csv's longest field (a process-wide setting, 131,072 by default) set to ours while reading."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _cells(values: Sequence[Any], number: int, path: Path) -> tuple[str, ...]:
    """One row's cells as text, refused when there are too many rows or a cell is too long."""
    if number > SPREADSHEET_ROWS_MAX:
        raise PlanError(
            "the spreadsheet has more than {limit} rows; split it into several files", limit=SPREADSHEET_ROWS_MAX, source=str(path)
        )
    cells = tuple(cell_text(c) for c in values)
    for cell in cells:
        if len(cell) > CELL_MAX:
            _refuse_cell(number, path)
    return cells


def _refuse_cell(number: int, path: Path) -> None:
    raise PlanError(
        "row {row}: a cell holds more than {limit} characters; no column takes that much text", row=number, limit=CELL_MAX, source=str(path)
    )


def _sniff_delimiter(text: str, score_header: Callable[[Sequence[str]], int]) -> str:
    lines = text.splitlines()[:_SNIFF_LINES]
    sample = "\n".join(lines)
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        known = max((score_header([cell_text(c) for c in row]) for row in rows[:10]), default=0)
        widths = [len(row) for row in rows if any(c.strip() for c in row)]
        steady = max((widths.count(w) for w in set(widths) if w > 1), default=0)
        if (known, steady) > best_score:
            best, best_score = delimiter, (known, steady)
    return best


def write_csv(path: Path, rows: Iterable[Sequence[str]]) -> None:
    """UTF-8 with a BOM (so Excel reads the accents), comma-separated, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))


# --- XLSX ----------------------------------------------------------------------------------------


Progress = Callable[[int, int], None]
"""``progress(done, total)``: rows read so far (total 0 when unknown); it may raise to stop."""
PROGRESS_EVERY: Final = 250  # rows between two progress reports


def read_xlsx(path: Path, *, score_header: Callable[[Sequence[str]], int], progress: Progress | None = None) -> Table:
    """The first sheet whose first rows name known columns (else the first sheet)."""
    raw = read_bytes(path)
    if not raw.startswith(b"PK\x03\x04"):
        raise PlanError("this is not an .xlsx workbook (an .xlsx file is a zip archive); if it is CSV text, name it .csv", source=str(path))
    _refuse_zip_bomb(raw, path)
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for a broken workbook
        raise PlanError("is not a readable .xlsx workbook ({problem})", problem=type(exc).__name__, source=str(path)) from None
    try:
        tables = []
        for sheet in workbook.worksheets:
            total = sheet.max_row or 0  # from the sheet's stated dimension; may be missing
            collected = []
            # At most COLUMNS_MAX columns: a sheet that claims to span all 16,384 would otherwise
            # hand over every row padded to that width.
            for number, values in enumerate(sheet.iter_rows(min_row=1, max_col=COLUMNS_MAX, values_only=True), start=1):
                collected.append((number, _cells(_trimmed(values), number, path)))
                if progress is not None and number % PROGRESS_EVERY == 0:
                    progress(number, max(total, number))
            rows = tuple(collected)
            table = Table(rows=rows, sheet=sheet.title)
            if any(score_header(cells) >= 2 for _, cells in rows[:10]):
                return table
            tables.append(table)
    except PlanError:
        raise  # a limit (a ValueError too), already naming the row
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise PlanError("is not a readable .xlsx workbook ({problem})", problem=type(exc).__name__, source=str(path)) from None
    finally:
        workbook.close()
    if not tables:
        raise PlanError("the workbook has no sheets", source=str(path))
    return tables[0]


def _trimmed(values: Sequence[Any]) -> Sequence[Any]:
    """A row without the empty cells at its end (read-only sheets pad rows to the sheet's width)."""
    end = len(values)
    while end and (values[end - 1] is None or values[end - 1] == ""):
        end -= 1
    return values[:end]


def _refuse_zip_bomb(raw: bytes, path: Path) -> None:
    """Refuse a workbook that would unpack to more than SPREADSHEET_UNPACKED_MAX (the sizes its
    zip directory declares, which the zip module then holds each member to)."""
    try:
        unpacked = sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(raw)).infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise PlanError("is not a readable .xlsx workbook ({problem})", problem=type(exc).__name__, source=str(path)) from None
    if unpacked > SPREADSHEET_UNPACKED_MAX:
        raise PlanError(
            "the workbook unpacks to {size}; a spreadsheet may unpack to at most {limit} (see the limits in the documentation)",
            size=size_text(unpacked), limit=size_text(SPREADSHEET_UNPACKED_MAX), source=str(path),
        )


def write_xlsx(path: Path, rows: Iterable[Sequence[str]], *, sheet: str = "Partners") -> None:
    """One sheet, header row in bold and frozen; every cell written as text, never as a formula."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for index, row in enumerate(rows):
        cells = []
        for value in row:
            cell = WriteOnlyCell(worksheet, value=value)
            cell.data_type = "s"  # text, whatever it looks like (a PIC is not a number to sum)
            if index == 0:
                cell.font = bold
            cells.append(cell)
        worksheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
