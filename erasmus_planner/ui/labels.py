"""The vocabulary of plan files as the interface shows it, in the interface's language.

Labels the domain owns (types, roles, fields, communities, action names — ``domain/vocabulary.py``)
are translated by the domain's catalogues (``rules_<lang>.ts``, context "vocabulary"), so the
window and the PDF briefing always use the same words. Labels only the interface uses (short
forms for table cells, the type picker's groups, the role explanations) are marked here for Qt
Linguist (``ui_<lang>.ts``, context "labels"). Ids never change with the language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from erasmus_planner.domain import countries
from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.rule_kinds import identifier_problem_text  # the checklist's wording
from erasmus_planner.domain.vocabulary import COMMUNITY_LABELS, FIELD_LABELS, ROLE_LABELS, VOCABULARY, type_label
from erasmus_planner.domain.wording import wording
from erasmus_planner.ui import i18n

if TYPE_CHECKING:  # the spreadsheet reader is imported only when a spreadsheet is
    from collections.abc import Callable

    from erasmus_planner.domain.wording import Wording
    from erasmus_planner.interchange.spreadsheets import RowProblem

_CONTEXT: Final = "labels"

# Few words for a table cell; the full label goes in the tooltip.
SHORT_ROLES: Final[dict[str, str]] = {
    "applicant": QT_TRANSLATE_NOOP("labels", "Applicant"),
    "partner": QT_TRANSLATE_NOOP("labels", "Full partner"),
    "associated-partner": QT_TRANSLATE_NOOP("labels", "Associated"),
    "affiliated-entity": QT_TRANSLATE_NOOP("labels", "Affiliated"),
}
ROLE_EXPLANATIONS: Final[dict[str, str]] = {
    "applicant": QT_TRANSLATE_NOOP("labels", "Submits the application and coordinates; a plan has exactly one."),
    "partner": QT_TRANSLATE_NOOP("labels", "Takes full part; counts toward the minimum number of partners."),
    "associated-partner": QT_TRANSLATE_NOOP("labels", "Contributes without funding; never counts toward a minimum."),
    "affiliated-entity": QT_TRANSLATE_NOOP(
        "labels", "Linked to one full partner (calls from 2021); counts toward no minimum and never applies."
    ),
}
SHORT_TYPES: Final[dict[str, str]] = {
    "school": QT_TRANSLATE_NOOP("labels", "School"),
    "vet-provider": QT_TRANSLATE_NOOP("labels", "VET provider"),
    "higher-education": QT_TRANSLATE_NOOP("labels", "Higher education"),
    "adult-education": QT_TRANSLATE_NOOP("labels", "Adult education"),
    "youth-organisation": QT_TRANSLATE_NOOP("labels", "Youth organisation"),
    "informal-youth-group": QT_TRANSLATE_NOOP("labels", "Informal youth group"),
    "enterprise-sme": QT_TRANSLATE_NOOP("labels", "SME"),
    "enterprise-large": QT_TRANSLATE_NOOP("labels", "Large enterprise"),
    "social-enterprise": QT_TRANSLATE_NOOP("labels", "Social enterprise"),
    "public-body-local": QT_TRANSLATE_NOOP("labels", "Local authority"),
    "public-body-regional": QT_TRANSLATE_NOOP("labels", "Regional authority"),
    "public-body-national": QT_TRANSLATE_NOOP("labels", "National authority"),
    "ngo": QT_TRANSLATE_NOOP("labels", "NGO"),
    "european-ngo": QT_TRANSLATE_NOOP("labels", "European NGO"),
    "foundation": QT_TRANSLATE_NOOP("labels", "Foundation"),
    "research-institute": QT_TRANSLATE_NOOP("labels", "Research institute"),
    "social-partner": QT_TRANSLATE_NOOP("labels", "Social partner"),
    "qualification-body": QT_TRANSLATE_NOOP("labels", "Qualification body"),
    "guidance-body": QT_TRANSLATE_NOOP("labels", "Guidance service"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
# The plain-word groups of the type picker (``OrgType.seed_group``).
SEED_GROUPS: Final[dict[str, str]] = {
    "Schools": QT_TRANSLATE_NOOP("labels", "Schools"),
    "Schools and colleges": QT_TRANSLATE_NOOP("labels", "Schools and colleges"),
    "Universities": QT_TRANSLATE_NOOP("labels", "Universities"),
    "Youth groups": QT_TRANSLATE_NOOP("labels", "Youth groups"),
    "Businesses": QT_TRANSLATE_NOOP("labels", "Businesses"),
    "Authorities": QT_TRANSLATE_NOOP("labels", "Authorities"),
    "NGOs": QT_TRANSLATE_NOOP("labels", "NGOs"),
    "Research and expertise": QT_TRANSLATE_NOOP("labels", "Research and expertise"),
    "Other": QT_TRANSLATE_NOOP("labels", "Other"),
}
PROGRAMMES: Final[dict[str, str]] = {
    "2014-2020": QT_TRANSLATE_NOOP("labels", "Erasmus+ 2014–2020"),
    "2021-2027": QT_TRANSLATE_NOOP("labels", "Erasmus+ 2021–2027"),
}
# How a country counts in a call, in the words of that year's Programme Guide.
_COUNTRY_STATUS: Final[dict[str, str]] = {
    countries.PROGRAMME_COUNTRY: QT_TRANSLATE_NOOP("labels", "Programme Country in {year}"),
    countries.PARTNER_COUNTRY: QT_TRANSLATE_NOOP("labels", "Partner Country in {year}"),
    countries.EU_MEMBER: QT_TRANSLATE_NOOP("labels", "EU Member State"),
    countries.ASSOCIATED: QT_TRANSLATE_NOOP("labels", "associated country"),
    countries.NOT_ASSOCIATED: QT_TRANSLATE_NOOP("labels", "not associated"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def vocabulary(text: str) -> str:
    """A label of the domain's vocabulary (or the catalogue's data) in the interface's language."""
    if i18n.current() == i18n.PSEUDO:
        return i18n.pseudo(text)
    return wording(i18n.content_language()).tr(text, VOCABULARY)


