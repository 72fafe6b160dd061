"""The domain's words in the user's language: findings, hints, agency reasons, briefing labels.

Pure Python (the domain never imports Qt). The catalogues are Qt Linguist ``.ts`` files in
``resources/translations/rules_<language>.ts``, so translators use one tool for the window and
for these sentences; they are read here with ElementTree, once per language.

English is the source language: ``tr`` returns the English text unchanged, so English output
does not depend on any catalogue. A ``Wording`` is a plain value handed to whoever renders (the
rule evaluators get it through their ``Context``), never a process-wide setting, so the window
and an export thread can work in two languages at once.

Contexts (the ``context`` argument, a ``<context>`` of the ``.ts`` file):
``rules`` message and hint templates of resources/rules/*.toml; ``findings`` fragments the
evaluators build; ``vocabulary`` labels of types, roles, fields, statuses, actions; ``agency``
reason sentences of the agency resolver; ``calls`` deadlines, ways to submit and grants
(domain/call_wording.py); ``briefing`` the PDF's fixed words; ``cli`` the text
report's fixed words; ``errors`` the templates of PlanError messages (domain/errors.py), so a
file that cannot be read is explained in the window's language too.
"""

from __future__ import annotations

from functools import cache

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.resources import read_bytes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing or datetime into every check
if TYPE_CHECKING:
    from datetime import date
    from typing import Final

SOURCE_LANGUAGE: Final = "en"
LANGUAGES: Final[tuple[str, ...]] = ("en", "de", "fr", "tr")
LANGUAGE_NAMES: Final[dict[str, str]] = {"en": "English", "de": "Deutsch", "fr": "Français", "tr": "Türkçe"}
CONTEXTS: Final[tuple[str, ...]] = ("rules", "findings", "vocabulary", "agency", "calls", "briefing", "cli", "errors")

# Entries a catalogue keeps for history but that must not be used.
_DEAD: Final = frozenset({"vanished", "obsolete"})


def N_(text: str, context: str) -> str:  # noqa: N802 - the usual name of the marker
    """Mark ``text`` as translatable in ``context`` where it is defined; translated where used.

    A no-op at run time: tools/update_translations.py finds these calls and puts the text in
    the catalogues; the code that shows the text passes it through ``Wording.tr``."""
    return text


def N_n(singular: str, plural: str, context: str) -> tuple[str, str]:  # noqa: N802
    """Mark a pair of English number forms (``{n}`` is the count) for ``Wording.trn``."""
    return singular, plural


# Month names and the order of a written date ("5 March 2026", "5. März 2026"): never strftime,
# whose "%B" follows the process locale (which Qt sets) and whose "%-d" fails on Windows.
MONTHS: Final[tuple[str, ...]] = (
    N_("January", "vocabulary"),
    N_("February", "vocabulary"),
    N_("March", "vocabulary"),
    N_("April", "vocabulary"),
    N_("May", "vocabulary"),
    N_("June", "vocabulary"),
    N_("July", "vocabulary"),
    N_("August", "vocabulary"),
    N_("September", "vocabulary"),
    N_("October", "vocabulary"),
    N_("November", "vocabulary"),
    N_("December", "vocabulary"),
)
DATE_FORMAT: Final = N_("{day} {month} {year}", "vocabulary")


def normalise_language(language: str | None) -> str:
    """``"de"``, ``"de_DE"``, ``"DE-at"`` → ``"de"``; a language without a catalogue is a PlanError."""
    code = (language or SOURCE_LANGUAGE).strip().replace("-", "_").split("_")[0].lower()
    if code not in LANGUAGES:
        raise PlanError("{value!r} is not a language the planner speaks; choose one of: {valid}", value=language, valid=", ".join(LANGUAGES))
    return code


def catalogue_path(language: str) -> str:
    return f"rules_{language}.ts"


Entry = str | tuple[str, ...]


