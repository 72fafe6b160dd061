"""Run a benchmark the way users run the program: from a regular install in its own virtual environment.

An editable install (the development ``.venv``) adds a path hook that every Python start and every
import of our package goes through, and leaves the source tree's ``__pycache__`` to chance; a user's
``pip install`` has neither. So each benchmark calls ``run_in_fresh_venv()`` before importing the
package: the first time it builds ``out/bench-venv`` (``python -m venv`` + ``pip install`` of a clean
copy of the package, bytecode compiled by pip as on a user's machine), and it re-executes the
benchmark with that environment's interpreter. Its children (``erasmus-planner``, the floors)
run with that same interpreter.

The environment is reused while the package's source is unchanged (a hash of ``erasmus_planner/``
and ``pyproject.toml``, kept in ``out/bench-venv/.source-hash``); a change to the source reinstalls
the package, a change to ``pyproject.toml`` (or to ``BENCH_TOOLS``) rebuilds the environment.

``ERASMUS_BENCH_IN_PLACE=1`` runs a benchmark with the interpreter it was started with instead
(to compare with the development install).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "out" / "bench-venv"
STAMP = VENV / ".source-hash"
IN_PLACE = "ERASMUS_BENCH_IN_PLACE"
# What the benchmarks themselves use besides the package, installed beside it (none is imported
# by the measured code): pypdf counts a briefing's pages after it has been timed.
BENCH_TOOLS = ("pypdf>=4.0",)
# Variables that would make the measured processes differ from a user's.
_NOT_A_USERS = (
    "PYTHONPATH", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUNBUFFERED",
)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _hash(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def source_hash() -> str:
    """``<pyproject hash>:<package hash>``: what an install of the package is made of."""
    package = [
        p for p in (ROOT / "erasmus_planner").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]
    return f"{_hash([ROOT / 'pyproject.toml'])}-{'+'.join(BENCH_TOOLS)}:{_hash(package)}"


def _clean_copy(into: Path) -> Path:
    """The package and what its metadata names, without caches or an old ``build/`` folder
    (setuptools would put a module deleted since the last build into the wheel)."""
    source = into / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "erasmus_planner", source / "erasmus_planner", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    return source


def _pip(*args: str) -> None:
    subprocess.run([str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-qq", *args], check=True)


def ensure_venv() -> Path:
    """``out/bench-venv`` with the current source installed (built or refreshed when needed)."""
    wanted = source_hash()
    have = STAMP.read_text(encoding="utf-8").strip() if STAMP.exists() else ""
    if have == wanted and venv_python().exists():
        return venv_python()
    same_dependencies = have.split(":")[0] == wanted.split(":")[0] and venv_python().exists()
    print(f"bench: {'reinstalling the package in' if same_dependencies else 'building'} {VENV.relative_to(ROOT)} "
          "(a regular install, as users have) …", file=sys.stderr, flush=True)
    STAMP.unlink(missing_ok=True)  # an interrupted build is redone next time
    if not same_dependencies:
        shutil.rmtree(VENV, ignore_errors=True)
        base = getattr(sys, "_base_executable", sys.executable)
        subprocess.run([base, "-m", "venv", str(VENV)], check=True)
    with tempfile.TemporaryDirectory(prefix="bench-venv-") as folder:
        source = _clean_copy(Path(folder))
        if same_dependencies:
            _pip("install", "--no-deps", "--force-reinstall", str(source))
        else:
            _pip("install", str(source), *BENCH_TOOLS)
    STAMP.write_text(wanted + "\n", encoding="utf-8")
    return venv_python()


def in_fresh_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def user_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child process: ours without what a user would not have set."""
    env = {k: v for k, v in os.environ.items() if k not in _NOT_A_USERS}
    env.update(extra)
    return env


def run_in_fresh_venv() -> None:
    """Re-execute the calling benchmark with ``out/bench-venv``'s interpreter, unless it already
    runs there (or ERASMUS_BENCH_IN_PLACE=1 asks to stay)."""
    if in_fresh_venv() or os.environ.get(IN_PLACE) == "1":
        return
    python = ensure_venv()
    script = Path(sys.argv[0]).resolve()
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(str(python), [str(python), str(script), *sys.argv[1:]], user_env())


def describe_interpreter() -> str:
    """One line for a benchmark's header: which install was measured, and how busy the machine was."""
    import erasmus_planner

    package = Path(erasmus_planner.__file__).resolve().parent
    if in_fresh_venv():
        if VENV.resolve() not in package.parents:
            raise SystemExit(f"bench: erasmus_planner was imported from {package}, not from {VENV}")
        where = f"regular install in {VENV.relative_to(ROOT)}"
    else:
        where = f"{package.parent} ({IN_PLACE}=1, {sys.executable})"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    return f"measured: {where}; load average before the run {load} ({os.cpu_count()} CPUs)"


if __name__ == "__main__":
    # ``python bench/fresh_venv.py``: build or refresh out/bench-venv, and say which interpreter it is.
    print(ensure_venv())
