"""Importing a partner spreadsheet into a plan: which rows go in, which do not, and why.

On top of the spreadsheet's own row problems, a row is held back when its organisation is
already in the plan (same OID, PIC, or name and country), when it repeats an earlier row, or when
it would make a second applicant. Nothing is added while any row is bad unless the caller asks
to skip the bad rows: an import is never silently partial.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.identifiers import identity_keys
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.interchange.spreadsheets import ImportResult, RowProblem, read_partners


@dataclass(frozen=True)
class ImportOutcome:
    """``plan`` with the partners that went in (``added``); ``problems`` lists every row that did not."""

    plan: Plan
    added: tuple[Organisation, ...]
    problems: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...] = field(default=())

    @property
    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def applied(self) -> bool:
        return bool(self.added)



def check_against_plan(plan: Plan, result: ImportResult) -> tuple[list[Organisation], list[RowProblem]]:
    """The rows that can join ``plan``, and problems for those that would repeat a partner or an applicant."""
    known: dict[tuple[str, ...], Message] = {}
    for partner in plan.partners:
        for key in identity_keys(partner):
            known.setdefault(key, Message("already in the plan as {name}", name=partner.name))
    applicant = plan.applicant.name if plan.applicant else None
    good: list[Organisation] = []
    problems = list(result.problems)
    rows = result.rows or list(range(1, len(result.partners) + 1))
    for org, row in zip(result.partners, rows):
        clash = next((known[key] for key in identity_keys(org) if key in known), None)
        if clash:
            problems.append(
                RowProblem(row=row, column="Name", value=org.name, message=Message("{clash}; remove the row or the partner", clash=clash))
            )
            continue
        if org.is_applicant and applicant is not None:
            problems.append(
                RowProblem(
                    row=row,
                    column="Role",
                    value=org.role,
                    message=Message(
                        "{applicant} is already the applicant and exactly one partner applies; use partner or associated-partner",
                        applicant=applicant,
                    ),
                )
            )
            continue
        for key in identity_keys(org):
            known.setdefault(key, Message("repeats row {row} ({name})", row=row, name=org.name))
        if org.is_applicant:
            applicant = org.name
        good.append(org)
    good = _linked_rows(plan, good, dict(zip(map(id, result.partners), rows)), problems)
    problems.sort(key=lambda p: p.row)
    return good, problems


def _linked_rows(plan: Plan, good: list[Organisation], row_of: dict[int, int], problems: list[RowProblem]) -> list[Organisation]:
    """The rows that go in, without the affiliated entities whose partner is neither in the plan
    nor among those rows (a problem each, naming the valid names)."""
    if not any(org.is_affiliated for org in good):
        return good
    full = [p.name for p in plan.partners if p.is_full] + [org.name for org in good if org.is_full]
    valid = ", ".join(dict.fromkeys(full)) or Message("none yet: add the applicant and full partners first")
    kept = []
    for org in good:
        target = org.affiliated_to
        if org.is_affiliated and (target is None or full.count(target) != 1):
            if target is None:
                message = Message("an affiliated entity needs the name of its full partner; valid names: {valid}", valid=valid)
            elif full.count(target) == 0:
                message = Message("names no applicant or full partner of the plan or of this list; valid names: {valid}", valid=valid)
            else:
                message = Message("names {count} partners; give them distinct names", count=full.count(target))
            problems.append(RowProblem(row=row_of[id(org)], column="Affiliated to", value=target or "", message=message))
            continue
        kept.append(org)
    return kept


def import_into_plan(plan: Plan, result: ImportResult, *, skip_bad_rows: bool = False) -> ImportOutcome:
    """Add the good rows to ``plan``; with any bad row and not ``skip_bad_rows``, add nothing."""
    good, problems = check_against_plan(plan, result)
    if problems and not skip_bad_rows:
        return ImportOutcome(plan=plan, added=(), problems=tuple(problems), ignored_columns=tuple(result.ignored_columns))
    limits.check_partner_count(len(plan.partners) + len(good))
    return ImportOutcome(
        plan=plan.with_changes(partners=plan.partners + tuple(good)),
        added=tuple(good),
        problems=tuple(problems),
        ignored_columns=tuple(result.ignored_columns),
    )


def import_file_into_plan_file(
    source: str | os.PathLike[str], plan_path: str | os.PathLike[str], *, skip_bad_rows: bool = False
) -> ImportOutcome:
    """``import-partners``: read the spreadsheet, lock and read the plan, add the rows, save it.

    The plan file is written only when partners were added; a plan open in a window is refused
    (``PlanLocked``) rather than changed under the window's feet.
    """
    from erasmus_planner.interchange.inputs import check_input
    from erasmus_planner.services.plan_files import load_plan, locked, plan_input_kind, save_plan

    source, plan_path = Path(source), Path(plan_path)
    # A missing plan, a folder or a FIFO is refused by name before a lock is written beside it.
    check_input(plan_path, plan_input_kind(plan_path))
    result = read_partners(source)
    with locked(plan_path) as lock:
        plan = load_plan(plan_path)
        try:
            outcome = import_into_plan(plan, result, skip_bad_rows=skip_bad_rows)
        except PlanError as exc:  # a limit of the plan (its partners): say which plan
            raise PlanError(exc.message, source=exc.source or str(plan_path)) from None
        if outcome.applied:
            count = len(outcome.added)
            note = f"Imported {count} partner{'s' if count != 1 else ''} from {source.name}"
            save_plan(outcome.plan, plan_path, note=note, lock=lock)
    return outcome
