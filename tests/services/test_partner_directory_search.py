"""Name completion from the partner directory: opened on the first search, never failing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from erasmus_planner.domain.model import Organisation
from erasmus_planner.services.partner_directory import directory_search

pytest.importorskip("erasmus_planner.persistence.directory")


def test_search_finds_organisations_without_accents(tmp_path):
    from erasmus_planner.persistence.directory import PartnerDirectory

    path = tmp_path / "directory.sqlite3"
    with PartnerDirectory(path) as directory:
        directory.add(Organisation("Politechnika Łódzka", "PL", "higher-education"))
    search = directory_search(path)
    assert search is not None
    assert [o.name for o in search("lodz")] == ["Politechnika Łódzka"]
    assert search("   ") == []


def test_a_directory_that_cannot_be_opened_offers_nothing(tmp_path):
    not_a_directory = tmp_path / "junk.sqlite3"
    not_a_directory.write_bytes(b"this is not SQLite at all" * 10)
    search = directory_search(not_a_directory)
    assert search is not None
    assert search("anything") == []


def test_getting_the_search_loads_no_database_library():
    code = (
        "import sys; from erasmus_planner.services.partner_directory import directory_search; "
        "directory_search(); print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
