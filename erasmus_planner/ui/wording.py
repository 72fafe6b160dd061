"""Small wording helpers for the interface: headings that keep their proportion to the text size.

(Labels of the vocabulary, in the interface's language, are in ``labels.py``; numbers agree with
their nouns through Qt's own plural forms, ``tr("%n organisation(s)", "", n)``.)
"""

from __future__ import annotations

from PySide6.QtGui import QFont

# The three characters that would be read as markup in rich text, as ``html.escape(text,
# quote=False)`` writes them: the ``html`` module builds its table of 2,000 named entities on
# import, which start-up does not need.
_MARKUP: dict[int, str] = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}


def escape(text: str) -> str:
    """``text`` shown as it is in a rich-text label (``&``, ``<`` and ``>`` escaped)."""
    return text.translate(_MARKUP)


def relative_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``factor``: headings stay in proportion when View ▸ Zoom changes the text size.

    Containers call it from ``changeEvent`` on ``QEvent.FontChange`` (a child with its own point
    size no longer follows its parent's font, so the parent re-derives it).
    """
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font
