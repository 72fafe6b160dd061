"""Directory use cases: a copy goes into the plan; an edited partner offers to update its entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.persistence.directory import PartnerDirectory
from erasmus_planner.services.directory_service import DirectoryService

LODZ = Organisation("Łódź Technical School No. 3", "PL", "school", oid="E10123456", city="Łódź")
KOLN = Organisation("Universität zu Köln", "DE", "higher-education", pic="949999999", eche=True)


@pytest.fixture
def service(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = DirectoryService(PartnerDirectory(tmp_path / "d.sqlite3"))
    s.save_partners([LODZ, KOLN])
    yield s
    s.close()


def test_adding_from_the_directory_puts_a_copy_with_a_new_identity_and_the_chosen_role(service: DirectoryService) -> None:
    entry = service.search("lodz")[0]
    plan = Plan(action="strategic-partnership", call_year=2019, field="school")
    plan, copy = service.add_to_plan(plan, entry.id, role="applicant")
    assert plan.partners == (copy,)
    assert copy.role == "applicant" and copy.name == LODZ.name and copy.city == "Łódź"
    again, second = service.add_to_plan(plan, entry.id)
    assert second.id != copy.id and second.role == "partner"
    assert [p.id for p in again.partners] == [copy.id, second.id]


def test_an_unknown_role_is_refused(service: DirectoryService) -> None:
    with pytest.raises(PlanError, match="valid roles"):
        service.add_to_plan(Plan(action="strategic-partnership", call_year=2019), service.search("lodz")[0].id, role="boss")


def test_editing_a_partner_offers_to_update_its_directory_entry_naming_what_differs(service: DirectoryService) -> None:
    copy = service.copy_for_plan(service.search("koln")[0].organisation, role="applicant")
    assert service.update_offer(copy) is None  # only the role differs, and the directory keeps no roles
    edited = copy.with_changes(city="Köln", notes="International office: room 4.12")
    offer = service.update_offer(edited)
    assert offer is not None and offer.differences == ("city", "notes")
    service.update_entry_from_partner(offer.entry.id, edited)
    assert service.search("koln")[0].organisation.notes == "International office: room 4.12"
    assert service.update_offer(edited) is None


def test_a_partner_unknown_to_the_directory_offers_nothing_and_can_be_saved_to_it(service: DirectoryService) -> None:
    new = Organisation("Stadt Köln", "DE", "public-body-local")
    assert service.update_offer(new) is None
    service.save_partner(new)
    service.save_partner(new.with_changes(city="Köln"))  # the second time it updates
    assert [e.organisation.city for e in service.search("stadt")] == ["Köln"]


def test_name_completion_returns_organisations(service: DirectoryService) -> None:
    assert service.search_organisations("LODZ") == [LODZ.with_changes(role="partner")]


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_spreadsheet_with_bad_rows_imports_nothing_unless_asked_to_skip_them(service: DirectoryService, tmp_path: Path) -> None:
    sheet = _csv(tmp_path / "p.csv", "Name,Country,Type\nGood One,PL,school\nBad One,Narnia,school\n")
    outcome = service.import_file(sheet)
    assert outcome.counts is None and outcome.result.bad_rows == [3]
    assert service.search("good") == []
    outcome = service.import_file(sheet, skip_bad_rows=True)
    assert outcome.counts is not None and (outcome.counts.added, outcome.counts.updated) == (1, 0)
    assert [e.organisation.name for e in service.search("good")] == ["Good One"]


def test_export_then_import_into_another_directory_gives_the_same_organisations(service: DirectoryService, tmp_path: Path) -> None:
    assert service.export_file(tmp_path / "all.xlsx") == 2
    other = DirectoryService(PartnerDirectory(tmp_path / "other.sqlite3"))
    try:
        other.import_file(tmp_path / "all.xlsx")
        assert [e.organisation for e in other.search()] == [e.organisation for e in service.search()]
    finally:
        other.close()


def test_only_what_the_edit_changed_is_offered(service: DirectoryService) -> None:
    """A partner that already differed from its entry (another city), edited in its role or its
    notes, offers just the notes: the entry's own city is not overwritten behind the user's back."""
    entry = service.search("lodz")[0]
    before = service.copy_for_plan(entry.organisation).with_changes(city="Lodz")
    assert service.update_offer(before.with_changes(role="applicant"), before) is None
    offer = service.update_offer(before.with_changes(notes="Head: Ms Nowak"), before)
    assert offer is not None
    assert (offer.differences, offer.fields) == (("notes",), ("notes",))


def test_a_partner_renamed_and_renumbered_at_once_still_finds_its_entry_through_what_it_was(service: DirectoryService) -> None:
    before = service.copy_for_plan(service.search("koln")[0].organisation)
    edited = before.with_changes(name="University of Cologne", pic="949999998")
    assert service.update_offer(edited) is None  # by itself, the edited partner matches nothing
    offer = service.update_offer(edited, before)
    assert offer is not None and offer.fields == ("name", "pic")
