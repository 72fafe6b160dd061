"""The composition chart: how many organisations of each type, and from each country.

Horizontal bars, because the category names (organisation types, country names) are long and
read best on the left; one grey with a black outline and the count printed at the end of each
bar, so nothing depends on colour or on judging a bar's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from erasmus_planner.export import fonts
from erasmus_planner.export.styles import BLACK, MID, fit

LABEL_SIZE = 7.5
TITLE_SIZE = 9.0
ROW_HEIGHT = 13.0
# Countries beyond this many are summed into one "other countries" bar: a 40-bar chart says less.
MAX_BARS = 12


def capped(items: Sequence[tuple[str, int]], noun_plural: str) -> list[tuple[str, int]]:
    """At most MAX_BARS bars; the smallest are summed into one ``other …`` bar."""
    if len(items) <= MAX_BARS:
        return list(items)
    kept, rest = list(items[: MAX_BARS - 1]), items[MAX_BARS - 1 :]
    kept.append((f"{len(rest)} other {noun_plural}", sum(n for _, n in rest)))
    return kept


def bar_chart(title: str, items: Sequence[tuple[str, int]], width: float) -> Drawing:
    """One titled horizontal bar chart, largest first, the count written after each bar."""
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
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 0
    chart.width = width - label_width - 30  # room for the count after the longest bar
    chart.height = plot_height
    chart.data = [[n for _, n in items] or [0]]
    chart.categoryAxis.categoryNames = [
        fit(label, fonts.REGULAR, LABEL_SIZE, label_width - 6) for label, _ in items
    ] or [""]
    chart.categoryAxis.reverseDirection = 1  # largest at the top, as read
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = BLACK
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = 0  # the counts are printed on the bars; an axis would be noise
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max((n for _, n in items), default=1) or 1
    chart.bars[0].fillColor = MID
    chart.bars[0].strokeColor = BLACK
    chart.bars[0].strokeWidth = 0.5
    chart.barSpacing = 0
    chart.groupSpacing = ROW_HEIGHT * 0.3
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = BLACK
    drawing.add(chart)
    return drawing


def composition_charts(
    type_counts: Sequence[tuple[str, int]], country_counts: Sequence[tuple[str, int]], width: float
) -> list[Drawing]:
    return [
        bar_chart("Organisations by type", capped(type_counts, "types"), width),
        bar_chart("Organisations by country", capped(country_counts, "countries"), width),
    ]
