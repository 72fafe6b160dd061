"""Use cases of the partner directory for the window and the command line.

A partner taken from the directory is a copy with a new identity in the plan: editing it never
edits the directory behind the user's back. After an edit, ``update_offer`` says whether the
directory holds the same organisation with other details, so the window can offer to update it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.model import Organisation, Plan, new_partner_id
from erasmus_planner.domain.vocabulary import PARTNER, ROLES
from erasmus_planner.interchange.spreadsheets import ImportResult, read_partners, write_partners
from erasmus_planner.domain.funded_projects import Experience
from erasmus_planner.domain.near_duplicates import Candidate
from erasmus_planner.persistence.directory import NEWEST_PROJECTS, DirectoryEntry, MergeCounts, PartnerDirectory
from erasmus_planner.persistence.directory_duplicates import MergeRecord
from erasmus_planner.persistence.sqlite_files import NewFileUndo

if TYPE_CHECKING:
    from erasmus_planner.services.funded_import import FundedImport, Progress
from erasmus_planner.persistence.history import TEXT_FIELDS, VALUE_FIELDS

# What the directory keeps of a partner (the role belongs to a plan), with the words for it.
_COMPARED: Final = (
    ("name", "name"),
    *((name, label) for name, label in VALUE_FIELDS if name != "role"),
    *TEXT_FIELDS,
)


@dataclass(frozen=True)
class UpdateOffer:
    """The directory entry for an edited partner, and which of its details differ (``differences``
    in words, ``fields`` as the organisation's field names, in the same order)."""

    entry: DirectoryEntry
    differences: tuple[str, ...]
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class DirectoryImport:
    result: ImportResult
    counts: MergeCounts | None  # None: nothing was imported (bad rows and no skipping)


class DirectoryService:
    def __init__(self, directory: PartnerDirectory) -> None:
        self.directory = directory

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> DirectoryService:
        """The directory at ``path``, else ``$ERASMUS_PLANNER_DIRECTORY``, else the user's own."""
        return cls(PartnerDirectory(PartnerDirectory.default_path(path)))

    @classmethod
    def import_into(
        cls, path: str | os.PathLike[str] | None, source: Path, *, skip_bad_rows: bool = False, progress: Progress | None = None
    ) -> tuple[DirectoryImport | FundedImport, Path | str]:
        """``import_any`` into the directory at ``path`` (as ``open``), and where that is. A directory
        this import had to create is removed again when the import keeps nothing — refused, cancelled
        or failed — so a refused import leaves no empty directory (nor folder) behind."""
        target = PartnerDirectory.default_path(path)
        undo = NewFileUndo(target) if isinstance(target, Path) else None
        kept, service = False, None
        try:
            service = cls(PartnerDirectory(target))
            outcome = service.import_any(source, skip_bad_rows=skip_bad_rows, progress=progress)
            kept = outcome.counts is not None
            return outcome, service.directory.path
        finally:
            if service is not None:
                service.close()
            if undo is not None and not kept:
                undo.remove()

    def close(self) -> None:
        self.directory.close()

    # --- finding ---------------------------------------------------------------------------------

    def search(
        self,
        text: str = "",
        *,
        country: str | None = None,
        type: str | None = None,
        limit: int = 50,
        experience: Experience | None = None,
        track_records: bool = False,
        newest: int | None = NEWEST_PROJECTS,
    ) -> list[DirectoryEntry]:
        return self.directory.search(
            text, country=country, type=type, limit=limit, experience=experience, track_records=track_records, newest=newest
        )

    def entries(self, ids: Sequence[int], *, newest: int | None = None) -> list[DirectoryEntry]:
        """These entries with their funded projects (the ``newest``; None: all)."""
        return self.directory.entries(ids, newest=newest)

    def count(self) -> int:
        return self.directory.count()

    def project_count(self) -> int:
        return self.directory.project_count()

    def countries(self) -> list[str]:
        """The countries of the directory's entries (for a filter)."""
        return self.directory.countries()

    # --- editing (each with what undoing it needs) -----------------------------------------------

    def add(self, org: Organisation) -> DirectoryEntry:
        return self.directory.add(org)

    def update(self, entry_id: int, org: Organisation) -> DirectoryEntry:
        return self.directory.update(entry_id, org)

    def remove(self, entry_id: int) -> Any:
        """Remove an entry with its participations; the record ``restore`` takes."""
        return self.directory.remove(entry_id)

    def restore(self, removed: Any) -> None:
        self.directory.restore(removed)

    # --- funded projects -------------------------------------------------------------------------

    def search_projects(self, text: str, *, limit: int = 50) -> list[Any]:
        return self.directory.search_projects(text, limit=limit)

    def plan_from_project(self, identifier: str) -> Any:
        """A new plan from a funded project held here (``services.funded_plans``)."""
        from erasmus_planner.services.funded_plans import plan_from_project

        return plan_from_project(self.directory, identifier)

    def candidates(self, plan: Plan, finding: Any, *, limit: int = 10) -> tuple[Any, ...]:
        """The entries that would make ``finding`` of ``plan`` pass, best first (``services.candidates``)."""
        from erasmus_planner.services.candidates import for_finding

        return for_finding(plan, finding, self.directory, limit=limit)

    def search_organisations(self, text: str, limit: int = 20) -> list[Organisation]:
        """Name completion: organisations for a typed text (what the partner dialog takes)."""
        return [entry.organisation for entry in self.directory.search(text, limit=limit)]

    # --- directory → plan ------------------------------------------------------------------------

    @staticmethod
    def copy_for_plan(org: Organisation, *, role: str = PARTNER) -> Organisation:
        """A copy to put in a plan: a new identity, and the role it has there."""
        if role not in ROLES:
            raise PlanError("unknown role {value!r}; valid roles: {valid}", value=role, valid=", ".join(ROLES))
        return org.with_changes(id=new_partner_id(), role=role)

    def add_to_plan(self, plan: Plan, entry_id: int, *, role: str = PARTNER, index: int | None = None) -> tuple[Plan, Organisation]:
        """``plan`` with a copy of the entry added, and that copy (to select it, or undo)."""
        copy = self.copy_for_plan(self.directory.get(entry_id).organisation, role=role)
        return plan.with_partner_added(copy, index), copy

    # --- plan → directory ------------------------------------------------------------------------

    def entry_for(self, org: Organisation) -> DirectoryEntry | None:
        """The directory's entry for this organisation (same OID, PIC, or name and country)."""
        return self.directory.find_match(org)

    @staticmethod
    def differences(entry: DirectoryEntry, org: Organisation) -> tuple[str, ...]:
        stored = entry.organisation
        return tuple(label for name, label in _COMPARED if getattr(stored, name) != getattr(org, name))

    def update_offer(self, edited: Organisation, before: Organisation | None = None) -> UpdateOffer | None:
        """After a partner was edited: the entry to offer updating, or None (not in the directory, or the same).

        With ``before`` (the partner as it was), only the details this edit changed count: a
        partner that already differed from its entry, edited in its role or its notes alone,
        does not offer to overwrite the entry's other details.
        """
        entry = self.entry_for(edited) or (self.entry_for(before) if before is not None else None)
        if entry is None:
            return None
        stored = entry.organisation
        differing = [
            (name, label)
            for name, label in _COMPARED
            if getattr(stored, name) != getattr(edited, name)
            and (before is None or getattr(before, name) != getattr(edited, name))
        ]
        if not differing:
            return None
        return UpdateOffer(
            entry=entry, differences=tuple(label for _, label in differing), fields=tuple(name for name, _ in differing)
        )

    def update_entry_from_partner(self, entry_id: int, org: Organisation) -> DirectoryEntry:
        return self.directory.update(entry_id, org)

    def save_partner(self, org: Organisation) -> DirectoryEntry:
        """Keep a plan's partner in the directory: update its entry, or add one."""
        entry = self.entry_for(org)
        if entry is not None:
            return self.directory.update(entry.id, org)
        return self.directory.add(org)

    def save_partners(self, orgs: Sequence[Organisation]) -> MergeCounts:
        return self.directory.merge(orgs)

    # --- files -----------------------------------------------------------------------------------

    def import_file(self, path: str | os.PathLike[str], *, skip_bad_rows: bool = False) -> DirectoryImport:
        """Read a spreadsheet into the directory; with any bad row and no ``skip_bad_rows``, import nothing."""
        result = read_partners(Path(path))
        if result.problems and not skip_bad_rows:
            return DirectoryImport(result=result, counts=None)
        return DirectoryImport(result=result, counts=self.directory.merge(result.partners))

    def import_any(
        self, path: str | os.PathLike[str], *, skip_bad_rows: bool = False, progress: Progress | None = None
    ) -> DirectoryImport | FundedImport:
        """A Project Results export (recognised by its header row) with its projects, or else a
        partner list. A file that is neither gets one message saying what each one lacks."""
        from erasmus_planner.services.funded_import import NO_PARTNER_HEADER, import_projects, neither_error

        funded = import_projects(self.directory, path, skip_bad_rows=skip_bad_rows, progress=progress)
        if funded is not None:
            return funded
        try:
            return self.import_file(path, skip_bad_rows=skip_bad_rows)
        except PlanError as exc:
            if exc.message.template.startswith(NO_PARTNER_HEADER):
                raise neither_error(Path(path), exc) from None
            raise

    # --- near-duplicates -------------------------------------------------------------------------

    def duplicates(self, *, limit: int | None = None) -> list[tuple[Candidate, DirectoryEntry, DirectoryEntry]]:
        """Pairs of entries that may be one organisation, surest first, each with both entries."""
        found = self.directory.duplicate_candidates()[:limit]
        entries = {e.id: e for e in self.directory.entries({i for c in found for i in (c.first, c.second)})}
        return [(c, entries[c.first], entries[c.second]) for c in found if c.first in entries and c.second in entries]

    def merge_entries(self, keep_id: int, other_id: int, *, any_country: bool = False) -> tuple[MergeRecord, DirectoryEntry]:
        """Merge OTHER into KEEP (see ``directory_duplicates``); refused across countries unless asked."""
        keep, other = self.directory.get(keep_id), self.directory.get(other_id)
        if keep.organisation.country != other.organisation.country and not any_country:
            raise PlanError(
                "entries {keep} and {other} are in different countries ({first}, {second}); one organisation is in one "
                "country: check the ids (directory duplicates lists likely pairs), or merge anyway with --any-country",
                keep=keep_id, other=other_id, first=keep.organisation.country, second=other.organisation.country,
                source=str(self.directory.path),
            )
        record = self.directory.merge_entries(keep_id, other_id)
        return record, self.directory.entries([keep_id])[0]

    def unmerge(self, record: MergeRecord) -> None:
        self.directory.unmerge(record)

    def export_file(self, path: str | os.PathLike[str]) -> int:
        entries = self.directory.all()
        write_partners(Path(path), [entry.organisation for entry in entries])
        return len(entries)

