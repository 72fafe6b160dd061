"""Plans opened or saved in the planner, also in the desktop's own list of recent files.

Linux: the freedesktop.org shared list, ``$XDG_DATA_HOME/recently-used.xbel`` (the "Recent" place
of GNOME Files, the GTK and Qt file dialogs, the recent files of other applications); the
planner's bookmark is added or refreshed with its MIME type and the planner as the application
that opened it, every other application's bookmark left as it was. Windows: the shell's recent
documents (``SHAddToRecentDocs``, the Start menu's and the task bar's jump list). macOS keeps its
recent documents through the application bundle; nothing to do here.

Best effort by nature: a list that cannot be read (written by a newer program, damaged) is never
rewritten, and no failure here ever reaches the user — the planner's own Open Recent is
unaffected. No Qt.
"""

from __future__ import annotations

import datetime
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Final

from erasmus_planner.services.desktop_integration import LAUNCHER, MIME_TYPE

XBEL_NAME: Final = "recently-used.xbel"
BOOKMARK_NS: Final = "http://www.freedesktop.org/standards/desktop-bookmarks"
MIME_NS: Final = "http://www.freedesktop.org/standards/shared-mime-info"
APPLICATION: Final = "Erasmus+ Consortium Planner"
MAX_BYTES: Final = 8 * 1024 * 1024  # a list bigger than this is not ours to rewrite

ET.register_namespace("bookmark", BOOKMARK_NS)
ET.register_namespace("mime", MIME_NS)


def register(path: str | os.PathLike[str]) -> bool:
    """Add ``path`` (a plan just opened or saved) to the desktop's recent files. True when it was."""
    try:
        if sys.platform == "win32":
            return _windows(Path(path))
        if sys.platform == "darwin":
            return False
        return add_to_xbel(xbel_path(), Path(path))
    except Exception:  # noqa: BLE001 (a convenience of the desktop: never an error of the planner)
        return False


def xbel_path() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "")
    base = Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"
    return base / XBEL_NAME


def _stamp(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def add_to_xbel(xbel: Path, plan: Path, *, now: datetime.datetime | None = None) -> bool:
    """Add or refresh ``plan``'s bookmark in the XBEL file ``xbel`` (created when missing)."""
    href = plan.absolute().as_uri()
    stamp = _stamp(now or datetime.datetime.now(datetime.timezone.utc))
    if xbel.exists():
        if xbel.stat().st_size > MAX_BYTES:
            return False
        try:
            root = ET.parse(xbel).getroot()
        except ET.ParseError:
            return False  # someone else's damaged list: left alone
        if root.tag != "xbel":
            return False
    else:
        root = ET.Element("xbel", {"version": "1.0"})
    bookmark = next((b for b in root.findall("bookmark") if b.get("href") == href), None)
    if bookmark is None:
        bookmark = ET.SubElement(root, "bookmark", {"href": href, "added": stamp})
    bookmark.set("modified", stamp)
    bookmark.set("visited", stamp)
    metadata = _metadata(bookmark)
    mime = metadata.find(f"{{{MIME_NS}}}mime-type")
    if mime is None:
        mime = ET.SubElement(metadata, f"{{{MIME_NS}}}mime-type")
    mime.set("type", MIME_TYPE)
    applications = metadata.find(f"{{{BOOKMARK_NS}}}applications")
    if applications is None:
        applications = ET.SubElement(metadata, f"{{{BOOKMARK_NS}}}applications")
    ours = next((a for a in applications if a.get("name") == APPLICATION), None)
    if ours is None:
        ours = ET.SubElement(applications, f"{{{BOOKMARK_NS}}}application", {"name": APPLICATION, "count": "0"})
    ours.set("exec", f"'{LAUNCHER} %u'")
    ours.set("modified", stamp)
    ours.set("count", str(_count(ours.get("count")) + 1))
    _write(xbel, root)
    return True


def _metadata(bookmark: ET.Element) -> ET.Element:
    info = bookmark.find("info")
    if info is None:
        info = ET.SubElement(bookmark, "info")
    for metadata in info.findall("metadata"):
        if metadata.get("owner") == "http://freedesktop.org":
            return metadata
    return ET.SubElement(info, "metadata", {"owner": "http://freedesktop.org"})


def _count(text: str | None) -> int:
    try:
        return max(0, int(text or 0))
    except ValueError:
        return 0


def _write(xbel: Path, root: ET.Element) -> None:
    """Whole or not at all, private to the user (as GLib writes it)."""
    ET.indent(root, space="  ")
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"
    xbel.parent.mkdir(parents=True, exist_ok=True)
    tmp = xbel.with_name(f".{xbel.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, xbel)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _windows(plan: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    SHARD_PATHW = 3  # noqa: N806 (the shell's constant)
    ctypes.windll.shell32.SHAddToRecentDocs(SHARD_PATHW, ctypes.c_wchar_p(str(plan.absolute())))  # type: ignore[attr-defined]
    return True
