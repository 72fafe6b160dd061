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


def test_the_window_s_directory_offers_to_update_an_entry_and_updates_it(tmp_path):
    from erasmus_planner.persistence.directory import PartnerDirectory
    from erasmus_planner.services.partner_directory import directory_access

    path = tmp_path / "directory.sqlite3"
    with PartnerDirectory(path) as directory:
        directory.add(Organisation("Politechnika Łódzka", "PL", "higher-education", pic="949000001"))
    access = directory_access(path)
    assert access is not None
    before = access.search("lodz")[0]
    edited = before.with_changes(city="Łódź")
    offer = access.update_offer(edited, before)
    assert offer is not None and offer.fields == ("city",)
    access.update_entry(offer.entry.id, edited)
    assert access.search("lodz")[0].city == "Łódź"
    assert access.update_offer(edited, before) is None


def test_a_directory_that_cannot_be_opened_offers_no_update_and_says_so_when_asked_to_write(tmp_path):
    from erasmus_planner.domain.errors import PlanError
    from erasmus_planner.services.partner_directory import directory_access

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not SQLite at all" * 10)
    access = directory_access(junk)
    org = Organisation("Politechnika Łódzka", "PL", "higher-education")
    assert access.update_offer(org, org) is None
    with pytest.raises(PlanError, match="junk.sqlite3"):
        access.update_entry(1, org)


def test_typing_a_name_or_editing_a_partner_never_creates_a_directory(tmp_path):
    """The first search used to create an empty directory database in the user's data folder."""
    from erasmus_planner.services.partner_directory import directory_access

    path = tmp_path / "not-yet" / "partner-directory.sqlite3"
    access = directory_access(path)
    org = Organisation("Politechnika Łódzka", "PL", "higher-education")
    assert access.search("lodz") == []
    assert access.update_offer(org, org) is None
    assert not path.exists() and not path.parent.exists()
    from erasmus_planner.persistence.directory import PartnerDirectory

    with PartnerDirectory(path) as directory:  # made later (directory import): then it is found
        directory.add(org)
    assert [o.name for o in access.search("lodz")] == ["Politechnika Łódzka"]
