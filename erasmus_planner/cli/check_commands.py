"""``check`` and ``suggest``: the consortium against its action, and against every action."""

from __future__ import annotations

import argparse
import json
import sys

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.wording import LANGUAGES, wording
from erasmus_planner.services.plan_files import load_plan


def add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        type=str.lower,
        metavar="LANG",
        help=f"the language of {what}: {', '.join(LANGUAGES)} (default: en)",
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check",
        help="check a plan against its action's rules and name the submitting agency",
        description=(
            "Check the consortium in PLAN against the rules of its action, field, lot and call year, "
            "and name the agency the application goes to. Exit code: 0 eligible, 1 not eligible, 2 bad input."
        ),
    )
    p.add_argument("plan", metavar="PLAN", help="a plan file (.json or .epplan)")
    p.add_argument("--json", action="store_true", help="print the report as JSON (spec/plan-format.md §3)")
    add_language_option(p, "the messages, hints and agency reason (JSON keys stay English)")
    p.set_defaults(handler=run_check)

    s = sub.add_parser(
        "suggest",
        help="check the same partners against every action and lot of the call year",
        description=(
            "Check the partners in PLAN against every action and lot open in the plan's call year "
            "(in the plan's field, where one applies), best fits first, each with what is missing."
        ),
    )
    s.add_argument("plan", metavar="PLAN", help="a plan file (.json or .epplan)")
    s.add_argument("--json", action="store_true", help="print the list as JSON")
    add_language_option(s, "what each action is missing (JSON keys stay English)")
    s.set_defaults(handler=run_suggest)


def run_check(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan, require_applicant=True)
    report = check(plan, language=args.lang)
    if args.json:
        # One write: json.dump writes every token separately, a system call each when standard
        # output is unbuffered (PYTHONUNBUFFERED, python -u): ~500 for one report.
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        from erasmus_planner.cli.text_report import render_report

        sys.stdout.write(render_report(plan, report, load_catalogue(), wording(args.lang)))
    return 0 if report.eligible else 1


def run_suggest(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan, require_applicant=True)
    results = suggest(plan, language=args.lang)
    if args.json:
        sys.stdout.write(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2) + "\n")
    else:
        from erasmus_planner.cli.text_report import render_suggestions

        sys.stdout.write(render_suggestions(plan, results, load_catalogue(), wording(args.lang)))
    return 0
