"""How fast is the eligibility engine, and the ``erasmus-planner check`` process?

Builds plans of 10, 100 and 1,000 partners (a realistic mix: mostly eligible countries, some
partner / non-associated ones, associated partners, a few malformed identifiers and duplicates),
then times, in the same run:

- in process: reading the JSON, ``check`` and ``suggest`` (median of several runs, catalogue warm);
- as a process: ``erasmus-planner check PLAN --json`` on 1,000 partners, beside the floor of a
  Python process that starts and loads the same JSON.

Goals (issue 2): the process within 2x the floor; in-process ``suggest`` for 1,000 partners under
50 ms. Prints a table with the ratios; never fails on time (exit 0 unless something breaks).

Measured as users run it: from a regular install in a fresh virtual environment (bench/fresh_venv.py
builds ``out/bench-venv`` and re-runs this script there); the floor runs with the same interpreter.

Usage: python bench/check_speed.py [--runs N] [--process-runs N] [--process-only]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fresh_venv import describe_interpreter, in_fresh_venv, run_in_fresh_venv, user_env

run_in_fresh_venv()  # before the package is imported: from here on, the installed copy

from erasmus_planner.domain import countries  # noqa: E402
from erasmus_planner.domain.catalogue import load_catalogue  # noqa: E402
from erasmus_planner.domain.eligibility import check, options, suggest  # noqa: E402
from erasmus_planner.interchange import plan_json  # noqa: E402

SIZES = (10, 100, 1000)
YEAR = 2026
ACTION = "alliance-for-innovation"  # no field: suggest tries every field and lot of the call year
LOT = "education-enterprises"
SUGGEST_GOAL_MS = 50.0
PROCESS_GOAL_RATIO = 2.0

# Weighted like real consortia: education providers and employers first.
TYPES = (
    ["vet-provider"] * 6 + ["higher-education"] * 5 + ["school"] * 3 + ["adult-education"] * 2
    + ["enterprise-sme"] * 6 + ["enterprise-large"] * 2 + ["social-enterprise"] + ["social-partner"] * 3
    + ["public-body-local", "public-body-regional", "public-body-national", "ngo", "ngo", "foundation",
       "research-institute", "qualification-body", "guidance-body", "youth-organisation", "european-ngo", "other"]
)
OUTSIDE = ["UA", "MA", "US", "CH", "GB", "GE", "AL", "TN"]
WORDS = ["Szkoła", "Γυμνάσιο", "Училище", "Meslek Lisesi", "Berufskolleg", "Escola", "Istituto", "Université",
         "Hochschule", "Kamer van Koophandel", "Technikum", "Ammattiopisto", "Institut", "Fundación", "Kft.", "GmbH"]


def partner(rng: random.Random, i: int, eligible: list[str]) -> dict[str, Any]:
    org_type = rng.choice(TYPES)
    country = rng.choice(OUTSIDE) if rng.random() < 0.1 else rng.choice(eligible)
    role = "applicant" if i == 0 else ("associated-partner" if rng.random() < 0.15 else "partner")
    if i == 0:
        country = "DE"
    roll = rng.random()
    oid = f"E{10_000_000 + i:08d}" if roll < 0.9 else (None if roll < 0.95 else f"E{i}")
    pic = f"{900_000_000 + i}" if rng.random() < 0.9 else None
    name = f"{rng.choice(WORDS)} {countries.name(country)} {i % 970}"  # a few names repeat: duplicates
    return {
        "name": name,
        "country": country,
        "type": org_type,
        "role": role,
        "oid": oid,
        "pic": pic,
        "eche": org_type == "higher-education" and rng.random() < 0.95,
        "city": None,
        "community": "nl" if country == "BE" else None,
        "established": f"{rng.randint(1950, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "contact": {"person": f"Contact {i}", "email": f"contact{i}@example.org"},
        "notes": "",
    }


def plan_document(size: int, seed: int = 2026) -> dict[str, Any]:
    rng = random.Random(seed + size)
    eligible = list(countries.eligible_countries(YEAR))
    return {
        "format": "erasmus-planner-plan",
        "version": 1,
        "title": f"Benchmark consortium of {size} partners",
        "action": ACTION,
        "field": None,
        "lot": LOT,
        "variant": None,
        "call_year": YEAR,
        "duration_months": 36,
        "partners": [partner(rng, i, eligible) for i in range(size)],
    }


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm: caches and first-call costs are not what is measured
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def process_env(cache: Path) -> dict[str, str]:
    """Both sides run from cached bytecode, as an installed copy does: in the fresh environment
    the bytecode pip compiled at install; in place, a cache in a temporary folder (so the source
    tree gets no __pycache__)."""
    return user_env() if in_fresh_venv() else user_env(PYTHONPYCACHEPREFIX=str(cache))


def planner_command() -> list[str]:
    script = Path(sys.executable).with_name("erasmus-planner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "erasmus_planner"]


def _children_cpu_ms() -> float:
    """CPU time (user + system) of the finished child processes so far; 0 where unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def time_process(command: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall-clock ms of one run; its CPU ms appended to ``cpu`` (steadier than wall-clock time on
    a busy machine: waiting for a core is not counted)."""
    cpu_before = _children_cpu_ms()
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    if cpu is not None:
        cpu.append(_children_cpu_ms() - cpu_before)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.decode()}")
    return elapsed


# Where the time of one ``check`` process goes, measured inside a child process (CPU time).
PHASES_PROBE = """
import gc, time, sys, io, json
gc.disable()  # as in the check process (cli/main._short_process)
t0 = time.process_time()
import erasmus_planner.cli.main
t1 = time.process_time()
from erasmus_planner.cli.check_commands import plain_arguments
plain_arguments(["check", sys.argv[1], "--json"])  # as ``erasmus-planner check PLAN --json`` reads it
t2 = time.process_time()
from erasmus_planner.domain.catalogue import load_catalogue
load_catalogue()
t3 = time.process_time()
from erasmus_planner.services.plan_files import load_plan
plan = load_plan(sys.argv[1], require_applicant=True)
t4 = time.process_time()
from erasmus_planner.domain.eligibility import check
report = check(plan)
t5 = time.process_time()
io.StringIO().write(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
t6 = time.process_time()
ms = lambda a, b: round((b - a) * 1000, 1)
print(json.dumps({"import main": ms(t0, t1), "import check command + read arguments": ms(t1, t2), "load rules": ms(t2, t3),
                  "read plan": ms(t3, t4), "check": ms(t4, t5), "write JSON": ms(t5, t6)}))
"""


def phases(path: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    """Median of each phase over ``runs`` child processes."""
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", PHASES_PROBE, str(path)], capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise SystemExit(f"phase probe failed: {result.stderr}")
        for name, value in json.loads(result.stdout).items():
            samples.setdefault(name, []).append(value)
    return {name: statistics.median(values) for name, values in samples.items()}


def spread(values: list[float]) -> str:
    """'median (min–max, middle half p25–p75)' of a list of milliseconds."""
    q1, _, q3 = statistics.quantiles(values, n=4) if len(values) > 1 else (values[0],) * 3
    return f"{statistics.median(values):7.1f} ms  (min {min(values):.1f}, p25 {q1:.1f}, p75 {q3:.1f}, max {max(values):.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="in-process runs per measurement (median)")
    parser.add_argument("--process-runs", type=int, default=21, help="process runs per side (median)")
    parser.add_argument("--process-only", action="store_true", help="only the check process against its floor")
    args = parser.parse_args()
    header = describe_interpreter()  # the load before this run's own work

    catalogue = load_catalogue()
    work = Path(tempfile.mkdtemp(prefix="check-speed-"))
    try:
        rows = []
        files: dict[int, Path] = {}
        for size in SIZES:
            path = work / f"plan-{size}.json"
            path.write_text(json.dumps(plan_document(size), ensure_ascii=False), encoding="utf-8")
            files[size] = path
            if args.process_only:
                continue
            text = path.read_text(encoding="utf-8")
            plan = plan_json.loads(text)
            report = check(plan)
            suggestions = suggest(plan)
            rows.append(
                (
                    size,
                    median_ms(lambda: plan_json.loads(text), args.runs),
                    median_ms(lambda: check(plan), args.runs),
                    median_ms(lambda: suggest(plan), args.runs),
                    len(options(plan, catalogue)),
                    len(report.findings),
                    sum(s.eligible for s in suggestions),
                )
            )

        biggest = files[SIZES[-1]]
        env = process_env(work / "pycache")
        ours = [*planner_command(), "check", str(biggest), "--json"]
        floor = [sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))", str(biggest)]
        time_process(ours, env), time_process(floor, env)  # warm the bytecode cache and the disk cache
        ours_ms, floor_ms, ours_cpu, floor_cpu = [], [], [], []
        for i in range(args.process_runs):  # interleaved, first one side then the other, so drift hits both alike
            if i % 2:
                floor_ms.append(time_process(floor, env, floor_cpu))
                ours_ms.append(time_process(ours, env, ours_cpu))
            else:
                ours_ms.append(time_process(ours, env, ours_cpu))
                floor_ms.append(time_process(floor, env, floor_cpu))
        process_ms, floor_median = statistics.median(ours_ms), statistics.median(floor_ms)
        pair_ratios = [o / f for o, f in zip(ours_ms, floor_ms, strict=True)]
        breakdown = phases(biggest, env, args.process_runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"bench/check_speed.py — {time.strftime('%Y-%m-%d %H:%M')}, Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs ({platform.machine()}, {platform.system()})")
    print(header)
    if rows:
        print(f"Plan: {ACTION} ({LOT}), call {YEAR}; in-process medians of {args.runs} runs, catalogue warm.\n")
        print(f"{'partners':>8} | {'read JSON':>9} | {'check':>8} | {'suggest':>8} | {'options':>7} | {'findings':>8} | {'eligible':>8}")
        print(f"{'-' * 8}-+-{'-' * 9}-+-{'-' * 8}-+-{'-' * 8}-+-{'-' * 7}-+-{'-' * 8}-+-{'-' * 8}")
        for size, read, checked, suggested, n_options, n_findings, n_eligible in rows:
            print(f"{size:>8} | {read:>6.2f} ms | {checked:>5.2f} ms | {suggested:>5.2f} ms | {n_options:>7} | {n_findings:>8} | {n_eligible:>8}")
        suggest_1000 = rows[-1][3]
        print()
        print(f"suggest, {SIZES[-1]} partners: {suggest_1000:.1f} ms — goal < {SUGGEST_GOAL_MS:.0f} ms: "
              f"{'met' if suggest_1000 < SUGGEST_GOAL_MS else 'MISSED'} ({suggest_1000 / SUGGEST_GOAL_MS:.2f}x the goal)")
    ratio = process_ms / floor_median
    print(f"process, {SIZES[-1]} partners ({args.process_runs} runs per side, interleaved):")
    print(f"  erasmus-planner check --json : {spread(ours_ms)}")
    print(f"  floor (python + json.load)   : {spread(floor_ms)}")
    print(f"  RATIO check / floor          : {ratio:7.2f}x (ratio of the medians; run by run "
          f"{min(pair_ratios):.2f}–{max(pair_ratios):.2f}x, median {statistics.median(pair_ratios):.2f}x) — "
          f"goal <= {PROCESS_GOAL_RATIO:.0f}x: {'met' if ratio <= PROCESS_GOAL_RATIO else 'MISSED'}")
    if statistics.median(floor_cpu) > 0:
        cpu_ratio = statistics.median(ours_cpu) / statistics.median(floor_cpu)
        print(f"  CPU time (user + system)     : ours {spread(ours_cpu)}")
        print(f"                                 floor {spread(floor_cpu)}")
        print(f"  CPU RATIO check / floor      : {cpu_ratio:7.2f}x (less sensitive to a busy machine than the wall-clock ratio)")
    print(f"  where its CPU time goes (medians, ms; the rest is starting Python and exiting): "
          + ", ".join(f"{name} {value:.1f}" for name, value in breakdown.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
