#!/usr/bin/env python3
"""Render the planner's icons (SVG) into the PNG sizes desktops look for.

    .venv/bin/python tools/render_desktop_icons.py          # write the PNGs
    .venv/bin/python tools/render_desktop_icons.py --check  # exit 1 when a PNG is missing or stale

The SVGs in ``erasmus_planner/resources/desktop/icons/`` are the source. Each is rendered into the
freedesktop icon theme's layout (``hicolor/<N>x<N>/<context>/<name>.png``), which
``install-desktop`` copies as it is and the window reads for its own icon. PNGs are kept in the
repository (not rendered at install time) so that installing needs no SVG renderer and every
desktop shows exactly the pixels checked here; ``--check`` (run by the tests) keeps them in step
with their SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from erasmus_planner.services.desktop_integration import ICON_RENDERINGS, icons_folder  # noqa: E402


# Two renderings of one SVG may differ by a shade where anti-aliasing rounds differently (another
# Qt version); more than this on any channel of any pixel means the drawing changed.
TOLERANCE = 12


def render(svg: Path, size: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def same_picture(png: Path, image) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    stored = QImage(str(png))
    if stored.isNull() or stored.size() != image.size():
        return False
    # Each converted image is kept in a name while its bytes are read: constBits() points into it.
    first = stored.convertToFormat(QImage.Format.Format_RGBA8888)
    second = image.convertToFormat(QImage.Format.Format_RGBA8888)
    a, b = first.constBits().tobytes(), second.constBits().tobytes()
    return max((abs(x - y) for x, y in zip(a, b)), default=0) <= TOLERANCE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report PNGs that are missing or out of date")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    folder = icons_folder()
    stale: list[str] = []
    for name, context, sizes in ICON_RENDERINGS:
        for size in sizes:
            png = folder / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            image = render(folder / f"{name}.svg", size)
            if png.is_file() and same_picture(png, image):
                continue
            stale.append(str(png.relative_to(ROOT)))
            if not args.check:
                png.parent.mkdir(parents=True, exist_ok=True)
                if not image.save(str(png), "PNG"):
                    raise SystemExit(f"{png}: cannot be written")
    if args.check and stale:
        print("out of date (run tools/render_desktop_icons.py):", *stale, sep="\n  ")
        return 1
    print(f"{len(stale)} PNG(s) {'stale' if args.check else 'written'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
