"""Name completion from the partner directory, for the partner dialog's name field.

The directory is searched through a plain callable (text → organisations), so the dialog does not
know whether it is a database, a spreadsheet or a test double. Searching waits until the user
pauses typing (debounced), because a directory of thousands of organisations should not be
queried on every keystroke.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from erasmus_planner.domain import countries
from erasmus_planner.domain.model import Organisation
from erasmus_planner.ui import i18n

log = logging.getLogger(__name__)

DirectorySearch = Callable[[str], list]  # organisations, or directory entries with their track record
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 1

SEARCH_DELAY_MS = 250
MIN_QUERY_LENGTH = 2
MAX_SUGGESTIONS = 12


def suggestion_text(org: Organisation) -> str:
    """How a directory entry reads in the list: enough to tell two "St Mary's School"s apart."""
    country = countries.name(org.country, i18n.content_language()) if org.country else None
    where = ", ".join(part for part in (org.city, country) if part)
    text = f"{org.name} — {where}" if where else org.name
    if type(org).__name__ == "FromTeamWorkspace":  # services.team_directory: say where it comes from
        text += " · " + QCoreApplication.translate("PartnerDialog", "team workspace")
    return text


def track_record_line(found: object) -> str:
    """An entry's funded projects in a few words ("3 funded projects; newest 2023 KA220-VET,
    coordinator"); empty for a plain organisation or an entry without projects."""
    count = getattr(found, "project_count", 0)
    if not count:
        return ""
    text = QCoreApplication.translate("PartnerDialog", "%n funded project(s)", "", count)
    newest = next(iter(getattr(found, "projects", ())), None)
    if newest is not None:
        role = (
            QCoreApplication.translate("PartnerDialog", "coordinator")
            if newest.role == "coordinator"
            else QCoreApplication.translate("PartnerDialog", "partner")
        )
        text += "; " + QCoreApplication.translate("PartnerDialog", "newest {year} {code}, {role}").format(
            year=newest.call_year, code=newest.code, role=role
        )
    return text


class DirectoryNameCompleter(QObject):
    """Pops up directory entries under ``line_edit`` as the user types; emits the one chosen."""

    chosen = Signal(object)  # Organisation
    suggestionsShown = Signal(int)  # how many entries the popup offers (tests wait on this)
    _answeredLater = Signal(str)  # a search answered after the list was shown (another thread)

    def __init__(self, line_edit: QLineEdit, search: DirectorySearch, parent: QObject | None = None) -> None:
        super().__init__(parent or line_edit)
        self._line_edit = line_edit
        self._search = search
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(8)
        # Driven by hand: the directory already matched (accent- and case-blind), so the
        # completer must not filter again by plain prefix.
        self._completer.setWidget(line_edit)
        self._completer.activated[QModelIndex].connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        line_edit.textEdited.connect(self._on_text_edited)
        # A search that answers in part later (the team workspace's directory, searched off this
        # thread: services/team_directory.py) says so; the list is then shown again with it.
        later = getattr(search, "on_results", None)
        if isinstance(later, list):
            self._answeredLater.connect(self._on_answered_later)
            emit = self._answeredLater.emit
            later.append(emit)
            self.destroyed.connect(lambda *_: emit in later and later.remove(emit))

    def popup(self) -> QWidget:
        return self._completer.popup()

    def _on_text_edited(self, _text: str) -> None:
        self._timer.start()  # restarts: only a pause in typing searches

    def _run_search(self) -> None:
        query = self._line_edit.text().strip()
        found: list[Organisation] = []
        if len(query) >= MIN_QUERY_LENGTH:
            try:
                found = list(self._search(query))[:MAX_SUGGESTIONS]
            except Exception:  # a broken directory must not break typing a name
                log.exception("partner directory search failed for %r", query)
        self._model.clear()
        for result in found:
            # A directory entry (with its track record) or a plain organisation.
            org = getattr(result, "organisation", result)
            record = track_record_line(result)
            item = QStandardItem(suggestion_text(org) + (f"  ·  {record}" if record else ""))
            item.setData(org, ORGANISATION_ROLE)
            newest = next(iter(getattr(result, "projects", ())), None)
            item.setToolTip("\n".join(x for x in (suggestion_text(org), record, newest.title if newest else "") if x))
            self._model.appendRow(item)
        popup = self._completer.popup()
        if found and self._line_edit.hasFocus():
            self._completer.complete()
            popup.setCurrentIndex(QModelIndex())  # Enter without choosing keeps what was typed
        else:
            popup.hide()
        self.suggestionsShown.emit(len(found) if popup.isVisible() else 0)

    def _on_answered_later(self, text: str) -> None:
        if self._line_edit.text().strip() == text and not self._timer.isActive():
            self._run_search()

    def _on_activated(self, index: QModelIndex) -> None:
        org = index.data(ORGANISATION_ROLE)
        if isinstance(org, Organisation):
            self.chosen.emit(org)
