"""The user's preferences, declared once: one frozen dataclass of typed fields with defaults.

Each field names its QSettings key and, where it has one, the values it may take; ``load`` reads
them back as plain values and falls back to the default for anything missing, of the wrong type or
out of range (a settings file edited by hand, or written by a newer version), so a bad value never
reaches the window. Stored as plain strings and integers only — never pickled objects.

No Qt import here: ``load``/``save`` take anything with QSettings' ``value``/``setValue``, so the
command line and tests can use it as well as the window (which passes its own QSettings, a
throw-away INI file in tests).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

# Interface languages shipped (English is the source language of every text).
LANGUAGES: Final[tuple[str, ...]] = ("en", "de", "fr", "tr")
SYSTEM: Final = "system"  # follow the operating system (language, light/dark)
THEMES: Final[tuple[str, ...]] = (SYSTEM, "light", "dark", "high-contrast")
PAPERS: Final[tuple[str, ...]] = ("auto", "a4", "letter")  # auto: Letter in the Americas, else A4
SCALE_RANGE: Final = (100, 300)  # presentation scale, percent
ZOOM_RANGE: Final = (70, 250)  # View ▸ Zoom, percent


class SettingsStore(Protocol):
    """What ``load``/``save`` need of a ``QSettings``."""

    def value(self, key: str, default: Any = None) -> Any: ...

    def setValue(self, key: str, value: Any) -> None: ...  # noqa: N802 (Qt's name)


def _pref(default: Any, key: str, *, choices: tuple[Any, ...] = (), bounds: tuple[int, int] | None = None) -> Any:
    return field(default=default, metadata={"key": key, "choices": choices, "bounds": bounds})


@dataclass(frozen=True)
class Preferences:
    """Everything Edit ▸ Preferences sets, plus the zoom the window remembers."""

    language: str = _pref(SYSTEM, "interface/language", choices=(SYSTEM, *LANGUAGES))
    theme: str = _pref(SYSTEM, "interface/theme", choices=THEMES)
    presentation_scale: int = _pref(175, "view/presentation-scale", bounds=SCALE_RANGE)
    paper: str = _pref("auto", "export/paper", choices=PAPERS)
    directory_path: str = _pref("", "directory/path")  # "": the default folder of the user's data
    zoom: int = _pref(100, "view/zoom", bounds=ZOOM_RANGE)
    # The team workspace's address, never with a password (services.workspace_service.address_of(…).saved).
    workspace: str = _pref("", "workspace/address")

    @classmethod
    def load(cls, store: SettingsStore) -> Preferences:
        values = {f.name: _read(store, f) for f in dataclasses.fields(cls)}
        return cls(**values)

    def save(self, store: SettingsStore) -> None:
        for f in dataclasses.fields(self):
            store.setValue(f.metadata["key"], getattr(self, f.name))

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with ``changes``, each checked like a loaded value (ValueError when invalid)."""
        for name, value in changes.items():
            spec = _field(name)
            if _checked(spec, value) is None:
                raise ValueError(f"{name}: {value!r} is not allowed ({_allowed(spec)})")
        return dataclasses.replace(self, **changes)


def _field(name: str) -> dataclasses.Field[Any]:
    for f in dataclasses.fields(Preferences):
        if f.name == name:
            return f
    raise TypeError(f"Preferences has no field {name!r}")


def _read(store: SettingsStore, spec: dataclasses.Field[Any]) -> Any:
    value = _checked(spec, store.value(spec.metadata["key"], spec.default))
    return spec.default if value is None else value


def _checked(spec: dataclasses.Field[Any], raw: Any) -> Any:
    """``raw`` as the field's type when allowed, else None. QSettings' INI files give strings."""
    if isinstance(spec.default, int):
        try:
            value: Any = int(str(raw).strip())
        except (TypeError, ValueError):
            return None
        low, high = spec.metadata["bounds"] or (value, value)
        return value if low <= value <= high else None
    if not isinstance(raw, str):
        return None
    value = raw.strip()
    choices = spec.metadata["choices"]
    return value if not choices or value in choices else None


def _allowed(spec: dataclasses.Field[Any]) -> str:
    if spec.metadata["choices"]:
        return "one of " + ", ".join(map(str, spec.metadata["choices"]))
    if spec.metadata["bounds"]:
        low, high = spec.metadata["bounds"]
        return f"a whole number from {low} to {high}"
    return "text"
