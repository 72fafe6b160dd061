#!/usr/bin/env python3
"""Refresh the interface's Qt Linguist catalogues and compile them.

    .venv/bin/python tools/update_ui_translations.py          # update the .ts files, then compile .qm
    .venv/bin/python tools/update_ui_translations.py --check  # exit 1 when a .ts or .qm is out of date

``pyside6-lupdate`` reads every ``self.tr`` / ``QCoreApplication.translate`` /
``QT_TRANSLATE_NOOP`` of ``erasmus_planner/ui`` and ``erasmus_planner/services`` into
``resources/translations/ui_<lang>.ts`` (new texts arrive marked unfinished; texts no longer
used are dropped), then ``pyside6-lrelease`` compiles each into the ``.qm`` the package ships.
English is the source language: its catalogue holds only the plural forms ("1 organisation",
"3 organisations"). Translate the unfinished entries with Qt Linguist (``pyside6-linguist``)
or any editor, then run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "erasmus_planner"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("de", "fr", "tr")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """The Qt tool beside this Python (the virtualenv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def sources() -> list[str]:
    files = sorted((PACKAGE / "ui").glob("*.py")) + sorted((PACKAGE / "services").glob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(ts: Path, language: str) -> None:
    args = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-silent"]
    args += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if language == SOURCE_LANGUAGE:
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)], check=True)


def catalogues() -> list[tuple[str, Path, Path]]:
    return [
        (language, TRANSLATIONS / f"ui_{language}.ts", TRANSLATIONS / f"ui_{language}.qm")
        for language in (SOURCE_LANGUAGE, *LANGUAGES)
    ]


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, ts, qm in catalogues():
        lupdate(ts, language)
        lrelease(ts, qm)
        print(f"{ts.relative_to(ROOT)}: {unfinished(ts)} unfinished; {qm.name} compiled")


def unfinished(ts: Path) -> int:
    text = ts.read_text(encoding="utf-8")
    return text.count('type="unfinished"')


def check() -> int:
    """1 when a catalogue misses texts of the code or a .qm differs from its .ts compiled now."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language, ts, qm in catalogues():
            if not ts.exists() or not qm.exists():
                problems.append(f"{ts.name} or {qm.name} is missing")
                continue
            fresh_ts = Path(scratch) / ts.name
            shutil.copy(ts, fresh_ts)
            lupdate(fresh_ts, language)
            if fresh_ts.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is not up to date with the code")
            fresh_qm = Path(scratch) / qm.name
            lrelease(ts, fresh_qm)
            if fresh_qm.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is not compiled from the current {ts.name}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of date")
    args = parser.parse_args()
    if args.check:
        return check()
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
