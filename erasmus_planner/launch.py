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


def missing_window_libraries() -> list[str]:
    """Debian package names of the system libraries Qt's X11 plugin needs and cannot find.

    PySide6's wheels ship Qt but not the X11 helper libraries (libxcb-cursor0, libxcb-icccm4,
    libxcb-keysyms1, …) that many fresh Linux desktops lack; without them Qt aborts the process
    with a page of plugin messages. Asking ``ldd`` first lets us name what to install in one line
    and still show the check.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return []
    if os.environ.get("WAYLAND_DISPLAY") or not os.environ.get("DISPLAY"):
        return []
    import importlib.util
    import subprocess

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    try:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd: let Qt try and speak for itself
    missing = [line.split()[0] for line in listing.splitlines() if "not found" in line]
    return sorted(dict.fromkeys(debian_package(soname) for soname in missing))


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4; libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    name, _, version = soname.partition(".so.")
    if not version:
        return name
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def launch(plan_path: str | None, *, lang: str | None = None) -> int:
    if has_display():
        missing = missing_window_libraries()
        if not missing:
            from erasmus_planner.ui.app import run

            return run(plan_path, lang=lang)
        packages = " ".join(missing)
        return headless_fallback(
            plan_path,
            lang=lang,
            why=f"A display was found, but Qt needs system libraries to open a window there "
            f"(Debian/Ubuntu: sudo apt install {packages})",
        )
    return headless_fallback(plan_path, lang=lang)


def headless_fallback(plan_path: str | None, *, lang: str | None = None, why: str = "No display found") -> int:
    """No display: the plan's check on the command line and a screenshot of the window.

    Exit code: the check's (0 eligible, 1 not) when everything could be shown; 2 when there is no
    plan to show or it cannot be read or drawn — said in one line, never promised first.
    """
    from erasmus_planner.cli.main import main as cli_main

    if not plan_path:
        print(f"{why}, and no plan given: run `erasmus-planner check PLAN` or start with a display.", file=sys.stderr)
        return 2
    print(f"{why}: printing the check of {plan_path} and writing a screenshot of the window to {SCREENSHOT_PATH}.")
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
