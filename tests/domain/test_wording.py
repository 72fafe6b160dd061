"""The domain's wording: English is the source, German, French and Turkish come from complete Qt
Linguist catalogues whose translations keep their sources' placeholders, and nothing about a
language is process-wide.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.wording import (
    LANGUAGES,
    Wording,
    normalise_language,
    parse_catalogue,
    plural_index,
    wording,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "erasmus_planner" / "resources" / "translations"
TOOL = ROOT / "tools" / "update_translations.py"
TARGETS = ("de", "fr", "tr")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"rules_{language}.ts").getroot()
    return [(c.findtext("name", ""), m) for c in root.iter("context") for m in c.iter("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


# --- the catalogues as files ---------------------------------------------------------------


@pytest.mark.parametrize("language", TARGETS)
def test_no_catalogue_entry_is_unfinished_or_empty(language: str) -> None:
    found = messages(language)
    assert len(found) > 350
    unfinished = [m.findtext("source") for _, m in found if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    empty = [m.findtext("source") for _, m in found if not all(forms(m))]
    assert not unfinished, unfinished[:5]
    assert not empty, empty[:5]


@pytest.mark.parametrize("language", TARGETS)
def test_every_translation_keeps_exactly_the_placeholders_of_its_source(language: str) -> None:
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source", "")
        expected = set(PLACEHOLDER.findall(source))
        for form in forms(message):
            got = set(PLACEHOLDER.findall(form))
            # A number form may spell its count out ("eine weitere Schule" for "{n} more school").
            if message.get("numerus") == "yes":
                got, expected = got | {"n"}, expected | {"n"}
            if got != expected:
                wrong.append((context, source, form))
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("language", TARGETS)
def test_the_catalogue_declares_its_language_and_turkish_has_one_number_form(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"rules_{language}.ts").getroot()
    assert root.get("language") == language and root.get("sourcelanguage") == "en"
    counts = {len(forms(m)) for _, m in messages(language) if m.get("numerus") == "yes"}
    assert counts == ({1} if language == "tr" else {2})


def test_qt_linguist_compiles_every_catalogue_with_nothing_unfinished(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    for language in TARGETS:
        out = subprocess.run(
            [str(lrelease), str(TRANSLATIONS / f"rules_{language}.ts"), "-qm", str(tmp_path / f"{language}.qm")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert re.search(r"\(\d+ finished and 0 unfinished\)", out), out


# --- the update tool -------------------------------------------------------------------------


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=ROOT, check=False)


@pytest.fixture(scope="module")
def catalogues_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("translations")
    for language in TARGETS:
        shutil.copy(TRANSLATIONS / f"rules_{language}.ts", copy)
    return copy


def test_the_tool_finds_the_shipped_catalogues_complete(catalogues_copy: Path) -> None:
    result = run_tool("--check", "--dir", str(catalogues_copy))
    assert result.returncode == 0, result.stderr


def _edit(folder: Path, language: str, old: str, new: str) -> Path:
    target = folder / language
    target.mkdir()
    for lang in TARGETS:
        shutil.copy(folder / f"rules_{lang}.ts", target)
    path = target / f"rules_{language}.ts"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_check_fails_when_a_source_text_is_missing_from_a_catalogue(catalogues_copy: Path) -> None:
    # Drop the German entry of one template: --check must name it and exit non-zero.
    text = (catalogues_copy / "rules_de.ts").read_text(encoding="utf-8")
    entry = re.search(r"    <message>\n        <source>Remove them from the consortium\.</source>.*?</message>\n", text, re.DOTALL)
    assert entry is not None
    broken = _edit(catalogues_copy, "de", entry.group(0), "")
    result = run_tool("--check", "--dir", str(broken))
    assert result.returncode != 0
    assert "rules_de.ts" in result.stderr and "Remove them from the consortium." in result.stderr


def test_check_fails_on_a_lost_placeholder_and_on_an_unfinished_entry(catalogues_copy: Path) -> None:
    lost = _edit(catalogues_copy, "fr", "le consortium en compte {count}{names}.", "le consortium en compte {count}.")
    assert run_tool("--check", "--dir", str(lost)).returncode != 0
    unfinished = _edit(catalogues_copy, "tr", "<translation>Vakıf</translation>", '<translation type="unfinished">Vakıf</translation>')
    result = run_tool("--check", "--dir", str(unfinished))
    assert result.returncode != 0 and "Foundation" in result.stderr


def test_update_keeps_translations_marks_new_texts_and_keeps_removed_ones_as_vanished(catalogues_copy: Path) -> None:
    target = catalogues_copy / "update"
    target.mkdir()
    text = (catalogues_copy / "rules_de.ts").read_text(encoding="utf-8")
    entry = re.search(r"    <message>\n        <source>Foundation</source>.*?</message>\n", text, re.DOTALL)
    assert entry is not None
    stale = "    <message>\n        <source>A text no longer used</source>\n        <translation>Alt</translation>\n    </message>\n"
    (target / "rules_de.ts").write_text(text.replace(entry.group(0), stale), encoding="utf-8")
    result = run_tool("--dir", str(target))
    assert result.returncode == 0, result.stderr
    updated = parse_catalogue((target / "rules_de.ts").read_bytes())
    assert ("vocabulary", "Foundation") not in updated  # back, but waiting for a translation
    assert ("vocabulary", "Large enterprise") in updated  # kept
    written = (target / "rules_de.ts").read_text(encoding="utf-8")
    assert '<source>Foundation</source>\n        <translation type="unfinished"></translation>' in written
    assert '<source>A text no longer used</source>\n        <translation type="vanished">Alt</translation>' in written
    assert run_tool("--check", "--dir", str(target)).returncode != 0


# --- the Wording API --------------------------------------------------------------------------


def test_english_is_the_identity_and_needs_no_catalogue() -> None:
    w = Wording()
    assert w.language == "en" and w.is_source
    for text in ("Why:", "anything at all {x}", ""):
        assert w.tr(text, "briefing") == text
    assert w.trn("{n} month", "{n} months", 1, "briefing") == "1 month"
    assert w.trn("{n} month", "{n} months", 0, "briefing") == "0 months"


@pytest.mark.parametrize(("given", "expected"), [("de", "de"), ("de_DE", "de"), ("FR-be", "fr"), ("tr", "tr"), (None, "en")])
def test_language_codes_are_normalised(given: str | None, expected: str) -> None:
    assert normalise_language(given) == expected


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(PlanError, match="choose one of: en, de, fr, tr"):
        Wording("xx")
    assert LANGUAGES == ("en", "de", "fr", "tr")


@pytest.mark.parametrize(
    ("language", "forms_for_0_1_2"), [("en", (1, 0, 1)), ("de", (1, 0, 1)), ("fr", (0, 0, 1)), ("tr", (0, 0, 0))]
)
def test_number_forms_follow_qt_linguist(language: str, forms_for_0_1_2: tuple[int, int, int]) -> None:
    assert tuple(plural_index(language, n) for n in (0, 1, 2)) == forms_for_0_1_2


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("de", "1 Monat", "2 Monate"), ("fr", "1 mois", "2 mois"), ("tr", "1 ay", "2 ay")],
)
def test_number_forms_come_from_the_catalogue(language: str, one: str, two: str) -> None:
    w = wording(language)
    assert w.trn("{n} month", "{n} months", 1, "briefing") == one
    assert w.trn("{n} month", "{n} months", 2, "briefing") == two


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "5 March 2026"), ("de", "5. März 2026"), ("fr", "5 mars 2026"), ("tr", "5 Mart 2026")],
)
def test_dates_are_written_in_the_language_whatever_the_locale(language: str, text: str) -> None:
    assert Wording(language).date(date(2026, 3, 5)) == text


def test_the_first_of_the_month_is_an_ordinal_in_french() -> None:
    assert Wording("fr").date(date(2026, 3, 1)) == "1er mars 2026"


def test_turkish_capitalises_a_dotted_i() -> None:
    assert Wording("tr").capitalise("işletme") == "İşletme"
    assert Wording("de").capitalise("öffentliche Einrichtungen") == "Öffentliche Einrichtungen"


def test_parse_ignores_vanished_and_empty_entries_and_reads_number_forms() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">
    <context><name>briefing</name>
      <message><source>Why:</source><translation>Warum:</translation></message>
      <message><source>Old</source><translation type="vanished">Alt</translation></message>
      <message><source>Empty</source><translation type="unfinished"></translation></message>
      <message numerus="yes"><source>{n} month</source>
        <translation><numerusform>{n} Monat</numerusform><numerusform>{n} Monate</numerusform></translation></message>
    </context></TS>"""
    parsed = parse_catalogue(data)
    assert parsed == {("briefing", "Why:"): "Warum:", ("briefing", "{n} month"): ("{n} Monat", "{n} Monate")}


def test_a_missing_entry_falls_back_to_english() -> None:
    assert Wording("de").tr("A sentence nobody translated", "findings") == "A sentence nobody translated"


def test_wordings_of_two_languages_are_independent_values() -> None:
    german, french = Wording("de"), Wording("fr")
    assert german.tr("Why:", "briefing") == "Warum:"
    assert french.tr("Why:", "briefing") == "Pourquoi :"
    assert german.tr("Why:", "briefing") == "Warum:"
    assert wording("de") is wording("de") and wording("de") == german
