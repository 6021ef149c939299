"""The home screen's two charts (QtCharts): incidents per month by behaviour, hours per month.

Pictures, not tables: stacked bars over the last twelve months, the months labelled in the
user's language (QLocale), the behaviours by their translated names. Each view's tooltip says
what is counted. The charts are rebuilt from :class:`DashboardFigures` on every refresh.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ...domain.enums import Behaviour
from ...services.dashboard_figures import DashboardFigures
from ..labels import behaviour_label

PALETTE = (
    "#3B6EA5", "#E07B39", "#5A9E5A", "#C44E52", "#8172B2", "#937860", "#DA8BC3",
    "#CCB974", "#64B5CD", "#2E4A62", "#B07AA1",
)  # fmt: skip
OTHER_COLOUR = "#8C8C8C"
MAX_SERIES = 7
"""Behaviours shown by name; the rest are summed as "other behaviours" (a readable legend)."""


def month_labels(months: tuple[date, ...]) -> list[str]:
    """Short month names in the user's language ("4月", "Apr", "apr."): twelve fit under a
    half-width chart; the years are in the axis title (:func:`period_title`)."""
    locale = QLocale()
    japanese = locale.language() == QLocale.Language.Japanese
    return [
        f"{m.month}月" if japanese else locale.toString(QDate(m.year, m.month, 1), "MMM")
        for m in months
    ]


def period_title(months: tuple[date, ...]) -> str:
    """The charts' period, e.g. "2026-01 – 2026-12"."""
    return f"{months[0].strftime('%Y-%m')} – {months[-1].strftime('%Y-%m')}"


def _nice_max(value: float) -> float:
    """An axis top a little above ``value`` on a round number (at least 1)."""
    if value <= 4:
        return 4.0
    step = 10 ** (len(str(int(value))) - 1)
    for factor in (1, 2, 5, 10):
        if value <= factor * step:
            return float(factor * step)
    return float(value)


class _Chart(QChartView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setBackgroundRoundness(4)
        self.series_names: list[str] = []

    def _fill(self, sets: list[tuple[str, str, list[float]]], categories: list[str],
              period: str, axis_title: str, *, counts: bool) -> None:  # fmt: skip
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries()
        top = 0.0
        totals = [0.0] * len(categories)
        for name, colour, values in sets:
            bar = QBarSet(name)
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            for i, v in enumerate(values):
                bar.append(v)
                totals[i] += v
            series.append(bar)
        self.series_names = [name for name, _, _ in sets]
        top = max(totals, default=0.0)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        x.setTitleText(period)
        small = x.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)  # "10月", "sep." fit under a bar
        x.setLabelsFont(small)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = QValueAxis()
        high = _nice_max(top)
        y.setRange(0, high)
        whole = counts or high >= 5
        y.setLabelFormat("%.0f" if whole else "%.1f")
        y.setTickCount(int(high) + 1 if counts and high <= 10 else 5)  # whole incidents
        y.setLabelsFont(small)
        y.setTitleText(axis_title)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        chart.legend().setVisible(bool(sets))


class BehaviourChart(_Chart):
    """Incidents per month, stacked by behaviour (an incident with two counts in both)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("behaviourChart", parent)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # up to 8 names
        self.setToolTip(
            self.tr(
                "Incidents per month by the behaviour recorded, for the last 12 months. An "
                "incident with several behaviours counts once for each."
            )
        )

    def show_figures(self, f: DashboardFigures) -> None:
        self.chart_.setTitle(self.tr("Incidents per month by behaviour"))
        sets: list[tuple[str, str, list[float]]] = []
        rest = [0.0] * len(f.months)
        named = [(c, v) for c, v in f.behaviour_counts if c]
        for i, (code, values) in enumerate(named):
            if i < MAX_SERIES:
                sets.append(
                    (behaviour_label(Behaviour(code)), PALETTE[i], [float(v) for v in values])
                )
            else:
                rest = [a + b for a, b in zip(rest, values, strict=True)]
        none = dict(f.behaviour_counts).get("")
        if none is not None:
            rest = [a + b for a, b in zip(rest, none, strict=True)]
        if any(rest):
            sets.append((self.tr("Other or none recorded"), OTHER_COLOUR, rest))
        self._fill(sets, month_labels(f.months), period_title(f.months), self.tr("Incidents"),
                   counts=True)  # fmt: skip


class HoursChart(_Chart):
    """Hours spent per month: phone calls, other time recorded, handling time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("hoursChart", parent)
        self.setToolTip(
            self.tr(
                "Hours spent on the incidents of each month (by the month they occurred): the "
                "minutes recorded in each incident's costs (phone calls filed in phone mode, "
                "time on site, apology visits, deliberation, the lawyer) and, for incidents "
                "with no minutes recorded, the time from start to end (up to 24 hours)."
            )
        )

    def show_figures(self, f: DashboardFigures) -> None:
        self.chart_.setTitle(self.tr("Hours lost per month"))
        hours = f.hours
        sets = [
            (self.tr("Phone calls"), PALETTE[0], [h.phone / 60 for h in hours]),
            (self.tr("Other time recorded"), PALETTE[1], [h.other_recorded / 60 for h in hours]),
            (self.tr("Start to end"), PALETTE[2], [h.handling / 60 for h in hours]),
        ]
        self._fill(sets, month_labels(f.months), period_title(f.months), self.tr("Hours"),
                   counts=False)  # fmt: skip
