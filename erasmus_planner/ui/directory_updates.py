"""After a partner from the directory was edited: the offer (in a bar above the partner list, not
a dialog) to update the directory's entry too, looked up off the GUI thread — the first look-up
opens the directory, which loads the database library."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.ui import labels

if TYPE_CHECKING:
    from erasmus_planner.domain.model import Organisation
    from erasmus_planner.ui.background import BackgroundOp
    from erasmus_planner.ui.main_window import MainWindow


class DirectoryUpdates:
    """Offers and makes directory updates for ``window`` (its ``directory``; None: no directory)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._generation = 0  # the offer being looked up; any change of the plan makes it stale
        self._pending: tuple[Any, Any] | None = None  # (UpdateOffer, partner id) shown in the bar
        self.lookup: BackgroundOp | None = None

    def withdraw(self) -> None:
        """The plan changed: an offer made or being looked up no longer fits (the partner may be
        undone, edited again or gone)."""
        self._generation += 1
        self._pending = None
        if self.window.has_directory_offer_bar:
            self.window.directory_offer.withdraw()

    def offer(self, before: Organisation, after: Organisation) -> None:
        """When the directory holds this organisation with other details than the edit gave it,
        show the offer to update the entry."""
        window = self.window
        directory = window.directory
        if directory is None:
            return
        generation = self._generation

        def show(offer: Any) -> None:
            if offer is None or generation != self._generation or not window.document.has_plan:
                return  # nothing to offer, or the plan changed meanwhile
            self._pending = (offer, after.id)
            window.directory_offer.offer(after.name, tuple(offer.fields))
            window.directory_offer_ready.emit()

        from erasmus_planner.ui.background import BackgroundOp

        self.lookup = BackgroundOp(
            window, lambda _progress: directory.update_offer(after, before), label="",
            on_success=show, on_failure=lambda _error: None, quiet=True,
        ).start()

    def accept(self) -> None:
        """The user took the offer: the entry gets the partner's details as they are now."""
        window = self.window
        pending, self._pending = self._pending, None
        if pending is None or window.directory is None:
            return
        offer, partner_id = pending
        try:
            org = window.document.plan.partner(partner_id)
        except (KeyError, PlanError):
            return
        try:
            window.directory.update_entry(offer.entry.id, org)
        except PlanError as exc:
            window.prompts.error(
                window, QCoreApplication.translate("MainWindow", "Cannot update the partner directory"), labels.error_text(exc)
            )
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "“{name}” updated in the partner directory").format(name=org.name), 6000
        )
