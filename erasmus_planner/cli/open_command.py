"""``open``: start the desktop application (the default when no command is given)."""

from __future__ import annotations

import argparse

from erasmus_planner.domain.errors import PlanError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "open",
        help="start the desktop application",
        description=(
            "Start the desktop application, optionally with a plan. Without a display, print the "
            "plan's check and write a screenshot of the window to out/main-window.png instead."
        ),
    )
    p.add_argument("plan", nargs="?", metavar="PLAN", help="a plan file (.json or .epplan) to open")
    p.add_argument("--lang", metavar="LANG", help="interface language: en, de, fr, tr (default: as in Preferences)")
    p.set_defaults(handler=run_open)


def local_path(plan: str | None) -> str | None:
    """A plan named as a file: URL (what some file managers pass) as the local path it stands for."""
    if not plan or not plan.startswith("file:"):
        return plan
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(plan)
    if parts.netloc not in ("", "localhost"):
        raise PlanError("only files on this computer can be opened", source=plan)
    from urllib.request import url2pathname

    return url2pathname(unquote(parts.path))


def run_open(args: argparse.Namespace) -> int:
    from erasmus_planner.launch import SCREENSHOT_PATH, has_display, launch

    args.plan = local_path(args.plan)
    lang = getattr(args, "lang", None)
    if not has_display():
        # What the display-less fallback would do, checked first: a wrong --lang or a plan that
        # cannot be read is one line and exit 2, not a promise of a check that never comes.
        from erasmus_planner.ui.app import check_language

        check_language(lang)
        if not args.plan:
            raise PlanError(
                "no display found, and the desktop application needs one; give a plan "
                f"(erasmus-planner open PLAN) to print its check and write a screenshot of the window to {SCREENSHOT_PATH}"
            )
        from erasmus_planner.services.plan_files import load_plan

        load_plan(args.plan)
    return launch(args.plan, lang=lang)
