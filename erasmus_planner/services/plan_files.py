"""Open and save a plan by its file name: ``.json`` (the interchange format) or ``.epplan``."""

from __future__ import annotations

import os

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.interchange import plan_json

PLAN_SUFFIXES = (".json", ".epplan")


def _suffix(path: str | os.PathLike[str]) -> str:
    """``Path(path).suffix.lower()``, without importing pathlib into every check process."""
    name = os.path.basename(os.fspath(path).rstrip(os.sep + (os.altsep or "")))
    dot = name.rfind(".")
    suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""
    if suffix not in PLAN_SUFFIXES:
        raise PlanError(
            "unknown kind of file {suffix!r}; plans are .json or .epplan files",
            suffix=suffix or Message("(no extension)"), source=str(path),
        )
    return suffix


def load_plan(path: str | os.PathLike[str], *, require_applicant: bool = False) -> Plan:
    """Read a plan; every problem becomes a PlanError that names the file."""
    if _suffix(path) == ".epplan":
        from erasmus_planner.persistence.plan_document import read_plan

        plan = read_plan(path)
        if require_applicant:
            try:
                plan_json.require_single_applicant(plan.partners)
            except PlanError as exc:
                raise PlanError(exc.message, source=str(path)) from None
        return plan
    return plan_json.load(path, require_applicant=require_applicant)


def save_plan(plan: Plan, path: str | os.PathLike[str], *, copied_from: str | os.PathLike[str] | None = None) -> None:
    """Write ``plan`` to ``path``. ``copied_from`` is the file the plan was opened from: a "Save as"
    from one ``.epplan`` to a new one carries its history and notes along instead of starting afresh."""
    from pathlib import Path

    path = Path(path)
    if _suffix(path) == ".epplan":
        from erasmus_planner.persistence.plan_document import PlanDocument, read_document, write_document, write_plan

        source = Path(copied_from) if copied_from is not None else None
        if (
            source is not None
            and source.suffix.lower() == ".epplan"
            and source.resolve() != path.resolve()
            and source.is_file()
            and not path.exists()
        ):
            previous = read_document(source)
            write_document(
                PlanDocument(plan, notes=previous.notes, history=previous.history),
                path,
                since=previous.plan,
                note=f"Saved as a copy of {source.name}",
            )
            return
        write_plan(plan, path)
    else:
        plan_json.save(plan, path)
