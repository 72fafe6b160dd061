"""An installed planner must find its rules, agencies, fonts and translations from any folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Build from a copy so that build/ and *.egg-info never land in the working tree.
    source = tmp_path_factory.mktemp("source") / "planner"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "out"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr[-2000:]}")
    (path,) = out.glob("erasmus_planner-*.whl")
    return path


def test_wheel_ships_every_resource_file(wheel: Path) -> None:
    shipped = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "erasmus_planner" / "resources"
    expected = {
        "erasmus_planner/resources/" + p.relative_to(resources).as_posix()
        for p in resources.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert expected, "no resources found in the source tree"
    missing = sorted(expected - shipped)
    assert not missing, f"resources missing from the wheel: {missing[:10]}"


def test_wheel_ships_migrations_and_console_script(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = archive.namelist()
    migrations = ROOT / "erasmus_planner" / "persistence" / "migrations"
    if migrations.is_dir():
        for script in migrations.rglob("*.py"):
            rel = "erasmus_planner/" + script.relative_to(ROOT / "erasmus_planner").as_posix()
            assert rel in names, f"{rel} is not in the wheel"
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "erasmus-planner = erasmus_planner.cli.main:main" in archive.read(entry_points).decode()


def test_rules_are_found_from_another_working_directory(tmp_path: Path) -> None:
    example = ROOT / "examples" / "knowledge-alliance-2019-ineligible.json"
    result = subprocess.run(
        [sys.executable, "-m", "erasmus_planner", "check", str(example), "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    assert '"acronym": "EACEA"' in result.stdout


def test_the_sample_plans_ship_inside_the_package_and_open_sample_finds_them(wheel: Path, tmp_path: Path) -> None:
    """After ``pip install .`` there is no checkout beside the package: "Open sample" in the
    welcome view needs the sample plans inside it."""
    names = set(zipfile.ZipFile(wheel).namelist())
    samples = sorted(p.name for p in (ROOT / "examples").glob("*.json"))
    assert samples
    missing = [name for name in samples if f"erasmus_planner/resources/examples/{name}" not in names]
    assert not missing, f"sample plans missing from the wheel: {missing}"

    installed = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(installed), str(wheel)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = subprocess.run(
        [sys.executable, "-c", "from erasmus_planner.services.samples import sample_plan_path; print(sample_plan_path())"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"},
    )
    assert found.returncode == 0, found.stderr[-2000:]
    assert Path(found.stdout.strip()) == installed / "erasmus_planner" / "resources" / "examples" / "strategic-partnership-school-2019-eligible.json"
