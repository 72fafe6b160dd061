"""Team plans: the optimistic lock, the history, leases that lapse, and live announcements."""

from __future__ import annotations

import queue
import threading
import time

import pytest

from erasmus_planner.persistence.workspace.errors import LeaseHeld, NoSuchPlan, VersionConflict
from erasmus_planner.persistence.workspace.listener import Listener
from erasmus_planner.persistence.workspace.team_plans import Summary, Workspace

from .conftest import Team

SUMMARY = Summary("Title", "strategic-partnership", "school", None, 2019, 3)


def test_every_save_is_a_new_version_and_kept_in_the_history(team: Team) -> None:
    alice = Workspace(team.member("editor").address)
    bob = Workspace(team.member("editor").address)
    assert alice.save("plan", "v1", SUMMARY, base=None) == 1
    assert bob.save("plan", "v2", SUMMARY, base=1) == 2
    assert alice.save("plan", "v3", SUMMARY, base=2) == 3
    assert [v.version for v in alice.history("plan")] == [3, 2, 1]
    assert [alice.version_content("plan", n) for n in (1, 2, 3)] == ["v1", "v2", "v3"]
    assert [v.saved_by for v in alice.history("plan")] == [alice.address.user, bob.address.user, alice.address.user]


def test_a_save_based_on_an_older_version_is_refused_and_changes_nothing(team: Team) -> None:
    alice = Workspace(team.member("editor").address)
    bob = Workspace(team.member("editor").address)
    alice.save("plan", "first", SUMMARY, base=None)
    bob.save("plan", "bob's", SUMMARY, base=1)
    with pytest.raises(VersionConflict) as caught:
        alice.save("plan", "alice's", SUMMARY, base=1)
    assert (caught.value.base, caught.value.current) == (1, 2)
    assert caught.value.exit_code == 3
    assert alice.get("plan").content == "bob's"
    assert len(alice.history("plan")) == 2


