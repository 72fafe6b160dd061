"""Who fixes a failing rule: organisations of the directory that would make it pass if added.

For every failing finding of a plan, the directory is asked for organisations of the types and
countries the rule could want (its group of types; for a country rule, eligible countries not
yet in the consortium), most experienced in the plan's action first. Each is then tried for
real: the plan with that organisation added as a full partner is checked again, and it is a
candidate only when that rule then passes (or, for a rule short of several organisations,
needs one fewer). Candidates come best first: those that make the rule pass, then by relevant
experience — projects of the same action and field, then of the same action, as coordinator,
most recent — as ``why`` says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import Catalogue, load_catalogue
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.errors import Message
from erasmus_planner.domain.funded_projects import COORDINATOR
from erasmus_planner.domain.identifiers import fold_name, identity_keys
from erasmus_planner.domain.model import Plan
from erasmus_planner.domain.report import Finding
from erasmus_planner.domain.vocabulary import PARTNER, TYPE_GROUPS
from erasmus_planner.persistence.directory import DirectoryEntry, PartnerDirectory

POOL: Final = 150  # organisations tried per failing rule
COUNTRY_KINDS: Final = frozenset({"min-countries", "min-eu-countries"})
# Rules a new full partner can never fix (who applies, which action, which year …): not tried.
NOT_BY_ADDING: Final = frozenset({
    "single-applicant", "applicant-country", "applicant-type", "applicant-seniority", "action-years", "field-valid",
    "lot-valid", "variant-valid", "duration", "max-organisations", "only-types", "only-eligible-countries",
    "excluded-countries", "eche", "oid-format", "identifier-missing", "duplicates",
})


@dataclass(frozen=True)
class Experience:
    """An organisation's record as it matters for one plan."""

    same_field: int  # projects of the plan's action in the plan's field
    same_action: int  # projects of the plan's action
    coordinated: int  # of those, as coordinator
    newest: int  # call year of the newest project of the action (0: none)
    total: int  # funded projects of any action
    fits_field: bool = False  # its type is the plan's field's own (a VET provider for a VET plan)

    def key(self) -> tuple[int, ...]:
        return (self.same_field, self.same_action, self.coordinated, int(self.fits_field), self.newest, self.total)

    def why(self) -> Message:
        if self.same_action:
            return Message(
                "projects of this action: {same} ({field} in this field, {coordinated} as coordinator), newest {year}",
                same=self.same_action, field=self.same_field, coordinated=self.coordinated, year=self.newest,
            )
        if self.total:
            return Message("no project of this action; funded projects of other actions: {total}", total=self.total)
        return Message("no funded project in the directory")


@dataclass(frozen=True)
class Candidate:
    entry: DirectoryEntry
    experience: Experience
    passes: bool  # adding it makes the rule pass; else it brings the rule one organisation closer

    def why(self) -> Message:
        if self.passes:
            return self.experience.why()
        return Message("{experience}; one of several still missing", experience=self.experience.why())


@dataclass(frozen=True)
class FindingCandidates:
    finding: Finding
    candidates: tuple[Candidate, ...]


# The type that is a field's own provider: ranks candidates for a plan in that field.
FIELD_TYPES: Final = {
    "school": "school", "vet": "vet-provider", "higher": "higher-education", "adult": "adult-education", "youth": "youth-organisation",
}


def experience_for(entry: DirectoryEntry, plan: Plan) -> Experience:
    same = [p for p in entry.projects if p.action == plan.action]
    return Experience(
        fits_field=plan.field is not None and FIELD_TYPES.get(plan.field) == entry.organisation.type,
        same_field=sum(1 for p in same if p.field == plan.field and plan.field is not None),
        same_action=len(same),
        coordinated=sum(1 for p in same if p.role == COORDINATOR),
        newest=max((p.call_year for p in same), default=0),
        total=len(entry.projects),
    )


def _pool_filters(plan: Plan, finding: Finding, catalogue: Catalogue) -> tuple[list[str], list[str]]:
    kind = finding.params.get("_kind")
    rule = next((r for r in catalogue.rules_for(plan.action) if r.id == finding.rule), None)
    params = rule.edition_for(plan.call_year)[2] if rule is not None else {}
    groups = list(params.get("groups") or ([params["group"]] if params.get("group") else []))
    types = sorted({t for g in groups for t in TYPE_GROUPS.get(g, ())})
    eligible = list(countries.eligible_countries(plan.call_year))
    present = {p.country for p in plan.partners}
    if kind in COUNTRY_KINDS:
        return types, [c for c in eligible if c not in present]
    if kind == "per-country-types":
        return types, sorted(present)
    return types, eligible


def for_finding(plan: Plan, finding: Finding, directory: PartnerDirectory, *, limit: int = 10, catalogue: Catalogue | None = None) -> tuple[Candidate, ...]:
    """The directory's organisations that would fix ``finding`` of ``plan``, best first."""
    catalogue = catalogue or load_catalogue()
    if finding.status != "fail" or finding.params.get("_kind") in NOT_BY_ADDING:
        return ()
    types, where = _pool_filters(plan, finding, catalogue)
    pool = directory.experienced_first(action=plan.action, types=types, countries=where, limit=POOL)
    present = {key for partner in plan.partners for key in identity_keys(partner)}
    found: list[Candidate] = []
    for entry in pool:
        if not present.isdisjoint(identity_keys(entry.organisation)):
            continue
        trial = plan.with_partner_added(entry.organisation.with_changes(role=PARTNER))
        after = next((f for f in check(trial, catalogue).findings if f.rule == finding.rule), None)
        if after is None or after.status == "pass":
            passes = True
        elif after.status == "fail" and 0 < after.shortfall < finding.shortfall:
            passes = False
        else:
            continue
        found.append(Candidate(entry, experience_for(entry, plan), passes))
    found.sort(key=rank)
    return tuple(found[:limit])


def rank(candidate: Candidate) -> tuple[object, ...]:
    """Sort key, best first: those that make the rule pass, then by relevant experience, then by name."""
    return (not candidate.passes, tuple(-x for x in candidate.experience.key()), fold_name(candidate.entry.organisation.name))


def for_plan(plan: Plan, directory: PartnerDirectory, *, limit: int = 10, catalogue: Catalogue | None = None) -> list[FindingCandidates]:
    """Every failing finding of ``plan``, each with its candidates (perhaps none)."""
    catalogue = catalogue or load_catalogue()
    report = check(plan, catalogue)
    return [
        FindingCandidates(finding, for_finding(plan, finding, directory, limit=limit, catalogue=catalogue))
        for finding in report.findings
        if finding.status == "fail"
    ]
