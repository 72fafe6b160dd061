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


@pytest.mark.parametrize("language", ["de", "fr", "tr"])
def test_a_file_check_cannot_read_is_explained_in_the_lang_asked_for(tmp_path, capsys, language):
    from erasmus_planner.cli.main import main
    from erasmus_planner.domain.wording import Wording

    missing = tmp_path / "gone.json"
    assert main(["check", str(missing), "--lang", language]) == 2
    said = capsys.readouterr().err.strip()
    assert said == f"erasmus-planner: {missing}: " + Wording(language).tr("no such file", "errors")
    assert "no such file" not in said
    assert main(["check", str(missing)]) == 2  # without --lang: English, as before
    assert capsys.readouterr().err.strip() == f"erasmus-planner: {missing}: no such file"
