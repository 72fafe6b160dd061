"""The open plan as the window sees it: the session, its undo stack, and the one refresh signal.

Whole documents (new, open, save, recover, close) are the document controller's
(``services/document_controller.py``), which calls ``replace`` and ``saved`` here.

Widgets never change the plan themselves: they push a command (``ui/commands.py``) whose
``redo``/``undo`` call a session method through ``apply``; ``apply`` emits ``changed`` with the
``Changes`` the session returned, and each view redraws what those flags say.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from erasmus_planner.domain.model import Plan
from erasmus_planner.services.changes import Changes
from erasmus_planner.services.plan_session import PlanSession


class PlanDocument(QObject):
    """Owns the session and the undo history; emits ``changed(Changes)`` after every operation."""

    changed = Signal(object)  # Changes

    def __init__(self, session: PlanSession | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session or PlanSession()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        # Counts whole-document replacements (open, new, recover, close): work started on one
        # plan (a background import) checks it to never land in another.
        self.generation = 0

    # --- the one mutation path ---------------------------------------------------------

    def apply(self, operation: Callable[[PlanSession], Changes]) -> Changes:
        """Run one session operation and tell every view what changed."""
        changes = operation(self.session)
        if changes.any:
            self.changed.emit(changes)
        return changes

    def push(self, command: QUndoCommand) -> None:
        """Do an edit, undoably (``push`` runs the command's ``redo`` once)."""
        self.undo_stack.push(command)

    # --- whole documents: not undoable, they start a fresh history ------------------------

    def replace(self, operation: Callable[[PlanSession], Changes], *, clean: bool = True) -> Changes:
        """Open, create, recover or close a plan: the undo history starts again.

        ``clean=False`` for a recovered plan: it differs from what is on disk, so the window
        shows it as modified until it is saved.
        """
        changes = operation(self.session)
        self.generation += 1
        self.undo_stack.clear()
        if clean:
            # ``QUndoStack.clear`` leaves the clean state alone when the stack holds no command:
            # after a recovered plan (never clean) was dropped unedited, every plan opened next
            # would have shown as modified.
            self.undo_stack.setClean()
        else:
            self.undo_stack.resetClean()  # no state of the history matches the file
        self.changed.emit(changes)
        return changes

    def saved(self, changes: Changes) -> None:
        """The plan was just stored (``services.document_controller``): this state is clean."""
        if changes.any:
            self.changed.emit(changes)
        self.undo_stack.setClean()

    # --- reading -------------------------------------------------------------------------

    @property
    def has_plan(self) -> bool:
        return self.session.has_plan

    @property
    def plan(self) -> Plan:
        return self.session.plan

    @property
    def modified(self) -> bool:
        return self.session.has_plan and not self.undo_stack.isClean()
