"""Country codes and names: the same answers as pycountry, without importing it on the way to a
``check`` (its import alone cost a fifth of the process)."""

from __future__ import annotations

import subprocess
import sys

import pycountry
import pytest

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import PlanError

ALL_CODES = sorted(c.alpha_2 for c in pycountry.countries)


def test_every_iso_code_is_valid_and_nothing_else() -> None:
    for code in ALL_CODES:
        assert countries.normalise_code(code.lower()) == code
    assert countries.normalise_code("XK") == "XK"  # Kosovo: not in ISO 3166-1, used by the EU
    for text in ("XX", "EU", "DEU", "", "D E"):
        assert countries.normalise_code(text) is None


def test_english_names_are_pycountry_names() -> None:
    for code in ALL_CODES:
        record = pycountry.countries.get(alpha_2=code)
        assert countries.name(code) == (getattr(record, "common_name", None) or record.name), code
    assert countries.name("XK") == "Kosovo"
    assert countries.name("ZZ") == "ZZ"


@pytest.mark.parametrize(("code", "language", "expected"), [("DE", "de", "Deutschland"), ("GR", "fr", "Grèce"), ("TR", "tr", "Türkiye"), ("PL", "xx", "Poland"), ("DE", "en", "Germany")])
def test_translated_names(code: str, language: str, expected: str) -> None:
    assert countries.name(code, language) == expected


@pytest.mark.parametrize(("text", "code"), [("Turkey", "TR"), ("Deutschland", None), ("germany", "DE"), ("Czechia", "CZ"), ("czech republic", "CZ"), ("EL", "GR"), ("UK", "GB"), ("DEU", "DE"), ("Bolivia", "BO"), ("  ", None)])
def test_code_from_text(text: str, code: str | None) -> None:
    assert countries.code_from_text(text) == code


def test_parse_code_names_where_and_what_is_valid() -> None:
    with pytest.raises(PlanError, match=r"partner 2, country: 'Germany' is not a country code; use the two-letter ISO 3166 code"):
        countries.parse_code("Germany", where="partner 2, country")
    with pytest.raises(PlanError):
        countries.parse_code(49)


def test_checking_a_plan_does_not_import_pycountry() -> None:
    code = (
        "import sys\n"
        "from erasmus_planner.domain import countries\n"
        "assert countries.parse_code('el') == 'GR' and countries.name('GR') == 'Greece'\n"
        "assert countries.code_from_text('Turkey') == 'TR'\n"
        "print('pycountry' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
