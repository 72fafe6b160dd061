"""``audit``: every funded consortium of a Project Results export judged against its own rules.

The file is read as a stream (as the import reads it) and only read; nothing is stored. A row
that cannot be read is reported among those not judged, with the row's problems as the reason,
so one broken row never hides the verdicts on the others.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from erasmus_planner.domain.catalogue import Catalogue, load_catalogue
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.funded_audit import ELIGIBLE, NOT_ELIGIBLE, Judgement, judge, not_checked_notes
from erasmus_planner.interchange.project_results import open_export
from erasmus_planner.interchange.project_rows import RowReader

Progress = Callable[[int, int], None]
PROGRESS_EVERY: Final = 200


@dataclass(frozen=True)
class Unreadable:
    """A row that could not be read: where it is, and what is wrong with it."""

    identifier: str  # as written, or "row N" when the identifier itself is the problem
    reason: str


@dataclass
class AuditResult:
    projects: int = 0
    eligible: int = 0
    not_eligible: list[Judgement] = field(default_factory=list)
    not_judged: list[Judgement] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    other_programme_rows: int = 0

    @property
    def judged(self) -> int:
        return self.eligible + len(self.not_eligible)

    def to_json(self) -> dict[str, Any]:
        """The object of spec §4.3, with what was never checked beside it."""
        return {
            "projects": self.projects,
            "judged": self.judged,
            "eligible": self.eligible,
            "not_eligible": [
                {
                    "identifier": j.identifier, "action": j.action, "field": j.field, "lot": j.lot, "call_year": j.call_year,
                    "findings": [f.to_json() for f in j.findings], "not_checked": list(j.not_checked),
                }
                for j in self.not_eligible
            ],
            "not_judged": [
                *({"identifier": j.identifier, "reason": str(j.reason)} for j in self.not_judged),
                *({"identifier": u.identifier, "reason": u.reason} for u in self.unreadable),
            ],
            "not_checked": list(not_checked_notes()),
        }


def audit_file(path: str | os.PathLike[str], *, progress: Progress | None = None, catalogue: Catalogue | None = None) -> AuditResult:
    """Judge every project of the export at ``path``. PlanError when it is no export at all."""
    path = Path(path)
    catalogue = catalogue or load_catalogue()
    result = AuditResult()
    with open_export(path) as rows:
        if rows is None:
            raise PlanError(
                "this is not an Erasmus+ Project Results export: no header row names both 'Project Identifier' and "
                "'Coordinating organisation name'; audit reads the Commission's lists of funded projects (CSV or XLSX)",
                source=str(path),
            )
        reader = RowReader(rows.layout, catalogue)
        id_index = rows.layout.columns["identifier"]
        for count, (number, cells) in enumerate(rows, start=1):
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(rows.done(), rows.total())
            if not any(cells):
                continue
            if reader.is_other_programme(cells):
                result.other_programme_rows += 1
                continue
            result.projects += 1
            project, problems = reader.read(number, cells)
            if project is None:
                written = cells[id_index].strip() if id_index < len(cells) else ""
                identifier = written or Message("row {row}", row=number).render()
                result.unreadable.append(Unreadable(identifier, "; ".join(p.text() for p in problems)))
                continue
            judgement = judge(project, catalogue)
            if judgement.verdict == ELIGIBLE:
                result.eligible += 1
            elif judgement.verdict == NOT_ELIGIBLE:
                result.not_eligible.append(judgement)
            else:
                result.not_judged.append(judgement)
    return result


REPORT_HEADERS: Final = ("identifier", "call_year", "action", "field", "lot", "verdict", "rule", "message")


def report_rows(result: AuditResult) -> list[list[str]]:
    """The audit as a table: one row per failing finding, one per consortium not judged."""
    rows: list[list[str]] = [list(REPORT_HEADERS)]
    for j in result.not_eligible:
        for finding in j.findings:
            rows.append([j.identifier, str(j.call_year), j.action or "", j.field or "", j.lot or "", "not eligible", finding.rule, finding.message])
    for j in result.not_judged:
        rows.append([j.identifier, str(j.call_year), j.action or "", j.field or "", j.lot or "", "not judged", "", str(j.reason)])
    for u in result.unreadable:
        rows.append([u.identifier, "", "", "", "", "not judged", "", u.reason])
    return rows


def write_report(path: str | os.PathLike[str], result: AuditResult) -> None:
    """The table of ``report_rows`` as CSV or XLSX (by extension), cells neutralised as exports are."""
    from erasmus_planner.interchange import table_files
    from erasmus_planner.interchange.spreadsheets import neutralise

    path = Path(path)
    rows = [[neutralise(cell) for cell in row] for row in report_rows(result)]
    if table_files.kind_of(path) == "xlsx":
        table_files.write_xlsx(path, rows, sheet="Audit")
    else:
        table_files.write_csv(path, rows)
