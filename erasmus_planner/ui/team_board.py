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

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from erasmus_planner.services import workspace_service
from erasmus_planner.ui import board_cells, labels
from erasmus_planner.ui.background import BackgroundOp
from erasmus_planner.ui.board_cells import ACTION, AGENCY, NAME, VERDICT
from erasmus_planner.ui.board_delegates import STATUS_ROLE, LinesElided, VerdictBadge, WrappedKeepingEnd, badge_width
from erasmus_planner.ui.partners_view import shared_out
from erasmus_planner.ui.viewport_width import KnowsViewportWidth
from erasmus_planner.ui.window_placement import fit_dialog

if TYPE_CHECKING:
    from erasmus_planner.ui.team_workspace import TeamWorkspace

translate = QCoreApplication.translate
SETTLE_MS: Final = 150
# Text size and lines of a verdict badge, tried in turn until the headings fit: a tenth smaller
# text before a badge on two lines ("Not eligible" over "(2)"), then smaller still. The name's
# floor of three tenths of the width goes last (German at 800×600 in presentation mode).
FITS: Final = ((1.0, 1), (0.9, 1), (0.9, 2), (0.8, 2), (0.7, 2))


class BoardTable(KnowsViewportWidth, QTableWidget):
    """The board's table, which reports its viewport's resizes (to share the width out again)."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__(0, len(board_cells.headings()))
        self._resized = resized

    def viewport_resized(self) -> None:
        self._resized()


class TeamBoard(QWidget):
    refreshed = Signal()  # after each reading is on screen (tests wait on it)

    def __init__(self, team: TeamWorkspace) -> None:
        super().__init__(team.window, Qt.WindowType.Window)
        self.team = team
        self.setObjectName("teamBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's size and colours
        self.rows: list[Any] = []
        self._fitting = False
        self._reader: Any = None  # its own connection: the window's may be saving meanwhile
        self._reading: BackgroundOp | None = None
        self._again = False
        self.heading = QLabel()
        self.heading.setObjectName("teamBoardHeading")
        self.table = BoardTable(self._fit_columns)
        self.table.setObjectName("teamBoardTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Action and agency wrap to the row's two lines (the action keeping its call year, the
        # agency elided if still too long); names, deadlines and who saved keep a line each,
        # elided in the middle (a name keeps its start and its end). Full texts are in tooltips.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lines = LinesElided(self.table)
        for column in range(self.table.columnCount()):
            if column not in (ACTION, AGENCY, VERDICT):
                self.table.setItemDelegateForColumn(column, self.lines)
        self.action = WrappedKeepingEnd(self.table)
        self.table.setItemDelegateForColumn(ACTION, self.action)
        self.badge = VerdictBadge(self.table)
        self.table.setItemDelegateForColumn(VERDICT, self.badge)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns share the width
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
        fit_dialog(self, QSize(1000, 600))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "Team Board"))
        self.table.setHorizontalHeaderLabels(board_cells.headings())
        for column, tip in enumerate(board_cells.heading_tips()):
            self.table.horizontalHeaderItem(column).setToolTip(tip)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Every heading whole and every column on screen — no sideways scrolling on a 1024-pixel
        projector at presentation size: the columns after the name get what their lines want, or
        the same share of it (``shared_out``, as the partner table), never less than their heading;
        the name keeps three tenths or more, elided in the middle. Where even the headings do not
        fit (German words are long) the verdict's badges take two lines and the table's text
        steps down, to no less than 70 %; only then does the name give up its three tenths."""
        if not hasattr(self, "badge") or self._fitting:
            return  # a font change while the board is being built, or the fitting's own resizes
        self._fitting = True
        try:
            self._share_width()
        finally:
            self._fitting = False

    def _share_width(self) -> None:
        width = self.table.viewport_width()
        base = self.font().pointSizeF()
        for name_share, (step, badge_lines) in itertools.product((3, 0), FITS):
            font = QFont(self.font())
            font.setPointSizeF(base * step)
            wanted, least = self._widths(font, badge_lines, width * name_share // 10)
            if sum(least.values()) <= width:
                break
        heading = QFont(font)
        heading.setBold(True)
        if font != self.table.font():  # a new font lays the table out again: only when it is new
            self.table.setFont(font)
        if heading != self.table.horizontalHeader().font():
            self.table.horizontalHeader().setFont(heading)
        others = {column: size for column, size in wanted.items() if column != NAME}
        name_room = max(least[NAME], width - sum(others.values()))
        widths = shared_out(others, least, width - name_room)
        widths[NAME] = max(least[NAME], width - sum(widths.values()))
        for column, size in widths.items():
            self.table.setColumnWidth(column, size)
        metrics = QFontMetrics(font)
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + metrics.height() // 2 + 4)

    def _widths(self, font: QFont, badge_lines: int, name_least: int) -> tuple[dict[int, int], dict[int, int]]:
        """Per column: the width its longest line wants, and the least it takes — its heading,
        the verdict's badges on ``badge_lines``, the name ``name_least``."""
        plain = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        padding = plain.horizontalAdvance("M") + 8
        wanted, least = {}, {}
        for column in range(self.table.columnCount()):
            header = self.table.horizontalHeaderItem(column)
            least[column] = QFontMetrics(bold).horizontalAdvance(header.text() if header is not None else "") + 18
            lines = [
                line for row in range(self.table.rowCount())
                if (item := self.table.item(row, column)) is not None for line in item.text().split("\n")
            ]
            wanted[column] = max(least[column], *(plain.horizontalAdvance(line) + padding for line in lines or [""]))
        shown = {item.text() for row in range(self.table.rowCount()) if (item := self.table.item(row, VERDICT)) is not None}
        wanted[VERDICT] = max([least[VERDICT], *(badge_width(font, text) for text in shown)])
        least[VERDICT] = max([least[VERDICT], *(badge_width(font, text, lines=badge_lines) for text in shown)])
        least[NAME] = max(least[NAME], name_least)
        return wanted, least

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
        language, now = self.team.window.document.session.language, _now()
        for r, row in enumerate(rows):
            for c, cell in enumerate(board_cells.row_cells(row, self._action_name(row.info.summary.action), language, now)):
                item = QTableWidgetItem(cell.text)
                item.setToolTip(cell.tooltip)
                item.setData(STATUS_ROLE, cell.status)
                self.table.setItem(r, c, item)
        self._fit_columns()
        if self._again:
            self._again = False
            self.refresh()
        self.refreshed.emit()

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
