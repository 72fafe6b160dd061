"""The house's rule, kept by a test: no module in the package, tools/ or bench/ over 500 lines
(a newcomer reads one in a sitting; docs/architecture.md)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 500


def _modules() -> list[Path]:
    return sorted(
        path for folder in ("erasmus_planner", "tools", "bench") for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def test_the_walk_finds_the_package() -> None:
    assert ROOT / "erasmus_planner" / "domain" / "catalogue.py" in _modules()


def test_no_module_is_over_500_lines() -> None:
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    over = {name: lines for name, lines in sizes.items() if lines > LIMIT}
    assert over == {}, "split each along a seam that explains itself"
