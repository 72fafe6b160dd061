"""Connecting for real: wrong and missing passwords, libpq's password and service files, TLS
required by the address, a server that does not answer (5 s), nobody listening, non-members.
No message ever holds a password."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from erasmus_planner.cli.main import main
from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.errors import NotPermitted, PasswordNeeded, WorkspaceUnreachable
from erasmus_planner.persistence.workspace.team_plans import Workspace

from .conftest import Team


def test_a_wrong_password_is_refused_without_showing_it(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    member = team.member("editor")
    wrong = member.url.replace(member.password, "Wr0ng-Secret-123")
    assert main(["workspace", "plans", "--workspace", wrong]) == 6
    err = capsys.readouterr().err
    assert "refused the login" in err and member.user in err
    assert "Wr0ng-Secret-123" not in err and member.password not in err


def test_without_a_password_the_caller_is_asked_and_the_answer_is_used(team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from erasmus_planner.services.workspace_service import open_workspace

    member = team.member("viewer")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    bare = team.url_of(member.user, with_password=False)
    with pytest.raises(PasswordNeeded):
        Workspace(WorkspaceAddress.parse(bare))
    asked: list[str] = []

    def ask(address: WorkspaceAddress) -> str:
        asked.append(address.shown)
        return member.password

    with open_workspace(bare, ask_password=ask) as workspace:
        assert workspace.plans() == []
    assert asked == [WorkspaceAddress.parse(bare).shown]


def test_the_libpq_password_file_is_honoured(team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = team.member("viewer")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{team.server.port}:{team.database}:{member.user}:{member.password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert main(["workspace", "plans", "--workspace", team.url_of(member.user, with_password=False)]) == 0, capsys.readouterr().err


def test_a_service_name_from_the_service_file(team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    member = team.member("viewer")
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[team-office]\nhost=127.0.0.1\nport={team.server.port}\ndbname={team.database}\nuser={member.user}\n")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{member.user}:{member.password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert main(["workspace", "status", "--workspace", "team-office"]) == 0
    out = capsys.readouterr().out
    assert "service=team-office" in out and member.password not in out
    assert main(["workspace", "status", "--workspace", "no-such-service"]) == 6
    assert "pg_service.conf" in capsys.readouterr().err


def test_sslmode_require_is_honoured(team: Team) -> None:
    member = team.member("viewer")
    with pytest.raises(WorkspaceUnreachable) as caught:
        Workspace(WorkspaceAddress.parse(member.url + "?sslmode=require"))
    assert "TLS" in str(caught.value) and member.password not in str(caught.value)


def test_nobody_listening(pg_server) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(WorkspaceUnreachable) as caught:
        Workspace(WorkspaceAddress.parse(f"postgresql://alice:pw@127.0.0.1:{port}/team"))
    assert "connection refused" in str(caught.value)


def test_a_server_that_does_not_answer_gives_up_after_5_seconds(pg_server) -> None:  # type: ignore[no-untyped-def]
    # A socket that accepts connections and never says a word: libpq waits for the server's
    # greeting, and the planner stops waiting after 5 s with a sentence, not a frozen window.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        with pytest.raises(WorkspaceUnreachable) as caught:
            Workspace(WorkspaceAddress.parse(f"postgresql://alice:pw@127.0.0.1:{port}/team"))
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        silent.close()
    elapsed = time.monotonic() - started
    assert 4.5 <= elapsed < 15
    assert "did not answer within 5 s" in str(caught.value)


def test_a_login_that_is_not_a_member_cannot_even_connect(team: Team) -> None:
    stranger, password = team.login("stranger")
    with pytest.raises(NotPermitted) as caught:
        Workspace(WorkspaceAddress.parse(team.server.url(team.database, user=stranger, password=password)))
    assert "grant" in str(caught.value) and password not in str(caught.value)


def test_a_script_tells_an_unreachable_workspace_from_a_planner_bug(team: Team, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Exit 6: the server is down or the login is wrong (spec §4.4); exit 4 stays every command's
    # "unexpected error of the planner itself" (§4.5). Both in their own process, as a script sees them.
    import subprocess
    import sys

    member = team.member("viewer")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        nobody = f"postgresql://{member.user}:{member.password}@127.0.0.1:{probe.getsockname()[1]}/{team.database}"
    environment = {**__import__("os").environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    environment.pop("ERASMUS_PLANNER_DEBUG", None)

    def planner(*words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "erasmus_planner", *words], capture_output=True, text=True, env=environment, timeout=120)

    down = planner("workspace", "status", "--workspace", nobody)
    assert down.returncode == 6 and "connection refused" in down.stderr, down
    assert planner("directory", "search", "lodz", "--directory", nobody).returncode == 6
    assert planner("workspace", "plans", "--workspace", member.url.replace(member.password, "not-it")).returncode == 6
    assert planner("workspace", "status", "--workspace", member.url).returncode == 0

    # A fault of the planner on the same, reachable workspace: 4, with a log named.
    from erasmus_planner.persistence.workspace import status

    def broken(workspace: object) -> None:
        raise ZeroDivisionError("a bug in the status")

    monkeypatch.setattr(status, "status_of", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("ERASMUS_PLANNER_DEBUG", raising=False)
    assert main(["workspace", "status", "--workspace", member.url]) == 4
    assert "unexpected error (ZeroDivisionError" in capsys.readouterr().err
