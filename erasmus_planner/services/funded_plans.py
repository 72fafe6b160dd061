"""A new plan from a funded consortium held in the partner directory (``new --from-project``,
File ▸ New from Funded Project…): the coordinator as applicant, the partners as full partners,
action, field, lot and call year from the project.

Where the project does not say its field, lot or variant (KA200 addresses several fields, an SSA
code names no lot), the plan takes the first one under which the consortium is eligible and
says so. Higher education institutions of the consortium are marked as holding the ECHE, since
the project was funded and the charter was required then; the note on each says so, to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from erasmus_planner.domain.catalogue import Catalogue, load_catalogue
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.funded_audit import choices
from erasmus_planner.domain.funded_projects import COORDINATOR, not_covered_name
from erasmus_planner.domain.model import Organisation, Plan, new_partner_id
from erasmus_planner.domain.vocabulary import APPLICANT, PARTNER
from erasmus_planner.persistence.directory import PartnerDirectory
from erasmus_planner.persistence.directory_projects import ProjectSummary

PROVENANCE_KEY = "from_funded_project"  # kept in the plan file as an unknown key (spec §2)


@dataclass(frozen=True)
class FundedPlan:
    plan: Plan
    project: ProjectSummary
    notes: tuple[Message, ...]  # what was chosen or assumed, to tell the user


def _eche_note(identifier: str) -> str:
    return Message("ECHE assumed: it took part in the funded project {identifier}; check the charter", identifier=identifier).render()


def plan_from_project(directory: PartnerDirectory, identifier: str, *, catalogue: Catalogue | None = None) -> FundedPlan:
    catalogue = catalogue or load_catalogue()
    stored = directory.project(identifier)
    if stored is None:
        raise PlanError(
            "no funded project {identifier} in the partner directory; import the Project Results list that holds it "
            "(erasmus-planner directory import FILE)",
            identifier=identifier.strip(), source=str(directory.path),
        )
    summary = stored.summary
    if summary.action is None:
        what = not_covered_name(summary.code) or summary.code or summary.identifier
        raise PlanError(
            "the funded project {identifier} is not a Key Action 2 partnership the planner knows ({what}); a plan cannot be made from it",
            identifier=summary.identifier, what=what,
        )
    entries = {e.id: e for e in directory.entries((m.entry_id for m in stored.members), track_records=False)}
    notes: list[Message] = []
    partners: list[Organisation] = []
    for member in stored.members:
        entry = entries.get(member.entry_id)
        if entry is None:
            continue  # removed from the directory since: the plan says so below
        org = entry.organisation.with_changes(id=new_partner_id(), role=APPLICANT if member.role == COORDINATOR else PARTNER)
        if org.type == "higher-education" and not org.eche:
            org = org.with_changes(eche=True, notes="\n".join(x for x in (org.notes, _eche_note(summary.identifier)) if x))
            notes.append(Message("{name}: ECHE assumed (it took part in this funded project); check the charter", name=org.name))
        partners.append(org)
    missing = len(stored.members) - len(partners)
    if missing:
        notes.append(Message("{count} organisations of the project are no longer in the directory and are missing from the plan", count=missing))
    plan = Plan(
        action=summary.action, call_year=summary.call_year, partners=tuple(partners), title=summary.title,
        field=summary.field, lot=summary.lot, extra=MappingProxyType({PROVENANCE_KEY: summary.identifier}),
    )
    plan, chosen = _choose_unknowns(plan, summary, catalogue)
    return FundedPlan(plan=plan, project=summary, notes=(*chosen, *notes))


def _choose_unknowns(plan: Plan, summary: ProjectSummary, catalogue: Catalogue) -> tuple[Plan, list[Message]]:
    action = catalogue.action(plan.action)
    options = choices(action, summary.call_year, summary.field, summary.lot)
    if len(options) <= 1 and (not options or options[0][:2] == (summary.field, summary.lot)):
        field, lot, variant = options[0] if options else (summary.field, summary.lot, None)
        return plan.with_changes(variant=variant if variant != action.default_variant() else None), []
    tried = [plan.with_changes(field=f, lot=l, variant=v) for f, l, v in options]
    chosen = next((p for p in tried if check(p, catalogue).eligible), tried[0])
    if chosen.variant is not None and chosen.variant == action.default_variant():
        chosen = chosen.with_changes(variant=None)  # the default, as a plan written by hand has it
    notes = []
    if chosen.field != summary.field:
        notes.append(Message("the project does not say its field; set to {field}, the first in which this consortium is eligible: change it if the project's main field was another", field=chosen.field))
    if chosen.lot != summary.lot:
        notes.append(Message("the project does not say its lot; set to {lot}, the first under which this consortium is eligible", lot=chosen.lot))
    return chosen, notes
