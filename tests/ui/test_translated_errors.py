"""A German, French or Turkish window explains a file it cannot use in that language: the dialogs
of Open, Import and a plan open elsewhere carry no English sentence, and the path stays as it is."""

from __future__ import annotations

import pytest
from window_driver import ScriptedPrompts

from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.wording import Wording

LANGUAGES = ("de", "fr", "tr")
ENGLISH = ("no such file", "not a country", "unknown organisation type", "is open in another window")


def spoken(window, language: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(language)
    assert window.document.session.language == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_opening_a_missing_plan_says_so_in_the_window_language(make_window, tmp_path, language):
    prompts = ScriptedPrompts()
    window = make_window(prompts=prompts)
    spoken(window, language)
    missing = tmp_path / "gone.json"

    assert not window.open_path(str(missing))

    question, title, message = prompts.asked[-1]
    assert question == "error"
    assert message.startswith(f"{missing}: ")
    assert message == f"{missing}: " + Wording(language).tr("no such file", "errors")
    assert not any(words in message for words in ENGLISH)


@pytest.mark.parametrize("language", LANGUAGES)
def test_import_problems_are_listed_in_the_window_language(make_window, qtbot, tmp_path, language):
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Name,Country,Type,Role\nA,Atlantis,school,applicant\nB,PL,spaceship,partner\nC,DE,school,partner\n", encoding="utf-8")
    prompts = ScriptedPrompts(import_path=str(sheet), import_with_problems=False)
    window = make_window(Plan(action="cooperation-partnership", call_year=2024, field="school"), prompts=prompts)
    spoken(window, language)

    window.import_action.trigger()
    qtbot.waitUntil(lambda: "import_with_problems" in prompts.questions(), timeout=5000)

    question = prompts.asked[-1]
    problems = question[3:]
    assert len(problems) == 2
    assert "'Atlantis'" in problems[0] and "'spaceship'" in problems[1]  # the cells as the file has them
    assert not any(words in p for p in problems for words in ENGLISH)
    assert not problems[0].startswith("row ")


def test_a_plan_with_no_room_for_a_lock_is_explained_in_the_window_language(make_window, tmp_path, monkeypatch):
    from erasmus_planner.domain.errors import Message
    from erasmus_planner.persistence.lock import PlanLocked

    plan_path = tmp_path / "shared.epplan"
    error = PlanLocked(plan_path, None, reason=Message("no lock can be written beside it ({problem})", problem=Message("permission denied")))
    prompts = ScriptedPrompts(open_read_only=False)
    window = make_window(prompts=prompts)
    spoken(window, "de")

    why = window.document_dialogs.why_locked(error, plan_path.name)

    german = Wording("de")
    reason = german.tr("no lock can be written beside it ({problem})", "errors").format(problem=german.tr("permission denied", "errors"))
    assert reason in why
    assert "no lock" not in why and "permission denied" not in why
