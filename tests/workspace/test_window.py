"""The real window with a real workspace: Save to Workspace, Open from Workspace, the lease shown
as "being edited by X since 14:02" with a read-only copy, the refused save (Keep Mine as a Copy,
Reload Theirs), working on while the server is away, and the Team Board following a colleague's
save within 2 seconds. Every question is answered by a scripted ``Prompts``; nothing is mocked
on the workspace side."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QStandardPaths  # noqa: E402

from erasmus_planner.interchange import plan_json  # noqa: E402
from erasmus_planner.persistence.recovery import RecoveryStore  # noqa: E402
from erasmus_planner.persistence.workspace.team_plans import Workspace  # noqa: E402
from erasmus_planner.services.plan_session import PlanSession  # noqa: E402
from erasmus_planner.services.workspace_service import save_team_plan  # noqa: E402
from erasmus_planner.ui import team_workspace  # noqa: E402
from erasmus_planner.ui.document import PlanDocument  # noqa: E402
from erasmus_planner.ui.main_window import MainWindow  # noqa: E402
from erasmus_planner.ui.prompts import Prompts  # noqa: E402
from erasmus_planner.ui.settings import AppSettings  # noqa: E402

from .conftest import EXAMPLES, MemberLogin, Team  # noqa: E402

PLAN = plan_json.load(EXAMPLES / "strategic-partnership-school-2019-eligible.json")


class Answers(Prompts):
    """Every question the window asks, answered from ``answers`` and written down."""

    def __init__(self, **answers: Any) -> None:
        self.answers = answers
        self.asked: list[tuple[str, tuple[Any, ...]]] = []

    def _answer(self, question: str, *details: Any) -> Any:
        self.asked.append((question, details))
        answer = self.answers.get(question)
        return answer(*details) if callable(answer) else answer

    def questions(self) -> list[str]:
        return [question for question, _ in self.asked]

    def workspace_password(self, parent, where, user):  # type: ignore[no-untyped-def]
        return self._answer("workspace_password", where, user)

    def team_plan_name(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self._answer("team_plan_name", suggested)

    def choose_team_plan(self, parent, rows):  # type: ignore[no-untyped-def]
        return self._answer("choose_team_plan", rows)

    def refused_save(self, parent, name):  # type: ignore[no-untyped-def]
        return self._answer("refused_save", name)

    def open_read_only(self, parent, name, why):  # type: ignore[no-untyped-def]
        return self._answer("open_read_only", name, why)

    def save_changes(self, parent, name):  # type: ignore[no-untyped-def]
        return self._answer("save_changes", name) or "discard"

    def recover(self, parent, description):  # type: ignore[no-untyped-def]
        return self._answer("recover", description) or False

    def error(self, parent, title, message):  # type: ignore[no-untyped-def]
        self._answer("error", title, message)

    def info(self, parent, title, message):  # type: ignore[no-untyped-def]
        self._answer("info", title, message)

    def save_plan_path(self, parent, suggested):  # type: ignore[no-untyped-def]
        return self._answer("save_plan_path", suggested)


def type_title(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a new title as a person does: select what is there, type, press Enter."""
    from PySide6.QtCore import Qt

    field = window.header.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(team_workspace, "RETRY_MS", 300)


@pytest.fixture
def open_window(qtbot, tmp_path: Path, team: Team):  # type: ignore[no-untyped-def]
    """A window of ``member`` whose Preferences name the workspace (without password: the
    window asks, and the answer is the member's password)."""
    made: list[MainWindow] = []

    def make(member: MemberLogin, **answers: Any) -> tuple[MainWindow, Answers]:
        folder = tmp_path / member.user
        folder.mkdir(exist_ok=True)
        settings = AppSettings.in_file(folder / "settings.ini")
        bare = team.url_of(member.user, with_password=False)
        settings.save_preferences(settings.preferences().with_changes(workspace=bare))
        prompts = Answers(workspace_password=member.password, **answers)
        window = MainWindow(
            PlanDocument(PlanSession()), settings=settings, prompts=prompts,
            recovery=RecoveryStore(folder / "recovery"), directory_search=None,
        )
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitUntil(lambda: window._team_workspace is not None and window.team_workspace.connected, timeout=15_000)
        made.append(window)
        return window, prompts

    yield make
    for window in made:
        window.document.undo_stack.setClean()
        window.close()


