"""Locate data files shipped inside the package, wherever it is installed."""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Final


def resource(*parts: str) -> Traversable:
    """Return the shipped resource at ``erasmus_planner/resources/<parts...>``."""
    node = resources.files("erasmus_planner") / "resources"
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


# The TOML data files (rules, countries) parsed once, at release time, into JSON
# (tools/build_toml_snapshot.py): parsing them and importing tomllib cost about a third of a
# ``check`` process. Each entry carries the length and CRC of the TOML text it came from; a file
# edited since is parsed afresh, so a stale snapshot is slower, never wrong (and
# tests/domain/test_toml_snapshot.py fails until it is rebuilt).
SNAPSHOT_NAME: Final = "_toml_snapshot.json"


def source_stamp(text: str) -> str:
    data = text.encode("utf-8")
    return f"{len(data)}:{zlib.crc32(data):08x}"


@cache
def _snapshot() -> Mapping[str, Any]:
    try:
        return json.loads(read_text(SNAPSHOT_NAME)).get("files", {})
    except (OSError, ValueError, AttributeError):
        return {}


def parse_toml(text: str) -> dict[str, Any]:
    """Parse TOML; errors are ``tomllib.TOMLDecodeError`` (a ValueError)."""
    import tomllib

    return tomllib.loads(text)


def parsed_toml(key: str, text: str) -> dict[str, Any]:
    """``text`` (the resource at ``key``, e.g. "rules/knowledge-alliance.toml") parsed: from the
    snapshot when its entry was made from exactly this text, else by tomllib."""
    entry = _snapshot().get(key)
    if isinstance(entry, Mapping) and entry.get("stamp") == source_stamp(text):
        return entry["data"]
    return parse_toml(text)


def load_toml(*parts: str) -> dict[str, Any]:
    """The shipped TOML file at ``resources/<parts...>``."""
    return parsed_toml("/".join(parts), read_text(*parts))
