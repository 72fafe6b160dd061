"""Undoable edits of the partner directory from the Directory view: add, edit, delete, merge.

Each command calls the directory service in ``redo`` and its inverse in ``undo``, keeping what
the inverse needs (a deleted entry with its funded projects, a merge's record) from the moment
it ran, and then asks the view to refresh. Deleted and merged entries come back with their own
ids, so a plan or a command that remembers an id still finds its entry. The directory has its
own undo history, in the Directory view: undoing there never touches the plan, and the plan's
Undo never touches the directory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from erasmus_planner.domain.model import Organisation

translate = QCoreApplication.translate


class _DirectoryCommand(QUndoCommand):
    def __init__(self, service: Any, refresh: Callable[[int | None], None], text: str) -> None:
        super().__init__(text)
        self.service = service
        self.refresh = refresh  # the view again, selecting an entry (None: keep the selection)


class AddEntryCommand(_DirectoryCommand):
    def __init__(self, service: Any, refresh: Callable[[int | None], None], org: Organisation) -> None:
        super().__init__(service, refresh, translate("DirectoryWindow", "Add “{name}” to the directory").format(name=org.name))
        self.org = org
        self.entry_id: int | None = None
        self.removed: Any = None

    def redo(self) -> None:
        if self.removed is None:
            self.entry_id = self.service.add(self.org).id
        else:
            self.service.restore(self.removed)  # the same id as the first time
        self.refresh(self.entry_id)

    def undo(self) -> None:
        self.removed = self.service.remove(self.entry_id)
        self.refresh(None)


class EditEntryCommand(_DirectoryCommand):
    def __init__(self, service: Any, refresh: Callable[[int | None], None], entry_id: int, before: Organisation, after: Organisation) -> None:
        super().__init__(service, refresh, translate("DirectoryWindow", "Edit “{name}” in the directory").format(name=after.name))
        self.entry_id, self.before, self.after = entry_id, before, after

    def redo(self) -> None:
        self.service.update(self.entry_id, self.after)
        self.refresh(self.entry_id)

    def undo(self) -> None:
        self.service.update(self.entry_id, self.before)
        self.refresh(self.entry_id)


class RemoveEntriesCommand(_DirectoryCommand):
    """Delete entries with their funded-project participations; undo brings both back."""

    def __init__(self, service: Any, refresh: Callable[[int | None], None], entries: Sequence[Any]) -> None:
        if len(entries) == 1:
            text = translate("DirectoryWindow", "Delete “{name}” from the directory").format(name=entries[0].organisation.name)
        else:
            text = translate("DirectoryWindow", "Delete {count} entries from the directory").format(count=len(entries))
        super().__init__(service, refresh, text)
        self.ids = [entry.id for entry in entries]
        self.removed: list[Any] = []

    def redo(self) -> None:
        self.removed = [self.service.remove(entry_id) for entry_id in self.ids]
        self.refresh(None)

    def undo(self) -> None:
        for removed in reversed(self.removed):
            self.service.restore(removed)
        self.refresh(self.ids[0])


class MergeEntriesCommand(_DirectoryCommand):
    """Merge OTHER into KEEP with its funded projects (``directory merge``); undo un-merges."""

    def __init__(self, service: Any, refresh: Callable[[int | None], None], keep: Any, other: Any) -> None:
        super().__init__(
            service, refresh,
            translate("DirectoryWindow", "Merge “{other}” into “{keep}”").format(other=other.organisation.name, keep=keep.organisation.name),
        )
        self.keep_id, self.other_id = keep.id, other.id
        self.record: Any = None

    def redo(self) -> None:
        self.record, _ = self.service.merge_entries(self.keep_id, self.other_id, any_country=True)
        self.refresh(self.keep_id)

    def undo(self) -> None:
        self.service.unmerge(self.record)
        self.refresh(self.other_id)
