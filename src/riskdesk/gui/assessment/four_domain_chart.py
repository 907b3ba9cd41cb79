"""The four-domain profile as a bar chart, each bar coloured by its rating."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from riskdesk.domain.four_domain_profile import FourDomainProfile
from riskdesk.domain.instrument import RATING_LABELS, RATING_ORDER, Rating
from riskdesk.domain.localized import Language

# Calm traffic-light colours, dark enough for white bar labels and told apart by the
# legend too, so colour is never the only signal.
_COLOURS = {
    Rating.LOW: QColor("#4f8a5b"),
    Rating.MODERATE: QColor("#d39b2a"),
    Rating.HIGH: QColor("#b23a3a"),
}


class FourDomainChart(QChartView):
    """One bar per risk domain: the factors present, on an axis up to the largest count
    possible. A stacked series with one set per rating is how a bar gets its rating's
    colour: each domain has a value in exactly one set."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(520)
        self.setFixedHeight(280)
        self.setAccessibleName(self.tr("Four-domain profile"))
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)

    def show_profile(self, profile: FourDomainProfile) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries()
        for rating in RATING_ORDER:
            bar_set = QBarSet(RATING_LABELS[rating].text(self._language))
            bar_set.setColor(_COLOURS[rating])
            bar_set.setBorderColor(_COLOURS[rating])
            for domain in profile.domains:
                bar_set.append(domain.present if domain.rating is rating else 0)
            series.append(bar_set)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        # Titles only: the counts are in the factor list beside the chart. A title of
        # two words goes on two lines rather than being cut to "Socialt ne…".
        categories.setTruncateLabels(False)
        categories.append([_two_lines(d.title.text(self._language)) for d in profile.domains])
        values = QValueAxis()
        top = max((d.of for d in profile.domains), default=1)
        values.setRange(0, top)
        # Whole-number ticks: five evenly spaced ticks on 0..6 would print 0, 1, 3, 4, 6
        # and make the bars look wrong.
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(max(1, -(-top // 8)))
        values.setLabelFormat("%d")
        values.setTitleText(self.tr("Factors present"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.setAccessibleDescription(
            "; ".join(
                f"{d.title.text(self._language)}: {d.present}/{d.of}, "
                f"{RATING_LABELS[d.rating].text(self._language)}"
                for d in profile.domains
            )
        )

    def clear(self) -> None:
        self.chart().removeAllSeries()
        for axis in self.chart().axes():
            self.chart().removeAxis(axis)


def _two_lines(title: str) -> str:
    """The title with its last space made a line break (axis labels are rich text), so
    long titles stay whole."""
    head, space, tail = html.escape(title).rpartition(" ")
    return f"{head}<br>{tail}" if space else tail
