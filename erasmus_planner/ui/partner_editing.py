"""Edit ▸ Add / Edit / Remove Partner and Find: the partner dialog opened from the window, each
accepted dialog one undoable command, and the keyboard handed back to the partner list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from erasmus_planner.domain.affiliation import full_partner_names, insertion_index
from erasmus_planner.domain.vocabulary import APPLICANT
from erasmus_planner.services import features
from erasmus_planner.ui import labels
from erasmus_planner.ui.affiliates_prompt import AffiliatesChoice
from erasmus_planner.ui.commands import AddPartnersCommand, EditPartnerCommand, RemovePartnersCommand

if TYPE_CHECKING:
    from erasmus_planner.domain.model import Organisation
    from erasmus_planner.ui.main_window import MainWindow


class PartnerEditing:
    """Adds, edits, removes and finds the partners of ``window``'s plan."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def dialog(self, organisation: Organisation | None) -> Any:
        """The partner dialog for ``organisation`` (None: a new one), in the window's text size."""
        from erasmus_planner.ui.partner_dialog import PartnerDialog

        window = self.window
        session = window.document.session
        plan = session.plan
        others = [p for p in plan.applicants if organisation is None or p.id != organisation.id]
        hosts = [p for p in plan.partners if organisation is None or p.id != organisation.id]
        dialog = PartnerDialog(
            window,
            organisation=organisation,
            call_year=session.plan.call_year,
            action=session.action,
            directory_search=window.directory_search,
            directory_empty=window.directory is not None and hasattr(window.directory, "is_empty") and window.directory.is_empty(),
            language=session.language,
            applicant=others[0].name if others else None,
            full_partners=full_partner_names(hosts),
            affiliates=len(plan.affiliates_of(organisation)) if organisation is not None else 0,
            # A new plan's first organisation is the one applying: the checklist asks for it first.
            role=APPLICANT if organisation is None and not plan.partners else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's text size
        return dialog

    def add(self) -> None:
        window = self.window
        if not window.add_action.isEnabled():
            return
        dialog = self.dialog(None)

        def accepted() -> None:
            org = dialog.organisation()
            # An affiliated entity goes right under its partner, in the plan as in the table.
            at = insertion_index(window.document.plan.partners, org)
            window.document.push(AddPartnersCommand(window.document, [org], at))
            window.partners.select_partner(org.id)

        self._show(dialog, accepted)

    def edit(self, org: Organisation | None = None) -> None:
        window = self.window
        if not window.document.has_plan or not features.available(features.PARTNER_DIALOG) or window.document.session.read_only:
            return
        org = org or window.partners.current_partner()
        if org is None:
            return
        dialog = self.dialog(org)

        def accepted() -> None:
            new = dialog.organisation()
            if new != org or new.id != org.id:
                affiliates = self._unlinked_affiliates(org, new)
                if affiliates == "cancel":
                    return  # the partner stays as it was
                window.document.push(EditPartnerCommand(window.document, new, affiliates=affiliates))
                window.directory_updates.offer(org, new)
            window.partners.select_partner(new.id)

        self._show(dialog, accepted)

    def _unlinked_affiliates(self, old: Organisation, new: Organisation) -> AffiliatesChoice:
        """A full partner given a role that can have no affiliated entities (an associated
        partner): ask what becomes of those linked to it, as removing it would."""
        plan = self.window.document.plan
        linked = plan.affiliates_of(old)
        if new.is_full or not linked:
            return "promote"  # nothing to ask: EditPartnerCommand leaves them alone
        hosts = full_partner_names([p for p in plan.partners if p.id != old.id])
        return self.window.prompts.unlink_affiliates(self.window, old.name, labels.role(new.role), [a.name for a in linked], hosts)

    def _show(self, dialog: Any, accepted: Callable[[], None]) -> None:
        def finished() -> None:
            # Hand the keyboard back to the partner list, where the next action usually is
            # (some window managers, and none at all off screen, leave no window active).
            # Deferred: while ``finished`` runs the dialog is still the modal window.
            QTimer.singleShot(0, self._take_keyboard_back)
            dialog.deleteLater()

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()

    def _take_keyboard_back(self) -> None:
        if QApplication.activeModalWidget() is None:
            self.window.activateWindow()
            self.window.partners.table.setFocus()

    def remove(self) -> None:
        window = self.window
        partners = window.partners
        selected = partners.selected_partners()
        if not selected:
            return
        first_row = min(partners.table.selectionModel().selectedRows(), key=lambda i: i.row()).row()
        plan = window.document.plan
        chosen = {o.id for o in selected}
        # Affiliated entities of the removed partners that are not removed themselves: ask.
        left = [a for o in selected for a in plan.affiliates_of(o) if a.id not in chosen]
        affiliates: AffiliatesChoice = "remove"
        if left:
            hosts = full_partner_names([p for p in plan.partners if p.id not in chosen])
            affiliates = window.prompts.remove_affiliates(window, [o.name for o in selected if plan.affiliates_of(o)], [a.name for a in left], hosts)
            if affiliates == "cancel":
                return
        window.document.push(RemovePartnersCommand(window.document, [o.id for o in selected], affiliates=affiliates))
        # Keep the keyboard where it was: the row that took the removed one's place.
        proxy = partners.proxy
        if proxy.rowCount():
            partners.table.selectRow(min(first_row, proxy.rowCount() - 1))
        partners.table.setFocus()

    def find(self) -> None:
        self.window.partners.filter.setFocus()
        self.window.partners.filter.selectAll()
