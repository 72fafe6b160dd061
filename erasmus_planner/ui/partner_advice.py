"""What the partner dialog says while you type: what blocks OK, what is only a warning, and the
one line beside each field (identifiers, ECHE, role, founding date) and beside the buttons.

Only what the plan file cannot hold blocks OK (a blank name, no country, no type, a date that is
not a date); everything the eligibility check also reports — a malformed OID or PIC, a missing
ECHE — is a visible warning. Every sentence is one translatable template (context
"PartnerDialog"), never English grammar assembled from pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from erasmus_planner.domain import countries, limits
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.domain.identifiers import normalise_oid, normalise_pic, oid_problem, pic_problem
from erasmus_planner.domain.vocabulary import AFFILIATED, APPLICANT, FULL_ROLES
from erasmus_planner.ui import catalogue_text, labels
from erasmus_planner.ui.partner_feedback import FeedbackLabel, Tone

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

    from erasmus_planner.domain.catalogue import ActionDef
    from erasmus_planner.ui.country_picker import CountryPicker
    from erasmus_planner.ui.type_picker import TypePicker

HEI: Final = "higher-education"
FIRST_AFFILIATED_CALL: Final = 2021  # affiliated entities exist from the 2021 call (spec §4.1)
BELGIUM: Final = "BE"

translate = QCoreApplication.translate

# A country's status as a sentence: one template each, so every language can agree its words.
_WHERE: Final[dict[str, str]] = {
    countries.PROGRAMME_COUNTRY: QT_TRANSLATE_NOOP("PartnerDialog", "{country} is a Programme Country in {year}"),
    countries.PARTNER_COUNTRY: QT_TRANSLATE_NOOP("PartnerDialog", "{country} is a Partner Country in {year}"),
    countries.EU_MEMBER: QT_TRANSLATE_NOOP("PartnerDialog", "{country} is an EU Member State"),
    countries.ASSOCIATED: QT_TRANSLATE_NOOP("PartnerDialog", "{country} is an associated country"),
    countries.NOT_ASSOCIATED: QT_TRANSLATE_NOOP("PartnerDialog", "{country} is not associated"),
}
# What is still needed, by field.
_REQUIRED: Final[dict[str, str]] = {
    "name": QT_TRANSLATE_NOOP("PartnerDialog", "name"),
    "country": QT_TRANSLATE_NOOP("PartnerDialog", "country"),
    "type": QT_TRANSLATE_NOOP("PartnerDialog", "type"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartnerDialog", text)


def established_problem(text: str) -> str | None:
    """Why the founding date cannot be stored, or None when it is empty or well formed."""
    value = text.strip()
    if not value or re.fullmatch(r"\d{4}", value):
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:
            return QCoreApplication.translate("PartnerDialog", "{value} is not a calendar date").format(value=value)
        return None
    return QCoreApplication.translate("PartnerDialog", "write the year (2008) or the full date (2008-09-01)")


def _join(words: list[str]) -> str:
    """"name", "name and country", "name, country and type" (in the interface's language)."""
    if len(words) == 1:
        return words[0]
    return QCoreApplication.translate("PartnerDialog", "{first} and {last}").format(first=QCoreApplication.translate("PartnerDialog", ", ").join(words[:-1]), last=words[-1])


def _capitalised(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}"


class PartnerAdvice:
    """The validation and live feedback of ``PartnerDialog`` (its base; the dialog owns the fields)."""

    # The dialog's fields and what it was opened for.
    name_edit: QLineEdit
    country_picker: CountryPicker
    type_picker: TypePicker
    role_combo: QComboBox
    role_help: FeedbackLabel
    affiliated_combo: QComboBox
    affiliated_help: FeedbackLabel
    _affiliated_row: QWidget
    _full_partners: tuple[str, ...]
    _affiliates: int
    oid_edit: QLineEdit
    oid_feedback: FeedbackLabel
    pic_edit: QLineEdit
    pic_feedback: FeedbackLabel
    eche_check: QCheckBox
    eche_help: FeedbackLabel
    established_edit: QLineEdit
    established_feedback: FeedbackLabel
    problem_label: FeedbackLabel
    ok_button: QPushButton
    _form: QFormLayout
    _eche_row: QWidget
    _community_row: QWidget
    _other_applicant: str | None
    _action: ActionDef | None
    _call_year: int
    _language: str | None
    _fit_height: Callable[[], None]

    # -- validation ----------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What stops the organisation from being stored; empty when OK is allowed."""
        return [*self._wrong(), *(translate("PartnerDialog", "the {what} is still needed").format(what=what) for what in self._missing())]

    def _missing(self) -> list[str]:
        """Required fields left empty (a name of only spaces is empty)."""
        missing = []
        if not self.name_edit.text().strip():
            missing.append(_tr(_REQUIRED["name"]))
        if not self.country_picker.currentText().strip():
            missing.append(_tr(_REQUIRED["country"]))
        if self.type_picker.type_id() is None:
            missing.append(_tr(_REQUIRED["type"]))
        return missing

    def _wrong(self) -> list[str]:
        """Entries that cannot be stored as typed."""
        wrong = []
        if self.country_picker.currentText().strip() and (problem := self.country_picker.problem()):
            wrong.append(problem)
        if (problem := established_problem(self.established_edit.text())) is not None:
            wrong.append(translate("PartnerDialog", "established: {problem}").format(problem=problem))
        if self.role_combo.currentData() == AFFILIATED and self.affiliated_combo.count() == 0:
            wrong.append(
                translate("PartnerDialog", "an affiliated entity belongs to a full partner: add the applicant or a full partner first")
            )
        try:  # the documented limits, in the words every other way in uses (a pasted 1,000-character name)
            limits.check_organisation(self._build())
        except PlanError as exc:
            wrong.append(labels.error_text(exc))
        return wrong

    def _warnings(self) -> list[str]:
        """Accepted but worth a word: the eligibility check will flag these too."""
        return [
            kind
            for kind, edit, normalise, problem_of in (
                ("OID", self.oid_edit, normalise_oid, oid_problem),
                ("PIC", self.pic_edit, normalise_pic, pic_problem),
            )
            if problem_of(normalise(edit.text()))
        ]

    # -- live feedback --------------------------------------------------------------------------------

    def _refresh(self, *_: object) -> None:
        country = self.country_picker.code()
        type_id = self.type_picker.type_id()
        role = self.role_combo.currentData() or ""
        if role == APPLICANT and self._other_applicant:
            self.role_help.say(
                translate("PartnerDialog", "{name} is already the applicant, and a plan has exactly one: make that one a full partner afterwards, or choose another role here.").format(
                    name=self._other_applicant
                ),
                Tone.WARNING,
            )
        elif role == AFFILIATED and self._call_year < FIRST_AFFILIATED_CALL:
            self.role_help.say(
                translate("PartnerDialog", "Affiliated entities exist from the {first} call; in the {year} call the checklist will not accept one.").format(
                    first=FIRST_AFFILIATED_CALL, year=self._call_year
                ),
                Tone.WARNING,
            )
        elif self._affiliates and role not in FULL_ROLES:
            self.role_help.say(
                translate("PartnerDialog", "%n affiliated entities are linked to this organisation; in this role it can have none: on OK you choose what becomes of them.", "", self._affiliates),
                Tone.WARNING,
            )
        else:
            self.role_help.say(labels.role_explanation(role))
        self._form.setRowVisible(self._affiliated_row, role == AFFILIATED)
        if role == AFFILIATED:
            self.affiliated_help.say(
                translate("PartnerDialog", "Listed under this partner; counts toward no minimum.")
                if self.affiliated_combo.count()
                else translate("PartnerDialog", "No applicant or full partner in the plan yet."),
                Tone.HINT if self.affiliated_combo.count() else Tone.ERROR,
            )
        self._identifier_feedback(self.oid_feedback, self.oid_edit, "OID", normalise_oid, oid_problem)
        self._identifier_feedback(self.pic_feedback, self.pic_edit, "PIC", normalise_pic, pic_problem)
        self._form.setRowVisible(self._eche_row, type_id == HEI)
        if type_id == HEI:
            self._eche_feedback(country)
        self._form.setRowVisible(self._community_row, country == BELGIUM)
        problem = established_problem(self.established_edit.text())
        if problem:
            self.established_feedback.say(problem, Tone.ERROR)
        else:
            self.established_feedback.say(translate("PartnerDialog", "year or full date of legal establishment"))

        self.ok_button.setEnabled(not self.problems())
        self._summarise()
        self._fit_height()

    def _summarise(self) -> None:
        """One line beside the buttons: why OK is off, or what will be saved despite a warning."""
        wrong, missing, warnings = self._wrong(), self._missing(), self._warnings()
        still = translate("PartnerDialog", "Still needed: {fields}.").format(fields=_join(missing)) if missing else ""
        if wrong:
            text = translate("PartnerDialog", "{problems}.").format(problems=_capitalised(translate("PartnerDialog", "; ").join(wrong)))
            self.problem_label.say(f"{text} {still}".strip(), Tone.ERROR)
        elif missing:
            self.problem_label.say(still)
        elif len(warnings) == 1:
            self.problem_label.say(
                translate("PartnerDialog", "The {identifier} looks malformed; you can still save, and the check will flag it.").format(
                    identifier=warnings[0]
                ),
                Tone.WARNING,
            )
        elif warnings:
            self.problem_label.say(
                translate("PartnerDialog", "The {identifiers} look malformed; you can still save, and the check will flag them.").format(
                    identifiers=_join(warnings)
                ),
                Tone.WARNING,
            )
        else:
            self.problem_label.say("")

    def _identifier_feedback(
        self,
        label: FeedbackLabel,
        edit: QLineEdit,
        kind: str,
        normalise: Callable[[str | None], str | None],
        problem_of: Callable[[str | None], str | None],
    ) -> None:
        value = normalise(edit.text())
        if value is None:
            label.say(self._identifier_hint(kind))
        elif (problem := problem_of(value)) is not None:
            label.say(_capitalised(labels.identifier_problem(problem)), Tone.WARNING)
        else:
            label.say(translate("PartnerDialog", "well formed"), Tone.OK)

    def _identifier_hint(self, kind: str) -> str:
        shape = translate("PartnerDialog", "E and 8 digits") if kind == "OID" else translate("PartnerDialog", "9 digits")
        if self._action is not None and self._action.identifier == kind:
            return translate("PartnerDialog", "{shape}; {action} applications use it").format(
                shape=shape, action=catalogue_text.action_name(self._action)
            )
        return translate("PartnerDialog", "optional, {shape}").format(shape=shape)

    def _eche_feedback(self, country: str | None) -> None:
        if country is None:
            self.eche_help.say(
                translate("PartnerDialog", "Required for higher education institutions in {countries}.").format(
                    countries=labels.eligible_countries_phrase(self._call_year)
                )
            )
            return
        where = _tr(_WHERE[countries.status(country, self._call_year)]).format(
            country=countries.name(country, self._language), year=self._call_year
        )
        if countries.is_eligible(country, self._call_year):
            tone = Tone.HINT if self.eche_check.isChecked() else Tone.WARNING
            self.eche_help.say(translate("PartnerDialog", "Required: {where}.").format(where=where), tone)
        else:
            self.eche_help.say(translate("PartnerDialog", "Not needed: {where}.").format(where=where))
