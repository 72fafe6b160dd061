"""How fast is the partner directory, and the .epplan document, against raw sqlite3 doing the same?

In the same run, each beside a floor (the standard library's ``sqlite3`` doing the same work on the
same schema, without SQLAlchemy, validation or our bookkeeping):

- import of 50,000 organisations into a new directory (ours: ``PartnerDirectory.import_organisations``,
  which also matches each one against those already there; floor: fold the same texts and
  ``executemany`` them into the same table and indexes);
- search per query over those 50,000 (ours: ``PartnerDirectory.search``, which runs on every
  keystroke, goal under 50 ms; floor: the same two SQL statements on an open connection);
- opening and saving a 1,000-partner plan (ours: ``read_plan`` / ``write_plan``, which validate
  every partner, carry the history over and replace the file atomically; floor: writing the same rows
  into a new SQLite file, fsync and rename / reading them back with ``SELECT``).

Prints medians and ratios; never fails on time (exit 0 unless something breaks).

Measured from a regular install in a fresh virtual environment (``out/bench-venv``, bench/fresh_venv.py).

Usage: python bench/directory_speed.py [--organisations N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fresh_venv import describe_interpreter, run_in_fresh_venv  # noqa: E402

run_in_fresh_venv()  # before the package is imported: from here on, the installed copy (bench/fresh_venv.py)

from erasmus_planner.domain.identifiers import fold_name  # noqa: E402
from erasmus_planner.domain.model import Organisation, Plan  # noqa: E402
from erasmus_planner.persistence.directory import PartnerDirectory, search_text_of  # noqa: E402
from erasmus_planner.persistence.plan_document import read_plan, write_plan  # noqa: E402

SEARCH_GOAL_MS = 50.0
QUERIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("lodz", {}),
    ("koln", {}),
    ("szkoła", {}),
    ("universitat wien", {}),
    ("E10049999", {}),
    ("949012345", {}),
    ("zzzz (nothing)", {}),
    ("", {"country": "PL"}),
    ("school", {"country": "DE", "type": "school"}),
)

WORDS = ("School", "Gymnasium", "Universität", "Institute", "Association", "Foundation", "Centre", "College",
         "Academy", "Society", "Stadt", "Lycée", "Escola", "Szkoła", "Liceo", "Hochschule", "Fundación", "Verein")
PLACES = ("Łódź", "Köln", "Kraków", "Liège", "Zürich", "München", "Göteborg", "Århus", "Málaga", "Porto", "Brno",
          "Tartu", "Cluj-Napoca", "Plovdiv", "Split", "Wien", "Ljubljana", "Tampere", "Győr", "Thessaloniki")
COUNTRIES = ("PL", "DE", "BE", "FR", "ES", "PT", "CZ", "EE", "RO", "BG", "HR", "AT", "SI", "FI", "HU", "GR")
TYPES = ("school", "ngo", "higher-education", "enterprise-sme", "vet-provider", "public-body-local", "foundation")


def organisations(count: int, seed: int = 50000) -> list[Organisation]:
    rng = random.Random(seed)
    return [
        Organisation(
            name=f"{rng.choice(WORDS)} {rng.choice(PLACES)} {rng.choice(WORDS)} {i}",
            country=rng.choice(COUNTRIES),
            type=rng.choice(TYPES),
            oid=f"E{10000000 + i}",
            pic=str(949000000 + i),
            city=rng.choice(PLACES),
            notes="" if i % 3 else "met at the contact seminar",
        )
        for i in range(count)
    ]


def median_ms(action: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# --- floors --------------------------------------------------------------------------------------

FLOOR_SCHEMA = """
CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_folded TEXT NOT NULL,
  search_text TEXT NOT NULL, country TEXT NOT NULL, type TEXT NOT NULL, oid TEXT, pic TEXT, eche BOOLEAN NOT NULL,
  city TEXT, community TEXT, established TEXT, contact_json TEXT, notes TEXT NOT NULL, extra_json TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE INDEX ix_organisation_country ON organisation (country);
CREATE INDEX ix_organisation_type ON organisation (type);
CREATE INDEX ix_organisation_oid ON organisation (oid);
CREATE INDEX ix_organisation_pic ON organisation (pic);
CREATE INDEX ix_organisation_search ON organisation (name_folded, search_text, country, type);
"""


def floor_import(path: Path, orgs: list[Organisation]) -> None:
    db = sqlite3.connect(path)
    db.executescript(FLOOR_SCHEMA)
    with db:
        db.executemany(
            "INSERT INTO organisation (name, name_folded, search_text, country, type, oid, pic, eche, city, "
            "community, established, contact_json, notes, extra_json, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', '2026-01-01T00:00:00+00:00')",
            [(o.name, fold_name(o.name), search_text_of(o), o.country, o.type, o.oid, o.pic, o.eche, o.city,
              o.community, o.established, None, o.notes) for o in orgs],
        )
    db.close()


def floor_search(db: sqlite3.Connection, text: str, filters: dict[str, str]) -> list[tuple[Any, ...]]:
    """The statements our search ends up running, on an open connection (prefix pass left out)."""
    words = fold_name(text).split()
    where = ["search_text LIKE ? ESCAPE '\\'"] * len(words)
    params: list[Any] = [f"%{w}%" for w in words]
    for column, value in filters.items():
        where.append(f"{column} = ?")
        params.append(value)
    sql = "SELECT id FROM organisation" + (f" WHERE {' AND '.join(where)}" if where else "")
    ids = [row[0] for row in db.execute(sql + " ORDER BY name_folded, id LIMIT 50", params)]
    marks = ",".join("?" * len(ids))
    return db.execute(f"SELECT * FROM organisation WHERE id IN ({marks})", ids).fetchall() if ids else []


PLAN_FLOOR_SCHEMA = """
CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT, action TEXT, field TEXT, lot TEXT, variant TEXT,
  call_year INTEGER, duration_months INTEGER, extra_json TEXT, notes TEXT);
