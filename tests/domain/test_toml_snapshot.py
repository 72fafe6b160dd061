"""The shipped TOML snapshot matches its sources, and loading through it changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from erasmus_planner.domain import catalogue, countries, resources

ROOT = Path(__file__).resolve().parents[2]


def test_snapshot_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_toml_snapshot.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_catalogue_from_snapshot_equals_catalogue_from_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue.load_catalogue.cache_clear()
    from_snapshot = catalogue.load_catalogue()
    assert "rules/knowledge-alliance.toml" in resources._snapshot(), "the snapshot was not used"
    catalogue.load_catalogue.cache_clear()
    monkeypatch.setattr(resources, "_snapshot", lambda: {})
    try:
        from_toml = catalogue.load_catalogue()
    finally:
        catalogue.load_catalogue.cache_clear()
    assert from_snapshot == from_toml
    # Mapping equality ignores order, but order carries meaning (an action's first code is its
    # official code; lots and rules are listed as written): compare it explicitly.
    for action_id, action in from_snapshot.actions.items():
        other = from_toml.action(action_id)
        assert list(action.codes) == list(other.codes), action_id
        assert action.primary_code == other.primary_code
        assert [r.id for r in action.rules] == [r.id for r in other.rules]
        assert [dict(r.params) for r in action.rules] == [dict(r.params) for r in other.rules]
    assert list(from_snapshot.actions) == list(from_toml.actions)


def test_official_codes_keep_their_written_order() -> None:
    catalogue.load_catalogue.cache_clear()
    cove = catalogue.load_catalogue().action("centre-of-vocational-excellence")
    assert cove.primary_code == "ERASMUS-EDU-PEX-COVE"
    assert catalogue.load_catalogue().action("knowledge-alliance").primary_code == "EPPKA2-KA"


def test_an_edited_rules_file_is_parsed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stale entry (the TOML changed since the snapshot) is ignored, never trusted."""
    stale = {"rules/knowledge-alliance.toml": {"stamp": "0:00000000", "data": {"action": {"id": "bogus"}}}}
    monkeypatch.setattr(resources, "_snapshot", lambda: stale)
    raw = catalogue._load_toml("knowledge-alliance.toml")
    assert raw["action"]["id"] == "knowledge-alliance"


def test_country_data_from_snapshot_equals_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    from_snapshot = resources.load_toml("countries.toml")
    monkeypatch.setattr(resources, "_snapshot", lambda: {})
    assert resources.load_toml("countries.toml") == from_snapshot
    assert countries.is_eligible("RS", 2019) and not countries.is_eligible("RS", 2018)


def test_agency_rows_from_snapshot_equal_the_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    from_snapshot = resources.load_csv("agencies.csv")
    assert "agencies.csv" in resources._snapshot(), "the snapshot was not used"
    monkeypatch.setattr(resources, "_snapshot", lambda: {})
    assert resources.load_csv("agencies.csv") == from_snapshot
    assert from_snapshot[0][:2] == ["country", "agency_name"] and len(from_snapshot) > 50


def test_an_edited_agency_table_is_parsed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = {"agencies.csv": {"stamp": "0:00000000", "data": [["bogus"]]}}
    monkeypatch.setattr(resources, "_snapshot", lambda: stale)
    assert resources.load_csv("agencies.csv")[0][:2] == ["country", "agency_name"]


def test_a_check_process_does_not_import_tomllib() -> None:
    code = (
        "import sys, erasmus_planner.domain.eligibility as e, erasmus_planner.domain.countries as c; "
        "e.load_catalogue(); c.is_eligible('DE', 2020); print('tomllib' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
