"""Load and faults on a real team workspace: many clients searching and saving shared plans at
once, the server restarted in the middle, and a lease holder killed outright.

    .venv/bin/python bench/workspace_load.py                 # 20 clients, 60 s (the figures in docs/reliability.md)
    .venv/bin/python bench/workspace_load.py --clients 6 --seconds 8

What counts as lost: an accepted save whose text is not in the plan's history at the version the
server gave it, or a refused save whose text was not kept as a copy. Every save writes a marker
(client, counter) into the plan's title, so each one can be found again afterwards.
Clients are separate processes (as twenty planners on twenty computers are), each with its own
connection, doing what the window does on Save: read, edit, save with the version read; on a
refusal, keep mine as a copy. They start together once every one has connected, and report what
they did when the time is up. A client that loses its connection (the restart) reconnects by
itself; a save whose answer was lost is looked up in the history, never guessed.

tests/workspace/test_load_and_faults.py runs the same code briefly in every ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import multiprocessing
import queue
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from erasmus_planner.domain.errors import PlanError  # noqa: E402
from erasmus_planner.domain.model import Organisation  # noqa: E402
from erasmus_planner.interchange import plan_json  # noqa: E402
from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.persistence.workspace import schema  # noqa: E402
from erasmus_planner.persistence.workspace.address import WorkspaceAddress  # noqa: E402
from erasmus_planner.persistence.workspace.errors import VersionConflict, WorkspaceUnreachable  # noqa: E402
from erasmus_planner.persistence.workspace.team_plans import Workspace  # noqa: E402
from erasmus_planner.services.workspace_service import save_team_plan  # noqa: E402

PLAN = plan_json.load(ROOT / "examples" / "cooperation-partnership-adult-2023-eligible.json")
CITIES = ("Łódź", "Köln", "Liège", "Porto", "Tartu", "Brno", "Cluj-Napoca", "Győr", "Málaga", "Ørsta")


@dataclass
class Tally:
    """What the clients did; one per client process, added up by the parent."""

    accepted: list[tuple[str, int, str]] = field(default_factory=list)  # plan, version, marker
    copies: list[tuple[str, str]] = field(default_factory=list)  # copy name, marker
    searches: int = 0
    reconnects: int = 0
    save_ms: list[float] = field(default_factory=list)
    search_ms: list[float] = field(default_factory=list)

    def add(self, other: dict[str, object]) -> None:
        self.accepted.extend(tuple(item) for item in other["accepted"])  # type: ignore[attr-defined, misc]
        self.copies.extend(tuple(item) for item in other["copies"])  # type: ignore[attr-defined, misc]
        self.searches += other["searches"]  # type: ignore[operator]
        self.reconnects += other["reconnects"]  # type: ignore[operator]
        self.save_ms.extend(other["save_ms"])  # type: ignore[arg-type]
        self.search_ms.extend(other["search_ms"])  # type: ignore[arg-type]


def prepare(url: str, plans: int, organisations: int) -> WorkspaceAddress:
    address = WorkspaceAddress.parse(url)
    schema.init(address)
    with Workspace(address) as workspace:
        for n in range(plans):
            save_team_plan(workspace, PLAN.with_changes(title=f"shared {n}"), f"shared-{n}", base=None)
    with PartnerDirectory(url) as directory:
        directory.merge(
            Organisation(f"{CITIES[n % len(CITIES)]} Vocational School {n}", "PL", "school", city=CITIES[n % len(CITIES)])
            for n in range(organisations)
        )
    return address


def client(number: int, address: WorkspaceAddress, url: str, plans: int, until: float, tally: Tally) -> None:
    """One client until ``until`` (wall-clock time: the same in every process)."""
    rng = random.Random(number)
    workspace = Workspace(address)
    directory: PartnerDirectory | None = None
    counter = 0
    while time.time() < until:
        try:
            if rng.random() < 0.3:
                if directory is None:
                    directory = PartnerDirectory(url)
                started = time.perf_counter()
                directory.search(rng.choice(("lodz", "koln", "liege", "school 1", "gyor")), limit=20)
                tally.searches += 1
                tally.search_ms.append((time.perf_counter() - started) * 1000)
                continue
            name = f"shared-{rng.randrange(plans)}"
            counter += 1
            marker = f"c{number}-{counter}"
            started = time.perf_counter()
            team_plan = workspace.get(name)
            plan = plan_json.loads(team_plan.content).with_changes(title=f"edited by {marker}")
            try:
                version = save_team_plan(workspace, plan, name, base=team_plan.info.version)
                tally.accepted.append((name, version, marker))
            except VersionConflict:
                copy = f"{name}-copy-{marker}"  # Keep Mine as a Copy
                save_team_plan(workspace, plan, copy, base=None)
                tally.copies.append((copy, marker))
            tally.save_ms.append((time.perf_counter() - started) * 1000)
        except (WorkspaceUnreachable, PlanError) as problem:
            if not _lost_connection(problem):
                raise
            tally.reconnects += 1
            if directory is not None:
                directory.close()
                directory = None
            time.sleep(0.2 + rng.random() * 0.3)  # the server is restarting: try again shortly
    workspace.close()
    if directory is not None:
        directory.close()


def client_process(number: int, url: str, plans: int, seconds: float, ready: object, go: object, start: object, results: object) -> None:
    """A client in its own process: connect, say ready, wait for the common start, run, report."""
    address = WorkspaceAddress.parse(url)
    Workspace(address).close()  # connected once before the clock starts: start-up is not load
    ready.put(number)  # type: ignore[attr-defined]
    go.wait()  # type: ignore[attr-defined]
    tally = Tally()
    try:
        client(number, address, url, plans, start.value + seconds, tally)  # type: ignore[attr-defined]
    except BaseException as problem:  # reported, so the parent counts a failed client, not a hang
        results.put((number, {"failed": f"{type(problem).__name__}: {problem}", **asdict(tally)}))  # type: ignore[attr-defined]
        raise
    results.put((number, asdict(tally)))  # type: ignore[attr-defined]


def _lost_connection(problem: Exception) -> bool:
    text = str(problem).lower()
    return isinstance(problem, WorkspaceUnreachable) or any(
        word in text for word in ("connection", "terminating", "server closed", "shutting down", "starting up", "recovery mode")
    )


def verify(address: WorkspaceAddress, tally: Tally) -> dict[str, int]:
    """Every accepted save in the history at its version; every refused save kept as a copy."""
    missing_saves = missing_copies = 0
    with Workspace(address) as workspace:
        for name, version, marker in tally.accepted:
            content = workspace.version_content(name, version)
            if content is None or plan_json.loads(content).title != f"edited by {marker}":
                missing_saves += 1
        for copy, marker in tally.copies:
            try:
                if plan_json.loads(workspace.get(copy).content).title != f"edited by {marker}":
                    missing_copies += 1
            except PlanError:
                missing_copies += 1
        shared = [info for info in workspace.plans() if "-copy-" not in info.name]
        versions = sum(info.version for info in shared)
    return {
        "accepted": len(tally.accepted),
        "refused_kept_as_copies": len(tally.copies),
        "versions_in_history": versions,
        "lost": missing_saves + missing_copies,
        # Every version beyond each plan's first is one accepted save: no save counted twice.
        "unaccounted_versions": versions - len(shared) - len(tally.accepted),
    }


def run_load(server: object, *, clients: int, seconds: float, plans: int = 10, organisations: int = 2000, restart: bool = True) -> dict[str, object]:
    url = server.create_database(f"load{os.getpid()}_{int(time.time() * 1000) % 100000}")  # type: ignore[attr-defined]
    address = prepare(url, plans, organisations)
    context = multiprocessing.get_context("spawn")  # a fresh interpreter each, as on another computer
    ready, results, go, start = context.Queue(), context.Queue(), context.Event(), context.Value("d", 0.0)
    processes = [
        context.Process(target=client_process, args=(n, url, plans, seconds, ready, go, start, results), name=f"client-{n}")
        for n in range(clients)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=300)
    start.value = time.time()
    go.set()
    restarted_after = None
    if restart:
        time.sleep(seconds / 2)
        started = time.monotonic()
        server.restart(down_for=1.0)  # type: ignore[attr-defined]
        restarted_after = round(time.monotonic() - started, 1)
    tally, failed = Tally(), []
    for _ in processes:  # read before join: a child's large report would otherwise block its exit
        try:
            number, report = results.get(timeout=seconds + 300)
        except queue.Empty:
            break
        if "failed" in report:
            failed.append(f"client {number}: {report['failed']}")
        tally.add(report)
    for process in processes:
        process.join(timeout=60)
        if process.exitcode != 0 and not any(f"client {process.name[7:]}:" in f for f in failed):
            failed.append(f"{process.name}: exit {process.exitcode}")
    result: dict[str, object] = dict(verify(address, tally))
    result.update(
        clients=clients, client_processes=len({p.pid for p in processes}), failed_clients=failed,
        seconds=seconds, searches=tally.searches, reconnects=tally.reconnects,
        server_down_s=restarted_after,
        save_ms_median=round(statistics.median(tally.save_ms), 1) if tally.save_ms else None,
        save_ms_p95=round(sorted(tally.save_ms)[int(len(tally.save_ms) * 0.95)], 1) if tally.save_ms else None,
        search_ms_median=round(statistics.median(tally.search_ms), 1) if tally.search_ms else None,
    )
    return result


# --- a lease holder killed with SIGKILL ---------------------------------------------------------

_HOLDER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from erasmus_planner.persistence.recovery import RecoveryStore
from erasmus_planner.persistence.workspace.address import WorkspaceAddress
from erasmus_planner.persistence.workspace.team_plans import Workspace
from erasmus_planner.services.document_controller import DocumentController, PlainDocument
from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.services.workspace_place import Places, WorkspacePlace
place = WorkspacePlace(Workspace(WorkspaceAddress.parse(sys.argv[2])), lease_seconds=int(sys.argv[4]), renew_every_s=1.0)
controller = DocumentController(PlainDocument(PlanSession(place=Places(workspace=place))), unsaved=RecoveryStore(sys.argv[3]))
controller.open(place.location("shared-0"))
controller.session.set_header(title="typed before the crash")
controller.autosave()
print("editing", flush=True)
time.sleep(3600)
"""


