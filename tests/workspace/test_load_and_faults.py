"""A short run of bench/workspace_load.py in every ``make test``: clients (each its own process)
saving and searching shared plans at once with the server restarted in the middle lose no update
(every accepted save is in the history at its version, every refused one was kept as a copy, no
version unaccounted for), and a lease holder killed with SIGKILL leaves its edits in the recovery
file while its lease lapses by itself. The full 20 clients for 60 s is a benchmark
(docs/reliability.md)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from workspace_load import kill_lease_holder, run_load  # noqa: E402


def test_concurrent_saves_through_a_server_restart_lose_nothing(pg_server) -> None:  # type: ignore[no-untyped-def]
    result = run_load(pg_server, clients=5, seconds=6, plans=4, organisations=300)
    assert result["client_processes"] == 5 and result["failed_clients"] == [], result  # five processes, all to the end
    assert result["lost"] == 0 and result["unaccounted_versions"] == 0, result
    assert result["accepted"] > 0 and result["refused_kept_as_copies"] > 0, result  # conflicts happened
    assert result["reconnects"] > 0, result  # the restart was felt, and survived


def test_a_killed_lease_holder_leaves_its_edits_and_frees_the_plan(pg_server) -> None:  # type: ignore[no-untyped-def]
    result = kill_lease_holder(pg_server, lease_seconds=3)
    assert result["lease_held_while_running"] and result["recovery_file_holds_edits"], result
    assert result["editable_again_after_s"] <= 3 + 2, result
