"""What ``make run`` and ``erasmus-planner open`` start.

With a display: the desktop application, with the given plan open. Without one (a server, a CI
box, an SSH session): one line that says so, then what still helps — the plan's check printed on
the command line and a screenshot of the window written to a PNG file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCREENSHOT_PATH = Path("out") / "main-window.png"


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch(plan_path: str | None, *, lang: str | None = None) -> int:
    if has_display():
        from erasmus_planner.ui.app import run

        return run(plan_path, lang=lang)
    return headless_fallback(plan_path, lang=lang)


def headless_fallback(plan_path: str | None, *, lang: str | None = None) -> int:
    """No display: the plan's check on the command line and a screenshot of the window.

    Exit code: the check's (0 eligible, 1 not) when everything could be shown; 2 when there is no
    plan to show or it cannot be read or drawn — said in one line, never promised first.
    """
    from erasmus_planner.cli.main import main as cli_main

    if not plan_path:
        print("No display found, and no plan given: run `erasmus-planner check PLAN` or start with a display.", file=sys.stderr)
        return 2
    print(f"No display found: printing the check of {plan_path} and writing a screenshot of the window to {SCREENSHOT_PATH}.")
    verdict = cli_main(["check", plan_path])
    if verdict not in (0, 1):
        return verdict
    SCREENSHOT_PATH.parent.mkdir(parents=True, exist_ok=True)
    drawn = cli_main(["screenshot", plan_path, "-o", str(SCREENSHOT_PATH)] + (["--lang", lang] if lang else []))
    if drawn != 0:
        return drawn
    print(f"Screenshot written to {SCREENSHOT_PATH}.")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(launch(args[0] if args else None))