def test_save_to_workspace_then_a_colleague_opens_it_read_only_seeing_who_edits(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team.member("editor"), team.member("editor")
    ana, ana_prompts = open_window(alice, team_plan_name="Green skills")
    (where, user), = [d for q, d in ana_prompts.asked if q == "workspace_password"]  # asked once, kept in memory
    assert user == alice.user and alice.password not in where
    ana.document.replace(lambda s: s.load(PLAN, None))
    ana.save_workspace_action.trigger()
    qtbot.waitUntil(lambda: not ana.document.modified and ana.documents.session.version == 1, timeout=10_000)
    assert ana.documents.display_name() == "Green skills"
    assert "settings.ini" not in str(Workspace(alice.address).get("Green skills").content)

    ben, ben_prompts = open_window(
        bob, choose_team_plan=lambda rows: [r[0] for r in rows].index("Green skills"), open_read_only=True
    )
    ben.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ben.document.has_plan, timeout=10_000)
    (name, why), = [d for q, d in ben_prompts.asked if q == "open_read_only"]
    assert name == "Green skills"
    assert f"being edited by {alice.user} since" in why and ":" in why.split("since")[1]
    assert ben.documents.session.read_only
    assert ben.document.session.plan.title == PLAN.title


def test_a_read_only_copy_saved_to_the_workspace_goes_under_a_name_of_its_own(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Found trying it as a new user: Save to Workspace on a colleague's plan open read-only
    # offered the plan's own name, and accepting it opened a *file* dialog.
    alice, bob = team.member("editor"), team.member("editor")
    ana, _ = open_window(alice, choose_team_plan=0)
    with Workspace(alice.address) as own:
        save_team_plan(own, PLAN, "Green skills", base=None)
    ana.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ana.document.has_plan, timeout=10_000)
    ben, ben_prompts = open_window(bob, choose_team_plan=0, open_read_only=True, team_plan_name="Green skills")
    ben.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ben.document.has_plan and ben.documents.session.read_only, timeout=10_000)

    ben.save_workspace_action.trigger()  # onto the plan Ana is editing: refused, saying who
    qtbot.waitUntil(lambda: "error" in ben_prompts.questions(), timeout=10_000)
    (suggested,), = [d for q, d in ben_prompts.asked if q == "team_plan_name"]
    assert suggested == f"Green skills ({bob.user})"
    (_, message), = [d for q, d in ben_prompts.asked if q == "error"]
    assert f"being edited by {alice.user}" in message
    assert "save_plan_path" not in ben_prompts.questions()  # no file dialog for a workspace save
    assert Workspace(bob.address).get("Green skills").info.version == 1

    ben_prompts.answers["team_plan_name"] = lambda suggested: suggested  # OK on the name offered
    ben.save_workspace_action.trigger()
    qtbot.waitUntil(lambda: not ben.documents.session.read_only, timeout=10_000)
    assert ben.documents.display_name() == f"Green skills ({bob.user})"
    with Workspace(bob.address) as look:
        assert {info.name for info in look.plans()} == {"Green skills", f"Green skills ({bob.user})"}


def test_a_refused_save_keeps_mine_as_a_copy_and_nothing_typed_is_lost(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team.member("editor"), team.member("editor")
    with Workspace(bob.address) as other:
        save_team_plan(other, PLAN, "Green skills", base=None)
    ana, ana_prompts = open_window(alice, choose_team_plan=0, refused_save="copy")
    ana.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ana.document.has_plan, timeout=10_000)
    # Ana's laptop slept past her lease; meanwhile Ben saved a new version.
    team.server.admin("DELETE FROM team_plan_lease", database=team.database)
    with Workspace(bob.address) as other:
        save_team_plan(other, PLAN.with_changes(title="Ben's title"), "Green skills", base=1)
    type_title(qtbot, ana, "Ana's title")
    qtbot.waitUntil(lambda: ana.document.modified)
    assert ana.save() is True
    assert "refused_save" in ana_prompts.questions()
    with Workspace(bob.address) as look:
        names = {info.name for info in look.plans()}
        copy = next(n for n in names if n.startswith("Green skills (") and alice.user in n)
        assert plan_json.loads(look.get("Green skills").content).title == "Ben's title"
        assert plan_json.loads(look.get(copy).content).title == "Ana's title"
    assert ana.documents.display_name() == copy and not ana.document.modified


def test_reload_theirs_shows_the_colleagues_version(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team.member("editor"), team.member("editor")
    with Workspace(bob.address) as other:
        save_team_plan(other, PLAN, "Green skills", base=None)
    ana, _ = open_window(alice, choose_team_plan=0, refused_save="reload")
    ana.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ana.document.has_plan, timeout=10_000)
    team.server.admin("DELETE FROM team_plan_lease", database=team.database)
    with Workspace(bob.address) as other:
        save_team_plan(other, PLAN.with_changes(title="Ben's title"), "Green skills", base=1)
    type_title(qtbot, ana, "Ana's title")
    qtbot.waitUntil(lambda: ana.document.modified)
    assert ana.save() is True
    assert ana.document.session.plan.title == "Ben's title" and ana.documents.session.version == 2


