"""Flowables tuned for the briefing: a table that breaks where it should, a paragraph that wraps once."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

# When a row is cut, neither piece is shorter than this (points): two lines of text at least.
MIN_ROW_PIECE = 30


class RowTable(Table):
    """Breaks between rows; inside a row only when that row could never fit on a page.

    ReportLab's ``splitInRow`` cuts a row at the foot of any page where a few lines still fit,
    which tears a checklist finding or a partner's details across two pages for no reason.
    This table moves such a row whole to the next page, and cuts it only when the row (with
    the repeated header) is taller than a full page: a finding that lists hundreds of names,
    a name thousands of letters long. Without that, ReportLab would stop with a LayoutError.
    """

    page_height: float = 0.0  # the frame's height; set by ``row_table``

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if parts or not self.page_height:
            return self._adopt(parts)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        heights = self._rowHeights
        if len(heights) <= repeat or sum(heights[: repeat + 1]) <= self.page_height:
            return []  # the next row fits on a fresh page: go there whole
        self.splitInRow = MIN_ROW_PIECE
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 0
        return self._adopt(parts)

    def _adopt(self, parts: list[Flowable]) -> list[Flowable]:
        """Pieces of a split are new tables: give them the page height, and row-boundary splits."""
        for part in parts:
            if isinstance(part, RowTable):
                part.page_height = self.page_height
                part.splitInRow = 0
        return parts


def row_table(data: list[list[Any]], col_widths: list[float], *, repeat_rows: int, page_height: float) -> RowTable:
    table = RowTable(data, colWidths=col_widths, repeatRows=repeat_rows)
    table.page_height = page_height
    return table


class Para(Paragraph):
    """A Paragraph that keeps its line breaks when asked to wrap at the same width again.

    A table wraps each cell to measure the row, again to draw it, and again after every page
    split; line breaking is most of a paragraph's cost, and the answer does not change. The
    cache holds only while the line breaks are the ones this wrap made: ReportLab drops them
    (``del blPara``) when it splits a paragraph, and then they are made again.
    """

    _wrapped: tuple[float, object] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        lines = self.__dict__.get("blPara")
        if self._wrapped is not None and lines is not None and self._wrapped == (availWidth, lines):
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara)
        return size


_MEASURED_TOGETHER = 100  # rows per table when a PagedTable measures its rows


class PagedTable(Flowable):
    """A long table with repeated header rows, laid out one page at a time in linear time.

    ReportLab splits a long ``Table`` at each page by building a new table of all the rows still
    to come and measuring them again: a country of 20,000 partners costs 500 pages × 10,000 rows.
    This flowable builds and measures every row once (``measure``, in tables of a hundred rows,
    never drawn), then for each page builds only that page's table — the header rows and the
    rows that fit — by a binary search over the summed heights. From a row taller than a whole
    page on (beyond the documented limits), the rest is one ``RowTable``, which cuts that row.
    What is printed is what one long ``RowTable`` would print.

    ``items`` are the rows' sources and ``cells(item)`` a row's cells, built when measured (the
    costly part, which ``measure`` can report on). ``style_for(start, stop)`` gives the style
    commands of the table of header rows + rows ``start:stop`` (rows numbered after the header).
    """

    def __init__(
        self,
        header: list[list[Any]],
        items: Sequence[Any],
        cells: Callable[[Any], list[Any]],
        col_widths: list[float],
        style_for: Callable[[int, int], TableStyle],
        *,
        page_height: float,
    ) -> None:
        super().__init__()
        self._header, self._items, self._cells, self._col_widths = header, items, cells, col_widths
        self._style_for, self._page_height = style_for, page_height
        self._rows: list[list[Any]] = []  # the items' cells, as built so far
        self._measured: _Measured | None = None
        self._start = 0

    @property
    def chunks(self) -> int:
        """How many steps ``measure`` takes (for a progress bar)."""
        return max(1, -(-len(self._items) // _MEASURED_TOGETHER))

    def measure(self, avail_width: float, tick: Callable[[], None] | None = None) -> float:
        """Build and measure every row (``tick()`` after each hundred); return the height of all
        rows with the header once. Done once: the pieces split off share the result."""
        if self._measured is None:
            # In tables of a hundred rows: ReportLab's own measuring looks for the next row to
            # measure from the start each time, quadratic in the rows of one table.
            heights: list[float] = []
            header = 0.0
            for start in range(0, len(self._items) or 1, _MEASURED_TOGETHER):
                stop = min(start + _MEASURED_TOGETHER, len(self._items))
                self._rows.extend(self._cells(item) for item in self._items[start:stop])
                chunk = self._table(start, stop)
                chunk.wrap(avail_width, self._page_height)
                measured = chunk._rowHeights  # noqa: SLF001 - ReportLab keeps them there
                header = sum(measured[: len(self._header)])
                heights += measured[len(self._header) :]
                if tick is not None:
                    tick()
            self._measured = _Measured(header, list(itertools.accumulate(heights, initial=0.0)))
        return self._measured.header + self._measured.sums[-1] - self._measured.sums[self._start]

    def _table(self, start: int, stop: int) -> RowTable:
        rows = self._header + self._rows[start:stop]
        table = row_table(rows, self._col_widths, repeat_rows=len(self._header), page_height=self._page_height)
        table.setStyle(self._style_for(start, stop))
        return table

    def _rest(self, start: int) -> PagedTable:
        """The rows from ``start`` on: a new flowable (not a copy, which would carry the layout's
        marks on this one, such as "postponed"), sharing the rows and their measurements."""
        rest = PagedTable(self._header, self._items, self._cells, self._col_widths, self._style_for, page_height=self._page_height)
        rest._rows, rest._measured, rest._start = self._rows, self._measured, start
        return rest

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        self.width = sum(self._col_widths)
        self.height = self.measure(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        self.measure(availWidth)
        assert self._measured is not None
        header, sums = self._measured.header, self._measured.sums
        start, end = self._start, len(self._rows)
        # The last row whose foot is within the room: rows start..stop-1 fit on this page.
        stop = bisect.bisect_right(sums, sums[start] + availHeight - header + 1e-6, lo=start + 1) - 1
        if stop >= end:
            return [self._table(start, end)]
        if stop > start:
            return [self._table(start, stop), self._rest(stop)]
        if header + sums[start + 1] - sums[start] <= self._page_height:
            return []  # the next row fits on a fresh page: go there whole
        # A row taller than a page (a name of thousands of letters, beyond the documented
        # limits): the rest goes to one RowTable, which cuts that row between pages.
        return self._table(start, end).split(availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - ReportLab's names
        # Reached only when all the rows left fit where the frame put this flowable.
        piece = self._table(self._start, len(self._rows))
        piece.wrap(self.width, self.height)
        piece.drawOn(canvas, x, y, _sW)


class _Measured:
    """A PagedTable's row heights: the header's height and the running sums of the rows'
    (``sums[i]`` = the rows before ``i``)."""

    __slots__ = ("header", "sums")

    def __init__(self, header: float, sums: list[float]) -> None:
        self.header = header
        self.sums = sums
