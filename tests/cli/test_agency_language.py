"""``agency --lang`` words the reason in the chosen language; names and JSON keys stay as they are."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "erasmus_planner", *args], capture_output=True, text=True)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("de", "Warum:"), ("fr", "Pourquoi"), ("tr", "Neden")],
)
def test_agency_reason_in_the_chosen_language(lang: str, words: str) -> None:
    english = run("agency", "--country", "DE", "--action", "KA203", "--year", "2019")
    translated = run("agency", "--country", "DE", "--action", "KA203", "--year", "2019", "--lang", lang)
    assert translated.returncode == 0, translated.stderr
    assert "NA DAAD" in translated.stdout
    assert words in translated.stdout
    assert translated.stdout != english.stdout


def test_agency_json_keeps_its_keys_in_every_language() -> None:
    result = run("agency", "--country", "PL", "--action", "KA220-YOU", "--year", "2023", "--lang", "de", "--json")
    data = json.loads(result.stdout)
    assert set(data) >= {"kind", "name", "acronym", "country", "city", "reason"}
    assert data["acronym"] == "FRSE"
    assert "Polen" in data["reason"]


def test_unknown_language_is_one_line_and_exit_2() -> None:
    result = run("agency", "--country", "DE", "--action", "KA203", "--lang", "xx")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
