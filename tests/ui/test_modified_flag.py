"""The window says "modified" only after a change: never because of work recovered earlier
and then dropped, never for a plan just opened."""

from __future__ import annotations

from window_driver import ScriptedPrompts, school_partnership, three_schools_partners

from erasmus_planner.services.plan_files import save_plan
from erasmus_planner.ui.commands import SetHeaderCommand


def _crash_with_unsaved_work(make_window, qtbot, path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(path=path, autosave_ms=10)
    window.document.push(SetHeaderCommand(window.document, title="Unsaved work"))
    qtbot.waitUntil(lambda: window.save_state.text().startswith("Autosaved at"), timeout=3000)
    window.document.session.close()  # the crash: the recovery copy stays behind
    window.document.undo_stack.setClean()


def test_plans_opened_after_a_discarded_recovery_are_not_modified(make_window, qtbot, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    save_plan(school_partnership(*three_schools_partners(), title="First"), first)
    save_plan(school_partnership(*three_schools_partners(), title="Second"), second)
    _crash_with_unsaved_work(make_window, qtbot, first)

    prompts = ScriptedPrompts(recover=True, save_changes="discard")
    window = make_window(prompts=prompts)
    window.open_path(str(first))
    assert window.document.plan.title == "Unsaved work" and window.isWindowModified()

    window.open_path(str(second))  # the recovered work is discarded when asked
    assert prompts.questions() == ["recover", "save_changes"]
    assert window.document.plan.title == "Second"
    assert not window.document.modified and not window.isWindowModified()
    assert not window.save_action.isEnabled()
    assert window.save_state.text() == "All changes saved"

    window.open_path(str(first), offer_recovery=False)
    assert not window.isWindowModified()
    window.close()
    assert prompts.questions() == ["recover", "save_changes"]  # closing asks nothing: nothing changed


def test_a_new_plan_after_a_discarded_recovery_is_not_modified(make_window, qtbot, tmp_path):
    first = tmp_path / "first.json"
    save_plan(school_partnership(*three_schools_partners()), first)
    _crash_with_unsaved_work(make_window, qtbot, first)
    prompts = ScriptedPrompts(recover=True, save_changes="discard")
    window = make_window(prompts=prompts)
    window.open_path(str(first))
    window.close_plan()
    window.document_dialogs.new_plan()
    assert not window.isWindowModified()
    assert not window.document.modified
