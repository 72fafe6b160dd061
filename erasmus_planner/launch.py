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
    from erasmus_planner.cli.main import main as cli_main

    print(f"No display found: printing the check of {plan_path or 'the plan'} and writing a screenshot of the window to {SCREENSHOT_PATH}.")
    if plan_path:
        cli_main(["check", plan_path])
        SCREENSHOT_PATH.parent.mkdir(parents=True, exist_ok=True)
        code = cli_main(["screenshot", plan_path, "-o", str(SCREENSHOT_PATH)] + (["--lang", lang] if lang else []))
        if code == 0:
            print(f"Screenshot written to {SCREENSHOT_PATH}.")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    raise SystemExit(launch(args[0] if args else None))
