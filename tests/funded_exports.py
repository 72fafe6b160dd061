"""Project Results exports for tests: the real sample rows (tests/fixtures/project-results),
copied, combined and deliberately broken in temporary folders, written as CSV or XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "project-results"
SAMPLES = ("sample-2014.csv", "sample-ka1-2017.csv", "sample-ka3-2015.csv", "sample-sport-2014.csv")
KA200 = "2014-1-LI01-KA200-000005"  # the one real Key Action 2 row: eligible for its own call
KA200_COORDINATOR = "Europäisches Institut für interkulturelle und interreligiöse Forschung"


def read_sample(name: str) -> tuple[list[str], list[list[str]]]:
    with open(FIXTURES / name, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    return rows[0], rows[1:]


def header() -> list[str]:
    return read_sample(SAMPLES[0])[0]


def all_rows() -> list[list[str]]:
    return [row for name in SAMPLES for row in read_sample(name)[1]]


def row_of(identifier: str) -> list[str]:
    index = header().index("Project Identifier")
    return list(next(r for r in all_rows() if r[index] == identifier))


def with_cells(row: Sequence[str], **cells: str) -> list[str]:
    """A copy of ``row`` with cells changed by header (spaces as underscores: Partner_1_country)."""
    names = header()
    changed = list(row)
    for key, value in cells.items():
        changed[names.index(key.replace("_", " ").replace("Coordinators", "Coordinator's"))] = value
    return changed


def write_csv(path: Path, rows: Iterable[Sequence[str]], *, head: Sequence[str] | None = None, delimiter: str = ",", bom: bool = True) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(head if head is not None else header())
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path


def write_xlsx(path: Path, rows: Iterable[Sequence[str]], *, head: Sequence[str] | None = None, title_rows: int = 0) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Projects"
    for _ in range(title_rows):
        sheet.append(["Erasmus+ projects, exported from the Project Results platform"])
    sheet.append(list(head if head is not None else header()))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes: equal before and after means nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} if folder.exists() else {}
