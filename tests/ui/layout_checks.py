"""What "nothing is cut off" means, checked on real widgets: the words of every visible label,
button and group box fit the room it was given, and the widget itself lies inside its window."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QLabel, QScrollArea, QWidget

SLACK = 1  # pixels of rounding a layout may lose


def _describe(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} {text!r}"


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    return widget.text()  # type: ignore[attr-defined]


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` lies in a scroll area of ``window`` that can scroll: partly out of view
    there, it is still within reach."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.verticalScrollBar().maximum() > 0:
            return True
        parent = parent.parentWidget()
    return False


def clipped(window: QWidget, *, scrolling: bool = False) -> list[str]:
    """Every visible label, button and group box of ``window`` whose text does not fit, or that
    sticks out of the window or is hidden behind its parent's edge (empty when all is well).
    ``scrolling``: what a scroll area of the window can scroll into view counts as shown."""
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)) or not widget.isVisible():
            continue
        if widget.window() is not window:
            continue
        text = _text(widget)
        if not text or (isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull()):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                problems.append(f"{_describe(widget, text)}: needs {needed} px height, has {widget.height()}")
        elif isinstance(widget, QGroupBox):
            needed = widget.fontMetrics().horizontalAdvance(text) + 16
            if widget.width() + SLACK < needed:
                problems.append(f"{_describe(widget, text)}: title needs {needed} px, has {widget.width()}")
        else:
            needed = widget.minimumSizeHint().width() if isinstance(widget, QAbstractButton) else widget.sizeHint().width()
            if isinstance(widget, QAbstractButton):
                needed = max(needed, widget.sizeHint().width())
            if widget.width() + SLACK < needed:
                problems.append(f"{_describe(widget, text)}: needs {needed} px, has {widget.width()}")
        shown = widget.visibleRegion().boundingRect()
        if scrolling and _scrolled(widget, window):
            continue
        if shown.width() + SLACK < widget.width() or shown.height() + SLACK < widget.height():
            problems.append(f"{_describe(widget, text)}: only {shown.width()}x{shown.height()} of {widget.width()}x{widget.height()} shown")
        corner = widget.mapTo(window, widget.rect().bottomRight())
        if corner.x() >= window.width() + SLACK or corner.y() >= window.height() + SLACK:
            problems.append(f"{_describe(widget, text)}: reaches past the window's edge")
    return problems


def clipped_headings(header: QHeaderView) -> list[str]:
    """Column headings narrower than their own text."""
    model = header.model()
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()))
        if header.sectionSize(section) < header.fontMetrics().horizontalAdvance(text) + 8:
            problems.append(f"heading {text!r}: {header.sectionSize(section)} px")
    return problems