def test_two_racing_saves_from_the_same_version_one_wins_one_is_refused(team: Team) -> None:
    writers = [Workspace(team.member("editor").address) for _ in range(6)]
    writers[0].save("race", "start", SUMMARY, base=None)
    barrier = threading.Barrier(len(writers))
    outcomes: list[object] = []

    def save(workspace: Workspace, text: str) -> None:
        barrier.wait()
        try:
            outcomes.append(workspace.save("race", text, SUMMARY, base=1))
        except VersionConflict as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=save, args=(w, f"text {i}")) for i, w in enumerate(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(o for o in outcomes if isinstance(o, int)) == [2]
    assert sum(isinstance(o, VersionConflict) for o in outcomes) == len(writers) - 1


def test_a_lease_shows_who_is_editing_and_blocks_others_saves(team: Team) -> None:
    alice = Workspace(team.member("editor").address)
    bob = Workspace(team.member("editor").address)
    alice.save("plan", "v1", SUMMARY, base=None)
    lease = alice.take_lease("plan")
    assert lease.holder == alice.address.user
    assert bob.plans()[0].lease.holder == alice.address.user  # type: ignore[union-attr]
    with pytest.raises(LeaseHeld) as caught:
        bob.take_lease("plan")
    assert alice.address.user in str(caught.value) and lease.since.astimezone().strftime("%H:%M") in str(caught.value)
    with pytest.raises(LeaseHeld):
        bob.save("plan", "bob's", SUMMARY, base=1)
    assert alice.save("plan", "alice's", SUMMARY, base=1) == 2  # the holder saves
    assert alice.take_lease("plan").since == lease.since  # a renewal keeps "since"
    alice.release_lease("plan")
    assert bob.take_lease("plan").holder == bob.address.user


def test_a_lease_lapses_by_itself(team: Team) -> None:
    alice = Workspace(team.member("editor").address)
    bob = Workspace(team.member("editor").address)
    alice.save("plan", "v1", SUMMARY, base=None)
    alice.take_lease("plan", seconds=1)
    time.sleep(1.2)
    assert bob.plans()[0].lease is None
    assert bob.take_lease("plan").holder == bob.address.user


def test_an_unknown_plan_is_named(team: Team) -> None:
    viewer = Workspace(team.member("viewer").address)
    with pytest.raises(NoSuchPlan, match="'nothing'"):
        viewer.get("nothing")


def test_saves_are_announced_to_others_with_the_senders_id_within_2_seconds(team: Team) -> None:
    alice = Workspace(team.member("editor").address)
    bob = Workspace(team.member("viewer").address)
    heard_by_bob: queue.Queue[dict[str, object]] = queue.Queue()
    heard_by_alice: queue.Queue[dict[str, object]] = queue.Queue()
    listeners = [
        Listener(bob.address, bob.client_id, heard_by_bob.put).start(),
        Listener(alice.address, alice.client_id, heard_by_alice.put).start(),
    ]
    try:
        for listener in listeners:
            assert listener.listening.wait(10)
        started = time.monotonic()
        alice.save("plan", "v1", SUMMARY, base=None)
        event = heard_by_bob.get(timeout=2)
        assert time.monotonic() - started < 2
        assert event["what"] == "plan-saved" and event["sender"] == alice.client_id
        alice.take_lease("plan")
        assert heard_by_bob.get(timeout=2)["what"] == "lease"
        # Alice's own listener ignores what Alice did.
        with pytest.raises(queue.Empty):
            heard_by_alice.get(timeout=0.5)
    finally:
        for listener in listeners:
            listener.stop()


def test_the_listener_comes_back_after_a_server_restart(team: Team) -> None:
    alice = Workspace(team.member("editor").address)
    heard: queue.Queue[dict[str, object]] = queue.Queue()
    listener = Listener(team.owner, "someone-else", heard.put).start()
    try:
        assert listener.listening.wait(10)
        team.server.restart()
        assert heard.get(timeout=30)["what"] == "reconnected"
        alice.save("after", "v1", SUMMARY, base=None)  # alice reconnects by herself too
        assert heard.get(timeout=5)["what"] == "plan-saved"
    finally:
        listener.stop()


def _backend(workspace: Workspace) -> int:
    return int(workspace.run(lambda conn: conn.execute("SELECT pg_backend_pid()").fetchone()[0]))  # type: ignore[index]


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGSTOP"), reason="needs SIGSTOP")
def test_a_server_process_that_hangs_is_cut_off_and_work_goes_on_on_a_new_connection(team: Team) -> None:
    # The server process serving this connection stops (SIGSTOP: no answer, yet the kernel keeps
    # the connection up). Reads and saves are not left waiting for ever: after answer_within_s
    # the socket is cut and the work is done again on a new connection — once, never twice.
    import os
    import signal

    workspace = Workspace(team.member("editor").address, answer_within_s=1.0)
    try:
        workspace.save("hung", "v1", SUMMARY, base=None)
        for step in ("read", "save"):
            backend = _backend(workspace)
            os.kill(backend, signal.SIGSTOP)
            try:
                started = time.monotonic()
                if step == "read":
                    assert workspace.get("hung").content == "v1"
                else:
                    assert workspace.save("hung", "v2", SUMMARY, base=1) == 2
                took = time.monotonic() - started
            finally:
                os.kill(backend, signal.SIGCONT)
            assert 0.9 <= took < 8, (step, took)
            assert _backend(workspace) != backend
        assert [saved.version for saved in workspace.history("hung")] == [2, 1]
    finally:
        workspace.close()


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGSTOP"), reason="needs SIGSTOP")
def test_a_whole_server_that_hangs_is_said_within_seconds(team: Team) -> None:
    import os
    import signal

    from erasmus_planner.persistence.workspace.errors import WorkspaceUnreachable

    workspace = Workspace(team.member("editor").address, answer_within_s=1.0)
    postmaster = int((team.server.data / "postmaster.pid").read_text().split()[0])
    stopped = [postmaster, _backend(workspace)]
    try:
        for pid in stopped:
            os.kill(pid, signal.SIGSTOP)
        started = time.monotonic()
        with pytest.raises(WorkspaceUnreachable) as caught:
            workspace.plans()
        took = time.monotonic() - started
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
        workspace.close()
    assert took < 15, took  # the cut (1 s) and a new connection's 5 s connect timeout
    assert "did not answer within 5 s" in str(caught.value)
