"""``export``: the PDF briefing of a plan.

ReportLab is imported inside the handler, so ``--help`` and every other command stay fast;
Qt is never imported at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from erasmus_planner.cli.check_commands import add_language_option, add_today_option, today_of
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.services.plan_files import load_plan

PAPERS = ("a4", "letter")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "export",
        help="write the PDF briefing of a plan",
        description=(
            "Write a printable PDF briefing of PLAN: the agency to submit to, the verdict and checklist, "
            "the partners by country, the consortium's composition and what else the same partners fit."
        ),
    )
    p.add_argument("plan", metavar="PLAN", help="a plan file (.json or .epplan)")
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help="the PDF file to write (replaced if it exists)"
    )
    p.add_argument("--paper", choices=PAPERS, default="a4", type=str.lower, help="paper size (default: a4)")
    add_language_option(p, "the briefing's headings, labels and findings (names are printed as typed)")
    add_today_option(p)
    p.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise PlanError(f"the briefing is a PDF; give an output name ending in .pdf, not {out.name!r}", source=str(out))
    if out.is_dir():
        raise PlanError("is a folder; give a file name ending in .pdf", source=str(out))
    if not out.parent.is_dir():
        raise PlanError(f"the folder {str(out.parent)!r} does not exist", source=str(out))
    today = today_of(args)
    plan = load_plan(args.plan)

    from erasmus_planner.cli.progress import TerminalProgress
    from erasmus_planner.export import write_briefing

    # A plan of thousands of partners takes a while: a progress line on a terminal.
    progress = TerminalProgress(f"Writing {out.name}")
    try:
        if today is None:
            write_briefing(plan, out, paper=args.paper, language=args.lang, progress=progress)
            return 0
        # The briefing as of that day: its date line and the days left to the next deadline.
        import datetime as dt

        from erasmus_planner.domain.eligibility import check

        report = check(plan, language=args.lang, today=today)
        title_date = dt.date(today.year, today.month, today.day)
        write_briefing(plan, out, paper=args.paper, language=args.lang, report=report, title_date=title_date, progress=progress)
        return 0
    finally:
        progress.close()
