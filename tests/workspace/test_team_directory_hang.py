"""The Directory view on a team workspace whose server hangs: a read gets no answer within
``ANSWER_WITHIN_S``, then the client cuts the connection (``answer_within``), the view says
"Team workspace: not answering" and stays usable — the user's own directory, and the team's again
once the server answers (a new connection). Imports are never cut: only reads are bounded."""

from __future__ import annotations

import os
import signal
import threading
import time

import psycopg
import pytest

pytest.importorskip("pytestqt")



from erasmus_planner.domain.model import Organisation  # noqa: E402
from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.services import team_directory_access  # noqa: E402
from erasmus_planner.services.team_directory_access import TeamDirectoryAccess, is_not_answering  # noqa: E402

from .conftest import Team  # noqa: E402
from .test_team_directory_window import choose, directory_view  # noqa: E402
from .test_window import _quick_retries, open_window  # noqa: E402,F401 (fixtures)

BOUND = 1.5  # the tests' bound (the planner's is 5 s): short, yet far above a working read here
SHARED = [
    Organisation("Łódź Technical School No. 3", "PL", "school", city="Łódź"),
    Organisation("Escola Profissional de Braga", "PT", "school", city="Braga"),
]


def _search(qtbot, view, text: str) -> float:  # type: ignore[no-untyped-def]
    """Type a search as a user does; how long until the view had its answer (or its problem)."""
    started = time.monotonic()
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        view.filters.search.setText(text)
    return time.monotonic() - started


def _backend_of(view) -> int:  # type: ignore[no-untyped-def]
    """The server process behind the view's (only) pooled connection to the team's directory."""
    engine = view.access.service().directory.engine
    assert engine.pool.checkedin() == 1  # one connection: the view's reads all go through it
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar())


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_hung_team_directory_is_said_in_the_view_and_the_next_search_works(  # type: ignore[no-untyped-def]
    open_window, team: Team, qtbot, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(team_directory_access, "ANSWER_WITHIN_S", BOUND)
    editor = team.member("editor")
    with PartnerDirectory(editor.url) as shared:
        for org in SHARED:
            shared.add(org)
    window, _prompts = open_window(editor)
    window.use_directory(str(tmp_path / "own.sqlite3"))
    view = directory_view(qtbot, window)
    choose(qtbot, view, "team")
    assert view.model.rowCount() == 2
    backend = _backend_of(view)
    os.kill(backend, signal.SIGSTOP)  # it accepted the connection; now it never answers
    try:
        took = _search(qtbot, view, "braga")
        assert BOUND * 0.9 <= took < BOUND + 3, took  # control is back after the bound, not never
        assert "Team workspace: not answering" in view.status.text()
        assert "1.5 s" in view.status.text() and editor.password not in view.status.text()
        assert view.model.rowCount() == 0
        # The window answers: the user falls back to their own directory at once.
        started = time.monotonic()
        choose(qtbot, view, "own")
        assert time.monotonic() - started < BOUND
        assert "not answering" not in view.status.text()
    finally:
        os.kill(backend, signal.SIGCONT)
    # The server answers again: the team's directory searches as before, on a new connection.
    choose(qtbot, view, "team")
    _search(qtbot, view, "lodz")
    assert [view.model.entry(row).organisation.name for row in range(view.model.rowCount())] == [SHARED[0].name]
    assert "not answering" not in view.status.text()
    assert _backend_of(view) != backend


def test_reads_are_cut_but_an_import_waits_for_the_server(team: Team) -> None:  # type: ignore[no-untyped-def]
    # A table locked on the server (a long migration elsewhere): a read waits without an answer
    # and is cut after the bound; an import meanwhile waits as long as it takes, then is written.
    editor = team.member("editor")
    access = TeamDirectoryAccess(editor.address, answer_within_s=BOUND)
    service = access.service()
    try:
        assert service.count() == 0
        with psycopg.connect(team.owner_url) as locker:
            locker.execute("LOCK TABLE organisation IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            with pytest.raises(Exception) as caught:
                service.search("braga")
            assert is_not_answering(caught.value), caught.value
            assert BOUND * 0.9 <= time.monotonic() - started < BOUND + 3
            imported: list[int] = []
            worker = threading.Thread(target=lambda: imported.append(service.directory.import_organisations(SHARED)))
            worker.start()
            time.sleep(BOUND * 2)  # well past the bound: the import is still waiting, not cut
            assert worker.is_alive() and not imported
            locker.rollback()
        worker.join(30)
        assert imported == [2]
        assert service.count() == 2  # and the reads answer again, on a new connection
    finally:
        access.close()
