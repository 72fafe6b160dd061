"""Small inline feedback lines for the partner dialog: a hint, a ✓, a warning or an error.

Feedback sits beside the field it is about and changes as the user types; nothing pops up.
Colour is never the only signal: each state starts with its own symbol, and the text is also
given to the field as its accessible description so screen readers hear it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class Tone(Enum):
    HINT = ("", None)  # the palette's placeholder grey
    OK = ("✓ ", "#1a7f37")
    WARNING = ("⚠ ", "#9a6700")
    ERROR = ("✗ ", "#c62828")

    @property
    def symbol(self) -> str:
        return self.value[0]

    @property
    def colour(self) -> str | None:
        return self.value[1]


class FeedbackLabel(QLabel):
    """A one-line (wrapping) status text that describes ``field`` to assistive technology too."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.tone = Tone.HINT
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def say(self, text: str, tone: Tone = Tone.HINT) -> None:
        self.tone = tone
        self.setText(f"{tone.symbol}{text}" if text else "")
        palette = self.palette()
        colour = QColor(tone.colour) if tone.colour else palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)
        if self._field is not None:
            self._field.setAccessibleDescription(text)
