"""The partner dialog: add or edit one organisation of the consortium, with live validation.

This module builds the form, fills it from an organisation and reads the organisation back;
what the dialog says while you type — what blocks OK, what is only a warning — is
``partner_advice.py``. Editing keeps the organisation's id, its unknown ``extra`` keys and its
unknown contact keys.

Every sentence is one translatable template (never English grammar assembled from pieces), so
German, French and Turkish read naturally; the dialog is built in the language of the moment.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from erasmus_planner.domain.catalogue import ActionDef
from erasmus_planner.domain.identifiers import normalise_oid, normalise_pic
from erasmus_planner.domain.model import Organisation
from erasmus_planner.domain.vocabulary import AFFILIATED, COMMUNITIES, PARTNER, ROLES
from erasmus_planner.ui import catalogue_text, labels
from erasmus_planner.ui.country_picker import CountryPicker
from erasmus_planner.ui.partner_advice import BELGIUM, HEI, PartnerAdvice
from erasmus_planner.ui.partner_feedback import FeedbackLabel
from erasmus_planner.ui.partner_name_completion import DirectoryNameCompleter
from erasmus_planner.ui.type_picker import TypePicker

_CONTACT_KEYS = ("person", "email")
W = TypeVar("W", bound=QWidget)


def _named(widget: W, object_name: str, accessible_name: str = "") -> W:
    """Stable object name for automation; accessible name for screen readers."""
    widget.setObjectName(object_name)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
        # An editable picker's text field is what Tab reaches and a screen reader announces.
        editor = widget.lineEdit() if callable(getattr(widget, "lineEdit", None)) else None
        if editor is not None:
            editor.setAccessibleName(accessible_name)
    return widget


def _composite(field: QWidget, companion: QWidget, layout: QBoxLayout, spacing: int = -1) -> QWidget:
    """One form cell holding a field and its feedback; focus and mnemonics go to the field."""
    box = QWidget()
    box.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing >= 0:
        layout.setSpacing(spacing)
    layout.addWidget(field)
    layout.addWidget(companion, 1 if isinstance(layout, QHBoxLayout) else 0)
    box.setFocusProxy(field)
    return box


class _FormScroll(QScrollArea):
    """Scrolls the form; asks for exactly the height ``_fit_height`` gave it, never takes focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class PartnerDialog(PartnerAdvice, QDialog):
    """Add a partner (``organisation=None``) or edit one; read the result with :meth:`organisation`."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        organisation: Organisation | None = None,
        call_year: int,
        action: ActionDef | None = None,
        directory_search: Callable[[str], list[Organisation]] | None = None,
        language: str | None = None,
        applicant: str | None = None,
        full_partners: Sequence[str] = (),
        affiliates: int = 0,
        directory_empty: bool = False,
        role: str | None = None,
    ) -> None:
        """``applicant``: the name of the plan's applicant, when it is another organisation
        (choosing "Applicant" here then says the plan would have two). ``full_partners``: the
        names of the plan's applicant and full partners (this organisation aside), which an
        affiliated entity can be linked to; ``affiliates``: how many affiliated entities are
        linked to the organisation edited. ``role``: the role a new organisation starts with
        (full partner unless given: the applicant for a plan's very first partner)."""
        super().__init__(parent)
        self._new_role = role
        self._other_applicant = applicant
        self._full_partners = tuple(full_partners)
        self._affiliates = affiliates
        # The window's text size (large in presentation mode) from the start: field widths are
        # measured in characters of that font while the dialog is built.
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setObjectName("partnerDialog")
        self._original = organisation
        self._call_year = call_year
        self._action = action
        self._language = language  # of country names; the texts follow the installed translators
        self._result: Organisation | None = None
        self.setWindowTitle(
            self.tr("Edit partner — {name}").format(name=organisation.name) if organisation else self.tr("Add partner")
        )
        self.setAccessibleName(self.windowTitle())

        self._build_widgets()
        self._lay_out()
        if directory_search is not None:
            self._name_completion: DirectoryNameCompleter | None = DirectoryNameCompleter(
                self.name_edit, directory_search, self
            )
            self._name_completion.chosen.connect(self._fill_from_directory)
            self.name_edit.setPlaceholderText(self.tr("Legal name; type a few letters to pick from the partner directory"))
            if directory_empty:
                # Completion would find nothing: say so, and how to fill the directory.
                self.name_edit.setPlaceholderText(self.tr("Legal name (the partner directory is empty: nothing to pick from yet)"))
                self.name_edit.setToolTip(
                    self.tr(
                        "The partner directory is empty. Fill it from View ▸ Partner Directory: Import… a partner list or a list "
                        "of funded Erasmus+ projects (the Project Results export), or Add… organisations one by one."
                    )
                )
        else:
            self._name_completion = None
        self._connect()
        self._load(organisation)
        self._refresh()

    # -- construction ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.name_edit = _named(QLineEdit(), "partnerName", self.tr("Organisation name"))
        self.name_edit.setPlaceholderText(self.tr("Legal name of the organisation"))
        self.country_picker = _named(CountryPicker(self._call_year, language=self._language), "partnerCountry", self.tr("Country"))
        self.type_picker = _named(TypePicker(), "partnerType", self.tr("Organisation type"))

        self.role_combo = _named(QComboBox(), "partnerRole", self.tr("Role in the consortium"))
        for role in ROLES:
            self.role_combo.addItem(labels.role(role), role)
        self.role_help = _named(FeedbackLabel(self.role_combo), "partnerRoleHelp")
        self.affiliated_combo = _named(QComboBox(), "partnerAffiliatedTo", self.tr("Full partner it is affiliated to"))
        for name in self._full_partners:
            self.affiliated_combo.addItem(name, name)
        self.affiliated_help = _named(FeedbackLabel(self.affiliated_combo), "partnerAffiliatedHelp")

        self.oid_edit = self._short_edit("partnerOid", "OID", "E10123456")
        self.oid_feedback = _named(FeedbackLabel(self.oid_edit), "partnerOidFeedback")
        self.pic_edit = self._short_edit("partnerPic", "PIC", "949999999")
        self.pic_feedback = _named(FeedbackLabel(self.pic_edit), "partnerPicFeedback")

        self.eche_check = _named(QCheckBox(self.tr("Holds an ECHE")), "partnerEche", "ECHE")
        self.eche_check.setToolTip(self.tr("Erasmus Charter for Higher Education"))
        self.eche_help = _named(FeedbackLabel(self.eche_check), "partnerEcheHelp")

        self.community_combo = _named(QComboBox(), "partnerCommunity", self.tr("Language community"))
        self.community_combo.addItem(self.tr("Not stated"), None)
        for community in COMMUNITIES:
            self.community_combo.addItem(labels.community(community), community)
        self.community_help = _named(FeedbackLabel(self.community_combo), "partnerCommunityHelp")
        self.community_help.say(self.tr("Decides the National Agency when this partner is the applicant."))

        self.city_edit = _named(QLineEdit(), "partnerCity", self.tr("City"))
        self.established_edit = self._short_edit("partnerEstablished", self.tr("Established"), "2008-09-01")
        self.established_edit.setMaxLength(10)
        self.established_feedback = _named(FeedbackLabel(self.established_edit), "partnerEstablishedFeedback")
        self.person_edit = _named(QLineEdit(), "partnerContactPerson", self.tr("Contact person"))
        self.email_edit = _named(QLineEdit(), "partnerContactEmail", self.tr("Contact e-mail"))

        self.notes_edit = _named(QPlainTextEdit(), "partnerNotes", self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)  # Tab leaves the notes, as in every other field
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

        self.problem_label = _named(FeedbackLabel(), "partnerProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add partner") if self._original is None else self.tr("Save changes"))
        self.ok_button.setDefault(True)

    def _short_edit(self, object_name: str, accessible_name: str, example: str) -> QLineEdit:
        """A field for a short code or date, sized to it so its feedback fits beside it."""
        edit = _named(QLineEdit(), object_name, accessible_name)
        edit.setPlaceholderText(example)
        edit.setFixedWidth(self._chars_wide(13))
        return edit

    def _chars_wide(self, count: int) -> int:
        return self.fontMetrics().horizontalAdvance("0" * count) + 16

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form = form
        self._add_row(self.tr("&Name:"), self.name_edit)
        self._add_row(self.tr("&Country:"), self.country_picker)
        self._add_row(self.tr("&Type:"), self.type_picker)
        self._add_row(self.tr("&Role:"), self.role_combo, self.role_help)
        self._affiliated_row = self._add_row(self.tr("A&ffiliated to:"), self.affiliated_combo, self.affiliated_help)
        self._add_row(self.tr("O&ID:"), self._beside(self.oid_edit, self.oid_feedback))
        self._add_row(self.tr("&PIC:"), self._beside(self.pic_edit, self.pic_feedback))
        self._eche_row = self._add_row(self.tr("&ECHE:"), self.eche_check, self.eche_help)
        self._community_row = self._add_row(self.tr("Language co&mmunity:"), self.community_combo, self.community_help)
        self._add_row(self.tr("Cit&y:"), self.city_edit)
        self._add_row(self.tr("Esta&blished:"), self._beside(self.established_edit, self.established_feedback))
        self._add_row(self.tr("Cont&act person:"), self.person_edit)
        self._add_row(self.tr("E-mai&l:"), self.email_edit)
        self._add_row(self.tr("Note&s:"), self.notes_edit)

        bottom = QHBoxLayout()
        bottom.addWidget(self.problem_label, 1)
        bottom.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        if self._action is not None:
            context = QLabel(
                self.tr("{action}, {year} call").format(action=catalogue_text.action_name(self._action), year=self._call_year)
            )
        else:
            context = QLabel(self.tr("{year} call").format(year=self._call_year))
        context.setObjectName("partnerContext")
        context.setWordWrap(True)
        context.setToolTip(self.tr("Country statuses and requirements below are those of this call year."))
        # The form scrolls only when the screen is too short for it (a projector at a large
        # text size); otherwise the dialog is simply as tall as the form.
        self._form_box = QWidget()
        self._form_box.setLayout(form)
        form.setContentsMargins(0, 0, 6, 0)  # aligned with the line above; room for a scroll bar
        self._scroll = _FormScroll()
        self._scroll.setObjectName("partnerFormScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._form_box)
        self._context = context
        self._bottom = bottom
        outer.addWidget(context)
        outer.addWidget(self._scroll, 1)
        outer.addLayout(bottom)
        # In characters, not pixels, so a larger font (a projector) widens rather than wraps,
        # yet never wider than the screen (1024 pixels is a projector's usual width).
        wanted = max(600, self._chars_wide(76))
        self.setMinimumWidth(min(wanted, int(self.screen().availableGeometry().width() * 0.95)))

        chain = [
            self.name_edit,
            self.country_picker,
            self.type_picker,
            self.role_combo,
            self.affiliated_combo,
            self.oid_edit,
            self.pic_edit,
            self.eche_check,
            self.community_combo,
            self.city_edit,
            self.established_edit,
            self.person_edit,
            self.email_edit,
            self.notes_edit,
            self.buttons,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _beside(self, field: QWidget, feedback: QWidget) -> QWidget:
        """A short field with its feedback to the right (identifiers, dates)."""
        return _composite(field, feedback, QHBoxLayout())

    def _add_row(self, text: str, field: QWidget, help_line: QWidget | None = None) -> QWidget:
        """A labelled row (mnemonic, buddy) with, beneath the field, its one-line explanation."""
        label = QLabel(text)
        label.setBuddy(field.focusProxy() or field)
        row = field if help_line is None else _composite(field, help_line, QVBoxLayout(), spacing=2)
        self._form.addRow(label, row)
        return row

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(self._refresh)
        self.country_picker.countryChanged.connect(self._refresh)
        self.country_picker.editTextChanged.connect(self._refresh)
        self.type_picker.typeChanged.connect(self._refresh)
        self.role_combo.currentIndexChanged.connect(self._refresh)
        self.affiliated_combo.currentIndexChanged.connect(self._refresh)
        self.oid_edit.textChanged.connect(self._refresh)
        self.pic_edit.textChanged.connect(self._refresh)
        self.oid_edit.editingFinished.connect(lambda: self._tidy(self.oid_edit, normalise_oid))
        self.pic_edit.editingFinished.connect(lambda: self._tidy(self.pic_edit, normalise_pic))
        self.established_edit.textChanged.connect(self._refresh)
        self.eche_check.toggled.connect(self._refresh)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in the notes makes a new line; Ctrl+Enter still accepts from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    # -- loading and reading -----------------------------------------------------------------------

    def _load(self, org: Organisation | None) -> None:
        role_row = self.role_combo.findData(org.role) if org is not None else -1
        # Full partner unless told otherwise: never make someone the applicant by accident.
        if role_row < 0:
            role_row = ROLES.index(self._new_role if self._new_role in ROLES else PARTNER)
        self.role_combo.setCurrentIndex(role_row)
        if org is not None and org.affiliated_to:
            if self.affiliated_combo.findData(org.affiliated_to) < 0:  # a broken link, shown as it is
                self.affiliated_combo.addItem(org.affiliated_to, org.affiliated_to)
            self.affiliated_combo.setCurrentIndex(self.affiliated_combo.findData(org.affiliated_to))
        if org is None:
            return
        self.name_edit.setText(org.name)
        self._load_details(org)
        self.notes_edit.setPlainText(org.notes or "")

    def _load_details(self, org: Organisation) -> None:
        """Everything that describes the organisation itself (not its role in this plan)."""
        self.country_picker.set_code(org.country or None)
        self.type_picker.set_type_id(org.type or None)
        self.oid_edit.setText(org.oid or "")
        self.pic_edit.setText(org.pic or "")
        self.eche_check.setChecked(bool(org.eche))
        self.community_combo.setCurrentIndex(max(0, self.community_combo.findData(org.community)))
        self.city_edit.setText(org.city or "")
        self.established_edit.setText(org.established or "")
        contact = org.contact or {}
        self.person_edit.setText(str(contact.get("person") or ""))
        self.email_edit.setText(str(contact.get("email") or ""))

    def _fill_from_directory(self, org: Organisation) -> None:
        self.name_edit.setText(org.name)
        self._load_details(org)
        # The directory knows the organisation, never its role in this plan: that is asked next.
        self.role_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def organisation(self) -> Organisation:
        """The organisation as accepted (or, before accept, as the form stands now)."""
        return self._result if self._result is not None else self._build()

    def _build(self) -> Organisation:
        country = self.country_picker.code() or ""
        type_id = self.type_picker.type_id() or ""
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "country": country,
            "type": type_id,
            "role": self.role_combo.currentData(),
            "affiliated_to": self.affiliated_combo.currentData() if self.role_combo.currentData() == AFFILIATED else None,
            "oid": normalise_oid(self.oid_edit.text()),
            "pic": normalise_pic(self.pic_edit.text()),
            "eche": type_id == HEI and self.eche_check.isChecked(),
            "community": self.community_combo.currentData() if country == BELGIUM else None,
            "city": self.city_edit.text().strip() or None,
            "established": self.established_edit.text().strip() or None,
            "contact": self._contact(),
            "notes": self.notes_edit.toPlainText(),
        }
        if self._original is not None:
            return self._original.with_changes(**values)  # keeps id and extra
        return Organisation(**values)

    def _contact(self) -> Mapping[str, Any] | None:
        """Person and e-mail as typed, beside any other contact keys the organisation had."""
        before = self._original.contact if self._original is not None else None
        contact = dict(before or {})
        for key, edit in zip(_CONTACT_KEYS, (self.person_edit, self.email_edit), strict=True):
            value = edit.text().strip()
            if value:
                contact[key] = value
            else:
                contact.pop(key, None)
        if contact == dict(before or {}):
            return before  # untouched: an edit that changes nothing must compare equal
        return contact or None

    def accept(self) -> None:
        self.country_picker.settle()
        self._tidy(self.oid_edit, normalise_oid)
        self._tidy(self.pic_edit, normalise_pic)
        if self.problems():
            self._refresh()
            return
        self._result = self._build()
        super().accept()

    def _tidy(self, edit: QLineEdit, normalise: Callable[[str | None], str | None]) -> None:
        tidy = normalise(edit.text()) or ""
        if tidy != edit.text():
            edit.setText(tidy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (or shrink) to what wrapped feedback and shown rows need — top-level windows
        don't — but never past the screen: then the form scrolls and the buttons stay in view."""
        outer = self.layout()
        margins = outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        form_height = self._form.totalHeightForWidth(width) if self._form.hasHeightForWidth() else -1
        if form_height < 0:
            form_height = self._form.totalSizeHint().height()
        context = self._context.heightForWidth(width) if self._context.hasHeightForWidth() else -1
        rest = (
            margins.top() + margins.bottom() + 2 * max(0, outer.spacing())
            + (context if context > 0 else self._context.sizeHint().height())
            + self._bottom.totalSizeHint().height()
        )
        screen = self.screen().availableGeometry().height() if self.screen() else 10_000
        room = int(screen * 0.92) - rest  # the title bar and a margin stay on screen too
        self._scroll.setMinimumHeight(max(120, min(form_height, room)))
        outer.activate()
        needed = max(outer.totalHeightForWidth(self.width()), outer.totalMinimumSize().height())
        if needed != self.height() and self.isVisible():
            self.resize(self.width(), needed)