CREATE TABLE partner (id INTEGER PRIMARY KEY, plan_id INTEGER, position INTEGER, uid TEXT, name TEXT,
  country TEXT, type TEXT, role TEXT, oid TEXT, pic TEXT, eche BOOLEAN, city TEXT, community TEXT,
  established TEXT, contact_json TEXT, notes TEXT, extra_json TEXT);
"""


def floor_save(plan: Plan, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.floor.tmp")
    db = sqlite3.connect(tmp)
    db.executescript(PLAN_FLOOR_SCHEMA)
    with db:
        db.execute("INSERT INTO plan VALUES (1, ?, ?, ?, ?, ?, ?, ?, '{}', '')",
                   (plan.title, plan.action, plan.field, plan.lot, plan.variant, plan.call_year, plan.duration_months))
        db.executemany(
            "INSERT INTO partner (plan_id, position, uid, name, country, type, role, oid, pic, eche, city, community, "
            "established, contact_json, notes, extra_json) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')",
            [(i, p.id, p.name, p.country, p.type, p.role, p.oid, p.pic, p.eche, p.city, p.community, p.established,
              None if p.contact is None else json.dumps(dict(p.contact)), p.notes) for i, p in enumerate(plan.partners)],
        )
    db.close()
    fd = os.open(tmp, os.O_RDWR)
    os.fsync(fd)
    os.close(fd)
    os.replace(tmp, path)


def floor_open(path: Path) -> list[tuple[Any, ...]]:
    db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    rows = db.execute("SELECT * FROM partner ORDER BY position").fetchall()
    for row in rows:
        json.loads(row[-1])
    db.close()
    return rows


def thousand_partner_plan() -> Plan:
    partners = tuple(
        org.with_changes(role="applicant" if i == 0 else "partner", contact={"person": f"Person {i}", "email": f"p{i}@example.org"})
        for i, org in enumerate(organisations(1000, seed=1000))
    )
    return Plan(action="cooperation-partnership", call_year=2024, field="adult", title="A thousand partners", partners=partners)


# --- the run -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=20, help="runs per search query / plan operation (median)")
    args = parser.parse_args()

    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.platform()}")
    print(describe_interpreter())
    orgs = organisations(args.organisations)
    with tempfile.TemporaryDirectory(prefix="directory-speed-") as folder_name:
        folder = Path(folder_name)

        start = time.perf_counter()
        directory = PartnerDirectory(folder / "ours.sqlite3")
        directory.import_organisations(orgs)
        ours_import = time.perf_counter() - start
        start = time.perf_counter()
        floor_import(folder / "floor.sqlite3", orgs)
        floor_importing = time.perf_counter() - start
        print(f"\nImport of {len(orgs):,} organisations into a new directory")
        print(f"  ours {ours_import:7.2f} s   floor {floor_importing:7.2f} s   ratio {ours_import / floor_importing:5.1f}x")

        print(f"\nSearch among {len(orgs):,} organisations (median of {args.runs}; goal under {SEARCH_GOAL_MS:.0f} ms)")
        print(f"  {'query':34} {'hits':>5} {'ours ms':>8} {'floor ms':>9} {'ratio':>6}")
        floor_db = sqlite3.connect(folder / "ours.sqlite3")
        worst = 0.0
        for text, filters in QUERIES:
            query = text.split(" (")[0]
            kw = {"country": filters.get("country"), "type": filters.get("type")}
            hits = len(directory.search(query, **kw))
            ours = median_ms(lambda q=query, k=kw: directory.search(q, **k), args.runs)
            floor = median_ms(lambda q=query, f=filters: floor_search(floor_db, q, f), args.runs)
            worst = max(worst, ours)
            label = text + (" " + " ".join(f"--{k} {v}" for k, v in filters.items()) if filters else "")
            print(f"  {label!r:34} {hits:5} {ours:8.2f} {floor:9.2f} {ours / floor:5.1f}x")
        print(f"  slowest query: {worst:.2f} ms ({'within' if worst < SEARCH_GOAL_MS else 'OVER'} the {SEARCH_GOAL_MS:.0f} ms goal)")
        floor_db.close()
        directory.close()

        plan = thousand_partner_plan()
        ours_path, floor_path = folder / "plan.epplan", folder / "floor.epplan"
        write_plan(plan, ours_path)
        floor_save(plan, floor_path)
        runs = max(3, args.runs // 2)
        print(f"\nA plan of {len(plan.partners):,} partners (median of {runs})")
        rows = [
            ("save (new file)", lambda: (ours_path.unlink(), write_plan(plan, ours_path)), lambda: (floor_path.unlink(), floor_save(plan, floor_path))),
            ("save (over the last save)", lambda: write_plan(plan, ours_path), lambda: floor_save(plan, floor_path)),
            ("open", lambda: read_plan(ours_path), lambda: floor_open(floor_path)),
        ]
        for label, ours_action, floor_action in rows:
            ours = median_ms(ours_action, runs)
            floor = median_ms(floor_action, runs)
            print(f"  {label:26} ours {ours:7.1f} ms   floor {floor:7.1f} ms   ratio {ours / floor:5.1f}x")
        assert read_plan(ours_path) == plan
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
