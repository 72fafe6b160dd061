"""Partner lists in spreadsheets: import from CSV / XLSX, export to CSV / XLSX.

Import never stops at the first bad cell and never drops a row quietly: every row that cannot
become a partner is reported (row number, column, value, what would be valid), and the good rows
come back too, so the caller can import them and list the rest (``ImportResult``). A file that is
not a partner list at all (no header row, no name column) is a PlanError.

Export writes our own headers (which import reads back) and neutralises every cell a
spreadsheet would take for a formula (``= + - @``, tab, carriage return) with a leading
apostrophe; import removes exactly that apostrophe again, so a round trip gives the original text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Organisation
from erasmus_planner.interchange import partner_columns as pc
from erasmus_planner.interchange import table_files
from erasmus_planner.interchange.partner_columns import COLUMNS, EXPORT_HEADERS, REQUIRED, Column

if TYPE_CHECKING:
    from erasmus_planner.domain.errors import Translator

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
_HEADER_SEARCH_ROWS: Final = 10


@dataclass(frozen=True)
class RowProblem:
    """One cell that keeps its row from being imported."""

    row: int
    column: str  # the header as written in the file
    value: str
    message: pc.Problem  # what is wrong and what would be valid

    def __str__(self) -> str:
        return self.text()

    def text(self, wording: Translator | None = None) -> str:
        """The problem in one line, in ``wording``'s language (English without one)."""
        message = self.message
        if isinstance(message, str) and wording is not None:
            # An OID / PIC sentence of domain/identifiers.py: the checklist translates those.
            from erasmus_planner.domain.rule_kinds import identifier_problem_text

            message = identifier_problem_text(message, wording)  # type: ignore[arg-type]
        shown = repr(self.value) if self.value else Message("(empty)")
        return Message("row {row}, column {column!r}: {value}: {problem}", row=self.row, column=self.column, value=shown, problem=message).render(wording)


@dataclass(frozen=True)
class ImportResult:
    """The partners of the good rows (in file order) and the problems of the bad ones."""

    partners: list[Organisation]
    problems: list[RowProblem]
    rows: list[int] = field(default_factory=list)  # the row number of each partner
    ignored_columns: list[str] = field(default_factory=list)  # headers we do not read
    sheet: str | None = None

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def ok(self) -> bool:
        return not self.problems


# --- formula neutralising ------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Prefix an apostrophe where a spreadsheet would start a formula.

    Text that ``restore`` would change (an apostrophe before such a character) gets one too, so
    that ``restore(neutralise(text)) == text`` for every text.
    """
    return "'" + text if text.startswith(FORMULA_STARTS) or restore(text) != text else text


def restore(text: str) -> str:
    """Undo ``neutralise``: drop the one apostrophe it added, leave any other text alone."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS + ("'",)):
        return text[1:]
    return text


# --- import --------------------------------------------------------------------------------------


def read_partners(path: str | os.PathLike[str], *, progress: table_files.Progress | None = None) -> ImportResult:
    """Read a partner list; PlanError only when the file is not one at all.

    ``progress(done, total)`` is called every few hundred rows — reading a workbook's rows is
    the first half of the work, turning rows into partners the second — and may raise to stop
    (the window's Cancel).
    """
    path = Path(path)
    kind = table_files.kind_of(path)
    if kind == "csv":
        table = table_files.read_csv(path, score_header=pc.count_known_headers)
        return _partners_from(table, source=str(path), progress=progress)
    halves = _Halves(progress)
    table = table_files.read_xlsx(path, score_header=pc.count_known_headers, progress=halves.first if progress else None)
    return _partners_from(table, source=str(path), progress=halves.second if progress else None)


