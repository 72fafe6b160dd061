"""The package's imports keep the house's layering (docs/architecture.md): no import cycle
anywhere, and no arrow back down — above all nothing under ``ui/`` imports ``persistence/``.

The graph is read from the source (``ast``) of every module, imports inside functions included
(a lazy import is still an arrow). Imports under ``if TYPE_CHECKING:`` never run, so they make
no cycle, but they still count as arrows between layers: naming a type is knowing its layer.
The tests at the end feed the same walker synthetic modules, to show it does see an arrow and
a cycle when there is one.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import erasmus_planner

PACKAGE = Path(erasmus_planner.__file__).resolve().parent

# Each part of the package (a folder, or a top-level module) and the parts it may import.
ALLOWED: Mapping[str, frozenset[str]] = {
    "domain": frozenset(),
    "interchange": frozenset({"domain"}),
    "persistence": frozenset({"domain", "interchange"}),
    "export": frozenset({"domain", "interchange"}),
    "settings": frozenset({"domain"}),
    "services": frozenset({"domain", "interchange", "persistence", "export", "settings", "(package)"}),
    "ui": frozenset({"domain", "interchange", "services", "settings", "(package)"}),
    "cli": frozenset({"domain", "interchange", "persistence", "export", "services", "settings", "ui", "launch", "(package)"}),
    "launch": frozenset({"cli", "ui", "(package)"}),
    "__main__": frozenset({"cli", "launch", "(package)"}),
    "(package)": frozenset(),
}


@dataclass(frozen=True)
class Arrow:
    source: str
    target: str
    line: int
    typing_only: bool  # under ``if TYPE_CHECKING:``

    def __str__(self) -> str:
        return f"{self.source} -> {self.target} (line {self.line}{', typing only' if self.typing_only else ''})"


def package_sources(root: Path = PACKAGE, name: str = "erasmus_planner") -> dict[str, str]:
    """Every module of the package by its dotted name, with its source."""
    sources = {}
    for file in sorted(root.rglob("*.py")):
        parts = [name, *file.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = file.read_text(encoding="utf-8")
    return sources


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, typing_only: bool = False) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement anywhere in ``tree`` (functions, classes, branches)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, typing_only
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                yield from _imports(ast.Module(body=[child], type_ignores=[]), True)
            for child in node.orelse:
                yield from _imports(ast.Module(body=[child], type_ignores=[]), typing_only)
        else:
            yield from _imports(node, typing_only)


def arrows(sources: Mapping[str, str], package: str = "erasmus_planner") -> list[Arrow]:
    """The imports between the modules of ``sources`` (names outside the package are left out)."""

    def known(name: str) -> str | None:
        while name and name not in sources:
            name = name.rpartition(".")[0]
        return name or None

    found = []
    for module, source in sources.items():
        tree = ast.parse(source)
        # Relative imports start from the module's package (a package's own name for its __init__).
        here = module if any(m.startswith(module + ".") for m in sources) else module.rpartition(".")[0]
        for node, typing_only in _imports(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    stem = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*stem, base] if base else stem)
                names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in sources else base for alias in node.names]
            for name in names:
                if name != package and not name.startswith(package + "."):
                    continue
                target = known(name)
                if target is not None and target != module:
                    found.append(Arrow(module, target, node.lineno, typing_only))
    return found


def part(module: str, package: str = "erasmus_planner") -> str:
    """``erasmus_planner.ui.main_window`` → ``ui``; the package's ``__init__`` → ``(package)``."""
    rest = module.removeprefix(package).lstrip(".")
    return rest.split(".")[0] if rest else "(package)"


def wrong_arrows(found: list[Arrow], allowed: Mapping[str, frozenset[str]] = ALLOWED) -> list[Arrow]:
    """Arrows from one part to another that the layering does not allow (an unknown part: none)."""
    return [
        arrow for arrow in found
        if part(arrow.source) != part(arrow.target) and part(arrow.target) not in allowed.get(part(arrow.source), frozenset())
    ]


def cycles(found: list[Arrow]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (imports that run only)."""
    graph: dict[str, set[str]] = {}
    for arrow in found:
        if not arrow.typing_only:
            graph.setdefault(arrow.source, set()).add(arrow.target)
            graph.setdefault(arrow.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


# --- the package ---------------------------------------------------------------------------------


def test_the_walker_reads_the_whole_package():
    found = arrows(package_sources())
    sources = {a.source for a in found}
    assert {"erasmus_planner.ui.main_window", "erasmus_planner.services.document_controller", "erasmus_planner.cli.main"} <= sources
    assert any(a.target == "erasmus_planner.services.document_controller" for a in found)


def test_no_module_under_ui_imports_persistence():
    offending = [str(a) for a in arrows(package_sources()) if part(a.source) == "ui" and part(a.target) == "persistence"]
    assert offending == []


def test_every_arrow_between_parts_is_allowed():
    assert [str(a) for a in wrong_arrows(arrows(package_sources()))] == []


def test_no_import_cycles():
    assert cycles(arrows(package_sources())) == []


# --- the walker is not blind ---------------------------------------------------------------------------


def test_a_ui_module_importing_persistence_inside_a_function_is_caught():
    sources = {
        "erasmus_planner": "",
        "erasmus_planner.ui": "",
        "erasmus_planner.ui.window": "def later():\n    from erasmus_planner.persistence.lock import PlanLock\n",
        "erasmus_planner.persistence": "",
        "erasmus_planner.persistence.lock": "class PlanLock: ...\n",
    }
    wrong = wrong_arrows(arrows(sources))
    assert [(a.source, a.target) for a in wrong] == [("erasmus_planner.ui.window", "erasmus_planner.persistence.lock")]


def test_a_typing_only_arrow_to_persistence_is_caught_too():
    sources = {
        "erasmus_planner.ui.window": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from erasmus_planner.persistence import recovery\n",
        "erasmus_planner.persistence.recovery": "",
    }
    (arrow,) = arrows(sources)
    assert arrow.typing_only and wrong_arrows([arrow]) == [arrow]


def test_a_cycle_through_a_lazy_import_is_caught_and_relative_imports_are_followed():
    sources = {
        "erasmus_planner.cli.main": "from . import parsing\n",
        "erasmus_planner.cli.parsing": "def run():\n    from .main import commands\n",
        "erasmus_planner.cli.other": "import erasmus_planner.cli.main\n",
    }
    assert cycles(arrows(sources)) == [["erasmus_planner.cli.main", "erasmus_planner.cli.parsing"]]


def test_imports_under_type_checking_make_no_cycle():
    sources = {
        "erasmus_planner.ui.window": "from erasmus_planner.ui.dialogs import Dialogs\n",
        "erasmus_planner.ui.dialogs": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from erasmus_planner.ui.window import Window\n",
    }
    assert cycles(arrows(sources)) == []