def error_text(error: PlanError) -> str:
    """A PlanError (a file that cannot be read, a locked plan, …) in the interface's language;
    the file's path in front stays as it is."""
    return _said(error, error.text)


def message_text(message: Message) -> str:
    """A fragment of an error (why a plan cannot be locked, …) in the interface's language."""
    return _said(message, message.render)


def row_problem_text(problem: RowProblem) -> str:
    """A spreadsheet row that cannot be imported ("row 4, column 'Country': …"), in the interface's language."""
    return _said(problem, problem.text)


def _said(value: object, render: Callable[[Wording], str]) -> str:
    """``render`` in the interface's language; the English text lengthened in the pseudo-language."""
    if i18n.current() == i18n.PSEUDO:
        return i18n.pseudo(str(value))
    return render(wording(i18n.content_language()))


def identifier_problem(problem: str) -> str:
    """What is wrong with an OID or PIC (``identifiers.oid_problem``), in the checklist's words."""
    if i18n.current() == i18n.PSEUDO:
        return i18n.pseudo(problem)
    return identifier_problem_text(problem, wording(i18n.content_language()))


def role(role_id: str) -> str:
    return vocabulary(ROLE_LABELS[role_id]) if role_id in ROLE_LABELS else role_id


def short_role(role_id: str) -> str:
    return _tr(SHORT_ROLES[role_id]) if role_id in SHORT_ROLES else role(role_id)


def role_explanation(role_id: str) -> str:
    return _tr(ROLE_EXPLANATIONS[role_id]) if role_id in ROLE_EXPLANATIONS else ""


def field(field_id: str) -> str:
    return vocabulary(FIELD_LABELS[field_id]) if field_id in FIELD_LABELS else field_id


def community(community_id: str) -> str:
    return vocabulary(COMMUNITY_LABELS[community_id]) if community_id in COMMUNITY_LABELS else community_id


def org_type(type_id: str) -> str:
    return vocabulary(type_label(type_id))


def short_type(type_id: str) -> str:
    return _tr(SHORT_TYPES[type_id]) if type_id in SHORT_TYPES else org_type(type_id)


def seed_group(group: str) -> str:
    return _tr(SEED_GROUPS[group]) if group in SEED_GROUPS else group


def programme(programme_id: str) -> str:
    return _tr(PROGRAMMES[programme_id]) if programme_id in PROGRAMMES else programme_id


def country_status(code: str, call_year: int) -> str:
    """ "Programme Country in 2019", "EU Member State", … for the country in that call."""
    return _tr(_COUNTRY_STATUS[countries.status(code, call_year)]).format(year=call_year)


def eligible_countries_phrase(call_year: int) -> str:
    """How the Guide of that year names the countries that count (plural)."""
    if countries.is_old_programme(call_year):
        return _tr(QT_TRANSLATE_NOOP("labels", "Programme Countries"))
    return _tr(QT_TRANSLATE_NOOP("labels", "EU Member States or associated countries"))
