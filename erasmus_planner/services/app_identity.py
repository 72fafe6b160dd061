"""The planner's identity on a desktop: its ids, its icon's renderings, where their files are.

Split from ``desktop_integration`` (which installs and removes launchers) because the window needs
these at every start, before its first paint, and the installing machinery not at all. No Qt here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from erasmus_planner.domain.resources import resource

# The application's identity on the desktop: the launcher's file name, the icon's name, the
# AppStream id, and the Wayland app id the window announces (QGuiApplication.setDesktopFileName),
# so that the desktop pairs the running window with its launcher and icon.
APP_ID: Final = "io.github.erasmus_planner.Planner"
MIME_TYPE: Final = "application/x-erasmus-planner"
MIME_ICON: Final = "application-x-erasmus-planner"
LAUNCHER: Final = "erasmus-planner"
# (icon name, icon-theme context, PNG sizes): what tools/render_desktop_icons.py renders and
# install copies; desktops pick the nearest size, the SVG serves every other one.
ICON_RENDERINGS: Final = (
    (APP_ID, "apps", (16, 24, 32, 48, 64, 128, 256, 512)),
    (MIME_ICON, "mimetypes", (16, 24, 32, 48, 64, 128, 256)),
)


def desktop_folder() -> Path:
    return Path(str(resource("desktop")))


def icons_folder() -> Path:
    return desktop_folder() / "icons"