def kill_lease_holder(server: object, *, lease_seconds: int = 5) -> dict[str, object]:
    """A window editing a plan is killed with SIGKILL: its lease lapses by itself, the plan is
    editable again, and its recovery file holds what was typed."""
    from erasmus_planner.persistence.recovery import RecoveryStore
    from erasmus_planner.persistence.workspace.errors import LeaseHeld
    from erasmus_planner.services.workspace_place import WorkspaceLocation

    url = server.create_database(f"kill{os.getpid()}_{int(time.time() * 1000) % 100000}")  # type: ignore[attr-defined]
    address = prepare(url, 1, 0)
    recovery = Path(tempfile.mkdtemp(prefix="erasmus-recovery-"))
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ROOT), url, str(recovery), str(lease_seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "editing"
    with Workspace(address) as other:
        lease = other.lease("shared-0")
        held_before = lease is not None
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        killed_at = time.monotonic()
        while True:
            try:
                other.take_lease("shared-0")
                break
            except LeaseHeld:
                time.sleep(0.2)
        lapsed_after = round(time.monotonic() - killed_at, 1)
        other.release_lease("shared-0")
    place_id = __import__("hashlib").sha256(address.shown.encode()).hexdigest()[:12]
    kept = RecoveryStore(recovery).pending(WorkspaceLocation("/team-workspace", place_id, "shared-0"))
    return {
        "lease_held_while_running": held_before,
        "lease_seconds": lease_seconds,
        "editable_again_after_s": lapsed_after,
        "recovery_file_holds_edits": kept is not None and kept.title == "typed before the crash",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--organisations", type=int, default=20000)
    args = parser.parse_args()
    from throwaway_postgres import running_server

    with running_server() as server:
        load = run_load(server, clients=args.clients, seconds=args.seconds, organisations=args.organisations)
        killed = kill_lease_holder(server)
    print(json.dumps({"load": load, "lease_holder_killed": killed}, indent=2))
    good = load["lost"] == 0 and load["unaccounted_versions"] == 0 and not load["failed_clients"]
    return 0 if good and killed["recovery_file_holds_edits"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
