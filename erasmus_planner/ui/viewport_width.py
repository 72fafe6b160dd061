"""The width of a scroll area's viewport, known without asking ``viewport()`` before the first paint.

The first ``viewport()`` call of a process makes PySide6 create the Python type of every widget
class (a plain ``QWidget`` made by Qt is looked up among all of them): about 10 ms of start-up.
A scroll area's ``resizeEvent`` is its viewport's (the viewport has its new size by then), so
the width can be taken from there instead.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent


class KnowsViewportWidth:
    """Mixed in before a ``QAbstractScrollArea`` subclass (``class T(KnowsViewportWidth, QTableView)``)."""

    _viewport_width: int | None = None  # from the viewport's first resize event on

    def viewport_width(self) -> int:
        if self._viewport_width is None:  # not laid out yet: no scroll bar, no row headers
            return self.maximumViewportSize().width()  # type: ignore[attr-defined]
        return self._viewport_width

    def viewport_resized(self) -> None:
        """Called on every resize of the viewport, before the view's own handling."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._viewport_width = event.size().width()
        self.viewport_resized()
        super().resizeEvent(event)  # type: ignore[misc]
