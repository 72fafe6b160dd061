"""Error messages as templates with values: English by default, any catalogue language on demand.

The behaviour a user notices: a file the planner cannot read is explained in the language the
window (or ``--lang``) speaks, with the file's path unchanged in front; nothing is left in English.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.wording import Wording
from erasmus_planner.interchange import plan_json
from erasmus_planner.interchange.spreadsheets import read_partners

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations  # noqa: E402

LANGUAGES = ("de", "fr", "tr")
PLACEHOLDER = re.compile(r"\{\w*(?:![rsa])?\}")


class Upper:
    """A stand-in catalogue: every template 'translated' into capitals (placeholders kept)."""

    def tr(self, text: str, context: str) -> str:
        assert context == "errors"
        return PLACEHOLDER.sub(lambda m: m.group(0).lower(), text.upper())


class Broken:
    """A catalogue whose translation names a field the English does not have."""

    def tr(self, text: str, context: str) -> str:
        return "{nonsense} " + text


# --- the Message and PlanError values -----------------------------------------------------------


def test_a_template_without_values_keeps_its_braces():
    assert Message('a key must be in "quotes" like {"name": …}').render() == 'a key must be in "quotes" like {"name": …}'


def test_values_nested_messages_and_causes_render_in_the_same_language():
    cause = PlanError("permission denied")
    error = PlanError(
        "{partner}: cannot be read ({problem})",
        partner=Message("partner {number} ({name})", number=3, name="Łódź Uni"),
        problem=cause,
        source="plan.json",
    )
    assert str(error) == "plan.json: partner 3 (Łódź Uni): cannot be read (permission denied)"
    assert error.detail == "partner 3 (Łódź Uni): cannot be read (permission denied)"
    assert error.text(Upper()) == "plan.json: PARTNER 3 (Łódź Uni): CANNOT BE READ (PERMISSION DENIED)"


def test_a_broken_translation_falls_back_to_english_instead_of_hiding_the_error():
    error = PlanError("unknown role {value!r}", value="boss")
    assert error.text(Broken()) == "unknown role 'boss'"


def test_subclasses_keep_their_class_and_message_when_said_of_a_file():
    from erasmus_planner.persistence.errors import NotOurFile

    inner = NotOurFile("this is a zip archive, not a {what}", what=Message("plan document"))
    outer = type(inner)(inner.message, source="x.epplan")
    assert isinstance(outer, NotOurFile)
    assert str(outer) == "x.epplan: this is a zip archive, not a plan document"


@given(st.text(max_size=40), st.integers())
def test_values_of_any_text_render_verbatim(name, number):
    # A partner named "{x}" or "}{" must not be taken for a placeholder.
    message = Message("partner {number} ({name})", number=number, name=name)
    assert message.render() == f"partner {number} ({name})"
    assert message.render(Upper()) == f"PARTNER {number} ({name})"


# --- every error is translatable ------------------------------------------------------------------


def test_no_error_message_is_built_from_an_f_string_or_by_concatenation():
    """An f-string's words could never be in a catalogue: the window would show them in English."""
    offenders = []
    for path in update_translations.ERROR_SCANNED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, first in update_translations.error_templates(tree):
            if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                isinstance(first, ast.Call) and getattr(first.func, "attr", "") == "format"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert offenders == []


def test_the_catalogues_hold_every_error_template():
    wanted = {k: e for k, e in update_translations.sources().items() if k[0] == "errors"}
    assert len(wanted) > 100  # files, JSON, spreadsheets, documents, locks, the directory
    assert ("errors", "no such file") in wanted
    assert ("errors", "row {row}, column {column!r}: {value}: {problem}") in wanted
    translations = update_translations.TRANSLATIONS
    for language in LANGUAGES:
        problems = update_translations.problems(translations / f"rules_{language}.ts", wanted)
        assert problems == [], problems[:5]


# --- what a user sees -----------------------------------------------------------------------------


def english_words(error: PlanError) -> list[str]:
    """The English template's own words: the parts between its placeholders that say something."""
    parts = [p.strip(" ;:,.()") for p in PLACEHOLDER.split(error.message.template)]
    return [p for p in parts if len(p.split()) >= 3]


def plan_with(partner: dict) -> str:
    return json.dumps(
        {"format": "erasmus-planner-plan", "version": 1, "action": "cooperation-partnership", "call_year": 2024,
         "partners": [partner]}
    )


def failures(tmp_path: Path) -> dict[str, PlanError]:
    """One real failure of each kind a coordinator meets, raised by the code that reads files."""
    found: dict[str, PlanError] = {}

    def catch(kind: str, action) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(PlanError) as caught:
            action()
        found[kind] = caught.value

    catch("missing file", lambda: plan_json.load(tmp_path / "nowhere.json"))
    catch("folder", lambda: plan_json.load(tmp_path))
    cut = tmp_path / "cut.json"
    cut.write_text('{"format": "erasmus-planner-plan", "partners": [{"name": "A', encoding="utf-8")
    catch("cut JSON", lambda: plan_json.load(cut))
    typed = tmp_path / "typed.json"
    typed.write_text(plan_with({"name": "Szkoła", "country": "Poland", "type": "school", "role": "applicant"}), encoding="utf-8")
    catch("country name for a code", lambda: plan_json.load(typed))
    word = tmp_path / "word.json"
    word.write_text(plan_with({"name": "Uni", "country": "PL", "type": "university", "role": "applicant"}), encoding="utf-8")
    catch("type word", lambda: plan_json.load(word))
    zipped = tmp_path / "zipped.epplan"
    zipped.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    from erasmus_planner.persistence.plan_document import read_plan

    catch("not a plan document", lambda: read_plan(zipped))
    sheet = tmp_path / "partners.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0")
    from erasmus_planner.interchange import table_files

    catch("old Excel", lambda: table_files.kind_of(sheet))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_errors_reading_files_are_said_in_the_users_language_with_the_path_unchanged(tmp_path, language):
    words = Wording(language)
    for kind, error in failures(tmp_path).items():
        shown = error.text(words)
        assert shown != str(error), f"{kind}: still English in {language}: {shown}"
        if error.source:
            assert shown.startswith(error.source + ": "), kind
        leftovers = [w for w in english_words(error) if w in shown]
        assert leftovers == [], f"{kind} in {language}: {shown}"


def test_a_suggested_country_is_named_in_the_users_language(tmp_path):
    error = failures(tmp_path)["country name for a code"]
    assert "PL, Poland?" in str(error)
    assert "PL, Polen" in error.text(Wording("de"))
    assert "PL, Pologne" in error.text(Wording("fr"))
    assert "PL, Polonya" in error.text(Wording("tr"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_spreadsheet_row_problems_are_said_in_the_users_language(tmp_path, language):
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Name,Country,Type,Role,OID\nA,Atlantis,school,applicant,\nB,PL,spaceship,partner,E123\n", encoding="utf-8")
    result = read_partners(sheet)
    assert [p.row for p in result.problems] == [2, 3, 3]
    english = [p.text() for p in result.problems]
    assert english[0].startswith("row 2, column 'Country': 'Atlantis': not a country")
    shown = [p.text(Wording(language)) for p in result.problems]
    for problem, text, before in zip(result.problems, shown, english):
        assert text != before
        assert problem.column in text and problem.value in text  # what was in the file stays as it was
        assert "row" not in text.split()[0]
    assert "an OID" not in shown[2]  # the OID sentence comes from the checklist's catalogue
