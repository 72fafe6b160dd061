"""Help ▸ Call Calendar: every deadline of a call year, as ``erasmus-planner calls`` lists them.

A read-only tree: each action (with the fields or lots that share its deadlines, and the
European-NGO route apart), its rounds in Brussels time with the days left from today, and how to
submit; the chosen line's source in full below. Unconfirmed values carry the same mark as in
Help ▸ Rules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from erasmus_planner.domain.brussels_time import Day, today
from erasmus_planner.domain.call_calendar import CalendarRow, calendar
from erasmus_planner.domain.call_wording import clock_text, days_left_text, submission_text
from erasmus_planner.domain.catalogue import FIRST_YEAR, LAST_YEAR, Catalogue
from erasmus_planner.domain.wording import wording
from erasmus_planner.ui import catalogue_text, labels
from erasmus_planner.ui.reference_dialog import ReferenceDialog
from erasmus_planner.ui.window_placement import fit_dialog
from erasmus_planner.ui.rules_dialog import CONFIDENCE_HELP, CONFIDENCE_LABELS
from erasmus_planner.ui.wording import escape

SourceRole = Qt.ItemDataRole.UserRole


class CallCalendarDialog(ReferenceDialog):
    def __init__(
        self, catalogue: Catalogue, parent: QWidget | None = None, *, year: int | None = None, language: str | None = None
    ) -> None:
        self.catalogue = catalogue
        self._wording = wording(language or "en")
        self._today: Day = today()
        super().__init__(
            parent,
            names=("callCalendarDialog", "callCalendarTree", "callCalendarYearPicker", "callCalendarDetail"),
            intro=self.tr(
                "Every deadline of the call year, in Brussels time with the offset of that day, and how the "
                "application is submitted. Dates marked ⚠ could not be confirmed: check them with your National "
                "Agency or the executive agency."
            ),
            year_words=(self.tr("Call year"), self.tr("Call &year"), self.tr("Deadlines")),
            headers=(self.tr("Action and round"), self.tr("Deadline (Brussels time)"), self.tr("From today"), self.tr("Confidence")),
            widths=(220, 0, 130, 170),
            stretch=1,
            year=year if year is not None else min(max(self._today.year, FIRST_YEAR), LAST_YEAR),
        )
        self.setWindowTitle(self.tr("Call calendar"))
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        fit_dialog(self, QSize(1000, 620))
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        rows = calendar(self.year.currentData())
        if not rows:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No action is open in this call year.")]))
        for row in rows:
            item = QTreeWidgetItem([self._title(row)])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the action's whole name, across the columns
            item.setToolTip(0, item.text(0))
            self._add_rounds(item, row)
            item.setExpanded(True)

    def _title(self, row: CalendarRow) -> str:
        action = self.catalogue.action(row.action)
        parts = [f"{catalogue_text.action_name(action)} ({row.code})"]
        if row.fields and set(row.fields) != set(action.fields):
            parts.append(", ".join(labels.field(f) for f in row.fields))
        year = row.call_year
        if row.lots and set(row.lots) != {lot.id for lot in action.lots_in(year)}:
            parts.append(", ".join(catalogue_text.lot_name(action, lot) for lot in action.lots if lot.id in row.lots))
        if row.route:
            parts.append(self.tr("applications by European NGOs"))
        return " · ".join(parts)

    def _add_rounds(self, parent: QTreeWidgetItem, row: CalendarRow) -> None:
        w = self._wording
        if not row.deadlines:
            parent.addChild(QTreeWidgetItem([self.tr("No deadline of this call is recorded yet")]))
        for deadline in row.deadlines:
            name = self.tr("Round {round}").format(round=deadline.round) if len(row.deadlines) > 1 else self.tr("Deadline")
            when = clock_text(deadline.closes, w)
            if deadline.extended_to is not None:
                when += " " + self.tr("(extended from {date})").format(date=w.date(deadline.at.day))  # type: ignore[arg-type]
            left = deadline.days_left(self._today)
            status = days_left_text(left, w) if left >= 0 else self.tr("closed")
            self._child(parent, [name, when, status], deadline.source, deadline.confidence)
        if row.submission is not None:
            how = submission_text(row.submission, w)
            self._child(parent, [self.tr("How to submit"), how, ""], row.submission.source, row.submission.confidence)

    def _child(self, parent: QTreeWidgetItem, texts: list[str], source: str, confidence: str) -> None:
        def rules(text: str) -> str:  # the words of Help ▸ Rules, translated there
            return QCoreApplication.translate("RulesDialog", text)

        shown = rules(CONFIDENCE_LABELS[confidence]) if confidence in CONFIDENCE_LABELS else confidence
        child = QTreeWidgetItem([*texts, shown])
        child.setToolTip(1, f"{texts[1]}\n{source}")
        child.setData(0, SourceRole, source)
        child.setData(3, SourceRole, rules(CONFIDENCE_HELP[confidence]) if confidence in CONFIDENCE_HELP else "")
        parent.addChild(child)

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None or not item.data(0, SourceRole):
            self.detail.clear()
            return
        parts = [f"<b>{escape(item.text(0))}</b> — {escape(item.text(1))}"]
        if item.text(3):
            parts.append(f"{escape(item.text(3))}: {escape(item.data(3, SourceRole) or '')}")
        parts.append(self.tr("Source: {source}").format(source=escape(item.data(0, SourceRole))))
        self.detail.setText("<br>".join(parts))
