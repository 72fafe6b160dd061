"""``open``: start the desktop application (the default when no command is given)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("open", help="start the desktop application", description="Start the desktop application, optionally with a plan.")
    p.add_argument("plan", nargs="?", metavar="PLAN", help="a plan file (.json or .epplan) to open")
    p.add_argument("--lang", metavar="L", help="interface language (en, de, fr, tr)")
    p.set_defaults(handler=run_open)


def run_open(args: argparse.Namespace) -> int:
    from erasmus_planner.launch import launch

    return launch(args.plan, lang=getattr(args, "lang", None))
