"""The hostile-input suite's runner: every command in its own process, as a user starts it, with a
memory cap and a timeout — so that an input that would hang a command or fill the memory fails
the test instead of the test run — and with what a user would notice measured: exit code,
standard error, the peak memory, and the folder beside the input before and after."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

TIMEOUT = 120.0  # seconds; a command that reads a FIFO would wait forever
ADDRESS_SPACE_CAP = 2048 * 1024 * 1024  # a runaway read is killed by the OS, not the machine
PEAK_MEMORY_MB = 400  # "a few hundred megabytes" (issue 12): peak resident memory of the process
_SNAPSHOT_BYTES = 8 * 1024 * 1024  # files up to this size are compared byte for byte (hashed)

POSIX_ONLY = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux process limits and /proc")


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str
    peak_mb: float
    seconds: float


# The command as the child runs it: under the address-space cap, and telling at its exit the peak of
# its resident memory (VmHWM, counted from its own start: the rusage of a child also counts the
# memory of the test process it was forked from, before it became the command).
_CHILD = """
import atexit, os, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))

def _peak():
    with open("/proc/self/status") as status, open(os.environ["HOSTILE_PEAK_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))

atexit.register(_peak)
_exit = os._exit
os._exit = lambda code: (_peak(), _exit(code))  # check and suggest leave without running atexit
from erasmus_planner.cli.main import main
raise SystemExit(main())
"""


def run_command(*argv: str, cwd: Path, home: Path) -> Outcome:
    """``erasmus-planner ARGV`` in a new process; its outcome, with the peak memory it used."""
    peak_file = home / "peak-memory.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ERASMUS_PLANNER_")}
    env.update(
        QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
        ERASMUS_PLANNER_DIRECTORY=str(home / "directory.sqlite3"), LC_ALL="C.UTF-8", HOSTILE_PEAK_FILE=str(peak_file),
    )
    with tempfile.TemporaryFile(dir=home) as out, tempfile.TemporaryFile(dir=home) as err:
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD.format(cap=ADDRESS_SPACE_CAP), *argv],
            cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
        )
        try:
            code = child.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            return Outcome(code=-9, out="", err=f"HUNG: did not finish in {TIMEOUT:.0f} s", peak_mb=-1, seconds=TIMEOUT)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        peak_kb = int(peak_file.read_text()) if peak_file.exists() else -1
        peak_file.unlink(missing_ok=True)
        return Outcome(
            code=code, out=out.read().decode("utf-8", "replace"), err=err.read().decode("utf-8", "replace"),
            peak_mb=peak_kb / 1024, seconds=seconds,
        )


def snapshot(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every entry in ``folder``: its kind, and for a file its size, time and (if not huge) content."""
    result: dict[str, tuple[object, ...]] = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        info = entry.stat(follow_symlinks=False)
        if stat.S_ISREG(info.st_mode):
            digest = ""
            if info.st_size <= _SNAPSHOT_BYTES:
                digest = hashlib.sha256(Path(entry.path).read_bytes()).hexdigest()
            result[entry.name] = ("file", info.st_size, info.st_mtime_ns, digest)
        elif stat.S_ISLNK(info.st_mode):
            result[entry.name] = ("link", os.readlink(entry.path))
        else:
            result[entry.name] = (stat.S_IFMT(info.st_mode),)
    return result
