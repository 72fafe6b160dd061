"""How fast does a list of funded projects go into the partner directory, and how fast is a search
by experience over the result?

Issue 14's figures: 100,000 projects / 500,000 participations import into a new SQLite directory
in under 60 s with a peak memory under 400 MB, and within 3x a floor measured in the same run;
an experience search over the result answers in under 50 ms.

- The export: ``bench/funded_generator.py`` in the real layout (622 columns, ~170 MB), made once
  into a temporary folder (or ``--export FILE``).
- Ours: ``import_projects`` (services/funded_import.py) into a new directory, in a child process
  so that its peak memory (ru_maxrss) is its own: reading and checking every row, matching every
  organisation, one transaction.
- The floor, in a child process too: the csv module reading the same file, and plain
  ``executemany`` inserts of the same rows — the same projects, organisations (deduplicated on
  name and country with a dict) and participations — into the same tables with the same indexes,
  with the standard library's sqlite3 alone.
- Experience searches over the imported directory (``DirectoryService.search`` with an
  experience, track records included, as ``directory search --experience … --json`` runs it):
  median of several runs each.

Wall time on a shared machine depends on the others' load, so CPU time (user + system) of each
child is printed beside it; the ratio is taken on both. Never fails on time.

Usage: python bench/funded_import.py [--projects N] [--participations N] [--export FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IMPORT_GOAL_S = 60.0
MEMORY_GOAL_MB = 400.0
RATIO_GOAL = 3.0
SEARCH_GOAL_MS = 50.0
SEARCHES = (
    ("KA220-VET, coordinator, since 2022", "", {}, ("KA220-VET", "coordinator", 2022)),
    ("KA220 any field", "", {}, ("KA220", None, None)),
    ("strategic-partnership, partner", "", {}, ("strategic-partnership", "partner", None)),
    ("KA220-SCH in PL, schools", "", {"country": "PL", "type": "school"}, ("KA220-SCH", None, None)),
    ("'universidad' with KA220-HED", "universidad", {}, ("KA220-HED", None, None)),
    ("knowledge-alliance since 2018", "", {}, ("knowledge-alliance", None, 2018)),
)


def _child(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; its last line is JSON. Adds its CPU time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"child failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(wall_s=wall, cpu_s=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
                  peak_mb=after.ru_maxrss / 1024)
    return result


OURS = """
import json, sys, time
from erasmus_planner.persistence.directory import PartnerDirectory
from erasmus_planner.services.funded_import import import_projects
directory = PartnerDirectory(sys.argv[2])
start = time.perf_counter()
outcome = import_projects(directory, sys.argv[1])
seconds = time.perf_counter() - start
counts = outcome.counts
directory.close()
print(json.dumps({"seconds": seconds, "projects": counts.projects_added, "organisations": counts.organisations_added,
                  "participations": counts.participations, "bad_rows": outcome.bad_rows}))
"""

FLOOR = """
import csv, json, sqlite3, sys, time
from sqlalchemy import create_engine
from sqlalchemy.schema import CreateIndex, CreateTable
from erasmus_planner.persistence.directory_tables import Base
start = time.perf_counter()
db = sqlite3.connect(sys.argv[2])
dialect = create_engine("sqlite://").dialect
for table in Base.metadata.sorted_tables:  # the same tables and indexes as ours, as plain DDL
    db.execute(str(CreateTable(table).compile(dialect=dialect)))
    for index in table.indexes:
        db.execute(str(CreateIndex(index).compile(dialect=dialect)))
ddl = time.perf_counter() - start
start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8-sig", newline="") as file:
    rows = csv.reader(file)
    header = next(rows)
    col = {h: i for i, h in enumerate(header)}
    groups = [(col["Coordinating organisation name"], col["Coordinating organisation type"], col["Coordinator's country"])]
    groups += [(col[f"Partner {n} name"], col[f"Partner {n} organisation type"], col[f"Partner {n} country"]) for n in range(1, 101)]
    ident, title, year = col["Project Identifier"], col["Project Title"], col["Call year"]
    orgs, projects, participations = {}, [], []
    for project_id, row in enumerate(rows, start=1):
        projects.append((project_id, row[ident], row[title], int(row[year]), "", "", "", "", "", "", "", "", row[ident], "now"))
        for position, (n, t, c) in enumerate(groups):
            if row[n]:
                key = (row[n], row[c])
                org = orgs.get(key)
                if org is None:
                    org = orgs[key] = len(orgs) + 1
                participations.append((project_id, position, org, "partner" if position else "coordinator", None, None, "", int(row[year])))
