#!/usr/bin/env python3
"""Screenshots of the real window on the screens people have, for docs/screenshots/screens/.

    .venv/bin/python tools/window_screenshots.py                 # every picture of the README set
    .venv/bin/python tools/window_screenshots.py --size 1366x768 --ratio 2 --zoom 150 --lang de \\
        --theme dark --tab verdict -o /tmp/look.png               # one picture, to look at a case

Each window is opened as the application opens it, with the mouse pointer on that screen (its
first size comes from the screen: maximised on small ones), off screen on the screens of
``tests/screens.json`` — 800×600 to 2560×1440 at 100 % and 200 %. Pictures at 200 % have twice
the pixels. Where the window uses tabs, both tabs are pictured.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "tests" / "screens.json"
OUT = ROOT / "docs" / "screenshots" / "screens"
SAMPLE = ROOT / "examples" / "strategic-partnership-school-2019-eligible.json"
SIZES = ("800x600", "1024x768", "1366x768", "1920x1080", "2560x1440")

os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
sys.path.insert(0, str(ROOT))


def shoot(size: str, ratio: int, out: Path, *, zoom: int = 100, lang: str = "en", theme: str = "light", tab: str = "plan") -> bool:
    """Write the picture; True when the window uses tabs at that size."""
    from PySide6.QtCore import QPoint, QSettings, QTemporaryDir
    from PySide6.QtGui import QCursor, QGuiApplication

    from erasmus_planner.services.plan_session import PlanSession
    from erasmus_planner.ui import i18n
    from erasmus_planner.ui import theme as themes
    from erasmus_planner.ui.app import _application
    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.plan_area import PLAN_TAB, VERDICT_TAB
    from erasmus_planner.ui.settings import AppSettings

    app = _application()
    screen = next(s for s in QGuiApplication.screens() if s.name() == f"screen-{size}@{ratio}x")
    QCursor.setPos(screen.geometry().center())
    i18n.use_language(lang)
    scratch = QTemporaryDir()
    settings = AppSettings(QSettings(str(Path(scratch.path()) / "settings.ini"), QSettings.Format.IniFormat))
    session = PlanSession(use_locks=False)
    session.open(SAMPLE)  # not locked (use_locks=False): the picture shows the plan as edited
    window = MainWindow(PlanDocument(session), settings=settings, language=lang, recovery=None)
    themes.controller().set_choice(theme)
    window.set_zoom(zoom, announce=False)
    window.show()
    window.partners.table.setFocus()
    for _ in range(3):
        app.processEvents()
    window.panel.refresh_suggestions()
    tabs = window.plan_area.layout_in_use == "tabs"
    if tabs:
        window.plan_area.tabs.setCurrentIndex(VERDICT_TAB if tab == "verdict" else PLAN_TAB)
    app.processEvents()
    image = window.grab().toImage()
    if not image.save(str(out), "PNG", 9):
        raise SystemExit(f"{out}: could not be written")
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    QCursor.setPos(QPoint(0, 0))
    themes.controller().set_choice("light")
    return tabs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=SIZES)
    parser.add_argument("--ratio", type=int, choices=(1, 2), default=1)
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "high-contrast"))
    parser.add_argument("--tab", default="plan", choices=("plan", "verdict"))
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    if args.size:
        shoot(args.size, args.ratio, args.output or Path(f"/tmp/window-{args.size}.png"), zoom=args.zoom, lang=args.lang, theme=args.theme, tab=args.tab)
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        for ratio in (1, 2):
            name = f"window-{size}@{ratio}x"
            if shoot(size, ratio, OUT / f"{name}.png"):
                shoot(size, ratio, OUT / f"{name}-verdict.png", tab="verdict")
            print(name)
    for theme in ("dark", "high-contrast"):
        shoot("1366x768", 1, OUT / f"window-1366x768-{theme}.png", theme=theme)
    for lang in ("de", "fr", "tr"):
        shoot("1024x768", 1, OUT / f"window-1024x768-{lang}.png", lang=lang)
    shoot("1366x768", 1, OUT / "window-1366x768-zoom150.png", zoom=150)
    shoot("1366x768", 1, OUT / "window-1366x768-zoom150-verdict.png", zoom=150, tab="verdict")
    return 0


if __name__ == "__main__":
    sys.exit(main())
