"""``screenshot PLAN -o OUT.png``: the main window with PLAN open, rendered off screen to a PNG."""

from __future__ import annotations

import argparse
import re

from erasmus_planner.domain.errors import PlanError

_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")
MIN_SIZE = (640, 480)
MAX_SIZE = (7680, 4320)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "screenshot",
        help="render the main window with a plan open to a PNG (no display needed)",
        description="Render the main window with PLAN open, off screen, to a PNG image.",
    )
    p.add_argument("plan", metavar="PLAN", help="a plan file (.json or .epplan)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.png", help="the PNG file to write")
    p.add_argument("--size", default="1400x900", metavar="WxH", help="window size in pixels (default 1400x900)")
    p.add_argument("--presentation", action="store_true", help="render in presentation mode (large text)")
    p.add_argument("--lang", metavar="LANG", help="interface language: en, de, fr, tr (default: en)")
    p.set_defaults(handler=run_screenshot)


def parse_size(text: str) -> tuple[int, int]:
    match = _SIZE.match(text)
    if not match:
        raise PlanError(f"--size {text!r} is not WIDTHxHEIGHT in pixels, for example 1400x900")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise PlanError(
            f"--size {width}x{height} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]}"
        )
    return width, height


def run_screenshot(args: argparse.Namespace) -> int:
    size = parse_size(args.size)
    from erasmus_planner.ui.app import render_screenshot

    render_screenshot(args.plan, args.output, size=size, presentation=args.presentation, lang=args.lang)
    return 0
