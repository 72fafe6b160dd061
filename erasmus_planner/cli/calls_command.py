"""``calls``: every deadline of a call year, with how to submit (spec/plan-format.md §4.2)."""

from __future__ import annotations

import argparse
import json
import sys

from erasmus_planner.cli.agency_commands import _year
from erasmus_planner.cli.check_commands import add_language_option, add_today_option, today_of
from erasmus_planner.domain.brussels_time import today
from erasmus_planner.domain.call_calendar import calendar
from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.wording import wording


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "calls",
        help="list every deadline of a call year, with how to submit",
        description=(
            "List the deadlines of every action of a call year (Brussels time, with the UTC offset of the day), "
            "each with its source and confidence, and how the application is submitted."
        ),
    )
    p.add_argument("--year", type=_year, metavar="Y", help="the call year (default: the current year)")
    p.add_argument("--action", metavar="ACTION", help="only this action: its id or official code (e.g. KA210, KA220-YOU)")
    p.add_argument("--json", action="store_true", help="print the deadlines as JSON")
    add_language_option(p, "the dates and labels (JSON keys stay English)")
    add_today_option(p)
    p.set_defaults(handler=run_calls)


def run_calls(args: argparse.Namespace) -> int:
    on = today_of(args) or today()
    year = args.year or on.year
    action_id, field = None, None
    if args.action:
        catalogue = load_catalogue()
        resolved = catalogue.resolve_code(args.action)
        if resolved is None:
            codes = [code for action in catalogue.actions.values() for code in action.codes]
            raise PlanError(
                "--action: {value!r} is not an action; give an id or a code: {valid}",
                value=args.action,
                valid=", ".join([*catalogue.actions, *codes]),
            )
        action_id, field = resolved
    rows = [row for row in calendar(year, action_id) if field is None or field in row.fields]
    if args.json:
        sys.stdout.write(json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2) + "\n")
    else:
        from erasmus_planner.cli.text_report import render_calendar

        sys.stdout.write(render_calendar(rows, year, action_id, on, wording(args.lang)))
    return 0
