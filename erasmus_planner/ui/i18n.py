"""The interface's language: which translators are installed, and a pseudo-language for layout tests.

Our own strings come from ``resources/translations/ui_<lang>.qm`` (compiled from the Qt Linguist
sources beside them by ``tools/update_ui_translations.py``); Qt's standard dialogs and buttons
from Qt's own ``qtbase_<lang>.qm`` as PySide6 ships them. Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, and each widget re-reads its texts (``retranslate``),
so a language switch takes effect at once, without a restart.

"pseudo" is a language for testing layouts (Vorta's ``TRANS_SCALE``): every text 40 % longer and
accented, so a label that would clip in German or French clips in a test first.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.resources import resource
from erasmus_planner.settings import LANGUAGES, SYSTEM

PSEUDO: Final = "pseudo"
# Each language named in itself, so someone who cannot read the current language finds their own.
LANGUAGE_NAMES: Final[dict[str, str]] = {"en": "English", "de": "Deutsch", "fr": "Français", "tr": "Türkçe"}
PSEUDO_SCALE: Final = 1.4

_installed: list[QTranslator] = []

_LANGUAGE = QEvent.Type.LanguageChange
_FONT = QEvent.Type.FontChange
_PALETTE = QEvent.Type.PaletteChange


class Retranslating:
    """Mixed in before a widget class (``class Panel(Retranslating, QWidget)``): the one
    ``changeEvent`` of the interface. A language switch calls ``retranslate`` (every text of the
    widget again), a new font ``font_changed`` (presentation mode, zoom), a new palette
    ``palette_changed`` (the theme); a widget overrides the ones it needs."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)  # type: ignore[misc]
        kind = event.type()
        if kind == _LANGUAGE:
            self.retranslate()
        elif kind == _FONT:
            self.font_changed()
        elif kind == _PALETTE:
            self.palette_changed()

    def retranslate(self) -> None:
        """Set every text of the widget in the current language."""

    def font_changed(self) -> None:
        """The widget's font changed (sizes derived from it follow)."""

    def palette_changed(self) -> None:
        """The palette changed (colours set by hand follow)."""
_current = "en"
_ready = False  # whether use_language has run in this process


def system_language() -> str:
    """The first of the system's preferred languages that the planner speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """A language code from a preference or ``--lang``: "system" (or nothing) means the system's."""
    if not choice or choice == SYSTEM:
        return system_language()
    code = choice.strip().replace("_", "-").lower()
    if code == PSEUDO:
        return PSEUDO
    code = code.split("-")[0]
    if code not in LANGUAGES:
        raise PlanError("--lang {value!r} is not an interface language; use one of {valid}", value=choice, valid=", ".join(LANGUAGES))
    return code


def current() -> str:
    """The language the interface speaks now ("en" until ``use_language`` says otherwise)."""
    return _current


def content_language(language: str | None = None) -> str:
    """The language for findings, hints and the briefing (the pseudo-language tests only our texts)."""
    language = language or _current
    return "en" if language == PSEUDO else language


def ensure_installed() -> None:
    """Install the current language's catalogues if nothing has yet (English has one too: the
    plural forms of its texts, "1 organisation" / "3 organisations")."""
    if not _ready:
        use_language(_current)


def use_language(language: str) -> str:
    """Install the translators of ``language`` (a code ``resolve`` returned), replacing the previous
    ones; returns the language now in use. A missing catalogue leaves that part in English."""
    global _current, _ready
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == PSEUDO:
        _installed.append(PseudoTranslator(app))
    else:
        if language != "en":
            qt_own = QTranslator(app)
            translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(language), "qtbase", "_", translations):
                _installed.append(qt_own)
        ours = _catalogue(language)
        if ours is not None:
            _installed.append(ours)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    # Numbers and dates as the system writes them when it speaks this language, else the language's own.
    system = QLocale.system()
    same = language == PSEUDO or QLocale(language).language() == system.language()
    QLocale.setDefault(system if same else QLocale(language))
    _current = language
    _ready = True
    return language


class _Catalogue(QTranslator):
    """A translator over bytes it keeps alive (Qt reads them in place, it does not copy them)."""

    def __init__(self, data: bytes, parent: QCoreApplication | None) -> None:
        super().__init__(parent)
        self._data = data


def _catalogue(language: str) -> QTranslator | None:
    try:
        data = resource("translations", f"ui_{language}.qm").read_bytes()
    except OSError:
        return None
    translator = _Catalogue(data, QCoreApplication.instance())  # type: ignore[arg-type]
    return translator if translator.load(data) else None


# Kept as they are in a pseudo-translation: placeholders, markup, entities, mnemonics, file patterns.
_PROTECTED = re.compile(r"\{[^}]*\}|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&(?=\w)|%n|%\d|\*\.\w+|\n")
_ACCENTED = dict(zip("aceinoruyACEINORSUY", "àçéîñöŕüýÀÇÉÎÑÖŔŜÜÝ", strict=True))


def pseudo(text: str, scale: float = PSEUDO_SCALE) -> str:
    """ "Save" → "[Ŝàvé~~]": accented, bracketed and padded to ``scale`` times the length."""
    if not text:
        return text
    pieces: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        pieces.append("".join(_ACCENTED.get(ch, ch) for ch in text[position : match.start()]))
        pieces.append(match.group())
        position = match.end()
    pieces.append("".join(_ACCENTED.get(ch, ch) for ch in text[position:]))
    body = "".join(pieces)
    visible = len(_PROTECTED.sub("", text))
    padding = max(1, round(visible * (scale - 1)) - 2)  # the brackets count towards the length
    return f"[{body}{'~' * padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with ``pseudo(text)``, so every text the interface shows grows."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
