"""Locate data files shipped inside the package, wherever it is installed."""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Mapping
from functools import cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING without the import below
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from typing import Any, Final

# The package's resources folder, when the package lives in ordinary files (a source checkout,
# an editable or a normal install): read with plain file calls. ``importlib.resources`` gives the
# same files (as ``pathlib.Path`` objects, for a package in a folder) but its import costs about
# 10 ms of every ``check`` process; it stays the way for a package that is not in a folder
# (a zip), where ``_FOLDER`` is None.
def _folder() -> str | None:
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")
    return folder if os.path.isdir(folder) else None


_FOLDER: Final = _folder()


def resource(*parts: str) -> Traversable:
    """Return the shipped resource at ``erasmus_planner/resources/<parts...>``."""
    if _FOLDER is not None:
        from pathlib import Path

        return Path(_FOLDER, *parts)
    from importlib import resources

    node = resources.files("erasmus_planner") / "resources"
    for part in parts:
        node = node / part
    return node


# read_text, read_bytes and names_in are what the check process uses: plain file calls, without
# pathlib (with fnmatch, urllib.parse and ipaddress, ~3 ms of every process) for a package in a folder.
def read_text(*parts: str) -> str:
    if _FOLDER is not None:
        with open(os.path.join(_FOLDER, *parts), encoding="utf-8") as file:
            return file.read()
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    if _FOLDER is not None:
        with open(os.path.join(_FOLDER, *parts), "rb") as file:
            return file.read()
    return resource(*parts).read_bytes()


def names_in(*parts: str) -> list[str]:
    """The names of the entries of the resource folder ``resources/<parts...>``, sorted."""
    if _FOLDER is not None:
        return sorted(os.listdir(os.path.join(_FOLDER, *parts)))
    return sorted(node.name for node in resource(*parts).iterdir())


# The TOML data files (rules, calls, countries) and the agency table parsed once, at release
# time, into JSON (tools/build_toml_snapshot.py): parsing them and importing tomllib cost about a
# third of a ``check`` process (the agency table's csv module and parsing ~0.7 ms more). Each entry carries the length and CRC of the TOML text it came from; a file
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


def parse_csv(text: str) -> list[list[str]]:
    """The rows of a CSV text as ``csv.reader`` reads them (a blank line is an empty row)."""
    import csv
    import io

    return list(csv.reader(io.StringIO(text)))


def load_csv(*parts: str) -> list[list[str]]:
    """The shipped CSV file at ``resources/<parts...>`` as ``csv.reader`` rows: from the snapshot
    when its entry was made from exactly this text (a check process then imports no ``csv``),
    else parsed afresh."""
    key = "/".join(parts)
    text = read_text(*parts)
    entry = _snapshot().get(key)
    if isinstance(entry, Mapping) and entry.get("stamp") == source_stamp(text):
        return entry["data"]
    return parse_csv(text)
