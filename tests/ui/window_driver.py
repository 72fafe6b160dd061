"""Driving the window in tests: scripted answers to its questions, and typing like a keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.ui.prompts import Prompts


class ScriptedPrompts(Prompts):
    """Answers from ``answers`` (by question), records every question in ``asked``."""

    def __init__(self, **answers: Any) -> None:
        self.answers: dict[str, Any] = {"save_changes": "discard", "recover": False, "open_read_only": False, "overwrite_newer": "cancel", "remove_affiliates": "remove", "unlink_affiliates": "cancel", **answers}
        self.asked: list[tuple[str, ...]] = []

    def _answer(self, question: str, *details: str) -> Any:
        self.asked.append((question, *details))
        answer = self.answers.get(question)
        return answer() if callable(answer) else answer

    def questions(self) -> list[str]:
        return [q[0] for q in self.asked]

    def save_changes(self, parent, name):  # type: ignore[no-untyped-def]
        return self._answer("save_changes", name)

    def overwrite_newer(self, parent, name):  # type: ignore[no-untyped-def]
        return self._answer("overwrite_newer", name)

    def remove_affiliates(self, parent, partners, affiliates, hosts):  # type: ignore[no-untyped-def]
        return self._answer("remove_affiliates", *partners, *affiliates)

    def unlink_affiliates(self, parent, partner, role, affiliates, hosts):  # type: ignore[no-untyped-def]
        self.hosts_offered = list(hosts)
        return self._answer("unlink_affiliates", partner, role, *affiliates)

    def recover(self, parent, description):  # type: ignore[no-untyped-def]
        return self._answer("recover", description)

    def open_read_only(self, parent, name, why):  # type: ignore[no-untyped-def]
        return self._answer("open_read_only", name, why)

    def import_instead(self, parent, name):  # type: ignore[no-untyped-def]
        return bool(self._answer("import_instead", name))

    def import_with_problems(self, parent, name, good, problems):  # type: ignore[no-untyped-def]
        return bool(self._answer("import_with_problems", name, str(good), *problems))

    def error(self, parent, title, message):  # type: ignore[no-untyped-def]
        self._answer("error", title, message)

    def info(self, parent, title, message):  # type: ignore[no-untyped-def]
        self._answer("info", title, message)

    def open_plan_path(self, parent, directory):  # type: ignore[no-untyped-def]
        return self._answer("open_plan_path")

    def save_plan_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self._answer("save_plan_path", suggested)

    def import_path(self, parent, directory):  # type: ignore[no-untyped-def]
        return self._answer("import_path")

    def export_pdf_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self._answer("export_pdf_path", suggested)

    def directory_import_path(self, parent, directory):  # type: ignore[no-untyped-def]
        return self._answer("directory_import_path")

    def directory_export_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self._answer("directory_export_path", suggested)



def key_target(window: QWidget) -> QWidget:
    """Where a real key press goes: an open popup, else the active modal dialog's focus, else the window's."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    modal = QApplication.activeModalWidget()
    focus = QApplication.focusWidget()
    if modal is not None and (focus is None or not modal.isAncestorOf(focus)):
        return modal.focusWidget() or modal
    return focus or window


def type_text(qtbot, window: QWidget, text: str) -> None:
    """Type as a keyboard would, including letters QTest has no key for (ł, ö, Greek…)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(key_target(window), char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(key_target(window), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(key_target(window), key, modifiers)


def school(name: str, country: str, role: str = "partner", **extra: Any) -> Organisation:
    return Organisation(name=name, country=country, type="school", role=role, **extra)


def three_schools_partners() -> tuple[Organisation, ...]:
    """Łódź (the applicant), Köln and Porto: three schools from three Programme Countries."""
    return (
        school("Łódź School", "PL", "applicant", pic="910000001"),
        school("Schule Köln", "DE", pic="910000002"),
        school("Escola Porto", "PT", pic="910000003"),
    )


def school_partnership(*partners: Organisation, title: str = "Green skills", year: int = 2019) -> Plan:
    """A school Strategic Partnership of ``partners`` (three make it eligible in 2019, two do not)."""
    return Plan(action="strategic-partnership", call_year=year, field="school", title=title, partners=partners)


def add_first_candidate_and_undo(qtbot: Any, window: Any, dialog: Any, *, timeout: int = 15_000) -> None:
    """Find in Directory: one click on the first candidate's Add to Plan adds it as a full partner
    (the list is looked for again), and one Undo takes it back."""
    first = dialog.candidates[0]
    before = len(window.document.plan.partners)
    with qtbot.waitSignal(dialog.searched, timeout=timeout):
        qtbot.mouseClick(dialog.table.cellWidget(0, 3), Qt.MouseButton.LeftButton)
    partners = window.document.plan.partners
    assert len(partners) == before + 1 and partners[-1].name == first.entry.organisation.name and partners[-1].role == "partner"
    window.document.undo_stack.undo()
    assert len(window.document.plan.partners) == before
