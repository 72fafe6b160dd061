"""Judging a funded consortium against the rules of its own action and call year.

Every funded project was eligible for its own call, so a consortium the rules reject points at a
rule or a data gap. It is judged only on what the export says (``resources/funded/audit.toml``):
rules that need what the file does not hold are set aside as "not checked"; a field, lot or
variant the file does not give is tried in every value the call had; a type rule that fails
while some organisation's type is unknown ("Other", or a label the planner does not map) leaves
the consortium "not judged" rather than failed.
"""

from __future__ import annotations

import itertools
from functools import cache

from erasmus_planner.domain.catalogue import ActionDef, Catalogue
from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.errors import Message
from erasmus_planner.domain.funded_projects import COORDINATOR, FundedProject, Participant
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.domain.platform_types import OTHER, is_mapped
from erasmus_planner.domain.report import Finding
from erasmus_planner.domain.resources import load_toml
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.vocabulary import APPLICANT, PARTNER

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

ELIGIBLE: Final = "eligible"
NOT_ELIGIBLE: Final = "not-eligible"
NOT_JUDGED: Final = "not-judged"


@cache
def _data() -> dict[str, Any]:
    raw = load_toml("funded", "audit.toml")
    set_aside = {kind: entry["what"] for entry in raw["not_in_file"] for kind in entry["kinds"]}
    return {"set_aside": set_aside, "notes": tuple(e["note"] for e in raw["not_in_file"]), "types": frozenset(raw["type_dependent"]["kinds"])}


def not_checked_notes() -> tuple[str, ...]:
    """What the audit never checks, in a sentence each (for reports)."""
    return _data()["notes"]


class Judgement(Value):
    """The verdict on one funded consortium.

    ``findings`` are the failing findings (not eligible); ``reason`` says why it was not judged;
    ``field`` / ``lot`` / ``variant`` are those the verdict was reached under (tried where the
    file gave none); ``not_checked`` lists the rules set aside because the file cannot answer."""

    __slots__ = _fields = ("identifier", "verdict", "action", "field", "lot", "variant", "call_year", "findings", "reason", "not_checked")

    identifier: str
    verdict: str
    action: str | None
    field: str | None
    lot: str | None
    variant: str | None
    call_year: int
    findings: tuple[Finding, ...]
    reason: Message | None
    not_checked: tuple[str, ...]

    def __init__(
        self,
        identifier: str,
        verdict: str,
        action: str | None,
        call_year: int,
        field: str | None = None,
        lot: str | None = None,
        variant: str | None = None,
        findings: tuple[Finding, ...] = (),
        reason: Message | None = None,
        not_checked: tuple[str, ...] = (),
    ) -> None:
        for name, value in (
            ("identifier", identifier), ("verdict", verdict), ("action", action), ("field", field), ("lot", lot),
            ("variant", variant), ("call_year", call_year), ("findings", findings), ("reason", reason), ("not_checked", not_checked),
        ):
            object.__setattr__(self, name, value)


def _organisation(person: Participant) -> Organisation:
    return Organisation(
        name=person.name,
        country=person.country,
        type=person.type,
        role=APPLICANT if person.role == COORDINATOR else PARTNER,
        # The file does not say; the project was funded, so every HEI held its charter then.
        eche=person.type == "higher-education",
        city=person.city or None,
    )


def plan_of(project: FundedProject, *, field: str | None = None, lot: str | None = None, variant: str | None = None) -> Plan:
    """The funded consortium as a plan: coordinator as applicant, everyone else a full partner."""
    action = project.action
    return Plan(
        action=action.action or "",
        call_year=project.call_year,
        partners=tuple(_organisation(p) for p in project.participants),
        title=project.title,
        field=field if field is not None else action.field,
        lot=lot if lot is not None else action.lot,
        variant=variant,
    )


def _who(person: Participant) -> Message:
    return Message("the coordinator") if person.position == 0 else Message("partner {n}", n=person.position)


def _not_judged_reason(project: FundedProject) -> Message | None:
    action = project.action
    if action.action is None:
        if action.not_covered:
            return Message("{name} ({code}): the planner has rules for Key Action 2 partnerships only", name=action.not_covered, code=action.code)
        if action.code:
            return Message("the action code {code} is not one the planner has rules for", code=action.code)
        return Message("the identifier carries no action code and the Action Type {label!r} is not one the planner knows", label=project.action_type)
    unmapped = [p for p in project.participants if p.type_as_written and not is_mapped(p.type_as_written)]
    untyped = [p for p in project.participants if not p.type_as_written]
    if unmapped:
        return Message(
            "organisation types the planner does not map: {types}",
            types="; ".join(f"{p.type_as_written!r} ({_who(p).render()})" for p in unmapped),
        )
    if untyped:
        return Message("no organisation type given for {who}", who=", ".join(_who(p).render() for p in untyped))
    return None


def choices(action: ActionDef, year: int, field: str | None, lot: str | None) -> list[tuple[str | None, str | None, str | None]]:
    """Every (field, lot, variant) a funded project of ``action`` may have had in ``year``, where
    the project gives ``field`` and ``lot`` (None: not given, so every one the call had)."""
    fields: list[str | None] = [field] if field or not action.has_fields else list(action.fields)
    lots: list[str | None] = [lot] if lot or not action.lots_in(year) else [each.id for each in action.lots_in(year)]
    combos = []
    for one_field, one_lot in itertools.product(fields, lots):
        variants = [v.id for v in action.variants_in(year, one_field)] or [None]
        combos.extend((one_field, one_lot, variant) for variant in variants)
    return combos


def judge(project: FundedProject, catalogue: Catalogue) -> Judgement:
    """The verdict on one funded consortium (see the module's comment)."""
    action_ref = project.action
    reason = _not_judged_reason(project)
    if reason is not None:
        return Judgement(project.identifier, NOT_JUDGED, action_ref.action, project.call_year, action_ref.field, action_ref.lot, reason=reason)
    action = catalogue.action(action_ref.action)  # type: ignore[arg-type]
    data = _data()
    unknown_types = any(p.type == OTHER for p in project.participants)
    best: tuple[int, Judgement] | None = None
    for field, lot, variant in choices(action, project.call_year, action_ref.field, action_ref.lot):
        report = check(plan_of(project, field=field, lot=lot, variant=variant), catalogue)
        fails = [f for f in report.findings if f.status == "fail"]
        set_aside = tuple(sorted({data["set_aside"][f.params.get("_kind")] for f in fails if f.params.get("_kind") in data["set_aside"]}))
        counted = [f for f in fails if f.params.get("_kind") not in data["set_aside"]]
        if not counted:
            return Judgement(project.identifier, ELIGIBLE, action.id, project.call_year, field, lot, variant, not_checked=set_aside)
        if unknown_types and all(f.params.get("_kind") in data["types"] for f in counted):
            verdict = Judgement(
                project.identifier, NOT_JUDGED, action.id, project.call_year, field, lot, variant,
                findings=tuple(counted), reason=Message("a rule on organisation types fails, and some organisations are typed 'Other' in the file"),
                not_checked=set_aside,
            )
            rank = 0
        else:
            verdict = Judgement(project.identifier, NOT_ELIGIBLE, action.id, project.call_year, field, lot, variant, findings=tuple(counted), not_checked=set_aside)
            rank = len(counted)
        if best is None or rank < best[0]:
            best = (rank, verdict)
    assert best is not None
    return best[1]
