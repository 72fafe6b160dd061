#!/usr/bin/env python3
"""A picture of View ▸ Team Board as a workshop's projector shows it, for docs/screenshots/.

    .venv/bin/python tools/board_screenshot.py                       # docs/screenshots/team-board-1024x768.png
    .venv/bin/python tools/board_screenshot.py --lang de --size 800x600 --normal -o /tmp/board.png

A throwaway PostgreSQL server (tools/throwaway_postgres.py) holds 26 team plans with long group
names (tests/workspace/board_plans.py, as the board's tests fill it); the real window connects to
it as a member, in presentation mode unless ``--normal``, and the board is pictured at ``--size``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(ROOT), str(ROOT / "tools"), str(ROOT / "tests" / "workspace")]


def shoot(out: Path, *, size: tuple[int, int], lang: str, presentation: bool) -> None:
    from board_plans import fill_board
    from PySide6.QtCore import QSettings
    from throwaway_postgres import ThrowawayServer

    from erasmus_planner.persistence.workspace import roles, schema
    from erasmus_planner.persistence.workspace.address import WorkspaceAddress
    from erasmus_planner.persistence.workspace.connect import connect
    from erasmus_planner.services.plan_session import PlanSession
    from erasmus_planner.ui import i18n
    from erasmus_planner.ui.app import _application
    from erasmus_planner.ui.document import PlanDocument
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.settings import AppSettings

    with ThrowawayServer() as server, tempfile.TemporaryDirectory() as scratch:
        owner = WorkspaceAddress.parse(server.create_database("board"))
        schema.init(owner)
        server.create_login("alice", "a-throwaway-password")
        with connect(owner, autocommit=True) as conn:
            roles.grant(conn, "alice", "editor")
        alice = server.url("board", user="alice", password="a-throwaway-password")
        fill_board(WorkspaceAddress.parse(alice))
        os.environ["ERASMUS_PLANNER_WORKSPACE"] = alice  # this process only; never a settings file
        app = _application()
        i18n.use_language(lang)
        settings = AppSettings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(PlanDocument(PlanSession(use_locks=False)), settings=settings, language=lang, recovery=None)
        window.show()
        if presentation:
            window.set_presentation(True, full_screen=False)
        window.team_workspace.show_board()
        board = window.team_workspace.board
        assert board is not None
        read: list[bool] = []
        board.refreshed.connect(lambda: read.append(True))
        while not read:
            app.processEvents()
        board.resize(*size)
        for _ in range(5):
            app.processEvents()
        board.grab().save(str(out))
        shown = round(100 * board.table.font().pointSizeF() / board.font().pointSizeF())
        print(f"{out} (the board's text at {shown} % of the window's)")
        window.document.undo_stack.setClean()
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--normal", action="store_true", help="not in presentation mode")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "docs" / "screenshots" / "team-board-1024x768.png")
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.split("x"))
    shoot(arguments.out, size=(width, height), lang=arguments.lang, presentation=not arguments.normal)


if __name__ == "__main__":
    main()
