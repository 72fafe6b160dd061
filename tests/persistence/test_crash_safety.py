"""A process killed at any moment of a save leaves the old plan or the new one, never a broken file."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
from plan_samples import large_plan

from erasmus_planner.domain.model import Plan
from erasmus_planner.persistence.plan_document import read_history, read_plan, write_plan

KILLS = 30


def _save_forever(path: Path, plans: tuple[Plan, Plan], progress: int) -> None:
    """Child process: save the two versions in turn until killed, writing a byte after each save."""
    try:
        turn = 0
        while True:
            write_plan(plans[turn % 2], path)
            os.write(progress, b"s")
            turn += 1
    finally:
        os._exit(0)


def _wait_for_save(progress: int) -> None:
    assert os.read(progress, 1) == b"s", "the saving process ended on its own"


def _time_of_one_save(path: Path, plan: Plan) -> float:
    """How long a save takes on this machine now (load from other work slows it many times)."""
    start = time.perf_counter()
    write_plan(plan, path)
    return time.perf_counter() - start


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() to start savers quickly")
def test_a_plan_killed_mid_save_always_opens_as_the_old_or_the_new_version(tmp_path: Path) -> None:
    path = tmp_path / "plan.epplan"
    old, new = large_plan(60, title="old"), large_plan(61, title="new")
    write_plan(old, path)
    save_seconds = max(_time_of_one_save(path, old) for _ in range(2))
    rng = random.Random(20240315)
    killed_mid_save = 0
    seen: set[str] = set()
    for kill in range(KILLS):
        progress_read, progress_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(progress_read)
            _save_forever(path, (new, old), progress_write)
        os.close(progress_write)
        # Let 0, 1 or 2 saves complete (new, then old), so both versions get written whatever the
        # machine's load; then kill at a random moment within the next save or two.
        started = time.perf_counter()
        for done in range(kill % 3):
            _wait_for_save(progress_read)
            save_seconds = (time.perf_counter() - started) / (done + 1)
        time.sleep(rng.uniform(0.0, 1.5 * save_seconds))  # the random moment of the kill is the point of the test
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(progress_read)

        plan = read_plan(path)
        assert plan == old or plan == new
        seen.add(plan.title)
        assert read_history(path)  # the whole document is sound, not just the plan table
        leftovers = list(tmp_path.glob(".plan.epplan.*.tmp"))
        if leftovers:
            killed_mid_save += 1
            for leftover in leftovers:
                leftover.unlink()
    # Proof that the kills landed inside saves, where it matters (a temporary file was left behind),
    # and that saves did complete between kills (the file holds the newer version at least once).
    assert killed_mid_save > 0
    assert seen == {"old", "new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.epplan"]
