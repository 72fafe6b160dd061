"""Importing an Erasmus+ Project Results export into the partner directory.

One pass over the file, one transaction in the directory: every good row goes in as it is read
(in batches, so memory stays flat), every bad row is listed with its row, column, value and
what would be valid. With any bad row and no ``skip_bad_rows`` the transaction is rolled back
at the end, so the directory is exactly as before; so is it after a Cancel (``progress`` raising)
or any failure. The file is only read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from erasmus_planner.domain.catalogue import Catalogue, load_catalogue
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.funded_projects import FundedProject
from erasmus_planner.interchange.project_results import ExportRows, open_export
from erasmus_planner.interchange.project_rows import RowReader
from erasmus_planner.interchange.spreadsheets import RowProblem
from erasmus_planner.persistence.directory import PartnerDirectory
from erasmus_planner.persistence.project_import import LoadCounts

Progress = Callable[[int, int], None]
"""``progress(done, total)``: bytes (CSV) or rows (XLSX) read so far; may raise to cancel."""
PROGRESS_EVERY: Final = 500  # rows between two progress reports
PROBLEMS_KEPT: Final = 1000  # listed in full; beyond this only counted (a wrong file has millions)


@dataclass(frozen=True)
class FundedImport:
    """What an import did: ``counts`` is None when nothing was kept (bad rows and no skipping)."""

    counts: LoadCounts | None
    problems: tuple[RowProblem, ...]
    bad_rows: int  # all of them, also beyond the problems kept
    good_rows: int
    other_programme_rows: int  # rows of a sister programme, skipped on purpose
    sheet: str | None = None
    more_problems: int = field(default=0)

    @property
    def imported(self) -> bool:
        return self.counts is not None


class _Scan:
    """The file's rows as projects, with every problem noted on the way."""

    def __init__(self, rows: ExportRows, catalogue: Catalogue, *, stop_feeding_at_first_problem: bool, progress: Progress | None) -> None:
        self._rows = rows
        self._reader = RowReader(rows.layout, catalogue)
        self._stop = stop_feeding_at_first_problem
        self._progress = progress
        self.problems: list[RowProblem] = []
        self.more_problems = 0
        self.bad_rows = 0
        self.good_rows = 0
        self.other_programme = 0
        self._seen: dict[str, int] = {}

    def projects(self) -> Iterator[FundedProject]:
        rows, progress = self._rows, self._progress
        for count, (number, cells) in enumerate(rows, start=1):
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(rows.done(), rows.total())
            if not any(cells):
                continue
            if self._reader.is_other_programme(cells):
                self.other_programme += 1
                continue
            project, problems = self._reader.read(number, cells)
            if project is not None:
                first = self._seen.setdefault(project.identifier, number)
                if first != number:
                    index = rows.layout.columns["identifier"]
                    problems = [
                        RowProblem(number, rows.layout.header(index), project.identifier, Message("the same project is already on row {row}", row=first))
                    ]
                    project = None
            if problems:
                self._note(problems)
                continue
            self.good_rows += 1
            if not (self._stop and self.bad_rows):
                yield project  # type: ignore[misc]
        if progress is not None:
            progress(rows.total(), rows.total())

    def _note(self, problems: list[RowProblem]) -> None:
        self.bad_rows += 1
        room = PROBLEMS_KEPT - len(self.problems)
        self.problems.extend(problems[: max(room, 0)])
        self.more_problems += max(len(problems) - max(room, 0), 0)


def import_projects(
    directory: PartnerDirectory,
    path: str | os.PathLike[str],
    *,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    catalogue: Catalogue | None = None,
) -> FundedImport | None:
    """Import the export at ``path``; None when the file is not a Project Results export."""
    path = Path(path)
    catalogue = catalogue or load_catalogue()
    with open_export(path) as rows:
        if rows is None:
            return None
        scan = _Scan(rows, catalogue, stop_feeding_at_first_problem=not skip_bad_rows, progress=progress)
        counts = directory.load_projects(scan.projects(), keep=lambda: skip_bad_rows or not scan.bad_rows)
        return FundedImport(
            counts=counts,
            problems=tuple(scan.problems),
            bad_rows=scan.bad_rows,
            good_rows=scan.good_rows,
            other_programme_rows=scan.other_programme,
            sheet=rows.sheet,
            more_problems=scan.more_problems,
        )


# How the partner-list reader says a file has no partner-list header (then: "neither … nor …").
NO_PARTNER_HEADER: Final = ("no header row found", "the header row names no column")


def recognise(path: str | os.PathLike[str]) -> str:
    """``export`` or ``partner-list``, from the file's header alone; a file that is neither is
    a PlanError saying what each one lacks (before any directory is opened or created)."""
    from erasmus_planner.interchange.project_results import is_export
    from erasmus_planner.interchange.spreadsheets import read_partners

    path = Path(path)
    if is_export(path):
        return "export"
    try:
        read_partners(path)
    except PlanError as exc:
        if exc.message.template.startswith(NO_PARTNER_HEADER):
            raise neither_error(path, exc) from None
        raise
    return "partner-list"


def neither_error(path: Path, partner_list_problem: PlanError) -> PlanError:
    """A file that is not an export and not a partner list either: say what each one lacks."""
    return PlanError(
        "this is neither an Erasmus+ Project Results export (no header row names both 'Project Identifier' and "
        "'Coordinating organisation name') nor a partner list ({problem})",
        problem=partner_list_problem.message, source=str(path),
    )
