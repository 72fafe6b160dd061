"""Judging funded consortia on what the export says: unknown field, lot and variant tried in
every value, what the file lacks set aside as not checked, unknown types never a failure."""

from __future__ import annotations

from erasmus_planner.domain.catalogue import load_catalogue
from erasmus_planner.domain.funded_audit import ELIGIBLE, NOT_ELIGIBLE, NOT_JUDGED, judge
from erasmus_planner.domain.funded_projects import ActionRef, FundedProject, Participant

CATALOGUE = load_catalogue()


def project(action: ActionRef, year: int, *members: tuple[str, str, str]) -> FundedProject:
    people = tuple(
        Participant(i, "coordinator" if i == 0 else "partner", name, country, type_, type_as_written=label)
        for i, (name, country, (type_, label)) in enumerate((m[0], m[1], _label(m[2])) for m in members)
    )
    return FundedProject("X-1", "t", year, action, participants=people)


LABELS = {
    "higher-education": "Higher education institution (tertiary level)",
    "enterprise-sme": "Small and medium sized enterprise",
    "vet-provider": "School/Institute/Educational centre – Vocational Training (secondary level)",
    "social-partner": "Social partner or other representative of working life (chambers of commerce, trade union, trade association)",
    "other": "Other",
    "sport": "Sport club",
}


def _label(kind: str) -> tuple[str, str]:
    return ("other" if kind == "sport" else kind), LABELS[kind]


KA = ActionRef("EPPKA2-KA", "knowledge-alliance")
KA_MEMBERS = [("U1", "DE", "higher-education"), ("U2", "IT", "higher-education"), ("E1", "FI", "enterprise-sme"),
              ("E2", "PL", "enterprise-sme"), ("C1", "IT", "social-partner"), ("C2", "GR", "social-partner")]


def test_a_funded_knowledge_alliance_is_eligible_without_eche_or_pic_in_the_file() -> None:
    verdict = judge(project(KA, 2019, *KA_MEMBERS), CATALOGUE)
    assert verdict.verdict == ELIGIBLE


def test_a_broken_copy_is_not_eligible_with_its_failing_findings() -> None:
    verdict = judge(project(KA, 2019, *KA_MEMBERS[:4]), CATALOGUE)
    assert verdict.verdict == NOT_ELIGIBLE and {f.rule for f in verdict.findings} == {"min-organisations"}


def test_a_failing_type_rule_with_organisations_typed_other_is_not_judged() -> None:
    members = [KA_MEMBERS[0], ("U2", "IT", "other"), *KA_MEMBERS[2:]]  # one HEI left; the other says "Other"
    verdict = judge(project(KA, 2019, *members), CATALOGUE)
    assert verdict.verdict == NOT_JUDGED and "typed 'Other'" in str(verdict.reason)


def test_an_unmapped_type_or_an_action_without_rules_is_not_judged_with_the_reason() -> None:
    sport = judge(project(KA, 2019, *KA_MEMBERS[:5], ("Club", "GR", "sport")), CATALOGUE)
    assert sport.verdict == NOT_JUDGED and "'Sport club' (partner 5)" in str(sport.reason)
    ka1 = judge(project(ActionRef("KA101", None, not_covered="Key Action 1 (learning mobility of individuals)"), 2017, KA_MEMBERS[0]), CATALOGUE)
    assert ka1.verdict == NOT_JUDGED and "Key Action 2 partnerships only" in str(ka1.reason)


def test_an_ssa_without_its_lot_is_eligible_when_one_lot_of_its_year_fits() -> None:
    ssa = ActionRef("EPPKA2-SSA", "sector-skills-alliance")
    members = [("V1", "DE", "vet-provider"), ("V2", "IT", "vet-provider"), ("V3", "FR", "vet-provider"),
               ("S1", "DE", "social-partner"), ("S2", "IT", "social-partner"), ("S3", "FR", "social-partner"),
               ("E1", "ES", "enterprise-sme"), ("V4", "ES", "vet-provider"), ("S4", "PT", "social-partner")]
    verdict = judge(project(ssa, 2018, *members), CATALOGUE)
    assert verdict.verdict == ELIGIBLE and verdict.lot in {"skills-needs", "design-delivery", "blueprint"}
