"""Organisation identifiers and name matching.

OID: ``E`` followed by 8 digits (ka2-rules.md §9, Q10). PIC: 9 digits (§6.2).
"""

from __future__ import annotations

import re
import unicodedata

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Final

    from erasmus_planner.domain.model import Organisation

OID_PATTERN: Final = re.compile(r"^E\d{8}$")
PIC_PATTERN: Final = re.compile(r"^\d{9}$")


# What people type between the digits of an identifier they copy: spaces, dots, dashes.
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015]+")


def normalise_oid(value: str | None) -> str | None:
    """Trim, drop separators ("E-1012 3456" → "E10123456") and upper-case; empty becomes None.
    Does not validate."""
    if value is None:
        return None
    # Letters and digits only (as most are): nothing to drop, no separator is a letter or digit.
    text = (value if value.__class__ is str and value.isalnum() else _SEPARATORS.sub("", str(value))).upper()
    return text or None


def normalise_pic(value: str | None) -> str | None:
    """Drop separators ("949.999.999" → "949999999"); empty becomes None. Does not validate."""
    if value is None:
        return None
    text = value if value.__class__ is str and value.isalnum() else _SEPARATORS.sub("", str(value))
    return text or None


def is_valid_oid(value: str | None) -> bool:
    return value is not None and bool(OID_PATTERN.match(value))


def is_valid_pic(value: str | None) -> bool:
    return value is not None and bool(PIC_PATTERN.match(value))


def oid_problem(value: str | None) -> str | None:
    """A sentence on what is wrong with an OID as typed, or None when it is well formed or empty."""
    if not value:
        return None
    if is_valid_oid(value):
        return None
    if value[:1] != "E":
        return "an OID starts with the letter E, followed by 8 digits (for example E10123456)"
    digits = value[1:]
    if not digits.isdigit():
        return "after the E an OID has digits only (for example E10123456)"
    return f"an OID has exactly 8 digits after the E; this one has {len(digits)}"


def pic_problem(value: str | None) -> str | None:
    if not value:
        return None
    if is_valid_pic(value):
        return None
    if not value.isdigit():
        return "a PIC has digits only: 9 of them (for example 949999999)"
    return f"a PIC has exactly 9 digits; this one has {len(value)}"


def fold_name(text: str) -> str:
    """Accent-, case- and spacing-insensitive form for matching ("Łódź" ~ "lodz", "Köln" ~ "koln")."""
    text = text.casefold()
    # The words, joined by single spaces: the same as replacing every run of non-word characters
    # by a space and splitting on whitespace (no word character is whitespace), in one C call.
    if text.isascii():
        # Nothing to translate or decompose (the special letters and the marks are not ASCII).
        return " ".join(_WORDS(text))
    # Letters that do not decompose into base letter + accent.
    if not _SPECIAL.isdisjoint(text):
        text = text.translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = decomposed if decomposed.isascii() else decomposed.translate(_DROP_COMBINING)
    return " ".join(_WORDS(stripped))


def identity_keys(org: Organisation) -> tuple[tuple[str, ...], ...]:
    """What makes two entries the same organisation, in the order a clash is named: the folded
    name in its country, then the OID, then the PIC (each only when given). Two organisations are
    the same when any key is shared — in an import against the plan, among the directory's
    candidates for a plan, and between one's own directory and the team's."""
    keys: tuple[tuple[str, ...], ...] = (("name", fold_name(org.name), org.country),)
    if org.oid:
        keys += (("oid", org.oid),)
    if org.pic:
        keys += (("pic", org.pic),)
    return keys


class _CombiningMarks(dict):  # type: ignore[type-arg]
    """str.translate table that drops combining marks, filled in as characters are met: the
    same result as testing ``unicodedata.combining`` on every character, at C speed once warm
    (duplicate detection folds every name of a 1,000-partner plan)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING: Final = _CombiningMarks()
_WORDS: Final = re.compile(r"\w+").findall


_SPECIAL_LETTERS: Final = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)
_SPECIAL: Final = frozenset(map(chr, _SPECIAL_LETTERS))
