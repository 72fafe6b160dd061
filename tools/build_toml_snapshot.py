"""Write erasmus_planner/resources/_toml_snapshot.json: every shipped TOML file (and agencies.csv) parsed into JSON.

Run after editing a file in resources/rules/, resources/calls/, resources/countries.toml or resources/agencies.csv (the test suite fails
while the snapshot is stale; the planner itself stays correct, only slower to start):

    .venv/bin/python tools/build_toml_snapshot.py          # write it
    .venv/bin/python tools/build_toml_snapshot.py --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from erasmus_planner.domain.calls import add_offsets
from erasmus_planner.domain.resources import SNAPSHOT_NAME, parse_csv, parse_toml, source_stamp

RESOURCES = Path(__file__).resolve().parents[1] / "erasmus_planner" / "resources"


def build() -> str:
    files = {}
    for path in sorted(RESOURCES.rglob("*.toml")):
        text = path.read_text(encoding="utf-8")
        key = path.relative_to(RESOURCES).as_posix()
        data = parse_toml(text)
        if key.startswith("calls/"):
            # Each deadline's Brussels UTC offset, from zoneinfo now rather than in every check.
            add_offsets(data)
        files[key] = {"stamp": source_stamp(text), "data": data}
    for path in sorted(RESOURCES.glob("*.csv")):  # the agency table, as csv.reader's rows
        text = path.read_text(encoding="utf-8")
        files[path.name] = {"stamp": source_stamp(text), "data": parse_csv(text)}
    return json.dumps({"generated_by": "tools/build_toml_snapshot.py", "files": files}, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    target = RESOURCES / SNAPSHOT_NAME
    fresh = build()
    current = target.read_text(encoding="utf-8") if target.is_file() else ""
    if "--check" in argv:
        if current != fresh:
            print(f"{SNAPSHOT_NAME} is out of date: run .venv/bin/python tools/build_toml_snapshot.py", file=sys.stderr)
            return 1
        return 0
    if current != fresh:
        target.write_text(fresh, encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
