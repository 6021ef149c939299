"""Charts for the period summary, drawn with reportlab's graphics in the embedded font.

Every string a chart draws (axis labels, legends, value labels) is set to the Japanese font
given by the caller: reportlab's default would be Helvetica, which is not embedded and cannot
draw Japanese. Counts get whole-number axes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

PALETTE = [
    colors.HexColor(c)
    for c in ("#3B6EA5", "#E07B39", "#5A9E5A", "#C44E52", "#8172B2", "#937860", "#DA8BC3",
              "#8C8C8C", "#CCB974", "#64B5CD", "#2E4A62", "#B07AA1")
]  # fmt: skip
AXIS = colors.HexColor("#555555")
GRID = colors.HexColor("#DDDDDD")
LABEL_SIZE = 7.0
MAX_BAR = 48.0


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round axis step (1, 2, 5 × 10^n) giving about ``ticks`` steps up to ``maximum``;
    at least 1, so that counts never get fractional ticks."""
    if maximum <= ticks:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)  # pragma: no cover


def _value_axis(axis: object, maximum: float, font: str, fmt: Callable[[float], str]) -> None:
    step = nice_step(maximum)
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = max(step, math.ceil(maximum / step) * step)  # type: ignore[attr-defined]
    axis.valueStep = step  # type: ignore[attr-defined]
    axis.labels.fontName = font  # type: ignore[attr-defined]
    axis.labels.fontSize = 7  # type: ignore[attr-defined]
    axis.labelTextFormat = fmt  # type: ignore[attr-defined]
    axis.strokeColor = AXIS  # type: ignore[attr-defined]
    axis.visibleGrid = True  # type: ignore[attr-defined]
    axis.gridStrokeColor = GRID  # type: ignore[attr-defined]


def fit_label(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to at most ``width`` points."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _category_labels(axis: object, labels: Sequence[str], font: str, slot: float) -> float:
    """Set the category labels: level when they fit, else turned, else every n-th one.

    Returns the height the labels need below the axis."""
    widest = float(max(stringWidth(lb, font, LABEL_SIZE) for lb in labels))
    names = list(labels)
    a = axis.labels  # type: ignore[attr-defined]
    a.fontName, a.fontSize = font, LABEL_SIZE
    if widest + 4 <= slot:
        a.boxAnchor = "n"
        axis.categoryNames = names  # type: ignore[attr-defined]
        return 14.0
    every = max(1, math.ceil((LABEL_SIZE + 3) / max(slot, 0.1)))
    names = [lb if i % every == 0 else "" for i, lb in enumerate(names)]
    a.angle, a.boxAnchor, a.dx, a.dy = 90, "e", 0, -3
    axis.categoryNames = names  # type: ignore[attr-defined]
    return widest + 8


def _whole(value: float) -> str:
    return f"{round(value):,}"


def _drawing(width: float, height: float, font: str) -> Drawing:
    """A Drawing whose initial font is ``font`` (else the renderer starts in Helvetica)."""
    d = Drawing(width, height)
    d.initialFontName = font
    d.initialFontSize = 8
    return d


def _empty(width: float, height: float, font: str, text: str) -> Drawing:
    d = _drawing(width, height, font)
    d.add(String(width / 2, height / 2, text, fontName=font, fontSize=9, textAnchor="middle",
                 fillColor=AXIS))  # fmt: skip
    return d


def column_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    font: str,
    width: float,
    height: float,
    color: colors.Color = PALETTE[0],
    fmt: Callable[[float], str] = _whole,
    empty_text: str = "",
) -> Drawing:
    """Vertical bars, one per label (e.g. per month); labels turn when there are many."""
    if not values or max(values) <= 0:
        return _empty(width, height, font, empty_text)
    d = _drawing(width, height, font)
    chart = VerticalBarChart()
    chart.x = 34
    chart.width = width - chart.x - 6
    below = _category_labels(chart.categoryAxis, labels, font, chart.width / len(labels))
    chart.y = below + 4
    chart.height = height - chart.y - 8
    chart.data = [list(values)]
    chart.bars[0].fillColor = color
    chart.bars.strokeColor = None
    # Bars at most MAX_BAR points wide, so that one month does not fill the whole chart.
    slot = chart.width / len(labels)
    share = min(0.8, MAX_BAR / slot)
    chart.barWidth = 10
    chart.groupSpacing = chart.barWidth * (1 - share) / share
    chart.categoryAxis.strokeColor = AXIS
    _value_axis(chart.valueAxis, max(values), font, fmt)
    chart.barLabels.fontName = font
    d.add(chart)
    return d


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    font: str,
    width: float,
    color: colors.Color = PALETTE[0],
    row_height: float = 16,
    label_width: float = 150,
    empty_text: str = "",
) -> Drawing:
    """Horizontal bars, largest first as given; the height grows with the number of rows."""
    height = max(60.0, row_height * len(labels) + 30)
    if not values or max(values) <= 0:
        return _empty(width, 40, font, empty_text)
    d = _drawing(width, height, font)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = width - label_width - 10, height - 24
    chart.data = [list(reversed(values))]  # reportlab draws the first category at the bottom
    chart.bars[0].fillColor = color
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = [
        fit_label(lb, font, 8, label_width - 8) for lb in reversed(labels)
    ]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = AXIS
    _value_axis(chart.valueAxis, max(values), font, _whole)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = _whole
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def pie_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    font: str,
    width: float,
    height: float = 140,
    empty_text: str = "",
) -> Drawing:
    """A pie with a legend of labels, counts and shares beside it (no labels on the slices,
    which would overlap for small shares)."""
    pairs = [(label, v) for label, v in zip(labels, values, strict=True) if v > 0]
    if not pairs:
        return _empty(width, 40, font, empty_text)
    total = sum(v for _, v in pairs)
    d = _drawing(width, height, font)
    pie = Pie()
    size = height - 16
    pie.x, pie.y, pie.width, pie.height = 8, 8, size, size
    pie.data = [v for _, v in pairs]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i in range(len(pairs)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 28, height - 10
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = max(8, math.ceil(len(pairs) / 2))
    legend.deltay = 11
    legend.dxTextSpace = 5
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)],
         f"{fit_label(label, font, 8, width - size - 110)}  {_whole(v)} ({100 * v / total:.0f}%)")
        for i, (label, v) in enumerate(pairs)
    ]  # fmt: skip
    d.add(legend)
    return d
