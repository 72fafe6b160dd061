"""Open and save a plan by its file name: ``.json`` (the interchange format) or ``.epplan``.

Every write of a plan file goes through ``save_plan`` or ``save_document``, and both write only
under the plan's lock (``persistence.lock.locked_for_writing``): the window's saves, ``convert``,
``import-partners`` and the save that upgrades an older document all refuse a plan that is open
in another window or program, and leave it untouched.
"""

from __future__ import annotations

import os

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import Plan
from erasmus_planner.interchange import plan_json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing into every check process
if TYPE_CHECKING:
    from typing import Any

PLAN_SUFFIXES = (".json", ".epplan")


def _suffix(path: str | os.PathLike[str]) -> str:
    """``Path(path).suffix.lower()``, without importing pathlib into every check process."""
    name = os.path.basename(os.fspath(path).rstrip(os.sep + (os.altsep or "")))
    dot = name.rfind(".")
    suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""
    if suffix in (".csv", ".xlsx"):  # partner_import.SPREADSHEET_SUFFIXES, not imported into every check
        raise PlanError(
            "this is a spreadsheet, not a plan (plans are .json or .epplan files); to add the partners "
            "it lists to a plan: erasmus-planner import-partners {file} --into PLAN",
            file=os.fspath(path), source=str(path),
        )
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


def plan_input_kind(path: str | os.PathLike[str]) -> Any:
    """The guarded reader's kind for a plan file (``interchange.inputs``), by its extension."""
    from erasmus_planner.interchange.inputs import PLAN_DOCUMENT, PLAN_FILE

    return PLAN_DOCUMENT if _suffix(path) == ".epplan" else PLAN_FILE


def load_document(path: str | os.PathLike[str]) -> Any:
    """A plan file as a ``PlanDocument``: an ``.epplan`` with its notes and history, a JSON plan
    with none (JSON has no place for them)."""
    from erasmus_planner.persistence.plan_document import PlanDocument, read_document

    return read_document(path) if _suffix(path) == ".epplan" else PlanDocument(plan=plan_json.load(path))


def locked(path: str | os.PathLike[str], holding: Any = None) -> Any:
    """The plan file's lock, as a context manager yielding it, for a read-change-write
    (``import-partners``): ``PlanLocked`` when the plan is open elsewhere. ``holding``: the
    caller's own lock on it, if it has one (then nothing more is taken)."""
    from erasmus_planner.services import features  # not at the top: reading a plan never needs it

    if not features.available(features.LOCKS):
        import contextlib

        return contextlib.nullcontext()
    from erasmus_planner.persistence.lock import locked_for_writing

    return locked_for_writing(path, holding)


def save_plan(
    plan: Plan,
    path: str | os.PathLike[str],
    *,
    copied_from: str | os.PathLike[str] | None = None,
    note: str | None = None,
    lock: Any = None,
) -> None:
    """Write ``plan`` to ``path`` under its lock (``lock``: the caller's own, if it holds one).

    ``copied_from`` is the file the plan was opened from: a "Save as" from one ``.epplan`` to a
    new one carries its history and notes along instead of starting afresh. ``note`` is the
    history's line for this save in an ``.epplan`` ("Imported 3 partners from list.csv").
    """
    from pathlib import Path

    path = Path(path)
    with locked(path, lock):
        if _suffix(path) != ".epplan":
            plan_json.save(plan, path)
            return
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
                note=note or f"Saved as a copy of {source.name}",
            )
            return
        write_plan(plan, path, note=note)


def save_document(document: Any, path: str | os.PathLike[str], *, note: str | None = None) -> None:
    """Write a whole ``PlanDocument`` (``convert``) under the target's lock: to an ``.epplan`` with
    its notes and history, to JSON as the plan alone."""
    with locked(path):
        if _suffix(path) == ".epplan":
            from erasmus_planner.persistence.plan_document import write_document

            write_document(document, path, note=note)
        else:
            plan_json.save(document.plan, path)
