"""The Fusion style, with two things it lacks in some palettes: a frame round every input field
that can be seen, and a keyboard focus that can be seen on every stop of the Tab order.

Fusion draws a field's frame a shade darker than the window: in the dark theme that is the
field's own colour, so fields had no edge at all. Here the frame is the text colour mixed half
with the field's (solid text colour in high contrast), whatever the theme; the field with the
keyboard gets a frame of the selection colour, twice as thick. Focus rectangles (buttons, list
rows, links) are drawn solid in the selection colour rather than Fusion's faint dotted line, and
a list or table with the keyboard shows it on its own frame even with no row current.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QStyleOptionComplex, QWidget

_P = QStyle.PrimitiveElement
_BUTTON_PANELS = (_P.PE_PanelButtonCommand, _P.PE_PanelButtonBevel)


def frame_colour(palette: QPalette, high_contrast: bool = False) -> QColor:
    """The edge of an input field: a little over half-way from the field to its text (all text in high contrast)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    if high_contrast:
        return text
    mix = 0.55  # of the text: 3:1 at least against the field and the window in light and dark
    return QColor(*(round(b + mix * (t - b)) for t, b in ((text.red(), base.red()), (text.green(), base.green()), (text.blue(), base.blue()))))


def _frame(painter: QPainter, rect: QRectF, colour: QColor, width: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 2, 2)
    painter.restore()


class PlannerStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.high_contrast = False  # set by the theme controller with each palette

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None) -> None:
        if element == _P.PE_FrameLineEdit:
            self._field_frame(option, painter)
            return
        if element == _P.PE_FrameFocusRect:
            _frame(painter, QRectF(option.rect), option.palette.color(QPalette.ColorRole.Highlight), 2)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == _P.PE_Frame and isinstance(widget, QAbstractItemView) and widget.hasFocus():
            _frame(painter, QRectF(option.rect), option.palette.color(QPalette.ColorRole.Highlight), 2)
        elif element in _BUTTON_PANELS and self.high_contrast:
            # Fusion edges buttons a shade darker than the window: in high contrast, in black.
            _frame(painter, QRectF(option.rect), option.palette.color(QPalette.ColorRole.ButtonText), 2)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and getattr(option, "frame", False):
            self._field_frame(option, painter)
        elif control == QStyle.ComplexControl.CC_ComboBox and self.high_contrast:
            _frame(painter, QRectF(option.rect), option.palette.color(QPalette.ColorRole.ButtonText), 2)

    def _field_frame(self, option: QStyleOption, painter: QPainter) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        colour = option.palette.color(QPalette.ColorRole.Highlight) if focused else frame_colour(option.palette, self.high_contrast)
        width = (2 if focused else 1) * (2 if self.high_contrast else 1)
        _frame(painter, QRectF(option.rect), colour, width)
