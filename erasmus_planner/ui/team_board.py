"""View ▸ Team Board: every team plan of the workspace on one screen — action, call year, verdict,
agency, next deadline, who saved last and who is editing — as a workshop facilitator watches
twelve groups build consortia on a projector.

A window of its own (full screen on the projector while the planner stays on the laptop), in the
main window's text size and palette, so presentation mode makes it readable at 1024×768. It is
read again in the background within a moment of a colleague's save: the workspace announces
every save (LISTEN/NOTIFY), and the board refreshes at most every ``SETTLE_MS`` so twelve saves
in a second cost one reading. A double click opens the plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from erasmus_planner.services import workspace_service
from erasmus_planner.ui import labels
from erasmus_planner.ui.background import BackgroundOp

if TYPE_CHECKING:
    from erasmus_planner.ui.team_workspace import TeamWorkspace

translate = QCoreApplication.translate
SETTLE_MS: Final = 150
COLUMNS: Final = ("plan", "action", "verdict", "agency", "deadline", "activity")
# Shares of the width: every column fits a 1024-pixel projector, long action names wrap.
WIDTHS: Final = (21, 20, 17, 10, 17, 15)


class TeamBoard(QWidget):
    refreshed = Signal()  # after each reading is on screen (tests wait on it)

    def __init__(self, team: TeamWorkspace) -> None:
        super().__init__(team.window, Qt.WindowType.Window)
        self.team = team
        self.setObjectName("teamBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's size and colours
        self.rows: list[Any] = []
        self._reader: Any = None  # its own connection: the window's may be saving meanwhile
        self._reading: BackgroundOp | None = None
        self._again = False
        self.heading = QLabel()
        self.heading.setObjectName("teamBoardHeading")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("teamBoardTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.refresh)
        team.event_arrived.connect(lambda _event: self.settle.start())
        team.state_changed.connect(self._state_changed)
        self.retranslate()
        self.resize(1000, 600)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Team Board"))
        self.table.setHorizontalHeaderLabels([
            translate("MainWindow", "Team plan"), translate("MainWindow", "Action, year"), translate("MainWindow", "Verdict"),
            translate("MainWindow", "Agency"), translate("MainWindow", "Next deadline"), translate("MainWindow", "Last saved"),
        ])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column as wide as its longest word (a word never breaks), the rest of the width
        shared out; where even that does not fit (German at 175 % on 1024 pixels), the table's
        text steps down, to no less than 70 % of the window's, instead of hiding a column."""
        if not hasattr(self, "table"):
            return  # a font change while the board is being built
        width = self.table.viewport().width()
        base = self.font().pointSizeF()
        for step in (1.0, 0.9, 0.8, 0.7):
            font = QFont(self.font())
            font.setPointSizeF(base * step)
            needed = self._needed_widths(font)
            if sum(needed) <= width:
                break
        self.table.setFont(font)
        heading = QFont(font)
        heading.setBold(True)
        self.table.horizontalHeader().setFont(heading)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.UserRole):
                    item.setFont(heading)
        spare = max(0, width - sum(needed))
        for column, share in enumerate(WIDTHS):
            self.table.setColumnWidth(column, needed[column] + spare * share // sum(WIDTHS))
        self.table.resizeRowsToContents()

    def _needed_widths(self, font: QFont) -> list[int]:
        from PySide6.QtGui import QFontMetrics

        plain = QFontMetrics(font)
        bold_font = QFont(font)
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        padding = plain.horizontalAdvance("M") + 8
        needed = []
        for column in range(self.table.columnCount()):
            header = self.table.horizontalHeaderItem(column)
            widest = bold.horizontalAdvance(header.text()) if header is not None else 0
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                if item is not None:
                    metrics = bold if item.data(Qt.ItemDataRole.UserRole) else plain
                    widest = max(widest, *(metrics.horizontalAdvance(word) for word in item.text().split() or [""]))
            needed.append(widest + padding)
        return needed

    def _state_changed(self) -> None:
        if self.team.offline:
            self.heading.setText(translate("MainWindow", "Offline: showing the board as last read; retrying…"))
        elif self.isVisible():
            self.refresh()

    # --- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the board again in the background (once more afterwards if asked meanwhile)."""
        place = self.team.place
        if place is None:
            return
        if self._reading is not None:
            self._again = True
            return
        address, client_id = place.workspace.address, place.client_id
        language = self.team.window.document.session.language

        def read(_progress: object) -> list[Any]:
            if self._reader is None:
                self._reader = workspace_service.connect_with_password(address, client_id=client_id)
            return workspace_service.board(self._reader, language=language)

        self._reading = BackgroundOp(self, read, label="", on_success=self._show, on_failure=self._failed, quiet=True).start()

    def _failed(self, error: BaseException) -> None:
        self._reading = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self.heading.setText(translate("MainWindow", "The board cannot be read: {why}").format(why=labels.error_text(error)))  # type: ignore[arg-type]
        self.refreshed.emit()

    def _show(self, rows: list[Any]) -> None:
        self._reading = None
        self.rows = sorted(rows, key=lambda row: _natural(row.info.name))
        rows = self.rows
        eligible = sum(1 for row in rows if row.eligible)
        self.heading.setText(
            translate("MainWindow", "{count} team plans, {eligible} eligible — updated {time}").format(
                count=len(rows), eligible=eligible, time=workspace_service.when(_now())
            )
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, colour) in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(QBrush(QColor(colour)))
                    item.setData(Qt.ItemDataRole.UserRole, True)  # the verdict: bold, in the table's size
                self.table.setItem(r, c, item)
        self._fit_columns()
        if self._again:
            self._again = False
            self.refresh()
        self.refreshed.emit()

    def _cells(self, row: Any) -> list[tuple[str, str | None]]:
        info, summary = row.info, row.info.summary
        if row.problem:
            verdict: tuple[str, str | None] = (translate("MainWindow", "cannot be read"), "#b35c00")
        elif row.eligible:
            verdict = ("✓ " + translate("MainWindow", "eligible"), "#1b7a2e")
        else:
            verdict = ("✗ " + translate("MainWindow", "not eligible ({count} failing)").format(count=row.failures), "#b3261e")
        deadline = row.next_deadline
        due = (
            translate("MainWindow", "{date} ({days} days)").format(date=str(deadline["at"])[:10], days=deadline["days_left"])
            if deadline else "—"
        )
        agency = row.agency["acronym"] or row.agency["name"] if row.agency else "—"
        saved = translate("MainWindow", "{when} by {who}").format(when=workspace_service.when(info.updated_at), who=info.updated_by)
        if info.lease:  # who is editing matters more than who saved last
            saved = "✎ " + translate("MainWindow", "{who} since {when}").format(
                who=info.lease.holder, when=workspace_service.when(info.lease.since)
            )
        return [
            (f"{info.name}\n{summary.title}" if summary.title and summary.title != info.name else info.name, None),
            (f"{self._action_name(summary.action)} {summary.call_year}", None),
            verdict,
            (agency, None),
            (due, None),
            (saved, None),
        ]

    def _action_name(self, action_id: str) -> str:
        try:
            return labels.vocabulary(self.team.window.document.session.catalogue.action(action_id).name)
        except Exception:  # an action this program does not know (a newer colleague's)
            return action_id

    def _open(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected and selected[0].row() < len(self.rows):
            window = self.team.window
            if window.document_dialogs.maybe_save():
                self.team.open_team_plan(self.rows[selected[0].row()].info.name)
                window.raise_()


def _natural(name: str) -> list[Any]:
    """"Group 2" before "Group 10": digits compared as numbers."""
    import re

    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", name)]


def _now() -> Any:
    import datetime

    return datetime.datetime.now().astimezone()
