"""``directory import|search|export`` (the partner directory) and ``import-partners`` (a spreadsheet into a plan)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from erasmus_planner.cli import EXIT_BAD_INPUT, EXIT_OK, directory_funded
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.vocabulary import ORG_TYPE_IDS

_DIRECTORY_HELP = directory_funded.DIRECTORY_HELP


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    d = sub.add_parser(
        "directory",
        help="the partner directory: import, search and export organisations reused across plans",
        description="The partner directory: organisations kept for reuse across plans, searched by name (accents and case do not matter), country, type, OID or PIC.",
    )
    actions = d.add_subparsers(dest="directory_action", metavar="ACTION", required=True)

    i = actions.add_parser(
        "import",
        help="add the organisations of a spreadsheet (.csv or .xlsx) or of a list of funded projects",
        description=(
            "Add the organisations of a .csv or .xlsx file to the directory. An Erasmus+ Project Results export (the "
            "Commission's list of funded projects, recognised by its header row) adds every project's coordinator and "
            "partners with their track record, in one transaction, with progress on a terminal; any other file is read "
            "as a partner list, and an organisation already there (same OID, PIC, or name and country) is updated. "
            "When any row is bad, the bad rows are listed and nothing is imported, unless --skip-bad-rows. "
            "Exit code: 0, or 2 for bad input."
        ),
    )
    i.add_argument("file", metavar="FILE", help="a .csv or .xlsx partner list or Project Results export")
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
    s.add_argument(
        "--experience", metavar="ACTION",
        help="only organisations that took part in a funded project of this action: an action id or code (KA220-VET, KA203, knowledge-alliance, KA101)",
    )
    s.add_argument("--role", choices=("coordinator", "partner"), help="with that role in the project")
    s.add_argument("--since", type=int, metavar="YEAR", help="in a project of this call year or later")
    s.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")
    s.add_argument("--json", action="store_true", help="print the results as JSON, each with its funded projects (spec §4.3)")
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

    u = actions.add_parser(
        "duplicates",
        help="list entries that may be one organisation written two ways",
        description=(
            "List pairs of entries in one country that may be the same organisation: the same name with different "
            "websites, the same website under different names, the same words in another order, or nearly the same "
            "name. Nothing is merged: merge a pair with 'directory merge KEEP OTHER'. Exit code: 0, or 2 for bad input."
        ),
    )
    u.add_argument("--limit", type=int, metavar="N", help="at most N pairs (default: all)")
    u.add_argument("--json", action="store_true", help="print the pairs as JSON")
    u.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    u.set_defaults(handler=directory_funded.run_duplicates)

    m = actions.add_parser(
        "merge",
        help="merge two entries into one, with their funded projects",
        description=(
            "Merge the entry OTHER into KEEP: OTHER's funded projects move to KEEP, KEEP's empty details are filled "
            "from OTHER's, and OTHER is removed. Entries of two countries are merged only with --any-country. "
            "Exit code: 0, or 2 for bad input."
        ),
    )
    m.add_argument("keep", metavar="KEEP", type=int, help="the id of the entry to keep")
    m.add_argument("other", metavar="OTHER", type=int, help="the id of the entry merged into it and removed")
    m.add_argument("--any-country", action="store_true", help="merge even when the two entries are in different countries")
    m.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    m.set_defaults(handler=directory_funded.run_merge)

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


_plural = directory_funded.plural


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
    from erasmus_planner.services.funded_import import recognise

    source = Path(args.file)
    recognise(source)  # a file that is neither kind is refused before a directory is made
    from erasmus_planner.services.directory_service import DirectoryService

    progress = directory_funded.TerminalProgress(f"Importing {source.name}:")
    try:  # a directory made for an import that keeps nothing is removed again
        outcome, where = DirectoryService.import_into(args.directory, source, skip_bad_rows=args.skip_bad_rows, progress=progress)
    finally:
        progress.finish()
    if not hasattr(outcome, "result"):
        return directory_funded.report_funded_import(source, where, outcome, skip_bad_rows=args.skip_bad_rows)
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


def run_directory_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise PlanError(f"--limit must be at least 1, not {args.limit}")
    service = _service(args)
    try:
        experience = directory_funded.experience_of(args)
        entries = service.search(
            args.text, country=args.country, type=args.org_type, limit=args.limit, experience=experience, track_records=True,
            newest=None if args.json else directory_funded.SHOWN_PROJECTS,  # scripts get every project
        )
    finally:
        service.close()
    if args.json:
        json.dump([directory_funded.entry_json(e, experience) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not entries:
        print("No organisation found.")
        return EXIT_OK
    for entry in entries:
        directory_funded.print_entry(entry)
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
