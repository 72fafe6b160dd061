"""Small inline feedback lines for the partner dialog: a hint, a ✓, a warning or an error.

Feedback sits beside the field it is about and changes as the user types; nothing pops up.
Colour is never the only signal: each state starts with its own symbol, and the text is also
given to the field as its accessible description so screen readers hear it. The colours are the
theme's (readable on light, dark and high-contrast backgrounds) and follow a change of theme.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from erasmus_planner.ui import theme


class Tone(Enum):
    HINT = ("", None)  # the palette's placeholder grey
    OK = ("✓ ", "pass")
    WARNING = ("⚠ ", "warn")
    ERROR = ("✗ ", "fail")

    @property
    def symbol(self) -> str:
        return self.value[0]

    @property
    def status(self) -> str | None:
        """The status whose colour the tone is drawn in (None: the theme's secondary text)."""
        return self.value[1]


class FeedbackLabel(QLabel):
    """A one-line (wrapping) status text that describes ``field`` to assistive technology too."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.tone = Tone.HINT
        self._colouring = False
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def say(self, text: str, tone: Tone = Tone.HINT) -> None:
        self.tone = tone
        self.setText(f"{tone.symbol}{text}" if text else "")
        self._colour()
        if self._field is not None:
            self._field.setAccessibleDescription(text)

    def _colour(self) -> None:
        self._colouring = True  # our own setPalette is a palette change too: not a theme change
        try:
            palette = self.palette()
            status = self.tone.status
            colour = theme.status_text_colour(status) if status else palette.color(QPalette.ColorRole.PlaceholderText)
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        finally:
            self._colouring = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._colouring:
            self._colour()