db.execute("BEGIN")
db.executemany("INSERT INTO organisation (id, name, country, type, eche, notes, extra_json, name_folded, search_text, updated_at) "
               "VALUES (?, ?, ?, 'other', 0, '', '{}', ?, ?, 'now')", [(i, n, c, n, n) for (n, c), i in orgs.items()])
db.executemany("INSERT INTO funded_project (id, identifier, title, call_year, code, key_action, action_type, status, grant_eur, "
               "website, card_url, topics, search_text, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", projects)
db.executemany("INSERT INTO participation (project_id, position, organisation_id, role, action, field, code, call_year) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", participations)
db.commit()
seconds = time.perf_counter() - start
db.close()
print(json.dumps({"seconds": seconds, "projects": len(projects), "organisations": len(orgs), "participations": len(participations)}))
"""


def searches(directory_path: Path, runs: int, *, newest: int | None = 0) -> list[tuple[str, float, float, int]]:
    from erasmus_planner.domain.catalogue import load_catalogue
    from erasmus_planner.domain.funded_projects import experience
    from erasmus_planner.persistence.directory import PartnerDirectory
    from erasmus_planner.services.directory_service import DirectoryService

    catalogue = load_catalogue()
    service = DirectoryService(PartnerDirectory(directory_path))
    results = []
    try:
        for label, text, filters, (action, role, since) in SEARCHES:
            wanted = experience(action, catalogue, role=role, since=since)
            service.search(text, experience=wanted, track_records=True, newest=newest, **filters)  # warm the page cache once
            times, cpu, found = [], [], 0
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                found = len(service.search(text, experience=wanted, track_records=True, newest=newest, **filters))
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            results.append((label, statistics.median(times), statistics.median(cpu), found))
    finally:
        service.close()
    return results


def print_searches(directory: Path, runs: int, over: str) -> None:
    print(f"experience searches over {over} (median of {runs}, goal < {SEARCH_GOAL_MS:.0f} ms); load {os.getloadavg()[0]:.1f}")
    print("  as the window's list runs them (each result with its number of projects):")
    for label, ms, cpu_ms, found in searches(directory, runs):
        print(f"    {label:<40} {ms:7.1f} ms wall, {cpu_ms:6.1f} ms CPU  ({found} results)")
    print("  as directory search --json runs them (each result with every project):")
    for label, ms, cpu_ms, found in searches(directory, runs, newest=None):
        print(f"    {label:<40} {ms:7.1f} ms wall, {cpu_ms:6.1f} ms CPU  ({found} results)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--participations", type=int, default=500_000)
    parser.add_argument("--export", type=Path, help="an export to use instead of generating one")
    parser.add_argument("--runs", type=int, default=15, help="runs of each search")
    parser.add_argument("--searches-only", type=Path, metavar="DIRECTORY", help="only time the searches, over this directory")
    args = parser.parse_args(argv)
    if args.searches_only:
        print_searches(args.searches_only, args.runs, "the directory given")
        return 0

    with tempfile.TemporaryDirectory(prefix="funded-bench-") as folder:
        work = Path(folder)
        export = args.export
        if export is None:
            from bench.funded_generator import write

            export = write(work / "export.csv", args.projects, args.participations)
        size_mb = export.stat().st_size / 1e6
        print(f"export: {export.name}, {size_mb:.0f} MB; machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        floor = _child(FLOOR, str(export), str(work / "floor.sqlite3"))
        ours = _child(OURS, str(export), str(work / "ours.sqlite3"))
        print(f"floor (csv + executemany): {floor['seconds']:6.1f} s in the child, {floor['wall_s']:6.1f} s wall, "
              f"{floor['cpu_s']:6.1f} s CPU, peak {floor['peak_mb']:.0f} MB; {floor['projects']:,} projects, "
              f"{floor['participations']:,} participations")
        print(f"ours (import_projects):    {ours['seconds']:6.1f} s in the child, {ours['wall_s']:6.1f} s wall, "
              f"{ours['cpu_s']:6.1f} s CPU, peak {ours['peak_mb']:.0f} MB; {ours['projects']:,} projects, "
              f"{ours['organisations']:,} organisations, {ours['participations']:,} participations, {ours['bad_rows']} bad rows")
        print(f"ratio: {ours['seconds'] / floor['seconds']:.2f}x (time in the child), {ours['cpu_s'] / floor['cpu_s']:.2f}x (CPU)"
              f"   goals: < {IMPORT_GOAL_S:.0f} s, < {MEMORY_GOAL_MB:.0f} MB, < {RATIO_GOAL:.0f}x")
        print_searches(work / "ours.sqlite3", args.runs, f"{ours['organisations']:,} organisations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
