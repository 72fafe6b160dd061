"""The user's preferences, declared once: one frozen value of typed fields with defaults.

Each preference names its QSettings key and, where it has one, the values it may take; ``load`` reads
them back as plain values and falls back to the default for anything missing, of the wrong type or
out of range (a settings file edited by hand, or written by a newer version), so a bad value never
reaches the window. Stored as plain strings and integers only — never pickled objects.

No Qt import here: ``load``/``save`` take anything with QSettings' ``value``/``setValue``, so the
command line and tests can use it as well as the window (which passes its own QSettings, a
throw-away INI file in tests).
"""

from __future__ import annotations

from typing import Any, Final, Protocol

from erasmus_planner.domain.values import Value

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


class _Pref(Value):
    """One preference: its name and default, its QSettings key, and what is allowed (``choices``
    for a text, ``bounds`` for a whole number; neither: any text)."""

    __slots__ = _fields = ("name", "default", "key", "choices", "bounds")

    def __init__(self, name: str, default: Any, key: str, *, choices: tuple[Any, ...] = (), bounds: tuple[int, int] | None = None) -> None:
        set_ = object.__setattr__
        set_(self, "name", name)
        set_(self, "default", default)
        set_(self, "key", key)
        set_(self, "choices", choices)
        set_(self, "bounds", bounds)


_PREFS: Final[tuple[_Pref, ...]] = (
    _Pref("language", SYSTEM, "interface/language", choices=(SYSTEM, *LANGUAGES)),
    _Pref("theme", SYSTEM, "interface/theme", choices=THEMES),
    _Pref("presentation_scale", 175, "view/presentation-scale", bounds=SCALE_RANGE),
    _Pref("paper", "auto", "export/paper", choices=PAPERS),
    _Pref("directory_path", "", "directory/path"),  # "": the default folder of the user's data
    _Pref("zoom", 100, "view/zoom", bounds=ZOOM_RANGE),
    # The team workspace's address, never with a password (services.workspace_service.address_of(…).saved).
    _Pref("workspace", "", "workspace/address"),
)
_BY_NAME: Final = {spec.name: spec for spec in _PREFS}


class Preferences(Value):
    """Everything Edit ▸ Preferences sets, plus the zoom the window remembers.

    A plain value (``domain.values.Value``) rather than a dataclass: the window reads it before
    its first paint, and ``dataclasses`` would be imported for it alone (~2.5 ms)."""

    __slots__ = _fields = tuple(spec.name for spec in _PREFS)

    language: str
    theme: str
    presentation_scale: int
    paper: str
    directory_path: str
    zoom: int
    workspace: str

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - _BY_NAME.keys()
        if unknown:
            raise TypeError(f"Preferences has no field {sorted(unknown)[0]!r}")
        for spec in _PREFS:
            object.__setattr__(self, spec.name, values.get(spec.name, spec.default))

    @classmethod
    def load(cls, store: SettingsStore) -> Preferences:
        return cls(**{spec.name: _read(store, spec) for spec in _PREFS})

    def save(self, store: SettingsStore) -> None:
        for spec in _PREFS:
            store.setValue(spec.key, getattr(self, spec.name))

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with ``changes``, each checked like a loaded value (ValueError when invalid)."""
        for name, value in changes.items():
            spec = _field(name)
            if _checked(spec, value) is None:
                raise ValueError(f"{name}: {value!r} is not allowed ({_allowed(spec)})")
        return self.replace(**changes)


def _field(name: str) -> _Pref:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise TypeError(f"Preferences has no field {name!r}") from None


def _read(store: SettingsStore, spec: _Pref) -> Any:
    value = _checked(spec, store.value(spec.key, spec.default))
    return spec.default if value is None else value


def _checked(spec: _Pref, raw: Any) -> Any:
    """``raw`` as the field's type when allowed, else None. QSettings' INI files give strings."""
    if isinstance(spec.default, int):
        try:
            value: Any = int(str(raw).strip())
        except (TypeError, ValueError):
            return None
        low, high = spec.bounds or (value, value)
        return value if low <= value <= high else None
    if not isinstance(raw, str):
        return None
    value = raw.strip()
    choices = spec.choices
    return value if not choices or value in choices else None


def _allowed(spec: _Pref) -> str:
    if spec.choices:
        return "one of " + ", ".join(map(str, spec.choices))
    if spec.bounds:
        low, high = spec.bounds
        return f"a whole number from {low} to {high}"
    return "text"
