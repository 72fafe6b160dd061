"""One writer per plan: a second process is told where the plan is open; a dead holder's lock is taken over."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from erasmus_planner.persistence.lock import PlanLock, PlanLocked, lock_path_for

HOLDER = """
import sys
from erasmus_planner.persistence.lock import PlanLock
lock = PlanLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
sys.stdin.read()
lock.release()
"""


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    plan = tmp_path / "plan.epplan"
    plan.write_bytes(b"")
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(plan)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    yield plan, child
    if child.poll() is None:
        child.kill()
    child.wait()


def test_a_second_process_is_told_the_plan_is_open_elsewhere_and_offered_read_only(holder) -> None:  # type: ignore[no-untyped-def]
    plan, child = holder
    with pytest.raises(PlanLocked) as caught:
        PlanLock(plan).acquire()
    message = str(caught.value)
    assert f"process {child.pid} on host {socket.gethostname()}" in message
    assert "is open in another window or program" in message and message.endswith("open it read-only?")
    assert caught.value.holder is not None and caught.value.holder.pid == child.pid


def test_the_lock_of_a_killed_process_is_taken_over(holder) -> None:  # type: ignore[no-untyped-def]
    plan, child = holder
    child.kill()
    child.wait()
    assert lock_path_for(plan).exists()  # the killed holder could not clean up
    lock = PlanLock(plan)
    lock.acquire()
    assert lock.held
    import os

    assert lock.holder() is not None and lock.holder().pid == os.getpid()  # type: ignore[union-attr]
    lock.release()


def test_a_released_lock_can_be_taken_and_leaves_no_file(holder) -> None:  # type: ignore[no-untyped-def]
    plan, child = holder
    assert child.stdin is not None
    child.stdin.close()  # the holder releases and ends
    child.wait()
    assert not lock_path_for(plan).exists()
    with PlanLock(plan) as lock:
        assert lock.held


def test_two_locks_in_one_process_exclude_each_other_too(tmp_path: Path) -> None:
    plan = tmp_path / "p.epplan"
    first = PlanLock(plan)
    first.acquire()
    with pytest.raises(PlanLocked):
        PlanLock(plan).acquire()
    assert PlanLock(plan).holder() is not None
    first.release()
    assert PlanLock(plan).holder() is None
    second = PlanLock(plan)
    second.acquire()
    second.release()


def test_a_plan_in_a_folder_where_no_lock_can_be_written_can_only_be_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(PlanLocked) as caught:
        PlanLock(tmp_path / "no-such-folder" / "p.epplan").acquire()
    assert "cannot be opened for editing" in str(caught.value) and str(caught.value).endswith("open it read-only?")
