"""Ctrl+Z and Ctrl+Shift+Z wherever the cursor is, as in Qt Creator and KDE applications: in a
text field, the field's own typing is undone first, then the plan's last edit.

A ``QLineEdit`` claims the Undo and Redo keys for itself whether or not it has anything to undo
(its ``ShortcutOverride``), so with the cursor in the filter or the duration box the window's
Undo did nothing. This filter lets the field keep the keys only while it has typing of its own
to undo or redo; otherwise the keys go on to the window's Undo and Redo actions.

Redo retraces the undos in reverse: after Ctrl+Z undid the field's typing and then a plan edit,
Ctrl+Shift+Z first brings back the plan edit, then the typing.

A field whose typing *is* a plan edit (the title: each keystroke is merged into one undoable
"Change title") is marked with ``mark_plan_field``: its keys always go to the plan's history.
"""

from __future__ import annotations

from typing import Final, Literal

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

PLAN_FIELD: Final = "undoesThePlan"  # a dynamic property on fields whose typing is a plan edit
_Where = Literal["field", "plan"]
_REMEMBERED: Final = 200  # keyboard undos remembered for redo


def mark_plan_field(field: QLineEdit) -> None:
    """``field``'s typing is recorded in the plan's history: Undo there is always the plan's."""
    field.setProperty(PLAN_FIELD, True)


class KeyboardUndo(QObject):
    """Routes the Undo and Redo keys typed in ``window``'s text fields (see the module)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # Where each keyboard undo went, newest last, so redo can retrace them in reverse.
        self._undone: list[tuple[QLineEdit, _Where]] = []
        self._watched: set[int] = set()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # every field of the window, also those made later
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch each text field of the window from the moment it first has the keyboard (the
        keys go to the field with the focus; watching every event of the application would
        cost on each of them)."""
        if isinstance(new, (QLineEdit, QAbstractSpinBox)) and id(new) not in self._watched and new.window() is self._window:
            self._watched.add(id(new))
            new.installEventFilter(self)
            new.destroyed.connect(lambda *_args, key=id(new): self._watched.discard(key))
            if isinstance(new, QAbstractSpinBox):
                new.lineEdit().installEventFilter(self)  # keys sent to its line edit directly

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QLineEdit) and isinstance(watched.parent(), QAbstractSpinBox):
            watched = watched.parent()  # a spin box's typing is the spin box's
        if not isinstance(watched, (QLineEdit, QAbstractSpinBox)) or watched.window() is not self._window:
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        if not undo and not event.matches(QKeySequence.StandardKey.Redo):
            return False
        if kind == QEvent.Type.KeyPress:
            # A spin box's typing is undone here, as one step (its line edit would undo one
            # keystroke at a time, and only back to the first, which the spin box rewrote).
            if isinstance(watched, QAbstractSpinBox):
                _SpinTyping.of(watched).undo() if undo else _SpinTyping.of(watched).redo()
                return True
            return False
        where = self._undo_goes_to(watched) if undo else self._redo_goes_to(watched)
        if where == "field":
            event.accept()  # the field takes the key and undoes (or redoes) its own typing
        else:
            event.ignore()  # not the field's: the window's Undo / Redo shortcut takes the key
        return True

    def _undo_goes_to(self, field: QLineEdit | QAbstractSpinBox) -> _Where:
        where: _Where = "field" if _history(field).can_undo() else "plan"
        self._undone = [*self._undone[-_REMEMBERED + 1 :], (field, where)]
        return where

    def _redo_goes_to(self, field: QLineEdit | QAbstractSpinBox) -> _Where:
        history = _history(field)
        while self._undone:
            last_field, where = self._undone.pop()
            if last_field is not field:
                continue  # an undo in another field: its redo is not this field's business
            if where == "plan" or history.can_redo():
                return where
        return "field" if history.can_redo() else "plan"


class _LineTyping:
    """A text field's own undo history (none when its typing is a plan edit)."""

    def __init__(self, field: QLineEdit) -> None:
        self.field = field
        self.own = not field.isReadOnly() and not field.property(PLAN_FIELD)

    def can_undo(self) -> bool:
        return self.own and self.field.isUndoAvailable()

    def can_redo(self) -> bool:
        return self.own and self.field.isRedoAvailable()


class _SpinTyping:
    """What was typed into a spin box and not yet committed (Enter, or leaving the box): undone
    in one step back to the value it shows, and redone."""

    def __init__(self, box: QAbstractSpinBox) -> None:
        self.box = box
        self.typed: str | None = None  # the typing last undone, for redo

    @staticmethod
    def of(box: QAbstractSpinBox) -> _SpinTyping:
        typing = box.property(_SPIN_TYPING)
        if not isinstance(typing, _SpinTyping):
            typing = _SpinTyping(box)
            box.setProperty(_SPIN_TYPING, typing)
        return typing

    def committed(self) -> str:
        box = self.box
        if isinstance(box, (QSpinBox, QDoubleSpinBox)):
            if box.specialValueText() and box.value() == box.minimum():
                return box.specialValueText()
            return box.prefix() + box.textFromValue(box.value()) + box.suffix()  # type: ignore[arg-type]
        return box.text()

    def can_undo(self) -> bool:
        return not self.box.isReadOnly() and self.box.lineEdit().text() != self.committed()

    def can_redo(self) -> bool:
        return self.typed is not None and self.box.lineEdit().text() == self.committed()

    def undo(self) -> None:
        if self.can_undo():
            self.typed = self.box.lineEdit().text()
            self.box.lineEdit().setText(self.committed())

    def redo(self) -> None:
        if self.can_redo() and self.typed is not None:
            self.box.lineEdit().setText(self.typed)
            self.typed = None


_SPIN_TYPING: Final = "keyboardUndoTyping"


def _history(field: QLineEdit | QAbstractSpinBox) -> _LineTyping | _SpinTyping:
    return _SpinTyping.of(field) if isinstance(field, QAbstractSpinBox) else _LineTyping(field)