class _Halves:
    """Reading a workbook, then reading its rows as partners, as one progress from 0 to 2 × rows."""

    def __init__(self, progress: table_files.Progress | None) -> None:
        self._progress = progress
        self._rows = 0

    def first(self, done: int, total: int) -> None:
        self._rows = total
        if self._progress is not None:
            self._progress(done, 2 * total)

    def second(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(total + done, 2 * total)


def _partners_from(table: table_files.Table, *, source: str, progress: table_files.Progress | None = None) -> ImportResult:
    header_at = next(
        (i for i, (_, cells) in enumerate(table.rows[:_HEADER_SEARCH_ROWS]) if pc.count_known_headers(cells) >= 2), None
    )
    if header_at is None:
        where = Message(" (sheet {sheet!r})", sheet=table.sheet) if table.sheet else ""
        raise PlanError(
            "no header row found{where}: the first row should name the columns, for example {columns}",
            where=where, columns=", ".join(EXPORT_HEADERS), source=source,
        )
    header_cells = table.rows[header_at][1]
    columns: dict[int, Column] = {}
    ignored: list[str] = []
    for index, header in enumerate(header_cells):
        column = pc.column_for(header)
        if column is None or column in columns.values():
            if header:
                ignored.append(header)
            continue
        columns[index] = column
    present = {c.key for c in columns.values()}
    missing = [key for key in REQUIRED if key not in present]
    if missing:
        found = ", ".join(repr(h) for h in header_cells if h) or Message("none")
        needed = "; ".join(f"{key}: {pc.header_examples(key)}" for key in missing)
        raise PlanError(
            "the header row names no column for {missing} (columns found: {found}); name them as {needed}",
            missing=", ".join(missing), found=found, needed=needed, source=source,
        )

    partners: list[Organisation] = []
    rows: list[int] = []
    problems: list[RowProblem] = []
    body = table.rows[header_at + 1 :]
    for done, (number, cells) in enumerate(body, start=1):
        if progress is not None and done % table_files.PROGRESS_EVERY == 0:
            progress(done, len(body))
        if not any(cells):
            continue  # an empty line is no partner, and no problem either
        org, row_problems = _row_to_partner(number, cells, columns, header_cells)
        if row_problems:
            problems.extend(row_problems)
        elif org is not None:
            partners.append(org)
            rows.append(number)
    return ImportResult(partners=partners, problems=problems, rows=rows, ignored_columns=ignored, sheet=table.sheet)


_PARSERS: Final = {
    "country": pc.parse_country,
    "type": pc.parse_type,
    "role": pc.parse_role,
    "oid": pc.parse_oid,
    "pic": pc.parse_pic,
    "eche": pc.parse_eche,
    "community": pc.parse_community,
    "established": pc.parse_established,
    "contact.email": pc.parse_email,
}


# Columns of free text, held to the documented limits (docs/limits.md).
_LIMITED: Final = frozenset({"name", "city", "notes", "contact.person", "contact.email", "contact.phone"})


def _row_to_partner(
    number: int, cells: Sequence[str], columns: dict[int, Column], headers: Sequence[str]
) -> tuple[Organisation | None, list[RowProblem]]:
    values: dict[str, object] = {}
    contact: dict[str, str] = {}
    problems: list[RowProblem] = []
    for index, column in columns.items():
        text = restore(cells[index]) if index < len(cells) else ""
        parser = _PARSERS.get(column.key)
        if parser is None:
            value, problem = text, None
            if column.key == "name" and not text:
                problem = Message("the name is empty; every partner needs its legal name")
        else:
            value, problem = parser(text)
        if not problem and column.key in _LIMITED:
            try:
                limits.check_field(column.key, text)  # the same limits, and words, as every other way in
            except PlanError as exc:
                problem = exc.message
        if problem:
            problems.append(RowProblem(row=number, column=headers[index], value=text, message=problem))
        elif column.key.startswith("contact."):
            contact[column.key.removeprefix("contact.")] = str(value or "")
        else:
            values[column.key] = value
    role = str(values.get("role") or "partner")
    linked = str(values.get("affiliated_to") or "").strip() or None
    if linked is not None and role != "affiliated-entity":
        index = next(i for i, c in columns.items() if c.key == "affiliated_to")
        problems.append(RowProblem(
            row=number, column=headers[index], value=str(linked),
            message=Message("only an affiliated entity is affiliated to a partner; leave the cell empty or make the role affiliated"),
        ))
    if problems:
        return None, problems
    person_first = {k: contact[k] for k in ("person", "email", "phone") if k in contact}
    found_contact = pc.contact_from(person_first)
    org = Organisation(
        name=str(values["name"]),
        country=str(values["country"]),
        type=str(values["type"]),
        role=role,
        oid=values.get("oid"),  # type: ignore[arg-type]
        pic=values.get("pic"),  # type: ignore[arg-type]
        eche=bool(values.get("eche", False)),
        city=str(values["city"]) if values.get("city") else None,
        community=values.get("community"),  # type: ignore[arg-type]
        established=values.get("established"),  # type: ignore[arg-type]
        contact=MappingProxyType(found_contact) if found_contact else None,
        notes=str(values.get("notes") or ""),
        affiliated_to=str(linked) if linked else None,
    )
    return org, []


# --- export --------------------------------------------------------------------------------------


def partner_cells(org: Organisation) -> list[str]:
    """One partner as the cells under ``EXPORT_HEADERS`` (before neutralising)."""
    contact = org.contact or {}
    by_key = {
        "name": org.name,
        "country": org.country,
        "type": org.type,
        "role": org.role,
        "affiliated_to": org.affiliated_to or "",
        "oid": org.oid or "",
        "pic": org.pic or "",
        "eche": "yes" if org.eche else "no",
        "city": org.city or "",
        "community": org.community or "",
        "established": org.established or "",
        "contact.person": str(contact.get("person") or ""),
        "contact.email": str(contact.get("email") or ""),
        "contact.phone": str(contact.get("phone") or ""),
        "notes": org.notes,
    }
    return [by_key[column.key] for column in COLUMNS]


def write_partners(path: str | os.PathLike[str], partners: Iterable[Organisation]) -> None:
    """Write ``partners`` as CSV or XLSX (by extension), atomically, formulas neutralised.

    Only what the columns hold is written: other contact details and unknown keys stay in the plan.
    In XLSX, line breaks inside a cell are line feeds (carriage returns become line feeds).
    """
    path = Path(path)
    kind = table_files.kind_of(path)
    cells = (partner_cells(org) for org in partners)
    if kind == "xlsx":
        # XML turns a carriage return into a line feed anyway; do it first so neutralising sees the result.
        cells = ([_line_feeds(cell) for cell in row] for row in cells)
    rows = [list(EXPORT_HEADERS), *([neutralise(cell) for cell in row] for row in cells)]
    if kind == "csv":
        table_files.write_csv(path, rows)
    else:
        table_files.write_xlsx(path, rows)


def _line_feeds(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
