"""The planner's documented limits (docs/limits.md), in one place, with the one message each.

Every way a value enters a plan — a JSON file, an ``.epplan`` document, a spreadsheet row, a
field of the window — checks it against the same number here and words the refusal the same
way, so a name that is too long is "too long" whether it was typed, pasted or imported. The
limits are far above anything a real consortium needs; they exist so that a hostile or broken
file is refused at once with a sentence instead of filling the memory or the disk.

Plain module, no imports beyond ``errors``: every ``check`` process reads it.
"""

from __future__ import annotations

from erasmus_planner.domain.errors import Message, PlanError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing into every check process
if TYPE_CHECKING:
    from typing import Any, Final

# --- values ----------------------------------------------------------------------------------

LINE_MAX: Final = 300
"""An organisation's name, its city, and each contact field (person, e-mail, phone): characters."""
TITLE_MAX: Final = 500
"""A plan's title: characters."""
NOTES_MAX: Final = 100_000
"""A plan's free notes, and a partner's notes: characters (about thirty printed pages)."""
PARTNERS_MAX: Final = 20_000
"""Partners in one plan (a real consortium has tens; the directory holds any number)."""
DEPTH_MAX: Final = 32
"""How deeply a plan's JSON may nest objects and lists (a plan itself needs four levels)."""
DIGITS_MAX: Final = 20
"""Digits of a whole number anywhere in a plan (a year has four; 20 fits any stored integer)."""
DURATION_MAX: Final = 120
"""A project's duration in months (Erasmus+ projects last up to three years; ten is the ceiling)."""

# --- files -----------------------------------------------------------------------------------

MB: Final = 1024 * 1024
PLAN_FILE_MAX: Final = 32 * MB
"""A plan in the JSON format."""
PLAN_DOCUMENT_MAX: Final = 128 * MB
"""An ``.epplan`` document (plan, history and notes)."""
SPREADSHEET_MAX: Final = 32 * MB
"""A ``.csv`` or ``.xlsx`` list of partners or organisations, as stored on disk."""
SPREADSHEET_UNPACKED_MAX: Final = 256 * MB
"""An ``.xlsx`` workbook once unzipped (a workbook is a zip archive of XML files)."""
SPREADSHEET_ROWS_MAX: Final = 100_000
"""Rows of a spreadsheet."""
CELL_MAX: Final = NOTES_MAX
"""Characters in one spreadsheet cell (the longest value any column can take: notes)."""
DIRECTORY_MAX: Final = 2048 * MB
"""The personal partner directory (an SQLite database, searched in place, never read whole)."""
FUNDED_LIST_MAX: Final = 2048 * MB
"""A list of funded projects (the Erasmus+ Project Results export, read one row at a time, so
memory stays flat; the ceiling bounds the time an import or audit may take)."""
FUNDED_LINE_MAX: Final = 4 * MB
"""Characters in one line of a funded-project list (a row of 622 cells is a few thousand)."""


def size_text(size: int) -> str:
    """A file size the way people say it: ``32 MB``, ``1.5 GB``, ``800 bytes``."""
    # Whole numbers only when exact: a file one byte over "256 MB" must not read "256 MB" too.
    if size >= 1024 * MB:
        return f"{size // (1024 * MB)} GB" if size % (1024 * MB) == 0 else f"{size / (1024 * MB):.1f} GB"
    if size >= MB:
        return f"{size // MB} MB" if size % MB == 0 else f"{size / MB:.1f} MB"
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} bytes"


# --- the checks ------------------------------------------------------------------------------


def check_length(value: str, limit: int, what: Message | str) -> None:
    """Refuse ``value`` when longer than ``limit`` characters: the one message for every path."""
    if len(value) > limit:
        raise PlanError(
            "{what}: {length} characters, more than the {limit} allowed (see the limits in the documentation)",
            what=what, length=len(value), limit=limit,
        )


def bad_character(value: str) -> Message | None:
    """What makes ``value`` unusable as text, if anything: a NUL character (which ends the text
    for many programs and cannot be saved in every format) or half of a UTF-16 surrogate pair
    (which no file can store). None for good text."""
    if "\x00" in value:
        return Message("a NUL character (U+0000)")
    if not value.isascii():
        for ch in value:
            if "\ud800" <= ch <= "\udfff":
                return Message("a broken character (U+{code:04X}, not valid Unicode text)", code=ord(ch))
    return None


def check_text(value: str, limit: int, what: Message | str) -> None:
    """``check_length`` and ``bad_character`` together, with the same messages everywhere."""
    check_length(value, limit, what)
    problem = bad_character(value)
    if problem is not None:
        raise PlanError("there is {problem} in {what}, which cannot be stored; retype it", what=what, problem=problem)


# The fields with a limit, as messages name them, and their limit.
FIELDS: Final = {
    "name": (Message("the name"), LINE_MAX),
    "city": (Message("the city"), LINE_MAX),
    "notes": (Message("the notes"), NOTES_MAX),
    "title": (Message("the title"), TITLE_MAX),
    "contact.person": (Message("the contact person"), LINE_MAX),
    "contact.email": (Message("the e-mail address"), LINE_MAX),
    "contact.phone": (Message("the phone number"), LINE_MAX),
}


def field_words(key: str) -> Message:
    """How messages name the field ``key``: "the name", "the e-mail address", 'the field "x-tag"'."""
    known = FIELDS.get(key)
    return known[0] if known is not None else Message('the field "{key}"', key=key)


def check_field(key: str, value: str) -> None:
    """``check_text`` for one of the plan's fields by its key (``name``, ``title``, ``contact.email`` …);
    any other field is held to LINE_MAX."""
    limit = FIELDS[key][1] if key in FIELDS else LINE_MAX
    check_text(value, limit, field_words(key))


def check_organisation(org: Any) -> None:
    """An organisation's texts against the limits (an ``Organisation``, or anything with its fields):
    what the window's partner dialog and the plan's services check before storing one."""
    check_field("name", org.name)
    check_field("city", org.city or "")
    check_field("notes", org.notes or "")
    for key, value in (org.contact or {}).items():
        if isinstance(value, str):
            check_field(f"contact.{key}", value)


def check_partner_count(count: int) -> None:
    if count > PARTNERS_MAX:
        raise PlanError(
            "the plan has {count} partners; at most {limit} are allowed in one plan", count=count, limit=PARTNERS_MAX
        )


def too_deep() -> PlanError:
    return PlanError("the JSON is nested more than {limit} levels deep; a plan needs four", limit=DEPTH_MAX)


def check_depth(value: object, depth: int = 1) -> None:
    """Refuse a JSON value whose objects and lists nest deeper than ``DEPTH_MAX`` levels, counting
    ``value`` itself as level ``depth``. Iterative: a value nested ten thousand levels deep is
    refused like one nested forty, never a recursion error."""
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, (list, tuple)):
            children = list(item)
        else:
            continue
        if level > DEPTH_MAX:
            raise too_deep()
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list, tuple)))


def check_number(text: str) -> int:
    """A JSON whole number, refused when longer than ``DIGITS_MAX`` digits (json's own hook)."""
    if len(text.lstrip("-")) > DIGITS_MAX:
        raise PlanError(
            "a number in the file has {digits} digits; at most {limit} are allowed", digits=len(text.lstrip("-")), limit=DIGITS_MAX
        )
    return int(text)
