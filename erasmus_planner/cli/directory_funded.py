"""What ``directory`` prints about funded projects: imports of Project Results exports, entries
with their track record, near-duplicates and merges (spec/plan-format.md §4.3); and the
terminal progress line ``directory import`` and ``audit`` share."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from erasmus_planner.cli import EXIT_BAD_INPUT, EXIT_OK
from erasmus_planner.domain.errors import PlanError

DIRECTORY_HELP = (
    "the partner directory file (default: $ERASMUS_PLANNER_DIRECTORY, else partner-directory.sqlite3 in the "
    "user data folder)"
)
SHOWN_PROJECTS = 3  # in the text listing; --json lists them all
_REASONS = {
    "same-name": "same name, different websites",
    "same-website": "same website, different names",
    "same-words": "same words in another order",
    "contained-name": "one name holds every word of the other",
    "similar-name": "nearly the same name",
}


class TerminalProgress:
    """``progress(done, total)`` as one line rewritten in place on a terminal; silent otherwise
    (a script reading standard error gets no carriage returns)."""

    def __init__(self, what: str, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._what = what
        self._shown = False
        self._last = 0.0
        self.enabled = bool(getattr(self._stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.2 and done < total):
            return
        self._last = now
        percent = f"{min(100, 100 * done // total)}%" if total else ""
        self._stream.write(f"\r{self._what} {percent}   ")
        self._stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self._stream.write("\r" + " " * (len(self._what) + 8) + "\r")
            self._stream.flush()


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 row``, ``2 rows``, ``12,000 rows`` (``many`` where adding an s is wrong)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def experience_of(args: argparse.Namespace) -> Any:
    """``--experience/--role/--since`` as an Experience, or None when none is given."""
    if args.experience is None and args.role is None and args.since is None:
        return None
    from erasmus_planner.domain.catalogue import load_catalogue
    from erasmus_planner.domain.funded_projects import experience

    return experience(args.experience, load_catalogue(), role=args.role, since=args.since)


def entry_json(entry: Any, experience: Any = None) -> dict[str, Any]:
    from erasmus_planner.interchange.plan_json import partner_to_dict

    data = partner_to_dict(entry.organisation)
    data.pop("role", None)  # the directory keeps no roles
    out = {"id": entry.id, **data}
    out.update(
        website=entry.website, region=entry.region, type_as_written=entry.type_as_written,
        project_count=entry.project_count, projects=[p.to_json() for p in entry.projects],
    )
    if experience is not None:
        out["matching_project_count"] = entry.matching
    return out


def _type_text(entry: Any) -> str:
    org = entry.organisation
    if org.type == "other" and entry.type_as_written and entry.type_as_written.casefold() != "other":
        return f"other: {entry.type_as_written!r}"
    return str(org.type)


def print_entry(entry: Any) -> None:
    org = entry.organisation
    ids = " ".join(x for x in (f"OID {org.oid}" if org.oid else "", f"PIC {org.pic}" if org.pic else "") if x)
    place = f"{org.city}, {org.country}" if org.city else org.country
    print(f"{entry.id:>6}  {org.name}  ({place}; {_type_text(entry)}{'; ' + ids if ids else ''})")
    if entry.projects:
        print(f"        {plural(entry.project_count, 'funded project')}:")
        for project in entry.projects[:SHOWN_PROJECTS]:
            print(f"          {project.call_year}  {project.identifier}  {project.role}  {project.title}")
        if entry.project_count > SHOWN_PROJECTS:
            print(f"          … and {entry.project_count - SHOWN_PROJECTS:,} more (--json lists them all)")


def report_funded_import(source: Path, where: Path, outcome: Any, *, skip_bad_rows: bool) -> int:
    if outcome.problems or outcome.more_problems:
        rows = plural(outcome.bad_rows, "row")
        if outcome.imported:
            headline = f"{rows} cannot be imported; they were skipped"
        else:
            good = plural(outcome.good_rows, "good row")
            headline = f"{rows} cannot be imported; nothing was imported (fix them, or use --skip-bad-rows to import the {good})"
        print(f"erasmus-planner: {source}: {headline}", file=sys.stderr)
        for problem in outcome.problems:
            print(f"  {problem}", file=sys.stderr)
        if outcome.more_problems or outcome.bad_rows > len({p.row for p in outcome.problems}):
            print(f"  … and more problems not listed (only the first {len(outcome.problems):,} are shown)", file=sys.stderr)
    if not outcome.imported:
        return EXIT_BAD_INPUT
    counts = outcome.counts
    projects = plural(counts.projects_added, "funded project")
    replaced = f" ({counts.projects_replaced:,} already there, replaced)" if counts.projects_replaced else ""
    print(
        f"Imported {projects}{replaced} from {source} into {where}: "
        f"{plural(counts.organisations_added, 'new organisation')}, "
        f"{plural(counts.organisations_reused, 'organisation')} already in the directory, "
        f"{plural(counts.participations, 'participation')}"
    )
    if outcome.other_programme_rows:
        print(f"Skipped {plural(outcome.other_programme_rows, 'row')} of other programmes (only Erasmus+ is read)")
    return EXIT_OK


def _service(args: argparse.Namespace) -> Any:
    from erasmus_planner.services.directory_service import DirectoryService

    return DirectoryService.open(args.directory)


def _brief(entry: Any) -> dict[str, Any]:
    org = entry.organisation
    return {
        "id": entry.id, "name": org.name, "country": org.country, "type": org.type, "city": org.city,
        "website": entry.website, "project_count": entry.project_count,
    }


def run_duplicates(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise PlanError(f"--limit must be at least 1, not {args.limit}")
    service = _service(args)
    try:
        pairs = service.duplicates(limit=args.limit)
    finally:
        service.close()
    if args.json:
        out = [
            {"country": c.country, "score": c.score, "reason": c.reason, "entries": [_brief(a), _brief(b)]} for c, a, b in pairs
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not pairs:
        print("No likely duplicates found.")
        return EXIT_OK
    for candidate, first, second in pairs:
        print(f"\n{candidate.country}  {_REASONS.get(candidate.reason, candidate.reason)} ({candidate.score:.2f})")
        for entry in (first, second):
            org = entry.organisation
            details = "; ".join(x for x in (org.city or "", entry.website or "", plural(entry.project_count, "project")) if x)
            print(f"  {entry.id:>6}  {org.name} ({details})")
        print(f"  merge with: erasmus-planner directory merge {first.id} {second.id}")
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        record, keep = service.merge_entries(args.keep, args.other, any_country=args.any_country)
    finally:
        service.close()
    moved = plural(len(record.moved), "funded project participation")
    filled = sorted(k for k in record.keep_before if k not in ("search_text", "website_host"))
    print(
        f"Merged {record.other['id']} ({record.other['name']}, {record.other['country']}) into {keep.id} "
        f"({keep.organisation.name}): {moved} moved" + (f"; filled in: {', '.join(filled)}" if filled else "")
    )
    return EXIT_OK
