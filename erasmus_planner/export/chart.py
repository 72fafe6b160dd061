"""The composition chart: how many organisations of each type, and from each country.

Horizontal bars, because the category names (organisation types, country names) are long and
read best on the left; one grey with a black outline and the count printed at the end of each
bar, so nothing depends on colour or on judging a bar's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from erasmus_planner.domain.wording import ENGLISH, N_n, Wording
from erasmus_planner.export import fonts
from erasmus_planner.export.styles import BLACK, MID, fit

LABEL_SIZE = 7.5
TITLE_SIZE = 9.0
ROW_HEIGHT = 13.0
# Countries beyond this many are summed into one "other countries" bar: a 40-bar chart says less.
MAX_BARS = 12


OTHER_TYPES = N_n("{n} other type", "{n} other types", "briefing")
OTHER_COUNTRIES = N_n("{n} other country", "{n} other countries", "briefing")


def capped(
    items: Sequence[tuple[str, int]], other: tuple[str, str] = OTHER_COUNTRIES, w: Wording = ENGLISH
) -> list[tuple[str, int]]:
    """At most MAX_BARS bars; the smallest are summed into one ``other …`` bar (``other``: its
    label's number forms, ``{n}`` the count of bars summed)."""
    if len(items) <= MAX_BARS:
        return list(items)
    kept, rest = list(items[: MAX_BARS - 1]), items[MAX_BARS - 1 :]
    kept.append((w.trn(*other, len(rest), "briefing"), sum(n for _, n in rest)))
    return kept


def bar_chart(title: str, items: Sequence[tuple[str, int]], width: float) -> Drawing:
    """One titled horizontal bar chart, largest first, the count written after each bar.

    Built from plain shapes rather than the ``HorizontalBarChart`` widget: the picture is the
    same, and the widget's generality (property collections, validated attributes, axis
    machinery) cost more time than the whole checklist.
    """
    fonts.register_fonts()
    rows = max(1, len(items))
    plot_height = rows * ROW_HEIGHT
    drawing = Drawing(width, plot_height + TITLE_SIZE + 10)
    # The drawing's starting font would otherwise be Helvetica, named (unembedded) in the PDF.
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = LABEL_SIZE
    drawing.add(String(0, plot_height + 6, title, fontName=fonts.BOLD, fontSize=TITLE_SIZE, fillColor=BLACK))

    longest = max((stringWidth(label, fonts.REGULAR, LABEL_SIZE) for label, _ in items), default=0)
    label_width = min(longest + 6, width * 0.45)
    count_room = 30.0  # for the count after the longest bar
    bar_room = width - label_width - count_room
    top = max((n for _, n in items), default=1) or 1
    bar_height = ROW_HEIGHT * 0.7
    baseline = (ROW_HEIGHT - LABEL_SIZE) / 2 + 1  # text centred on its bar
    for row, (label, count) in enumerate(items):
        y = plot_height - (row + 1) * ROW_HEIGHT
        bar_y = y + (ROW_HEIGHT - bar_height) / 2
        text = fit(label, fonts.REGULAR, LABEL_SIZE, label_width - 6)
        drawing.add(
            String(label_width - 4, y + baseline, text, fontName=fonts.REGULAR, fontSize=LABEL_SIZE, textAnchor="end")
        )
        length = bar_room * count / top
        if length > 0:
            drawing.add(Rect(label_width, bar_y, length, bar_height, fillColor=MID, strokeColor=BLACK, strokeWidth=0.5))
        drawing.add(
            String(label_width + length + 3, y + baseline, str(count), fontName=fonts.BOLD, fontSize=LABEL_SIZE)
        )
    drawing.add(Line(label_width, 0, label_width, plot_height, strokeColor=BLACK, strokeWidth=0.8))
    return drawing


def composition_charts(
    type_counts: Sequence[tuple[str, int]],
    country_counts: Sequence[tuple[str, int]],
    width: float,
    w: Wording = ENGLISH,
) -> list[Drawing]:
    return [
        bar_chart(w.tr("Organisations by type", "briefing"), capped(type_counts, OTHER_TYPES, w), width),
        bar_chart(w.tr("Organisations by country", "briefing"), capped(country_counts, OTHER_COUNTRIES, w), width),
    ]
