"""``check`` and ``suggest``: the consortium against its action, and against every action."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from types import SimpleNamespace

from erasmus_planner.domain.brussels_time import Day, parse_day
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.eligibility import check, suggest
from erasmus_planner.domain.wording import LANGUAGES, wording
from erasmus_planner.services.plan_files import load_plan

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    import argparse


def add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        type=str.lower,
        metavar="LANG",
        help=f"the language of {what}: {', '.join(LANGUAGES)} (default: en)",
    )


def add_today_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="count the days left to the next deadline from this date (default: today's date)",
    )


def today_of(args: argparse.Namespace) -> Day | None:
    """The day ``--today`` names (a PlanError, exit 2, when it names none), or None for today."""
    return parse_day(args.today) if getattr(args, "today", None) else None


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
    add_today_option(p)
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


def plain_arguments(words: Sequence[str]) -> SimpleNamespace | None:
    """``check PLAN [--json] [--lang LANG]`` (or ``suggest``), the options in any order and each
    at most once, read as the parsers ``register`` makes would read them, without argparse; None
    for every other spelling (``--help``, ``--lang=de``, ``--js``, an unknown language, a second
    plan, any word starting with "-"...), which argparse then reads, with its help and its
    messages. tests/cli/test_command_parsers.py tries 50,000 command lines and compares each
    one read here with argparse's reading of it."""
    command, *rest = words
    plan: str | None = None
    as_json, language = False, None
    i = 0
    while i < len(rest):
        word = rest[i]
        if word == "--json" and not as_json:
            as_json = True
        elif word == "--lang" and language is None and i + 1 < len(rest) and not rest[i + 1].startswith("-"):
            i += 1
            language = rest[i].lower()  # the option's type: str.lower, then its choices
            if language not in LANGUAGES:
                return None
        elif plan is None and not word.startswith("-"):
            plan = word
        else:
            return None
        i += 1
    if plan is None:
        return None
    if command == "check":
        return SimpleNamespace(command=command, plan=plan, json=as_json, lang=language or "en", today=None, handler=run_check)
    return SimpleNamespace(command=command, plan=plan, json=as_json, lang=language or "en", handler=run_suggest)


def run_check(args: argparse.Namespace) -> int:
    today = today_of(args)
    plan = load_plan(args.plan, require_applicant=True)
    report = check(plan, language=args.lang, today=today)
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
