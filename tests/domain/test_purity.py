"""The domain is pure: importing it, and running the command line's check, loads no Qt,
SQLAlchemy or ReportLab. Each probe runs in a fresh interpreter, so nothing another test imported
can hide or fake a leak.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import erasmus_planner.domain

HEAVY = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab", "openpyxl")

DOMAIN_MODULES = sorted(
    f"erasmus_planner.domain.{m.name}" for m in pkgutil.iter_modules(erasmus_planner.domain.__path__)
)

PLAN = {
    "format": "erasmus-planner-plan",
    "version": 1,
    "action": "KA201",
    "call_year": 2019,
    "partners": [
        {"name": "Szkoła Podstawowa nr 3", "country": "PL", "type": "school", "role": "applicant"},
        {"name": "2ο Γυμνάσιο Ηρακλείου", "country": "EL", "type": "school", "role": "partner"},
        {"name": "Grundschule am Park", "country": "DE", "type": "school", "role": "partner"},
    ],
}


def loaded_after(code: str, *args: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; return the heavy top-level packages it loaded."""
    probe = textwrap.dedent(code) + textwrap.dedent(
        f"""
        import json, sys
        heavy = {HEAVY!r}
        print("\\nLOADED=" + json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set(heavy))))
        """
    )
    result = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("LOADED="))
    return json.loads(line.removeprefix("LOADED="))


def test_the_probe_can_see_a_heavy_import() -> None:
    """The probe is not blind: it does report a heavy package when one is imported."""
    assert loaded_after("import sqlalchemy") == ["sqlalchemy"]


def test_domain_modules_are_found() -> None:
    assert {"erasmus_planner.domain.eligibility", "erasmus_planner.domain.rule_kinds", "erasmus_planner.domain.agencies"} <= set(DOMAIN_MODULES)


def test_importing_every_domain_module_loads_nothing_heavy() -> None:
    imports = "\n".join(f"import {m}" for m in DOMAIN_MODULES)
    assert loaded_after(imports + "\nfrom erasmus_planner.domain.catalogue import load_catalogue\nload_catalogue()") == []


@pytest.mark.parametrize("command", ["check", "suggest"])
def test_the_check_command_loads_nothing_heavy(tmp_path: Path, command: str) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    code = f"""
        import contextlib, io, sys
        from erasmus_planner.cli.main import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main([{command!r}, sys.argv[1], "--json"])
        assert code in (0, 1), code
        assert out.getvalue().strip().startswith(("{{", "["))
        """
    assert loaded_after(code, str(plan)) == []
