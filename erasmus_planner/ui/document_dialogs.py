"""New, Open, Save, Save As, Close, recovery and autosave as the window shows them.

What happens to the document is decided by the document controller
(``services/document_controller.py``); this module turns its outcomes into questions (through
the window's ``Prompts``) and status lines, and keeps the autosave timer. Texts are the main
window's (translation context "MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from erasmus_planner.services.document_outcomes import (
    Failed,
    Locked,
    NeedsName,
    NewerElsewhere,
    Opened,
    Recovery,
    Saved,
    SaveOutcome,
)
from erasmus_planner.ui import labels

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from erasmus_planner.services.document_controller import DocumentController
    from erasmus_planner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class DocumentDialogs:
    """The window's side of the document controller: asks, tells, and starts the autosave."""

    def __init__(self, window: MainWindow, controller: DocumentController, *, autosave_ms: int) -> None:
        self.window = window
        self.controller = controller
        self.autosave_timer = QTimer(window)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave)

    # --- what the title and the status line say ------------------------------------------------

    def display_name(self) -> str:
        """The plan's file name, else its title, else "Untitled plan" (in the interface's language)."""
        return self.controller.display_name() or translate("MainWindow", "Untitled plan")

    def save_state_text(self) -> str:
        state = self.controller.save_state()
        if state == "autosaved" and self.controller.autosaved_at is not None:
            return translate("MainWindow", "Autosaved at {time}").format(time=self.controller.autosaved_at.strftime("%H:%M"))
        return {
            "unsaved": translate("MainWindow", "Unsaved changes"),
            "not saved yet": translate("MainWindow", "Not saved yet"),
            "saved": translate("MainWindow", "All changes saved"),
        }.get(state, "")

    def edited(self) -> None:
        """After every edit, undo or redo: autosave a little later (not restarted by each edit,
        so someone busy editing is still autosaved)."""
        self.controller.edited()
        if self.controller.autosaves and self.window.document.modified and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    # --- new, open, close -------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Whether it is fine to drop the open plan now (asks Save / Discard / Cancel if modified)."""
        if not self.window.document.modified:
            return True
        choice = self.window.prompts.save_changes(self.window, self.display_name())
        if choice == "save":
            return self.save()
        if choice == "discard":
            self.controller.forget_unsaved()
            return True
        return False

    def new_plan(self) -> None:
        if not self.maybe_save():
            return
        self.controller.new()
        self.replaced()
        self.window.header.title.setFocus()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path = self.window.prompts.open_plan_path(self.window, self.controller.folder())
        if path:
            self.open_path(path, ask_to_save=False)

    def open_sample(self) -> None:
        if self.controller.sample is not None:
            self.open_path(str(self.controller.sample))

    def open_path(self, path: str, *, ask_to_save: bool = True, offer_recovery: bool = True) -> bool:
        """Open a plan; says what went wrong instead of opening when it cannot. A plan open
        elsewhere can be opened read-only, when the user says so. A spreadsheet is no plan: the
        user who opens one wants its partners, so their import is offered instead."""
        from erasmus_planner.services import partner_import

        window = self.window
        if partner_import.is_spreadsheet(path) and partner_import.import_available():
            if window.prompts.import_instead(window, Path(path).name):
                window.import_export.import_partners(path)
            return False
        if ask_to_save and not self.maybe_save():
            return False
        outcome = self.controller.open(path, check_recovery=offer_recovery)
        if isinstance(outcome, Locked):
            if not window.prompts.open_read_only(window, Path(path).name, self.why_locked(outcome, Path(path).name)):
                return False
            outcome = self.controller.open(path, read_only=True, check_recovery=offer_recovery)
        if isinstance(outcome, Failed):
            window.prompts.error(window, translate("MainWindow", "Cannot open the plan"), labels.error_text(outcome.error))
            return False
        if not isinstance(outcome, Opened):  # locked even for reading: said as a failure
            window.prompts.error(window, translate("MainWindow", "Cannot open the plan"), self.why_locked(outcome, outcome.name))
            return False
        self.replaced()
        window.partners.table.setFocus()  # ready for arrows, Enter (edit) and Delete
        if outcome.as_copy:
            window.statusBar().showMessage(
                translate("MainWindow", "The sample plan, as a new plan: save it under a name of your own"), 8000
            )
            return True
        if outcome.recovery is not None:
            self._offer(outcome.recovery)
        if outcome.upgrade_keeps_old_at is not None:
            window.statusBar().showMessage(
                translate("MainWindow", "Opened {name}, written by an older planner: saving upgrades it and keeps the old file as {backup}").format(
                    name=outcome.name, backup=outcome.upgrade_keeps_old_at.name
                ),
                12000,
            )
            return True
        window.statusBar().showMessage(translate("MainWindow", "Opened {name}").format(name=outcome.name), 4000)
        return True

    def close_plan(self) -> None:
        if self.maybe_save():
            self.controller.close()
            self.replaced()

    def replaced(self) -> None:
        """A whole new document is in: no autosave pending, no filter left from the last one."""
        self.autosave_timer.stop()
        self.window.partners.filter.clear()

    # --- recovery -----------------------------------------------------------------------------

    def offer_recovery_at_start(self) -> None:
        """Started without a plan: bring back work a crash left unsaved — a never-saved plan,
        or one of the recent plans (then that plan opens with the recovered changes)."""
        recovery = self.controller.recovery_at_start()
        if recovery is None:
            return
        if recovery.location is None:
            self._offer(recovery)
        elif self.window.prompts.recover(self.window, str(recovery.location)):
            if self.open_path(str(recovery.location), ask_to_save=False, offer_recovery=False):
                self._restore(recovery)
        else:
            self.controller.decline(recovery)

    def _offer(self, recovery: Recovery) -> None:
        if recovery.location is not None:
            what = str(recovery.location)
        else:
            what = translate("MainWindow", "an unsaved plan ({title})").format(
                title=recovery.plan.title or translate("MainWindow", "untitled")
            )
        if self.window.prompts.recover(self.window, what):
            self._restore(recovery)
        else:
            self.controller.decline(recovery)

    def _restore(self, recovery: Recovery) -> None:
        self.controller.restore(recovery)
        self.replaced()
        self.window.statusBar().showMessage(translate("MainWindow", "Unsaved work recovered: save it to keep it"), 6000)

    # --- save ------------------------------------------------------------------------------------

    def save(self) -> bool:
        return self._answer(self.controller.save())

    def save_as(self) -> bool:
        if not self.controller.has_plan:
            return False
        return self._ask_where(NeedsName(self.controller.suggested_location(), "never saved"))

    def _ask_where(self, needs: NeedsName) -> bool:
        path = self.window.prompts.save_plan_path(self.window, needs.suggested)
        if not path:
            return False
        return self._answer(self.controller.save_as(path))

    def answer(self, outcome: SaveOutcome | None) -> bool:
        """Say how a save (or a save as) went, and ask what the outcome leaves to the user."""
        return self._answer(outcome)

    def _answer(self, outcome: SaveOutcome | None) -> bool:
        """Say how a save went; ask on what the user decides (a name, overwriting newer work)."""
        window = self.window
        if isinstance(outcome, (NewerElsewhere, Failed)) and self._team_plan_open():
            # A team plan: never overwritten (keep mine as a copy, or reload theirs), and a
            # server that cannot be reached is no dialog: the work goes on offline.
            if isinstance(outcome, NewerElsewhere):
                return window.team_workspace.refused_save(outcome.name)
            from erasmus_planner.services.workspace_place import is_offline

            if is_offline(outcome.error):
                return window.team_workspace.went_offline(outcome.error)
        if isinstance(outcome, NeedsName):
            return self._ask_where(outcome)
        if isinstance(outcome, NewerElsewhere):
            choice = window.prompts.overwrite_newer(window, outcome.name)
            if choice == "overwrite":
                return self._answer(self.controller.save(overwrite=True))
            if choice == "save_as":
                return self.save_as()
            return False
        if isinstance(outcome, Locked):  # no read-only offer here: the plan must go elsewhere
            if outcome.elsewhere or outcome.reason is None:
                why = self.why_locked(outcome, outcome.name)
            else:
                why = translate("MainWindow", "“{name}” cannot be saved there: {why}.").format(
                    name=outcome.name, why=labels.message_text(outcome.reason)
                )
            message = why + " " + translate("MainWindow", "Save the plan under another name.")
            window.prompts.error(window, translate("MainWindow", "Cannot save the plan"), message)
            return False
        if isinstance(outcome, Failed):
            window.prompts.error(window, translate("MainWindow", "Cannot save the plan"), labels.error_text(outcome.error))
            return False
        if not isinstance(outcome, Saved):
            return False
        self.autosave_timer.stop()
        window.document_state_changed()
        window.statusBar().showMessage(translate("MainWindow", "Saved {name}").format(name=outcome.name), 4000)
        if window._team_workspace is not None:
            window._team_workspace.after_save(outcome)
        return True

    def _team_plan_open(self) -> bool:
        """Whether the open plan lives in the team workspace (only then is it connected)."""
        return self.window._team_workspace is not None and type(self.controller.session.path).__name__ == "WorkspaceLocation"

    def why_locked(self, refused: Locked, name: str) -> str:
        """Why a plan cannot be opened (or saved) for editing, as one sentence: open elsewhere,
        with who has it when the place says, or no claim can be made there. ``refused``: a
        ``Locked`` outcome, or any error with the same ``holder`` and ``reason``."""
        if not getattr(refused, "elsewhere", True):
            reason = getattr(refused, "reason", None)
            why = labels.message_text(reason) if reason is not None else labels.error_text(refused)  # type: ignore[arg-type]
            return translate("MainWindow", "“{name}” cannot be opened for editing: {why}.").format(name=name, why=why)
        holder = getattr(refused, "holder", None)
        if holder is not None and holder.user and holder.since and not holder.host:  # a lease in the team workspace
            return translate("MainWindow", "“{name}” is being edited by {user} since {time}.").format(
                name=name, user=holder.user, time=_clock(holder.since)
            )
        if holder is not None and holder.host:
            who = translate("MainWindow", "process {pid} on {host}").format(
                pid=holder.pid if holder.pid is not None else "?", host=holder.host
            )
            return translate("MainWindow", "“{name}” is open in another window or on another computer ({holder}).").format(
                name=name, holder=who
            )
        return translate("MainWindow", "“{name}” is open in another window or on another computer.").format(name=name)

    # --- autosave and the recent plans ---------------------------------------------------------------

    def autosave(self) -> None:
        outcome = self.controller.autosave()
        if isinstance(outcome, Failed):
            self.window.statusBar().showMessage(
                translate("MainWindow", "Autosave failed: {why}").format(why=labels.error_text(outcome.error)), 8000
            )
        elif outcome is not None:
            self.window.save_state.setText(self.save_state_text())

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.controller.recent_plans()
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
            clear = menu.addAction(translate("MainWindow", "Clear List"))
            clear.triggered.connect(self.controller.clear_recent_plans)
        else:
            empty = menu.addAction(translate("MainWindow", "No recent plans"))
            empty.setEnabled(False)

    def shut_down(self) -> None:
        """The window closes (after ``maybe_save``): nothing autosaved stays behind."""
        self.autosave_timer.stop()
        self.controller.shut_down()



def _clock(iso: str) -> str:
    """An ISO 8601 moment as people read it: 14:02 today, with the date on other days."""
    import datetime

    from erasmus_planner.services.workspace_service import when

    try:
        return when(datetime.datetime.fromisoformat(iso))
    except ValueError:
        return iso
