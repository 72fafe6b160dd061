"""Flowables tuned for the briefing: a table that breaks where it should, a paragraph that wraps once."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

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
