"""How fast is the team workspace on a loopback PostgreSQL, against hand-written SQL doing the same?

In the same run, on a throwaway server (tools/throwaway_postgres.py), each beside a floor:

- search over 500,000 organisations in the shared directory (ours: ``PartnerDirectory.search``,
  the same code as for a directory file — names starting with the text first, then the rest,
  then the rows shown; goal: median under 50 ms and within 3x the floor; floor: one hand-written
  ``SELECT … WHERE search_text LIKE … ORDER BY name_folded LIMIT 50`` per word on an open
  psycopg connection);
- opening a 200-partner team plan in the document controller (ours: read, validate every
  partner, take the lease; goal under 300 ms; floor: ``SELECT content`` and ``json.loads``);
- the board of 50 team plans (ours: ``workspace_service.board``: read every plan, check it
  against its rules, agency and next deadline; goal under 500 ms; floor: ``SELECT`` the 50
  contents and ``json.loads`` them).

Prints medians and ratios; never fails on time (exit 0 unless something breaks).

Usage: python bench/workspace.py [--organisations N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fresh_venv import describe_interpreter, run_in_fresh_venv  # noqa: E402

run_in_fresh_venv()  # before the package is imported: from here on, the installed copy (bench/fresh_venv.py)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from erasmus_planner.domain.identifiers import fold_name  # noqa: E402
from erasmus_planner.domain.model import Organisation, Plan  # noqa: E402
from erasmus_planner.interchange import plan_json  # noqa: E402
from erasmus_planner.persistence import directory as directory_module  # noqa: E402
from erasmus_planner.persistence.directory import PartnerDirectory  # noqa: E402
from erasmus_planner.persistence.workspace import schema  # noqa: E402
from erasmus_planner.persistence.workspace.address import WorkspaceAddress  # noqa: E402
from erasmus_planner.persistence.workspace.team_plans import Workspace  # noqa: E402
from erasmus_planner.services.document_controller import DocumentController, PlainDocument  # noqa: E402
from erasmus_planner.services.plan_session import PlanSession  # noqa: E402
from erasmus_planner.services.workspace_place import Places, WorkspacePlace  # noqa: E402
from erasmus_planner.services.workspace_service import board, save_team_plan  # noqa: E402

WORDS = ("School", "Gymnasium", "Universität", "Institute", "Association", "Foundation", "Centre", "College",
         "Academy", "Society", "Stadt", "Lycée", "Escola", "Szkoła", "Liceo", "Hochschule", "Fundación", "Verein")
PLACES = ("Łódź", "Köln", "Kraków", "Liège", "Zürich", "München", "Göteborg", "Århus", "Málaga", "Porto", "Brno",
          "Tartu", "Cluj-Napoca", "Plovdiv", "Split", "Wien", "Ljubljana", "Tampere", "Győr", "Thessaloniki")
COUNTRIES = ("PL", "DE", "BE", "FR", "ES", "PT", "CZ", "EE", "RO", "BG", "HR", "AT", "SI", "FI", "HU", "GR")
TYPES = ("school", "ngo", "higher-education", "enterprise-sme", "vet-provider", "public-body-local", "foundation")
QUERIES = ("lodz", "koln", "szkola", "universitat wien", "gyor academy", "E10049999", "949012345", "zzzz")
FLOOR_SEARCH = "SELECT id, name, country, type, city FROM organisation WHERE search_text LIKE %s ORDER BY name_folded, id LIMIT 50"


def organisations(count: int, seed: int = 500000) -> list[Organisation]:
    rng = random.Random(seed)
    return [
        Organisation(
            name=f"{rng.choice(WORDS)} {rng.choice(PLACES)} {rng.choice(WORDS)} {i}", country=rng.choice(COUNTRIES),
            type=rng.choice(TYPES), oid=f"E{10000000 + i}", pic=str(949000000 + i), city=rng.choice(PLACES),
        )
        for i in range(count)
    ]


def load_directory(url: str, count: int) -> float:
    """The organisations written with COPY (the bench's own set-up: the rows the directory itself
    would write, ``directory._row_values``), then ANALYZE. Returns seconds."""
    import psycopg

    started = time.perf_counter()
    rows = [directory_module._row_values(org) for org in organisations(count)]
    columns = list(rows[0])
    from psycopg import sql

    copy = sql.SQL("COPY organisation ({}) FROM STDIN").format(sql.SQL(", ").join(sql.Identifier(c) for c in columns))
    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        with cursor.copy(copy) as writer:
            for row in rows:
                writer.write_row([row[c] for c in columns])
        conn.commit()
        conn.autocommit = True
        conn.execute("ANALYZE organisation")
    return time.perf_counter() - started


def median_ms(action: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bench_search(url: str, runs: int) -> dict[str, Any]:
    import psycopg

    results: dict[str, Any] = {}
    with PartnerDirectory(url) as directory, psycopg.connect(url, autocommit=True) as floor:
        for text in QUERIES:
            pattern = "%" + "%".join(fold_name(text).split()) + "%"
            directory.search(text, limit=50)  # warm
            ours = median_ms(lambda: directory.search(text, limit=50), runs)
            raw = median_ms(lambda: floor.execute(FLOOR_SEARCH, (pattern,)).fetchall(), runs)
            results[text] = {"ours_ms": round(ours, 2), "floor_ms": round(raw, 2), "ratio": round(ours / raw, 2) if raw else None}
    ours_all = [r["ours_ms"] for r in results.values()]
    floor_all = [r["floor_ms"] for r in results.values()]
    return {
        "per_query": results,
        "median_ours_ms": round(statistics.median(ours_all), 2),
        "median_floor_ms": round(statistics.median(floor_all), 2),
        "median_ratio": round(statistics.median(r["ratio"] for r in results.values()), 2),
    }


def plan_with(partners: int, title: str, seed: int) -> Plan:
    base = plan_json.load(Path(__file__).resolve().parents[1] / "examples" / "cooperation-partnership-adult-2023-eligible.json")
    extra = tuple(o.with_changes(role="partner") for o in organisations(partners - len(base.partners), seed=seed))
    return base.with_changes(title=title, partners=base.partners + extra)


def bench_open(address: WorkspaceAddress, runs: int) -> dict[str, Any]:
    with Workspace(address) as workspace:
        save_team_plan(workspace, plan_with(200, "Two hundred partners", 7), "big", base=None)
    place = WorkspacePlace(Workspace(address))
    controller = DocumentController(PlainDocument(PlanSession(place=Places(workspace=place))))
    location = place.location("big")

    def ours() -> None:
        controller.open(location)
        assert len(controller.session.plan.partners) == 200

    ours_ms = median_ms(ours, runs)
    place.close()
    import psycopg

    with psycopg.connect(**address.connect_params()) as conn:
        raw = median_ms(lambda: json.loads(conn.execute("SELECT content FROM team_plan WHERE name = %s", ("big",)).fetchone()[0]), runs)
    return {"ours_ms": round(ours_ms, 2), "floor_ms": round(raw, 2), "ratio": round(ours_ms / raw, 2)}


def bench_board(address: WorkspaceAddress, runs: int) -> dict[str, Any]:
    with Workspace(address) as workspace:
        for n in range(50):
            save_team_plan(workspace, plan_with(12, f"Group {n}", 100 + n), f"group-{n}", base=None)
        board(workspace)  # warm: rules loaded once per process, as in the window
        ours = median_ms(lambda: board(workspace), runs)
    import psycopg

    with psycopg.connect(**address.connect_params()) as conn:
        raw = median_ms(lambda: [json.loads(r[0]) for r in conn.execute("SELECT content FROM team_plan WHERE name LIKE %s", ("group-%",))], runs)
    return {"plans": 50, "ours_ms": round(ours, 2), "floor_ms": round(raw, 2), "ratio": round(ours / raw, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    from throwaway_postgres import running_server

    with running_server(shared_buffers="128MB") as server:
        url = server.create_database("bench")
        address = WorkspaceAddress.parse(url)
        schema.init(address)
        loaded = load_directory(url, args.organisations)
        report = {
            "interpreter": describe_interpreter(),
            "server": server.admin("SHOW server_version")[0][0],
            "organisations": args.organisations,
            "load_s": round(loaded, 1),
            "search": bench_search(url, args.runs),
            "open_200_partner_plan": bench_open(address, args.runs),
            "board_50_plans": bench_board(address, max(5, args.runs // 3)),
        }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
