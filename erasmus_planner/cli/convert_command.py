"""``convert IN OUT``: a plan between the JSON format and the ``.epplan`` document, by extension."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from erasmus_planner.domain.errors import PlanError

SUFFIXES = (".json", ".epplan")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "convert",
        help="convert a plan between JSON and .epplan (chosen by extension)",
        description=(
            "Convert the plan IN to OUT: .json to .epplan or back (or .epplan to .epplan). Every field of the plan "
            "format is kept, unknown keys included. The history and the notes of an .epplan document have no place "
            "in JSON and stay behind (a line on standard error says so). Exit code: 0, or 2 for bad input."
        ),
    )
    p.add_argument("input", metavar="IN", help="the plan to read (.json or .epplan)")
    p.add_argument("output", metavar="OUT", help="the file to write (.json or .epplan); replaced if it exists")
    p.set_defaults(handler=run_convert)


def _suffix(path: Path, what: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise PlanError(f"{what} must end in .json or .epplan, not {suffix or '(no extension)'!r}", source=str(path))
    return suffix


def run_convert(args: argparse.Namespace) -> int:
    from erasmus_planner.services.plan_files import load_document, save_document

    source, target = Path(args.input), Path(args.output)
    _suffix(source, "IN")
    _suffix(target, "OUT")
    if target.exists() and source.exists() and source.resolve() == target.resolve():
        raise PlanError("IN and OUT are the same file; give OUT another name", source=str(target))
    document = load_document(source)
    # Under OUT's lock, like every writer: a plan open in a window is refused, not overwritten.
    save_document(document, target, note=f"Converted from {source.name}")
    if target.suffix.lower() != ".epplan":
        left = [what for what, present in (("the notes", document.notes.strip()), ("the history", document.history)) if present]
        if left:
            verb = "stay" if len(left) > 1 else "stays"
            print(
                f"erasmus-planner: {' and '.join(left)} of {source.name} {verb} in the .epplan document (JSON has no place for them)",
                file=sys.stderr,
            )
    count = len(document.plan.partners)
    print(f"Wrote {target} ({count} partner{'s' if count != 1 else ''})")
    return 0
