"""``audit``, ``candidates`` and ``new --from-project``: funded-project lists on the command line
(spec/plan-format.md §4.3)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from erasmus_planner.cli.directory_funded import DIRECTORY_HELP as _DIRECTORY_HELP
from erasmus_planner.cli.directory_funded import TerminalProgress, plural
from erasmus_planner.cli import EXIT_OK
from erasmus_planner.domain.errors import PlanError



def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = sub.add_parser(
        "audit",
        help="judge every funded consortium of a Project Results export against its own call's rules",
        description=(
            "Read an Erasmus+ Project Results export (CSV or XLSX) and judge every funded consortium against the rules "
            "of its own action and call year. Lists the consortia judged not eligible, with the failing findings, and "
            "those that could not be judged, with the reason. What the export does not hold (ECHE, OID/PIC, founding "
            "dates, associated partners, lot) is taken as met and reported as not checked (docs/audit.md). "
            "Exit code: 0 when the file could be read, whatever the verdicts; 2 for bad input."
        ),
    )
    a.add_argument("file", metavar="FILE", help="a Project Results export (.csv or .xlsx)")
    a.add_argument("--json", action="store_true", help="print the result as JSON (spec/plan-format.md §4.3)")
    a.add_argument("-o", "--output", metavar="REPORT", help="also write one row per failing finding to REPORT (.csv or .xlsx)")
    a.set_defaults(handler=run_audit)

    c = sub.add_parser(
        "candidates",
        help="for every failing rule of a plan, the directory's organisations that would make it pass",
        description=(
            "For every failing finding of PLAN, list the organisations of the partner directory that would make that "
            "rule pass if added as full partners, best first by relevant experience (projects of the same action and "
            "field, as coordinator, recent). Exit code: 0, or 2 for bad input."
        ),
    )
    c.add_argument("plan", metavar="PLAN", help="a plan file (.json or .epplan)")
    c.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    c.add_argument("--limit", type=int, default=10, metavar="N", help="at most N organisations per rule (default 10)")
    c.add_argument("--json", action="store_true", help="print the lists as JSON (spec/plan-format.md §4.3)")
    c.set_defaults(handler=run_candidates)

    n = sub.add_parser(
        "new",
        help="make a plan from a funded consortium held in the directory",
        description=(
            "Write a new plan made from a funded project of the partner directory (imported with directory import): "
            "its coordinator as applicant, its partners as full partners, action, field and call year from the "
            "project identifier. Exit code: 0, or 2 for bad input."
        ),
    )
    n.add_argument("--from-project", required=True, metavar="IDENTIFIER", help="the project identifier, e.g. 2021-1-DE01-KA220-SCH-000024914")
    n.add_argument("-o", "--output", required=True, metavar="PLAN", help="the plan to write (.json or .epplan); must not exist yet")
    n.add_argument("--directory", metavar="PATH", help=_DIRECTORY_HELP)
    n.set_defaults(handler=run_new)


# --- audit -----------------------------------------------------------------------------------------


def run_audit(args: argparse.Namespace) -> int:
    from erasmus_planner.services.audit import audit_file, write_report

    source = Path(args.file)
    progress = TerminalProgress(f"Auditing {source.name}:")
    try:
        result = audit_file(source, progress=progress)
    finally:
        progress.finish()
    if args.output:
        write_report(Path(args.output), result)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    not_judged = len(result.not_judged) + len(result.unreadable)
    print(
        f"{source}: {plural(result.projects, 'project')}; {plural(result.judged, 'judged', 'judged')}: "
        f"{result.eligible:,} eligible, {len(result.not_eligible):,} not eligible; {not_judged:,} not judged"
    )
    for judgement in result.not_eligible:
        where = ", ".join(x for x in (judgement.action or "", judgement.field or "", judgement.lot or "", str(judgement.call_year)) if x)
        print(f"\nNOT ELIGIBLE  {judgement.identifier}  ({where})")
        for finding in judgement.findings:
            print(f"  - {finding.message}")
    if not_judged:
        print("\nNot judged:")
        for judgement in result.not_judged:
            print(f"  {judgement.identifier}: {judgement.reason}")
        for unreadable in result.unreadable:
            print(f"  {unreadable.identifier}: {unreadable.reason}")
    if args.output:
        print(f"\nReport written to {args.output}")
    return EXIT_OK


# --- candidates --------------------------------------------------------------------------------------


def run_candidates(args: argparse.Namespace) -> int:
    from erasmus_planner.services.candidates import for_plan
    from erasmus_planner.services.directory_service import DirectoryService
    from erasmus_planner.services.plan_files import load_plan

    if args.limit < 1:
        raise PlanError(f"--limit must be at least 1, not {args.limit}")
    plan = load_plan(Path(args.plan))
    service = DirectoryService.open(args.directory)
    try:
        lists = for_plan(plan, service.directory, limit=args.limit)
    finally:
        service.close()
    if args.json:
        out = [
            {
                "rule": item.finding.rule,
                "message": item.finding.message,
                "candidates": [
                    {
                        "id": c.entry.id, "name": c.entry.organisation.name, "country": c.entry.organisation.country,
                        "type": c.entry.organisation.type, "project_count": c.entry.project_count, "why": str(c.why()),
                        "passes": c.passes,
                    }
                    for c in item.candidates
                ],
            }
            for item in lists
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not lists:
        print(f"{args.plan}: no rule fails; nothing to find.")
        return EXIT_OK
    for item in lists:
        print(f"\n{item.finding.message}")
        if not item.candidates:
            print("  No organisation in the directory would fix this by being added.")
        for c in item.candidates:
            org = c.entry.organisation
            print(f"  {c.entry.id:>6}  {org.name} ({org.country}; {org.type}) — {c.why()}")
    return EXIT_OK


# --- new --from-project ------------------------------------------------------------------------------


def run_new(args: argparse.Namespace) -> int:
    from erasmus_planner.services.directory_service import DirectoryService
    from erasmus_planner.services.funded_plans import plan_from_project

    target = Path(args.output)
    if target.suffix.lower() not in (".json", ".epplan"):
        raise PlanError(f"PLAN must end in .json or .epplan, not {target.suffix or '(no extension)'!r}", source=str(target))
    if target.exists():
        raise PlanError("this file exists already; give the new plan another name (nothing was written)", source=str(target))
    service = DirectoryService.open(args.directory)
    try:
        made = plan_from_project(service.directory, args.from_project)
    finally:
        service.close()
    _write_plan(made.plan, target, note=f"Created from the funded project {made.project.identifier}")
    summary = made.project
    print(f"Wrote {target}: {summary.identifier} ({summary.call_year}), {plural(len(made.plan.partners), 'partner')}")
    for note in made.notes:
        print(f"  Note: {note}")
    return EXIT_OK


def _write_plan(plan: Any, target: Path, *, note: str) -> None:
    if target.suffix.lower() == ".epplan":
        from erasmus_planner.persistence.plan_document import PlanDocument, write_document

        write_document(PlanDocument(plan=plan), target, note=note)
    else:
        from erasmus_planner.interchange import plan_json

        plan_json.save(plan, target)