def test_offline_mid_edit_keeps_the_edits_and_saves_them_when_the_server_is_back(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    alice = team.member("editor")
    with Workspace(alice.address) as own:
        save_team_plan(own, PLAN, "Green skills", base=None)
    ana, prompts = open_window(alice, choose_team_plan=0)
    ana.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ana.document.has_plan, timeout=10_000)
    type_title(qtbot, ana, "Typed offline")
    qtbot.waitUntil(lambda: ana.document.modified)
    team.server.stop_server()
    try:
        assert ana.save() is False
        assert "error" not in prompts.questions()  # no dialog: the work goes on
        assert ana.team_workspace.offline
        kept = ana.recovery.pending(ana.documents.session.path)  # type: ignore[union-attr]
        assert kept is not None and kept.title == "Typed offline"
    finally:
        team.server.start_server()
    qtbot.waitUntil(lambda: not ana.document.modified, timeout=20_000)
    assert not ana.team_workspace.offline
    assert plan_json.loads(Workspace(alice.address).get("Green skills").content).title == "Typed offline"


def test_save_to_workspace_after_an_outage_saves_under_the_windows_own_lease(open_window, team: Team, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Back from an outage, the user chooses Save to Workspace before the background check has
    # noticed. The window goes on with its own connection and lease: a second connection would
    # be a second client whose save the window's own lease refuses ("being edited by you").
    monkeypatch.setattr(team_workspace, "RETRY_MS", 600_000)  # only the user's action reconnects
    alice = team.member("editor")
    with Workspace(alice.address) as own:
        save_team_plan(own, PLAN, "Green skills", base=None)
    ana, prompts = open_window(alice, choose_team_plan=0, team_plan_name="Green skills")
    ana.open_workspace_action.trigger()
    qtbot.waitUntil(lambda: ana.document.has_plan, timeout=10_000)
    place = ana.team_workspace.place
    type_title(qtbot, ana, "Typed offline")
    qtbot.waitUntil(lambda: ana.document.modified)
    team.server.stop_server()
    try:
        assert ana.save() is False and ana.team_workspace.offline
    finally:
        team.server.start_server()
    ana.save_workspace_action.trigger()
    qtbot.waitUntil(lambda: not ana.document.modified, timeout=20_000)
    assert "error" not in prompts.questions(), prompts.asked
    assert ana.team_workspace.place is place and not ana.team_workspace.offline
    with Workspace(alice.address) as look:
        assert plan_json.loads(look.get("Green skills").content).title == "Typed offline"
        lease = look.lease("Green skills")
    assert lease is not None and lease.client_id == place.client_id


def test_open_from_workspace_while_it_does_not_answer_says_so_at_once(open_window, team: Team, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(team_workspace, "RETRY_MS", 600_000)
    alice = team.member("editor")
    ana, prompts = open_window(alice, choose_team_plan=0)
    team.server.stop_server()
    try:
        ana.team_workspace._go_offline("test: offline")
        ana.open_workspace_action.trigger()
        qtbot.waitUntil(lambda: "error" in prompts.questions(), timeout=20_000)
    finally:
        team.server.start_server()
    (title, message), = [d for q, d in prompts.asked if q == "error"]
    assert "not answering" in message
    assert "choose_team_plan" not in prompts.questions()
    ana.team_workspace._retry()  # back: nothing asked earlier pops up now
    qtbot.waitUntil(lambda: not ana.team_workspace.offline, timeout=20_000)
    qtbot.wait(200)
    assert "choose_team_plan" not in prompts.questions()


def test_the_board_follows_a_colleagues_save_within_2_seconds(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    alice, bob = team.member("viewer"), team.member("editor")
    with Workspace(bob.address) as other:
        save_team_plan(other, PLAN, "Group 1", base=None)
    ana, _ = open_window(alice)
    ana.board_action.trigger()
    board = ana.team_workspace.board
    qtbot.waitUntil(lambda: board.table.rowCount() == 1, timeout=10_000)
    assert board.table.item(0, 0).text().startswith("Group 1")
    assert board.table.item(0, 2).text() == "Eligible"  # the verdict badge
    started = time.monotonic()
    with Workspace(bob.address) as other:
        save_team_plan(other, PLAN.with_changes(title="Second group"), "Group 2", base=None)
    qtbot.waitUntil(lambda: board.table.rowCount() == 2, timeout=2_000)
    assert time.monotonic() - started < 2.0
    assert board.table.item(1, 0).text().startswith("Group 2")


def test_name_completion_offers_the_team_directory_and_says_so(open_window, team: Team, qtbot) -> None:  # type: ignore[no-untyped-def]
    from erasmus_planner.domain.model import Organisation
    from erasmus_planner.persistence.directory import PartnerDirectory
    from erasmus_planner.ui.partner_name_completion import suggestion_text

    alice = team.member("editor")
    with PartnerDirectory(alice.url) as shared:
        shared.add(Organisation("Łódź Technical School No. 3", "PL", "school", city="Łódź"))
    local = [Organisation("Lodz Film School", "PL", "higher-education", city="Łódź")]
    ana, _ = open_window(alice)
    # Connected: completion searches the team's directory after the user's own (this test
    # window has none of its own: give it one).
    assert ana.directory_search.local is None
    ana.directory_search.local = lambda text: local
    # What is offered, not how fast: typing waits at most 0.2 s for the team's answer, and a fresh
    # install's first search (a new connection, modules compiled on first import) can take longer
    # on a busy machine; the bounded wait has its own tests below.
    ana.directory_search.wait_s = 30.0
    found = ana.directory_search("lodz")
    assert [org.name for org in found] == ["Lodz Film School", "Łódź Technical School No. 3"]
    assert "team workspace" not in suggestion_text(found[0])
    assert suggestion_text(found[1]).endswith("· team workspace")


def test_typing_a_name_never_waits_on_a_workspace_that_hangs(open_window, team: Team, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The team workspace's server process for name completion stops (SIGSTOP: connection
    # accepted, then nothing). Typing in the partner dialog goes on, the event loop never stalls
    # for more than the short client-side wait, the list shows the user's own entries, and the
    # status bar says the workspace is not answering; once it answers again, so does completion.
    import os
    import signal

    from PySide6.QtCore import QTimer

    from erasmus_planner.domain.model import Organisation
    from erasmus_planner.persistence.directory import PartnerDirectory
    from erasmus_planner.services.team_directory import APPLICATION_NAME
    from erasmus_planner.ui.partner_dialog import PartnerDialog

    monkeypatch.setattr(team_workspace, "RETRY_MS", 600_000)  # the check comes back when the test says
    alice = team.member("editor")
    with PartnerDirectory(alice.url) as shared:
        shared.add(Organisation("Łódź Technical School No. 3", "PL", "school", city="Łódź"))
    ana, _ = open_window(alice)
    ana.directory_search.local = lambda text: [Organisation("Lodz Film School", "PL", "higher-education", city="Łódź")]
    dialog = PartnerDialog(directory_search=ana.directory_search, call_year=2019)
    qtbot.addWidget(dialog)
    dialog.show()
    completion = dialog._name_completion

    def offered() -> list[str]:
        model = completion._model
        return [model.item(row).text() for row in range(model.rowCount())]

    def type_name(text: str) -> None:
        dialog.name_edit.setFocus()
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, text)

    type_name("lodz")
    qtbot.waitUntil(lambda: any("team workspace" in line for line in offered()), timeout=20_000)
    (backend,), = team.server.admin(
        "SELECT pid FROM pg_stat_activity WHERE application_name = %s AND usename = %s", APPLICATION_NAME, alice.user
    )
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(20)
    os.kill(int(backend), signal.SIGSTOP)  # type: ignore[call-overload]
    try:
        type_name("lodz technical")
        qtbot.waitUntil(lambda: "not answering" in ana.team_workspace.status.text(), timeout=15_000)
        type_name("lodz technical school")  # and on: the list answers from the user's own directory
        qtbot.waitSignal(completion.suggestionsShown, timeout=5_000).wait()
        assert offered() and not any("team workspace" in line for line in offered())
        heartbeat.stop()
        gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
        assert ticks and max(gaps) < 1.0, max(gaps)  # the window never froze (the wait is 0.2 s)
    finally:
        os.kill(int(backend), signal.SIGCONT)  # type: ignore[call-overload]
        heartbeat.stop()
    ana.team_workspace.retry_timer.setInterval(200)  # the usual check: the workspace answers again
    qtbot.waitUntil(lambda: not ana.team_workspace.offline, timeout=20_000)
    type_name("lodz")
    qtbot.waitUntil(lambda: any("team workspace" in line for line in offered()), timeout=20_000)
