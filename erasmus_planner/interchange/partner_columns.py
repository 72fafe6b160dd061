"""What spreadsheet columns and cells mean for a partner list.

Headers are matched by name and common English synonyms (and our own export headers), folded
so case, accents and punctuation do not matter ("E-mail" = "email", "Organisation type" =
"organization-type"). Cells are read as people write them: country names or codes, type labels,
ids or everyday words ("university", "SME"), role words ("coordinator"). Every parser returns the
value or a sentence saying what would be valid, never both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import Message
from erasmus_planner.domain.identifiers import fold_name, normalise_oid, normalise_pic, oid_problem, pic_problem
from erasmus_planner.domain.vocabulary import AFFILIATED, APPLICANT, ASSOCIATED, COMMUNITIES, ORG_TYPE_IDS, ORG_TYPES, PARTNER, ROLES


@dataclass(frozen=True)
class Column:
    key: str  # what the cell fills: an Organisation field, or contact.<key>
    header: str  # our own export header
    synonyms: tuple[str, ...] = ()


COLUMNS: Final[tuple[Column, ...]] = (
    Column("name", "Name", (
        "organisation", "organization", "organisation name", "organization name", "legal name", "full legal name",
        "legal name of the organisation", "legal name of the organization", "name of the organisation",
        "name of the organization", "name of organisation", "name of organization", "institution",
        "institution name", "partner", "partner name", "partner organisation", "partner organization",
        "organisation legal name", "organization legal name",
    )),
    Column("country", "Country", ("country code", "country iso", "iso country code", "iso code", "nation", "country name")),
    Column("type", "Type", (
        "organisation type", "organization type", "type of organisation", "type of organization", "org type",
        "institution type", "type of institution", "category", "kind",
    )),
    Column("role", "Role", ("partner role", "role in project", "role in the project", "participation", "project role")),
    # An affiliated entity's full partner, by its exact name (spec §4.1).
    Column("affiliated_to", "Affiliated to", (
        "affiliated with", "affiliated entity of", "affiliate of", "linked to", "linked partner", "linked to partner",
        "parent organisation", "parent organization",
    )),
    Column("oid", "OID", ("organisation id", "organization id", "erasmus oid", "oid number", "oid code")),
    Column("pic", "PIC", ("pic number", "pic code", "participant identification code")),
    Column("eche", "ECHE", ("eche holder", "holds eche", "erasmus charter", "erasmus charter for higher education")),
    Column("city", "City", ("town", "city town", "location", "place")),
    Column("community", "Community", ("language community", "belgian community")),
    Column("established", "Established", (
        "founded", "year founded", "founded in", "date of establishment", "establishment date",
        "year of establishment", "date established",
    )),
    Column("contact.person", "Contact person", ("contact", "contact name", "person", "contact person name")),
    Column("contact.email", "Email", ("e mail", "contact email", "contact e mail", "email address", "e mail address", "mail")),
    Column("contact.phone", "Phone", ("telephone", "phone number", "contact phone", "tel")),
    Column("notes", "Notes", ("note", "comments", "comment", "remarks")),
)
REQUIRED: Final = ("name", "country", "type")
EXPORT_HEADERS: Final[tuple[str, ...]] = tuple(c.header for c in COLUMNS)

_HEADER_INDEX: Final[dict[str, Column]] = {
    fold_name(text): column for column in COLUMNS for text in (column.header, column.key.replace("contact.", ""), *column.synonyms)
}


def column_for(header: str) -> Column | None:
    return _HEADER_INDEX.get(fold_name(header)) if header else None


def count_known_headers(cells: Sequence[str]) -> int:
    """How many distinct known columns a row names: finds the header row and the CSV delimiter."""
    return len({column.key for cell in cells if (column := column_for(cell)) is not None})


def header_examples(key: str) -> str:
    column = next(c for c in COLUMNS if c.key == key)
    return " or ".join(repr(text) for text in (column.header, *column.synonyms[:2]))


# What is wrong with a cell: a Message, or an OID / PIC sentence of domain/identifiers.py.
Problem = Message | str

# --- cell values ---------------------------------------------------------------------------------

_TYPE_WORDS: Final[dict[str, str]] = {
    "general education": "school", "primary school": "school", "secondary school": "school",
    "kindergarten": "school", "pre school": "school", "high school": "school",
    "vet": "vet-provider", "vet provider": "vet-provider", "vocational school": "vet-provider",
    "vet school": "vet-provider", "vocational college": "vet-provider", "vocational training provider": "vet-provider",
    "university": "higher-education", "hei": "higher-education", "higher education institution": "higher-education",
    "adult education centre": "adult-education", "adult education center": "adult-education",
    "youth organization": "youth-organisation", "youth council": "youth-organisation",
    "informal group": "informal-youth-group", "informal group of young people": "informal-youth-group",
    "sme": "enterprise-sme", "small or medium enterprise": "enterprise-sme", "small and medium enterprise": "enterprise-sme",
    "small or medium sized enterprise": "enterprise-sme", "small business": "enterprise-sme",
    "large enterprise": "enterprise-large", "large company": "enterprise-large", "corporation": "enterprise-large",
    "municipality": "public-body-local", "local authority": "public-body-local", "city council": "public-body-local",
    "town council": "public-body-local", "local public body": "public-body-local",
    "regional authority": "public-body-regional", "regional public body": "public-body-regional", "region": "public-body-regional",
    "ministry": "public-body-national", "national authority": "public-body-national", "government agency": "public-body-national",
    "national public body": "public-body-national",
    "non governmental organisation": "ngo", "non governmental organization": "ngo", "association": "ngo",
    "non profit": "ngo", "nonprofit": "ngo", "non profit organisation": "ngo", "non profit organization": "ngo",
    "european network": "european-ngo", "eu network": "european-ngo",
    "research centre": "research-institute", "research center": "research-institute", "research organisation": "research-institute",
    "research organization": "research-institute",
    "chamber of commerce": "social-partner", "trade union": "social-partner", "employers association": "social-partner",
    "trade association": "social-partner", "chamber": "social-partner",
    "accreditation body": "qualification-body", "certification body": "qualification-body",
    "guidance": "guidance-body", "career guidance": "guidance-body", "guidance centre": "guidance-body",
    "guidance center": "guidance-body",
    # The words the window's partner table and the checklist use ("VET provider", "an enterprise",
    # "a public body"…), so a list typed from what the planner shows reads back. A bare
    # "enterprise" is taken as an SME and a bare "public body" as a local one: both count the
    # same for every rule, and the partner dialog shows the type to correct if need be.
    "enterprise": "enterprise-sme", "company": "enterprise-sme", "business": "enterprise-sme", "firm": "enterprise-sme",
    "private company": "enterprise-sme", "social enterprise": "social-enterprise",
    "higher education": "higher-education", "adult education": "adult-education",
    "youth organisation": "youth-organisation", "youth group": "youth-organisation",
    "youth organisation or group": "youth-organisation", "informal youth group": "informal-youth-group",
    "public body": "public-body-local", "public authority": "public-body-local",
    "european ngo": "european-ngo", "research institute": "research-institute", "research institution": "research-institute",
    "social partner": "social-partner", "qualification body": "qualification-body", "guidance service": "guidance-body",
    "school": "school", "foundation": "foundation", "other": "other",
}
_TYPE_INDEX: Final[dict[str, str]] = {
    **_TYPE_WORDS,
    **{fold_name(t.label): t.id for t in ORG_TYPES},
    **{fold_name(t.id): t.id for t in ORG_TYPES},
}
_ROLE_INDEX: Final[dict[str, str]] = {
    "applicant": APPLICANT, "coordinator": APPLICANT, "coordinating organisation": APPLICANT,
    "coordinating organization": APPLICANT, "lead": APPLICANT, "lead partner": APPLICANT,
    "applicant organisation": APPLICANT, "applicant organization": APPLICANT, "applicant coordinator": APPLICANT,
    "partner": PARTNER, "full partner": PARTNER, "partner organisation": PARTNER, "partner organization": PARTNER,
    "beneficiary": PARTNER, "co beneficiary": PARTNER,
    "associated": ASSOCIATED, "associated partner": ASSOCIATED, "associate": ASSOCIATED, "associate partner": ASSOCIATED,
    "affiliated": AFFILIATED, "affiliated entity": AFFILIATED, "affiliate": AFFILIATED, "affiliated partner": AFFILIATED,
    "linked third party": AFFILIATED,
}
_COMMUNITY_INDEX: Final[dict[str, str]] = {
    "nl": "nl", "flemish": "nl", "flemish community": "nl", "dutch": "nl", "dutch speaking": "nl", "vlaams": "nl",
    "fr": "fr", "french": "fr", "french community": "fr", "french speaking": "fr", "francais": "fr",
    "fr wb": "fr", "wallonia brussels": "fr", "federation wallonie bruxelles": "fr",
    "de": "de", "german": "de", "german speaking": "de", "german speaking community": "de", "deutsch": "de",
}
_YES: Final = frozenset({"yes", "y", "true", "1", "x", "ja", "oui", "si", "holder", "eche"})
_NO: Final = frozenset({"no", "n", "false", "0", "none", "nein", "non"})
_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_country(text: str) -> tuple[str | None, Problem | None]:
    if not text:
        return None, Message("no country; use a two-letter code such as PL or an English name such as Poland")
    code = countries.code_from_text(text)
    if code is None:
        return None, Message("not a country; use a two-letter code such as PL, DE, EL or UK, or an English name such as Poland")
    return code, None


def parse_type(text: str) -> tuple[str | None, Problem | None]:
    if not text:
        return None, Message("no organisation type; valid types: {valid}", valid=", ".join(ORG_TYPE_IDS))
    words = fold_name(text)
    words = words.split(" ", 1)[1] if words.startswith(("a ", "an ")) else words  # "an enterprise"
    found = _TYPE_INDEX.get(words) or _TYPE_INDEX.get(_singular(words))
    if found is None:
        return None, Message(
            "unknown organisation type; valid types: {valid} (or their labels, or words such as university, SME, NGO, municipality)",
            valid=", ".join(ORG_TYPE_IDS),
        )
    return found, None


def _singular(words: str) -> str:
    """ "schools" → "school", "universities" → "university", "smes" → "sme" (the last word)."""
    if words.endswith("ies"):
        return words[:-3] + "y"
    return words[:-1] if words.endswith("s") and not words.endswith("ss") else words


def parse_role(text: str) -> tuple[str | None, Problem | None]:
    if not text:
        return PARTNER, None
    found = _ROLE_INDEX.get(fold_name(text))
    if found is None:
        return None, Message(
            "unknown role; valid roles: {valid} (or coordinator, associated, affiliated; empty means partner)", valid=", ".join(ROLES)
        )
    return found, None


def parse_oid(text: str) -> tuple[str | None, Problem | None]:
    oid = normalise_oid(text)
    return (None, problem) if (problem := oid_problem(oid)) else (oid, None)


def parse_pic(text: str) -> tuple[str | None, Problem | None]:
    pic = normalise_pic(text)
    return (None, problem) if (problem := pic_problem(pic)) else (pic, None)


def parse_eche(text: str) -> tuple[bool | None, Problem | None]:
    folded = fold_name(text)
    if not folded or folded in _NO:
        return False, None
    if folded in _YES:
        return True, None
    return None, Message("use yes or no (empty means no)")


def parse_community(text: str) -> tuple[str | None, Problem | None]:
    if not text:
        return None, None
    found = _COMMUNITY_INDEX.get(fold_name(text))
    if found is None:
        return None, Message(
            "valid communities (Belgium only): {valid} (Flemish, French, German-speaking), or empty", valid=", ".join(COMMUNITIES)
        )
    return found, None


def parse_established(text: str) -> tuple[str | None, Problem | None]:
    if not text:
        return None, None
    value = text.strip()
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)  # 04.03.2001, as much of Europe writes it
    if match:
        value = f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}"
    if re.fullmatch(r"\d{4}", value):
        return value, None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return value, None
    except ValueError:
        pass
    return None, Message("not a date; use the year (YYYY) or the full date (YYYY-MM-DD)")


def parse_email(text: str) -> tuple[str | None, Problem | None]:
    if not text:
        return None, None
    if not _EMAIL.match(text):
        return None, Message("not an e-mail address (name@example.org)")
    return text, None


def contact_from(values: Mapping[str, str]) -> dict[str, str] | None:
    contact = {key: value for key, value in values.items() if value}
    return contact or None
