"""Locate data files shipped inside the package, wherever it is installed."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """Return the shipped resource at ``erasmus_planner/resources/<parts...>``."""
    node = resources.files("erasmus_planner") / "resources"
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
