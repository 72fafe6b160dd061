"""``check`` and ``suggest`` run as their own process end as soon as their output is written
(cli/main._end_process): nothing of the output is lost, a reader that goes away early is no
error, and called in-process ``main`` leaves the garbage collector as it found it."""

from __future__ import annotations

import gc
import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from erasmus_planner.cli.main import main

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cooperation-partnership-vet-2022-ineligible.json"
COUNTRIES = ("DE", "PL", "EL", "FR", "TR", "RS", "UA", "CH", "IT", "HU")


# Standard output buffered, as a user's shell gives it (PYTHONUNBUFFERED would write each piece
# through at once and hide a lost buffer).
BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's partners, repeated to 1,000 from ten countries (some duplicates, some outside)."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    partners = data["partners"]
    data["partners"] = [
        {**partners[i % len(partners)], "name": f"{partners[i % len(partners)]['name']} {i % 990}",
         "country": COUNTRIES[i % len(COUNTRIES)], "role": "applicant" if i == 0 else "partner"}
        for i in range(1000)
    ]
    path = tmp_path_factory.mktemp("short") / "plan-1000.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def in_process(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


@pytest.mark.parametrize("command", [["check", "--json"], ["check"], ["suggest", "--json"], ["check", "--lang", "fr"]])
def test_the_process_writes_all_that_main_writes(big_plan: Path, command: list[str]) -> None:
    """Every byte main writes arrives, the last buffer too, with main's exit code."""
    args = [command[0], str(big_plan), *command[1:]]
    code, expected = in_process(*args)
    result = subprocess.run([sys.executable, "-m", "erasmus_planner", *args], capture_output=True, env=BUFFERED, timeout=120)
    assert result.stderr == b""
    assert result.returncode == code
    assert result.stdout.decode("utf-8") == expected


def test_a_reader_that_leaves_early_is_no_error(big_plan: Path) -> None:
    """``erasmus-planner check plan.json --json | head -c 100``: exit 0, nothing on stderr."""
    process = subprocess.Popen(
        [sys.executable, "-m", "erasmus_planner", "check", str(big_plan), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=BUFFERED,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100).startswith(b"{")
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait(timeout=120) == 0
    assert error == b""


def test_main_called_with_arguments_keeps_the_collector_on(big_plan: Path) -> None:
    assert gc.isenabled()
    in_process("check", str(big_plan), "--json")
    assert gc.isenabled()
