"""The team workspace in the window: connecting (with a password asked for and kept in memory),
File ▸ Open from Workspace…, File ▸ Save to Workspace…, the refused-save question, working on
while the server is away, and View ▸ Team Board.

Team plans go through the document controller like files do: this collaborator only adds the
workspace to the session's places (``services.workspace_place.Places``) and answers what only
a workspace asks. Nothing here blocks the window: connecting, listing and checking whether the
server is back run in the background. Texts are the main window's (context "MainWindow").
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from erasmus_planner.services import workspace_service
from erasmus_planner.services.document_outcomes import Failed, Opened, Saved
from erasmus_planner.services.workspace_place import Places, WorkspacePlace, is_offline, is_team_location
from erasmus_planner.ui import labels
from erasmus_planner.ui.background import BackgroundOp

if TYPE_CHECKING:
    from erasmus_planner.ui.main_window import MainWindow
    from erasmus_planner.ui.team_board import TeamBoard

translate = QCoreApplication.translate
RETRY_MS: Final = 5_000


class TeamWorkspace(QObject):
    """The window's connection to one team workspace, made when first needed."""

    state_changed = Signal()  # connected, offline or disconnected (the board and tests follow)
    event_arrived = Signal(object)  # a colleague saved, removed or started editing a plan
    _directory_stopped = Signal()  # name completion found the workspace not answering (another thread)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.place: WorkspacePlace | None = None
        self.offline = False
        self._password: str | None = None  # typed at the prompt: in memory only, never saved
        self._connecting: BackgroundOp | None = None
        self._after_connect: list[Any] = []
        self._listener: Any = None
        self._board: TeamBoard | None = None
        self.status = QLabel()
        self.status.setObjectName("workspaceStatus")
        window.statusBar().addPermanentWidget(self.status)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry)
        self._directory_stopped.connect(self._not_answering)
        session = window.document.session
        if not isinstance(session.place, Places):
            session.place = Places(files=session.place)
        self.places: Places = session.place  # type: ignore[assignment]

    # --- connecting ----------------------------------------------------------------------------

    def address_text(self) -> str:
        """Preferences ▸ Workspace, else $ERASMUS_PLANNER_WORKSPACE."""
        return self.window.preferences.workspace or os.environ.get(workspace_service.ENV_VARIABLE, "")

    @property
    def connected(self) -> bool:
        return self.place is not None and not self.offline

    def connect_workspace(self, then: Any = None) -> None:
        """Connect in the background; ``then()`` runs once connected."""
        if then is not None:
            self._after_connect.append(then)
        if self.place is not None:
            if not self.offline:
                self._run_after_connect()
            else:
                # Offline: ask the window's own connection whether it answers again. A new
                # connection would be a second client, refused by this window's own leases.
                self._retry()
            return
        if self._connecting is not None:
            return
        text = self.address_text()
        if not text.strip():
            self._after_connect.clear()
            self.window.prompts.error(
                self.window, translate("MainWindow", "No team workspace"),
                translate("MainWindow", "Set the team workspace's address in Preferences ▸ Workspace first."),
            )
            return
        try:
            address = workspace_service.address_of(text)
        except Exception as error:  # a PlanError naming what is wrong with the address
            self._after_connect.clear()
            self.window.prompts.error(self.window, translate("MainWindow", "Cannot connect"), labels.error_text(error))  # type: ignore[arg-type]
            return
        if self._password:
            address = address.with_password(self._password)
        self._connecting = BackgroundOp(
            self.window, lambda _progress: workspace_service.connect_with_password(address),
            label=translate("MainWindow", "Connecting to the team workspace…"),
            on_success=self._connected, on_failure=lambda error: self._connect_failed(error, address), quiet=True,
        ).start()
        self._say(translate("MainWindow", "Team workspace: connecting…"))

    def reconnect(self) -> None:
        """Preferences ▸ Workspace named another workspace: leave this one, join that one. The
        open team plan (if any) stays open, now read from the new place only when reopened."""
        if self.place is not None:
            if self._listener is not None:
                self._listener.stop(timeout=1.0)
                self._listener = None
            self.place.close()
            self.place = None
            self.places.workspace = None
        self._stop_team_directory()
        self._directory_view_follows()
        self._password = None
        self.connect_workspace()

    def _stop_team_directory(self) -> None:
        from erasmus_planner.services.team_directory import TeamDirectorySearch

        search = self.window.directory_search
        if isinstance(search, TeamDirectorySearch):
            search.close()
            self.window.directory_search = search.local  # type: ignore[assignment]

    def _connect_failed(self, error: BaseException, address: Any) -> None:
        self._connecting = None
        if workspace_service.needs_password(error) and not self._password:
            password = self.window.prompts.workspace_password(self.window, address.shown, address.user)
            if password:
                self._password = password
                self.connect_workspace()
                return
        if is_offline(error) and not workspace_service.needs_password(error):
            self._go_offline(translate("MainWindow", "Team workspace offline: retrying…"))
            return
        self._password = None if workspace_service.needs_password(error) else self._password
        self._after_connect.clear()
        self.window.prompts.error(self.window, translate("MainWindow", "Cannot connect to the team workspace"), labels.error_text(error))  # type: ignore[arg-type]
        self._say(translate("MainWindow", "Team workspace: not connected"))

    def _connected(self, workspace: Any) -> None:
        self._connecting = None
        self.place = WorkspacePlace(workspace)
        self.places.workspace = self.place
        self._listener = workspace_service.listen(workspace.address, workspace.client_id, self.event_arrived.emit)
        self._search_team_directory(workspace.address)
        self._back_online()
        self._directory_view_follows()
        self._run_after_connect()

    def _directory_view_follows(self) -> None:
        """An open Directory view offers the team's directory now (or no longer)."""
        view = self.window.directory_actions.directory_window
        if view is not None:
            view.follow_workspace()

    def _search_team_directory(self, address: Any) -> None:
        """Name completion in the partner dialog: the user's directory, then the team's."""
        from erasmus_planner.services.team_directory import TeamDirectorySearch

        window = self.window
        local = window.directory_search
        if isinstance(local, TeamDirectorySearch):
            local.close()
            local = local.local
        search = TeamDirectorySearch(local, address)
        search.on_not_answering.append(self._directory_stopped.emit)
        window.directory_search = search  # type: ignore[assignment]

    def _run_after_connect(self) -> None:
        waiting, self._after_connect = self._after_connect, []
        for step in waiting:
            step()

    # --- open and save ------------------------------------------------------------------------------

    def open_from_workspace(self) -> None:
        if not self.window.document_dialogs.maybe_save():
            return
        self.connect_workspace(then=self._choose_and_open)

    def _choose_and_open(self) -> None:
        assert self.place is not None
        BackgroundOp(
            self.window, lambda _progress: self.place.workspace.plans(),  # type: ignore[union-attr]
            label=translate("MainWindow", "Reading the team plans…"),
            on_success=self._offer_plans, on_failure=self._failed,
        ).start()

    def _offer_plans(self, plans: list[Any]) -> None:
        rows = [
            (
                info.name,
                info.summary.title,
                str(info.version),
                translate("MainWindow", "{when} by {who}").format(when=workspace_service.when(info.updated_at), who=info.updated_by),
                translate("MainWindow", "{who} since {when}").format(who=info.lease.holder, when=workspace_service.when(info.lease.since))
                if info.lease else "",
            )
            for info in plans
        ]
        chosen = self.window.prompts.choose_team_plan(self.window, rows)
        if chosen is not None and self.place is not None:
            self.open_team_plan(plans[chosen].name)

    def open_team_plan(self, name: str) -> bool:
        assert self.place is not None
        return self.window.document_dialogs.open_path(self.place.location(name), ask_to_save=False)  # type: ignore[arg-type]

    def save_to_workspace(self) -> None:
        if self.window.document.has_plan:
            self.connect_workspace(then=self._ask_name_and_save)

    def _ask_name_and_save(self) -> None:
        controller = self.window.documents
        current = controller.session.path
        read_only = controller.session.read_only  # a colleague's plan, open as a copy: it goes under a name of its own
        if is_team_location(current):
            suggested = self._copy_name(current.name) if read_only else current.name
        else:
            suggested = controller.session.plan.title.strip() or controller.plan_stem()
        name = self.window.prompts.team_plan_name(self.window, suggested)
        if not name or self.place is None:
            return
        try:
            location = self.place.location(name)
        except Exception as error:
            self.window.prompts.error(self.window, translate("MainWindow", "Cannot save the plan"), labels.error_text(error))  # type: ignore[arg-type]
            return
        if controller.place.same(location, current) and not read_only:
            self.window.save()
            return
        # Onto another team plan, or onto the one a colleague is editing (refused with who and
        # since, as any claim is): never a file dialog for a save the user asked of the workspace.
        self.window.document_dialogs.answer(controller.save_as(location))

    def _copy_name(self, name: str) -> str:
        """``name (me)``, numbered past the names the workspace already has."""
        taken = {info.name for info in self._plans_or_empty()}
        me = (self.place.workspace.address.user if self.place is not None else "") or translate("MainWindow", "copy")
        copy = f"{name} ({me})"
        number = 2
        while copy in taken:
            copy, number = f"{name} ({me}) {number}", number + 1
        return copy

    def refused_save(self, name: str) -> bool:
        """A colleague saved first: keep mine as a copy, or reload theirs (see ``WorkspacePrompts``)."""
        choice = self.window.prompts.refused_save(self.window, name)
        controller = self.window.documents
        if choice == "copy" and self.place is not None:
            return self.window.document_dialogs.answer(controller.save_as(self.place.location(self._copy_name(name))))
        if choice == "reload":
            location = controller.session.path
            controller.forget_unsaved()
            outcome = controller.open(location)  # type: ignore[arg-type]
            self.window.document_dialogs.replaced()
            if isinstance(outcome, Opened):
                self.window.statusBar().showMessage(translate("MainWindow", "Reloaded {name} as saved by your colleague").format(name=name), 6000)
                return True
            if isinstance(outcome, Failed):
                self._failed(outcome.error)
        return False

    def _plans_or_empty(self) -> list[Any]:
        try:
            return self.place.workspace.plans() if self.place is not None else []
        except Exception:
            return []

    # --- offline ----------------------------------------------------------------------------------

    def went_offline(self, error: BaseException) -> bool:
        """A save could not reach the server: the edits go to the recovery file now and are saved
        when the server answers again (checked every 5 s). No dialog: work goes on."""
        self.window.documents.autosave()
        self._go_offline(translate("MainWindow", "Team workspace offline: your changes are kept on this computer and saved when it is back"))
        return False

    def _not_answering(self) -> None:
        """Name completion waited in vain for the team's directory (a hung or overloaded server):
        completion goes on from the user's own directory, the status bar says so, and the
        usual check every 5 s turns the team's back on once the workspace answers."""
        if self.place is None or self.offline:
            return
        self._go_offline(translate("MainWindow", "The team workspace is not answering: names are completed from your own directory until it answers again"))
        self._say(translate("MainWindow", "Team workspace: not answering"))
        problem = getattr(self.window.directory_search, "problem", None)
        if problem:
            self.status.setToolTip(f"{self.place.workspace.address.shown}\n{problem}")

    def _go_offline(self, text: str) -> None:
        self.offline = True
        self._say(translate("MainWindow", "Team workspace: offline"))
        self.window.statusBar().showMessage(text, 10_000)
        if not self.retry_timer.isActive():
            self.retry_timer.start()
        self.state_changed.emit()

    def _retry(self) -> None:
        if self._connecting is not None:
            return
        if self.place is None:
            self.connect_workspace()
            return
        place = self.place
        self._connecting = BackgroundOp(
            self.window, lambda _progress: place.workspace.plans(), label="",
            on_success=lambda _plans: self._reachable(), on_failure=lambda _error: self._still_offline(), quiet=True,
        ).start()

    def _still_offline(self) -> None:
        self._connecting = None
        if self._after_connect:  # the user asked for the workspace: say so now, not when it is back
            self._after_connect.clear()
            self.window.prompts.error(
                self.window, translate("MainWindow", "Team workspace"),
                translate("MainWindow", "The team workspace is not answering at the moment. Your work is kept on this "
                          "computer; the planner keeps trying in the background — try again when the status bar "
                          "says it is back."),
            )

    def _reachable(self) -> None:
        self._connecting = None
        self._back_online()
        controller = self.window.documents
        if self.window.document.modified and is_team_location(controller.session.path) and not controller.session.read_only:
            if self.window.save():
                self.window.statusBar().showMessage(translate("MainWindow", "Team workspace back: your changes are saved"), 6000)
        self._run_after_connect()

    def _back_online(self) -> None:
        self.offline = False
        search = self.window.directory_search
        if hasattr(search, "available"):  # the team directory's completion, off while offline
            search.available = True  # type: ignore[union-attr]
        self.retry_timer.stop()
        assert self.place is not None
        address = self.place.workspace.address
        self._say(translate("MainWindow", "Team workspace: {where}").format(where=address.user or address.shown))
        self.status.setToolTip(address.shown)
        self.state_changed.emit()

    def _failed(self, error: BaseException) -> None:
        if is_offline(error):
            self._go_offline(translate("MainWindow", "Team workspace offline: retrying…"))
            return
        self.window.prompts.error(self.window, translate("MainWindow", "Team workspace"), labels.error_text(error))  # type: ignore[arg-type]

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # --- the board --------------------------------------------------------------------------------

    def show_board(self) -> None:
        from erasmus_planner.ui.team_board import TeamBoard

        if self._board is None:
            self._board = TeamBoard(self)
        self._board.show()
        self._board.raise_()
        self.connect_workspace(then=self._board.refresh)

    @property
    def board(self) -> TeamBoard | None:
        return self._board

    # --- lifetime ---------------------------------------------------------------------------------

    def shut_down(self) -> None:
        """The window closes (after its plan was closed): stop listening, release the leases."""
        self.retry_timer.stop()
        if self._listener is not None:
            self._listener.stop(timeout=1.0)
            self._listener = None
        if self._board is not None:
            self._board.close()
        self._stop_team_directory()
        if self.place is not None:
            self.place.close()
            self.place = None
            self.places.workspace = None

    def after_save(self, outcome: object) -> None:
        """A team plan saved: the board shows it at once, without waiting for the announcement."""
        if isinstance(outcome, Saved) and self._board is not None:
            self._board.refresh()
