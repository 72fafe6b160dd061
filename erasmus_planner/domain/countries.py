"""Countries: codes, names, and their Erasmus+ status in a given call year.

The status is a function of the call year (architecture: "a country's status is a function of the
call year"): Serbia counts from the 2019 call, the United Kingdom until the 2020 call, Switzerland
never. Names come from pycountry's ISO 3166 data, translated through its gettext catalogues when
asked; its data files are read directly (see ``_iso_records``).
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from functools import cache

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.resources import load_toml
from erasmus_planner.domain.values import Value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~3 ms) at run time
if TYPE_CHECKING:
    from typing import Any, Final

FIRST_PROGRAMME_YEAR: Final = 2014
LAST_OLD_PROGRAMME_YEAR: Final = 2020

# Statuses, by period.
PROGRAMME_COUNTRY: Final = "programme-country"
PARTNER_COUNTRY: Final = "partner-country"
EU_MEMBER: Final = "eu-member"
ASSOCIATED: Final = "associated"
NOT_ASSOCIATED: Final = "not-associated"

STATUS_LABELS: Final[dict[str, str]] = {
    PROGRAMME_COUNTRY: "Programme Country",
    PARTNER_COUNTRY: "Partner Country",
    EU_MEMBER: "EU Member State",
    ASSOCIATED: "third country associated to the Programme",
    NOT_ASSOCIATED: "third country not associated to the Programme",
}


class _CountryData(Value):
    __slots__ = _fields = (
        "eu_members", "eu_member_until", "programme_non_eu", "associated", "regions", "aliases", "extra_names",
    )

    eu_members: frozenset[str]
    eu_member_until: dict[str, int]
    programme_non_eu: dict[str, int]
    associated: frozenset[str]
    regions: dict[str, frozenset[str]]
    aliases: dict[str, str]
    extra_names: dict[str, str]

    def __init__(
        self,
        eu_members: frozenset[str],
        eu_member_until: dict[str, int],
        programme_non_eu: dict[str, int],
        associated: frozenset[str],
        regions: dict[str, frozenset[str]],
        aliases: dict[str, str],
        extra_names: dict[str, str],
    ) -> None:
        _set = object.__setattr__
        _set(self, "eu_members", eu_members)
        _set(self, "eu_member_until", eu_member_until)
        _set(self, "programme_non_eu", programme_non_eu)
        _set(self, "associated", associated)
        _set(self, "regions", regions)
        _set(self, "aliases", aliases)
        _set(self, "extra_names", extra_names)


@cache
def _data() -> _CountryData:
    raw = load_toml("countries.toml")
    return _CountryData(
        eu_members=frozenset(raw["eu_members"]),
        eu_member_until=dict(raw["eu_member_until"]),
        programme_non_eu=dict(raw["programme_non_eu"]),
        associated=frozenset(raw["associated"]),
        regions={k: frozenset(v) for k, v in raw["regions"].items()},
        aliases=dict(raw["aliases"]),
        extra_names=dict(raw["extra_names"]),
    )


def is_old_programme(call_year: int) -> bool:
    """True for the 2014-2020 programme, whose words are Programme / Partner Country."""
    return call_year <= LAST_OLD_PROGRAMME_YEAR


@cache
def is_eu_member(code: str, call_year: int) -> bool:
    data = _data()
    if code in data.eu_members:
        return True
    until = data.eu_member_until.get(code)
    return until is not None and call_year <= until


@cache
def status(code: str, call_year: int) -> str:
    """The country's Erasmus+ status for applications to the given call year."""
    data = _data()
    if is_old_programme(call_year):
        if is_eu_member(code, call_year):
            return PROGRAMME_COUNTRY
        since = data.programme_non_eu.get(code)
        return PROGRAMME_COUNTRY if since is not None and call_year >= since else PARTNER_COUNTRY
    if is_eu_member(code, call_year):
        return EU_MEMBER
    return ASSOCIATED if code in data.associated else NOT_ASSOCIATED


def is_eligible(code: str, call_year: int) -> bool:
    """Full participant: a Programme Country (2014-2020) or an EU / associated country (2021+)."""
    return status(code, call_year) in (PROGRAMME_COUNTRY, EU_MEMBER, ASSOCIATED)


def region_of(code: str) -> str | None:
    for region, members in _data().regions.items():
        if code in members:
            return region
    return None


def eligible_word(call_year: int, plural: bool = False) -> str:
    """How the Guide of that year names the countries that count."""
    if is_old_programme(call_year):
        return "Programme Countries" if plural else "Programme Country"
    return "EU Member States or associated countries" if plural else "EU Member State or associated country"


