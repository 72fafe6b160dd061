"""``directory import|search|export`` (the partner directory) and ``import-partners`` (a spreadsheet into a plan)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from erasmus_planner.cli import EXIT_BAD_INPUT, EXIT_OK
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.vocabulary import ORG_TYPE_IDS

_DIRECTORY_HELP = (
    "the partner directory file (default: $ERASMUS_PLANNER_DIRECTORY, else partner-directory.sqlite3 in the "
    "user data folder)"
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    d = sub.add_parser(
        "directory",
        help="the partner directory: import, search and export organisations reused across plans",
        description="The partner directory: organisations kept for reuse across plans, searched by name (accents and case do not matter), country, type, OID or PIC.",
    )
    actions = d.add_subparsers(dest="directory_action", metavar="ACTION", required=True)

    i = actions.add_parser(
        "import",
        help="add the organisations of a spreadsheet (.csv or .xlsx)",
        description=(
            "Add the organisations of a .csv or .xlsx partner list to the directory; one already there (same OID, PIC, "
            "or name and country) is updated. When any row is bad, the bad rows are listed and nothing is imported, "
            "unless --skip-bad-rows. Exit code: 0, or 2 for bad input."
        ),
    )
    i.add_argument("file", metavar="FILE", help="a .csv or .xlsx partner list")
    i.add_argument("--skip-bad-rows", action="store_true", help="import the good rows and list the bad ones")
    i.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    i.set_defaults(handler=run_directory_import)

    s = actions.add_parser(
        "search",
        help="find organisations by name, city, OID or PIC",
        description="Find organisations whose name, city, OID or PIC contain every word of TEXT (accents and case do not matter: lodz finds Łódź).",
    )
    s.add_argument("text", metavar="TEXT", nargs="?", default="", help="words to look for (empty: everything)")
    s.add_argument("--country", metavar="CC", help="only this country (code or English name)")
    s.add_argument("--type", dest="org_type", choices=ORG_TYPE_IDS, metavar="T", help="only this organisation type")
    s.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    s.add_argument("--json", action="store_true", help="print the results as JSON")
    s.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    s.set_defaults(handler=run_directory_search)

    e = actions.add_parser(
        "export",
        help="write every organisation to a spreadsheet (.csv or .xlsx)",
        description="Write every organisation of the directory to a .csv or .xlsx file, with headers that import reads back.",
    )
    e.add_argument("file", metavar="FILE", help="the .csv or .xlsx file to write (replaced if it exists)")
    e.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    e.set_defaults(handler=run_directory_export)

    p = sub.add_parser(
        "import-partners",
        help="add the partners of a spreadsheet (.csv or .xlsx) to a plan",
        description=(
            "Add the partners of a .csv or .xlsx list to PLAN. Rows that cannot be read, that repeat a partner "
            "already in the plan, or that would add a second applicant are listed with row, column, value and what "
            "would be valid. When any row is bad, nothing is written (exit 2), unless --skip-bad-rows: then the good "
            "rows are added and the bad ones listed (exit 0)."
        ),
    )
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx partner list")
    p.add_argument("--into", required=True, metavar="PLAN", help="the plan to add them to (.json or .epplan)")
    p.add_argument("--skip-bad-rows", action="store_true", help="add the good rows even when some rows are bad")
    p.set_defaults(handler=run_import_partners)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def print_problems(source: Path, problems: Sequence[Any], *, headline: str) -> None:
    rows = len({p.row for p in problems})
    print(f"erasmus-planner: {source}: {_plural(rows, 'row')} cannot be imported; {headline}", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


def _print_ignored(source: Path, ignored: Sequence[str]) -> None:
    if ignored:
        names = ", ".join(repr(h) for h in ignored)
        print(f"erasmus-planner: {source}: columns not read: {names}", file=sys.stderr)


def _service(args: argparse.Namespace) -> Any:
    from erasmus_planner.services.directory_service import DirectoryService

    return DirectoryService.open(args.directory)


def run_directory_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    service = _service(args)
    try:
        outcome = service.import_file(source, skip_bad_rows=args.skip_bad_rows)
        where = service.directory.path
    finally:
        service.close()
    result = outcome.result
    _print_ignored(source, result.ignored_columns)
    if outcome.counts is None:
        print_problems(
            source, result.problems,
            headline=f"nothing was imported (fix them, or use --skip-bad-rows to import the {_plural(len(result.partners), 'good row')})",
        )
        return EXIT_BAD_INPUT
    if result.problems:
        print_problems(source, result.problems, headline="they were skipped")
    counts = outcome.counts
    print(f"Imported {_plural(counts.total, 'organisation')} into {where}: {counts.added} new, {counts.updated} updated")
    return EXIT_OK


def _entry_json(entry: Any) -> dict[str, Any]:
    from erasmus_planner.interchange.plan_json import partner_to_dict

    data = partner_to_dict(entry.organisation)
    data.pop("role", None)  # the directory keeps no roles
    return {"id": entry.id, **data}


def run_directory_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise PlanError(f"--limit must be at least 1, not {args.limit}")
    service = _service(args)
    try:
        entries = service.search(args.text, country=args.country, type=args.org_type, limit=args.limit)
    finally:
        service.close()
    if args.json:
        json.dump([_entry_json(e) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not entries:
        print("No organisation found.")
        return EXIT_OK
    for entry in entries:
        org = entry.organisation
        ids = " ".join(x for x in (f"OID {org.oid}" if org.oid else "", f"PIC {org.pic}" if org.pic else "") if x)
        place = f"{org.city}, {org.country}" if org.city else org.country
        print(f"{entry.id:>6}  {org.name}  ({place}; {org.type}{'; ' + ids if ids else ''})")
    return EXIT_OK


def run_directory_export(args: argparse.Namespace) -> int:
    target = Path(args.file)
    service = _service(args)
    try:
        count = service.export_file(target)
    finally:
        service.close()
    print(f"Exported {_plural(count, 'organisation')} to {target}")
    return EXIT_OK


def run_import_partners(args: argparse.Namespace) -> int:
    from erasmus_planner.persistence.lock import PlanLocked
    from erasmus_planner.services.import_service import import_file_into_plan_file

    source, plan_path = Path(args.file), Path(args.into)
    try:
        outcome = import_file_into_plan_file(source, plan_path, skip_bad_rows=args.skip_bad_rows)
    except PlanLocked as exc:
        advice = "close it there, or import the partners from that window" if exc.elsewhere else "nothing was changed"
        raise PlanError(f"{exc.problem}; {advice}", source=str(plan_path)) from exc
    _print_ignored(source, outcome.ignored_columns)
    if outcome.problems and not args.skip_bad_rows:
        print_problems(
            source, outcome.problems,
            headline=f"{plan_path} was not changed (fix them, or use --skip-bad-rows to add the other rows)",
        )
        return EXIT_BAD_INPUT
    if outcome.problems:
        print_problems(source, outcome.problems, headline="they were skipped")
    if outcome.applied:
        print(f"Added {_plural(len(outcome.added), 'partner')} to {plan_path}")
    else:
        print(f"No partner added; {plan_path} was not changed")
    return EXIT_OK
