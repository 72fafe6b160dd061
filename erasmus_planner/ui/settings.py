"""What the window remembers between sessions: recent plans, geometry, zoom, and the user's
preferences (``erasmus_planner.settings.Preferences``, typed and declared once).

Primitive values only (strings, ints, bytes) — never pickled objects. Passed into the window,
so tests hand it a throw-away INI file instead of touching the user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from erasmus_planner.settings import Preferences

MAX_RECENT = 10


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None, *, tell_the_desktop: bool | None = None) -> None:
        """``tell_the_desktop``: recent plans also go to the desktop's own recent files
        (``services.desktop_recent``); by default only with the user's own settings, never with
        a test's throw-away file."""
        self._q = qsettings if qsettings is not None else QSettings()
        self.tell_the_desktop = qsettings is None if tell_the_desktop is None else tell_the_desktop

    @classmethod
    def in_file(cls, path: str | Path) -> AppSettings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # --- recent plans ---------------------------------------------------------------------

    def recent_plans(self) -> list[str]:
        value = self._q.value("recent/plans", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [p for p in items if isinstance(p, str) and p]

    def existing_recent_plans(self) -> list[str]:
        """The recent plans that are still there: a moved or deleted file is not offered (it
        stays in the list, so a recovery snapshot of it can still be found at start)."""
        return [p for p in self.recent_plans() if Path(p).is_file()]

    def add_recent_plan(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent_plans() if p != text]
        self._q.setValue("recent/plans", items[:MAX_RECENT])
        if self.tell_the_desktop:
            from erasmus_planner.services import desktop_recent

            desktop_recent.register(text)

    def clear_recent_plans(self) -> None:
        self._q.setValue("recent/plans", [])

    # --- window ----------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    # --- preferences -------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        return Preferences.load(self._q)

    def save_preferences(self, preferences: Preferences) -> None:
        preferences.save(self._q)
        self._q.sync()

    def zoom(self) -> int:
        """Percent of the normal text size (100 = as the system sets it)."""
        return self.preferences().zoom

    def set_zoom(self, percent: int) -> None:
        self.save_preferences(self.preferences().with_changes(zoom=int(percent)))

    def last_folder(self) -> str:
        value = self._q.value("files/last-folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str | Path) -> None:
        self._q.setValue("files/last-folder", str(folder))

    def dialog_folder(self, kind: str) -> str:
        """The folder last chosen in a file dialog of ``kind`` ("import", "export"), or ""."""
        value = self._q.value(f"dialogs/{kind}-folder", "")
        return value if isinstance(value, str) else ""

    def set_dialog_folder(self, kind: str, folder: str | Path) -> None:
        self._q.setValue(f"dialogs/{kind}-folder", str(folder))

    def sync(self) -> None:
        self._q.sync()