def eligible_countries(call_year: int) -> tuple[str, ...]:
    data = _data()
    candidates = set(data.eu_members) | set(data.eu_member_until) | set(data.programme_non_eu) | set(data.associated)
    return tuple(sorted(c for c in candidates if is_eligible(c, call_year)))


@cache
def _pycountry_folder() -> str | None:
    """Where pycountry is installed, found without importing it: the first folder on the import
    path with a ``pycountry`` package in it, as the import system would find it (looked for by
    hand: importlib.machinery and pathlib cost every check process ~3 ms). None when it is not
    in a plain folder (a zip): then pycountry itself is imported."""
    for entry in sys.path:
        folder = os.path.join(entry or os.curdir, "pycountry")
        if os.path.isfile(os.path.join(folder, "__init__.py")):
            return folder
    return None


@cache
def _iso_records() -> dict[str, dict[str, Any]]:
    """pycountry's ISO 3166-1 records by alpha-2 code: name, common_name, official_name, alpha_3.

    ``import pycountry`` costs as much as the rest of a ``check`` process (it asks
    importlib.metadata for its own version, which loads the email package), so the JSON database
    it ships is read directly. The package is imported only when that file cannot be read."""
    folder = _pycountry_folder()
    if folder is not None:
        try:
            with open(os.path.join(folder, "databases", "iso3166-1.json"), encoding="utf-8") as file:
                entries = json.load(file)["3166-1"]
            return {entry["alpha_2"]: entry for entry in entries}
        except (OSError, ValueError, KeyError, TypeError):
            pass
    import pycountry

    return {record.alpha_2: dict(record) for record in pycountry.countries}


def _locales_dir() -> str:
    folder = _pycountry_folder()
    if folder is not None and os.path.isdir(os.path.join(folder, "locales")):
        return os.path.join(folder, "locales")
    import pycountry

    return pycountry.LOCALES_DIR


@cache
def _valid_codes() -> frozenset[str]:
    return frozenset(_iso_records()) | frozenset(_data().extra_names)


@cache
def _codes_by_key() -> dict[str, str]:
    """Every upper-case text ``normalise_code`` accepts → its code (aliases included)."""
    valid = _valid_codes()
    codes = {code: code for code in valid}
    for alias, code in _data().aliases.items():
        if code in valid:
            codes[alias] = code
        else:
            codes.pop(alias, None)
    return codes


def normalise_code(value: str) -> str | None:
    """``el`` → ``GR``, ``UK`` → ``GB``; None when the text is no country code at all."""
    return _codes_by_key().get(value.strip().upper())


def parse_code(value: object, *, where: str = "") -> str:
    """Normalise a country code or raise a PlanError that says what is valid."""
    code = normalise_code(value) if isinstance(value, str) else None
    if code is None:
        raise PlanError(
            "{value!r} is not a country code; use the two-letter ISO 3166 code (for example DE, PL, GR or EL, GB or UK)",
            value=value, source=where or None,
        )
    return code


@cache
def name(code: str, language: str | None = None) -> str:
    """The country's common English name, or its name in ``language`` where pycountry has one."""
    extra = _data().extra_names.get(code)
    if extra:
        english = extra
    else:
        record = _iso_records().get(code)
        if record is None:
            return code
        english = record.get("common_name") or record["name"]
    if language and language != "en":
        import gettext

        try:
            catalogue = gettext.translation("iso3166-1", _locales_dir(), languages=[language])
        except OSError:
            return english
        record = _iso_records().get(code)
        return catalogue.gettext(record["name"]) if record is not None else english
    return english


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


# Everyday names spreadsheets use that pycountry's records do not carry.
_COMMON_NAMES: Final[dict[str, str]] = {
    "turkey": "TR",
    "turkiye": "TR",
    "macedonia": "MK",
    "fyrom": "MK",
    "former yugoslav republic of macedonia": "MK",
    "czech republic": "CZ",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "russia": "RU",
    "moldova": "MD",
    "kosovo": "XK",
    "holland": "NL",
    "the netherlands": "NL",
    "palestine": "PS",
    "syria": "SY",
}


@cache
def _names_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, record in _iso_records().items():
        for attr in ("name", "common_name", "official_name"):
            value = record.get(attr)
            if value:
                index[_fold(value)] = code
        index[_fold(record["alpha_3"])] = code
    index.update(_COMMON_NAMES)
    return index


def code_from_text(text: str) -> str | None:
    """A country from a code or an English name as people type it ("Turkey", "EL", "Deutschland" no)."""
    if not text or not text.strip():
        return None
    code = normalise_code(text)
    if code and len(text.strip()) == 2:
        return code
    return _names_index().get(_fold(text))
