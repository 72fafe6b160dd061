"""Per-partner problems, read from the one Report: what the status column of the table shows.

The engine speaks about the consortium; a coordinator scanning rows wants to know which partner
needs attention and why, in a few words. Findings name the partners they concern, so each row
gathers the non-passing findings that name it — only for rules whose named partners are the
offenders (a failed "at least 3 schools" names the schools that count, which are fine).
Identifier format is read straight from the partner, so the tooltip says what is wrong with it.

The short wordings are English templates marked for Qt Linguist (context "partner_status"); the
interface passes its translate function to ``summary_in`` / ``tooltip_in``. No Qt import here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

from erasmus_planner.domain.identifiers import oid_problem, pic_problem
from erasmus_planner.domain.model import PartnerId, Plan
from erasmus_planner.domain.report import Report
from erasmus_planner.domain.rule_kinds import identifier_problem_text  # the checklist's wording
from erasmus_planner.domain.values import Value
from erasmus_planner.domain.wording import wording

Severity = Literal["fail", "warn", "info"]
Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged (translated when shown)."""
    return text


def _same(text: str) -> str:
    return text


# Rule kinds whose ``partners`` are the organisations at fault, with the row's short wording.
_OFFENDER_KINDS: Final[dict[str, str]] = {
    "identifier-missing": QT_TRANSLATE_NOOP("partner_status", "{identifier} missing"),
    "duplicates": QT_TRANSLATE_NOOP("partner_status", "Possibly the same organisation twice"),
    "eche": QT_TRANSLATE_NOOP("partner_status", "Higher education institution without an ECHE"),
    "only-eligible-countries": QT_TRANSLATE_NOOP("partner_status", "Country not eligible in this call"),
    "non-eligible-only-associated": QT_TRANSLATE_NOOP("partner_status", "Country not eligible unless an associated partner"),
    "excluded-countries": QT_TRANSLATE_NOOP("partner_status", "Country excluded from this action"),
    "only-types": QT_TRANSLATE_NOOP("partner_status", "Type of organisation not allowed in this action"),
    "applicant-country": QT_TRANSLATE_NOOP("partner_status", "Cannot apply from this country"),
    "applicant-type": QT_TRANSLATE_NOOP("partner_status", "This type of organisation cannot apply"),
    "applicant-seniority": QT_TRANSLATE_NOOP("partner_status", "Applicant's date of establishment"),
    "single-applicant": QT_TRANSLATE_NOOP("partner_status", "More than one applicant"),
}
# Notes (status "info") worth a word on the row: the organisation is fine but does not count.
_NOTE_KINDS: Final[dict[str, str]] = {
    "not-counted": QT_TRANSLATE_NOOP("partner_status", "Not counted"),
    "eche-not-needed": QT_TRANSLATE_NOOP("partner_status", "No ECHE needed in this country"),
}
_MALFORMED: Final = QT_TRANSLATE_NOOP("partner_status", "Malformed {identifier}")
_OK: Final = QT_TRANSLATE_NOOP("partner_status", "OK")
_NO_PROBLEM: Final = QT_TRANSLATE_NOOP("partner_status", "No problem found with this organisation.")


class PartnerProblem(Value):  # plain values, not dataclasses: imported before the first paint
    __slots__ = _fields = ("severity", "template", "detail", "params")

    severity: Severity
    template: str  # a few words for the row (English, with {placeholders})
    detail: str  # the full sentence, for the tooltip (the finding's message, already in its language)
    params: Mapping[str, Any]

    def __init__(self, severity: Severity, template: str, detail: str = "", params: Mapping[str, Any] | None = None) -> None:
        set_ = object.__setattr__
        set_(self, "severity", severity)
        set_(self, "template", template)
        set_(self, "detail", detail)
        set_(self, "params", {} if params is None else params)

    def summary_in(self, translate: Translate = _same) -> str:
        return translate(self.template).format(**self.params)

    @property
    def summary(self) -> str:
        return self.summary_in()


class PartnerStatus(Value):
    __slots__ = _fields = ("problems",)

    problems: tuple[PartnerProblem, ...]

    def __init__(self, problems: tuple[PartnerProblem, ...] = ()) -> None:
        object.__setattr__(self, "problems", problems)

    @property
    def severity(self) -> Severity | Literal["ok"]:
        for level in ("fail", "warn", "info"):
            if any(p.severity == level for p in self.problems):
                return level  # type: ignore[return-value]
        return "ok"

    def summary_in(self, translate: Translate = _same) -> str:
        if not self.problems:
            return translate(_OK)
        first = self.problems[0].summary_in(translate)
        return first if len(self.problems) == 1 else f"{first} (+{len(self.problems) - 1})"

    def tooltip_in(self, translate: Translate = _same) -> str:
        if not self.problems:
            return translate(_NO_PROBLEM)
        return "\n".join(
            f"• {p.summary_in(translate)}" + (f": {p.detail}" if p.detail else "") for p in self.problems
        )

    @property
    def summary(self) -> str:
        return self.summary_in()

    @property
    def tooltip(self) -> str:
        return self.tooltip_in()


OK: Final = PartnerStatus()
_ORDER: Final = {"fail": 0, "warn": 1, "info": 2}


def partner_statuses(plan: Plan, report: Report, *, language: str = "en") -> dict[PartnerId, PartnerStatus]:
    """Every partner's status (partners without problems map to ``OK``); details in ``language``
    (the findings' sentences are already in the report's)."""
    words = wording(language)
    by_name: dict[str, list[PartnerProblem]] = defaultdict(list)
    for finding in report.findings:
        if finding.status not in ("fail", "warn", "info"):
            continue
        kind = str(finding.params.get("_kind", finding.rule))
        template = (_NOTE_KINDS if finding.status == "info" else _OFFENDER_KINDS).get(kind)
        if template is None:
            continue
        if kind == "single-applicant" and len(finding.partners) < 2:
            continue
        params = {"identifier": finding.params.get("identifier", "ID")} if "{identifier}" in template else {}
        problem = PartnerProblem(finding.status, template, finding.message, params)  # type: ignore[arg-type]
        for name in dict.fromkeys(finding.partners):
            by_name[name].append(problem)

    statuses: dict[PartnerId, PartnerStatus] = {}
    for org in plan.partners:
        problems = list(by_name.get(org.name, ()))
        for label, value, problem in (("OID", org.oid, oid_problem(org.oid)), ("PIC", org.pic, pic_problem(org.pic))):
            if problem:
                detail = f"{value!r}: {identifier_problem_text(problem, words)}"
                problems.insert(0, PartnerProblem("warn", _MALFORMED, detail, {"identifier": label}))
        problems.sort(key=lambda p: _ORDER[p.severity])  # failures first, stable otherwise
        statuses[org.id] = PartnerStatus(tuple(problems)) if problems else OK
    return statuses
