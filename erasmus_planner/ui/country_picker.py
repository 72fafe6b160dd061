"""A searchable country picker that shows each country's Erasmus+ status for the call year.

Coordinators type what they know — "pol", the EU's "EL", "UK", "greece", "Türk" — and see at
once whether the country counts in that call ("Switzerland — Partner Country in 2019"), because
that decides whether a partner helps reach a minimum. The search itself is plain Python
(:func:`search_countries`), so it is tested without widgets.

Names are shown in the interface's language (pycountry's catalogues) and sorted in it; typing
finds a country by its name in that language or in English ("Deutschland" and "Germany").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry
from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QCompleter, QWidget

from erasmus_planner.domain import countries
from erasmus_planner.domain.identifiers import fold_name
from erasmus_planner.ui import labels

CODE_ROLE = Qt.ItemDataRole.UserRole  # where QComboBox.addItem keeps its data

# Codes the planner accepts beyond ISO 3166-1 (countries.toml [extra_names]): Kosovo.
_EXTRA_CODES = ("XK",)

# Rank of a match: lower comes first.
_RANK_CODE, _RANK_NAME_START, _RANK_WORD_START, _RANK_INSIDE = range(4)
# Below this length a substring match finds too much to be useful ("an" is in half the world).
_MIN_INSIDE_MATCH = 3


@dataclass(frozen=True)
class CountryEntry:
    code: str
    name: str
    folded_names: tuple[str, ...]  # every name the country answers to, folded for matching


@cache
def country_entries(language: str | None = None) -> tuple[CountryEntry, ...]:
    """Every country the planner accepts, in alphabetical order of its name in ``language``."""
    entries = []
    for code in {c.alpha_2 for c in pycountry.countries} | set(_EXTRA_CODES):
        shown = countries.name(code, language)
        names = {shown, countries.name(code)}
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            names.update(
                value for attr in ("name", "common_name", "official_name") if (value := getattr(record, attr, None))
            )
        entries.append(CountryEntry(code, shown, tuple(sorted({fold_name(n) for n in names}))))
    return tuple(sorted(entries, key=lambda e: fold_name(e.name)))


def search_countries(query: str, language: str | None = None) -> list[str]:
    """Country codes matching what was typed, best first; every country for an empty query.

    A code or exact name (``EL``, ``UK``, ``pol``, ``Turkey``) comes first, then names that start
    with the text, then names with a word that starts with it, then names that merely contain it.
    """
    folded = fold_name(query)
    if not folded:
        return [e.code for e in country_entries(language)]
    exact = countries.code_from_text(query)
    ranked: list[tuple[int, int, str]] = []
    for position, entry in enumerate(country_entries(language)):
        rank = _rank(entry, folded, exact)
        if rank is not None:
            ranked.append((rank, position, entry.code))
    return [code for _, _, code in sorted(ranked)]


def _rank(entry: CountryEntry, folded: str, exact: str | None) -> int | None:
    if entry.code == exact:
        return _RANK_CODE
    if any(n.startswith(folded) for n in entry.folded_names):
        return _RANK_NAME_START
    if any(word.startswith(folded) for n in entry.folded_names for word in n.split()):
        return _RANK_WORD_START
    if len(folded) >= _MIN_INSIDE_MATCH and any(folded in n for n in entry.folded_names):
        return _RANK_INSIDE
    return None


def status_phrase(code: str, call_year: int) -> str:
    """How the country counts in that call, in the words of that year's Programme Guide."""
    return labels.country_status(code, call_year)


def country_item_text(code: str, call_year: int, language: str | None = None) -> str:
    return f"{countries.name(code, language)} — {status_phrase(code, call_year)}"


class _SearchProxy(QSortFilterProxyModel):
    """The completer's view of the country list: only matches, best first."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._ranks: dict[str, int] = {}
        self._language = language

    def set_query(self, text: str) -> None:
        self._ranks = {code: i for i, code in enumerate(search_countries(text, self._language))}
        self.invalidate()
        self.sort(0)

    def _code(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(CODE_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        code = self._code(self.sourceModel().index(source_row, 0, source_parent))
        return code in self._ranks

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return self._ranks.get(self._code(left), 0) < self._ranks.get(self._code(right), 0)


class CountryPicker(QComboBox):
    """Editable combo: the drop-down lists every country, typing searches and pops up matches.

    What counts is :meth:`code`: the country the text resolves to. Leaving the field (Tab, Enter)
    settles the text on that country's full entry, so "pol" becomes "Poland — Programme Country in
    2019" and the coordinator sees what was chosen.
    """

    countryChanged = Signal(str)  # the settled country code, "" when none

    def __init__(self, call_year: int, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self._call_year = call_year
        self._language = language
        self._settled = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for entry in country_entries(language):
            self.addItem(country_item_text(entry.code, call_year, language), entry.code)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Type a name or code: pol, EL, UK…"))

        self._proxy = _SearchProxy(self, language)
        self._proxy.setSourceModel(self.model())
        # The completer is driven by hand (setWidget, not setCompleter): QLineEdit would otherwise
        # pop it up with its own prefix matching, which knows nothing of codes or ranking.
        self.setCompleter(None)
        self._completer = QCompleter(self._proxy, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._on_completion_chosen)

        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self.settle)
        self.currentIndexChanged.connect(self._on_index_changed)

    # -- what the rest of the dialog reads ---------------------------------------------------

    def code(self) -> str | None:
        """The country the current text stands for, or None when it matches none."""
        text = self.currentText().strip()
        if not text:
            return None
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            return str(self.itemData(row))
        matches = search_countries(text, self._language)
        return matches[0] if matches else None

    def problem(self) -> str | None:
        """Why no country is chosen, or None when one is."""
        text = self.currentText().strip()
        if not text:
            return self.tr("choose the country")
        if self.code() is None:
            return self.tr("no country matches “{text}”").format(text=text)
        return None

    def set_code(self, code: str | None) -> None:
        row = self.findData(code) if code else -1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")
            self._announce("")

    def settle(self) -> None:
        """Replace what was typed by the full entry of the country it resolves to."""
        code = self.code()
        if code is None:
            self._announce("")
            return
        row = self.findData(code)
        if row != self.currentIndex():
            self.setCurrentIndex(row)
        elif self.currentText() != self.itemText(row):
            self.setEditText(self.itemText(row))
        self._announce(code)

    # -- internals -----------------------------------------------------------------------------

    def search_popup(self) -> QWidget:
        """The list of matches shown while typing."""
        return self._completer.popup()

    def _on_text_edited(self, text: str) -> None:
        self._proxy.set_query(text)
        popup = self._completer.popup()
        if not text.strip() or self._proxy.rowCount() == 0:
            popup.hide()
            return
        self._completer.complete()
        # The best match is highlighted, so Enter takes it and Down goes to the runner-up.
        popup.setCurrentIndex(self._completer.completionModel().index(0, 0))

    def _on_completion_chosen(self, index: QModelIndex) -> None:
        # The completer's model wraps our proxy, which wraps the combo's own list.
        completion_model = self._completer.completionModel()
        ours = completion_model.mapToSource(index) if isinstance(completion_model, QAbstractProxyModel) else index
        self.setCurrentIndex(self._proxy.mapToSource(ours).row())
        self.settle()

    def _on_index_changed(self, row: int) -> None:
        self._announce(str(self.itemData(row)) if row >= 0 else "")

    def _announce(self, code: str) -> None:
        if code != self._settled:
            self._settled = code
            self.countryChanged.emit(code)