@cache
def _catalogue(language: str) -> dict[tuple[str, str], Entry]:
    """``(context, source) → translation`` of a shipped catalogue (empty for English)."""
    if language == SOURCE_LANGUAGE:
        return {}
    try:
        return parse_catalogue(read_bytes("translations", catalogue_path(language)))
    except (OSError, ValueError) as exc:
        raise PlanError("the {language} catalogue cannot be read: {problem}", language=language, problem=str(exc), source=catalogue_path(language)) from exc


def parse_catalogue(data: bytes) -> dict[tuple[str, str], Entry]:
    """The usable entries of a Qt Linguist ``.ts`` file: ``(context, source) → translation``,
    a tuple of number forms for numerus entries. Vanished / obsolete entries and empty
    translations are left out (the English text shows instead); unfinished ones are used, as
    Qt's lrelease does by default."""
    # Imported here: an English check (most command-line runs) never reads a catalogue.
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from exc
    found: dict[tuple[str, str], Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _DEAD:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    found[(name, source)] = forms
            elif translation.text:
                found[(name, source)] = translation.text
    return found


def plural_index(language: str, n: int) -> int:
    """Which number form ``n`` takes, as Qt Linguist numbers them for the language (de: 1 vs
    other; fr: 0 and 1 vs other; tr: one form for every number, nouns after numerals stay
    singular)."""
    if language == "tr":
        return 0
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


class Wording:
    """Translates the domain's English texts into one language; English is the identity."""

    __slots__ = ("language", "_entries")

    def __init__(self, language: str = SOURCE_LANGUAGE) -> None:
        self.language = normalise_language(language)
        self._entries = _catalogue(self.language)

    @property
    def is_source(self) -> bool:
        return self.language == SOURCE_LANGUAGE

    def tr(self, text: str, context: str) -> str:
        """``text`` in this language, or ``text`` itself (English, or a missing entry)."""
        if not self._entries or not text:
            return text
        found = self._entries.get((context, text))
        return found if isinstance(found, str) else text

    def trn(self, singular: str, plural: str, n: int, context: str) -> str:
        """The number form for ``n`` with ``{n}`` filled in; the entry is keyed by ``singular``."""
        forms: Entry | None = self._entries.get((context, singular)) if self._entries else None
        if isinstance(forms, tuple):
            text = forms[min(plural_index(self.language, n), len(forms) - 1)]
        else:
            text = singular if n == 1 else plural
        return text.replace("{n}", str(n))

    def date(self, day: date) -> str:
        """``5 March 2026`` in English, ``5. März 2026`` in German, whatever the process locale."""
        month = self.tr(MONTHS[day.month - 1], "vocabulary")
        # French writes the first of the month as an ordinal: "1er mars 2026".
        number = "1er" if self.language == "fr" and day.day == 1 else str(day.day)
        return self.tr(DATE_FORMAT, "vocabulary").format(day=number, month=month, year=day.year)

    def capitalise(self, text: str) -> str:
        """The first letter in upper case; Turkish dotted i becomes İ, not I."""
        if not text:
            return text
        first = text[0]
        if self.language == "tr" and first == "i":
            return "İ" + text[1:]
        return first.upper() + text[1:]

    def lower_first(self, text: str) -> str:
        """The first letter in lower case, for a label inside a sentence (never German nouns)."""
        if not text or self.language == "de":
            return text
        first = text[0]
        if self.language == "tr":
            first = {"I": "ı", "İ": "i"}.get(first, first)
        return first.lower() + text[1:]

    def __repr__(self) -> str:
        return f"Wording({self.language!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Wording) and other.language == self.language

    def __hash__(self) -> int:
        return hash(self.language)


@cache
def wording(language: str | None = SOURCE_LANGUAGE) -> Wording:
    """The shared, immutable ``Wording`` of a language."""
    return Wording(normalise_language(language))


ENGLISH: Final = Wording(SOURCE_LANGUAGE)
