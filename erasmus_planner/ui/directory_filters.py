"""The Directory view's search bar: words, country and type; and its experience filter — "took
part in a funded project of this action (and field), in this role, from this call year on".

The bar only reads the user's choices into a query (``DirectoryQuery``) and says when they
change (``changed``, after a pause in typing); running it is the view's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpinBox, QWidget

from erasmus_planner.domain import countries
from erasmus_planner.domain.catalogue import Catalogue
from erasmus_planner.domain.funded_projects import COORDINATOR, PARTNER, Experience
from erasmus_planner.domain.vocabulary import ORG_TYPES
from erasmus_planner.ui import catalogue_text, i18n, labels
from erasmus_planner.ui.flow_layout import FlowLayout

SEARCH_DELAY_MS: Final = 200
ANY_YEAR: Final = 2013  # the spin box's "any year" (Erasmus+ call years start at 2014)


@dataclass(frozen=True)
class DirectoryQuery:
    text: str = ""
    country: str | None = None
    type: str | None = None
    experience: Experience | None = None


class DirectoryFilters(i18n.Retranslating, QWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoryFilters")
        self._catalogue = catalogue
        self.search = QLineEdit(objectName="directorySearch")
        self.search.setClearButtonEnabled(True)
        self.country = QComboBox(objectName="directoryCountry")
        self.type = QComboBox(objectName="directoryType")
        self.action = QComboBox(objectName="directoryExperience")
        self.field = QComboBox(objectName="directoryExperienceField")
        self.role = QComboBox(objectName="directoryExperienceRole")
        self.since = QSpinBox(objectName="directoryExperienceSince")
        self.since.setRange(ANY_YEAR, 2030)
        self.since.setValue(ANY_YEAR)
        for combo in (self.country, self.type, self.action, self.field, self.role):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self._labels = [QLabel() for _ in range(3)]
        # Two rows (words, country, type; then experience) that wrap further on a narrow screen.
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(_together(self._labels[0], self.search, grows=True))
        flow.addWidget(self.country)
        flow.addWidget(self.type)
        flow.add_break()
        flow.addWidget(_together(self._labels[1], self.action))
        flow.addWidget(self.field)
        flow.addWidget(self.role)
        flow.addWidget(_together(self._labels[2], self.since))
        self._labels[0].setBuddy(self.search)
        self._labels[1].setBuddy(self.action)
        self._labels[2].setBuddy(self.since)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        for combo in (self.country, self.type, self.field, self.role):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.action.currentIndexChanged.connect(self._action_changed)
        self.since.valueChanged.connect(lambda _value: self.changed.emit())
        self._countries: list[str] = []
        self.retranslate()

    # --- choices -------------------------------------------------------------------------------

    def set_countries(self, codes: list[str]) -> None:
        """The countries the directory holds (the filter offers no others)."""
        self._countries = list(codes)
        self._fill_countries()

    def _fill_countries(self) -> None:
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), None)
        language = i18n.content_language()
        for code in sorted(self._countries, key=lambda c: countries.name(c, language)):
            self.country.addItem(countries.name(code, language), code)
        self.country.setCurrentIndex(max(self.country.findData(current), 0))
        self.country.blockSignals(False)

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _action_changed(self, _index: int) -> None:
        self._fill_fields()
        self.changed.emit()

    def _fill_fields(self) -> None:
        action = self.action.currentData()
        fields = self._catalogue.action(action).fields if action in self._catalogue.actions else ()
        self._fill(self.field, [(self.tr("any field"), None), *((labels.field(f), f) for f in fields)])
        self.field.setEnabled(bool(fields))

    def retranslate(self) -> None:
        self._labels[0].setText(self.tr("&Search:"))
        self._labels[1].setText(self.tr("&Took part in:"))
        self._labels[2].setText(self.tr("si&nce:"))
        self.search.setPlaceholderText(self.tr("Name, town, OID or PIC (accents do not matter)"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.since.setSpecialValueText(self.tr("any year"))
        self.since.setAccessibleName(self.tr("Funded projects from this call year on"))
        self._fill(self.type, [(self.tr("All types"), None), *((labels.short_type(t.id), t.id) for t in ORG_TYPES)])
        actions = sorted(self._catalogue.actions.values(), key=lambda a: (a.programme, catalogue_text.action_name(a)))
        self._fill(
            self.action,
            [
                (self.tr("any funded project, or none"), None),
                (self.tr("any funded project"), ""),
                *((f"{catalogue_text.action_name(a)} ({a.primary_code})", a.id) for a in actions),
            ],
        )
        self.action.setAccessibleName(self.tr("Experience: the action of a funded project"))
        self._fill(self.role, [(self.tr("in any role"), None), (self.tr("as coordinator"), COORDINATOR), (self.tr("as partner"), PARTNER)])
        self._fill_fields()
        self._fill_countries()

    # --- the query -----------------------------------------------------------------------------

    def query(self) -> DirectoryQuery:
        action = self.action.currentData()
        role = self.role.currentData()
        since = self.since.value() if self.since.value() > ANY_YEAR else None
        experience = None
        if action is not None or role is not None or since is not None:
            experience = Experience(action=action or None, field=self.field.currentData() if action else None, role=role, since=since)
        return DirectoryQuery(self.search.text(), self.country.currentData(), self.type.currentData(), experience)

    def clear(self) -> None:
        """Every filter back to "all" (Escape in the search field): one search, not six."""
        widgets = (self.search, self.country, self.type, self.action, self.field, self.role, self.since)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.country, self.type, self.action, self.role):
            combo.setCurrentIndex(0)
        self.since.setValue(ANY_YEAR)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._fill_fields()
        self._timer.stop()
        self.changed.emit()


def _together(label: QLabel, field: QWidget, *, grows: bool = False) -> QWidget:
    """A label and its field, kept on one row when the filters wrap."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    if grows:
        pair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return pair
