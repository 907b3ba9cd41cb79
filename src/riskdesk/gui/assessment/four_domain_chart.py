"""The four-domain profile as a bar chart, each bar coloured by its rating.

QtCharts (its library pages and 1.7 MB resident) is loaded when the first chart is made,
in an assessment's summary, not with the window that imports this module at unlock."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsScene, QVBoxLayout, QWidget

from riskdesk.domain.four_domain_profile import FourDomainProfile
from riskdesk.domain.instrument import RATING_LABELS, RATING_ORDER, Rating
from riskdesk.domain.localized import Language

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet, QChart

# Calm traffic-light colours, dark enough for white bar labels and told apart by the
# legend too, so colour is never the only signal.
_COLOURS = {
    Rating.LOW: QColor("#4f8a5b"),
    Rating.MODERATE: QColor("#d39b2a"),
    Rating.HIGH: QColor("#b23a3a"),
}


class FourDomainChart(QWidget):
    """One bar per risk domain: the factors present, on an axis up to the largest count
    possible. A stacked series with one set per rating is how a bar gets its rating's
    colour: each domain has a value in exactly one set.

    The series and axes are made once and refilled by :meth:`show_profile`: QtCharts
    leaves the drawing of a removed axis behind in the scene, so a chart rebuilt on
    every edit of the summary drew its labels twice and grew without end."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QStackedBarSeries,
            QValueAxis,
        )

        super().__init__(parent)
        self._language = language
        self.setMinimumWidth(520)
        self.setFixedHeight(280)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(self.tr("Four-domain profile"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        series = QStackedBarSeries()
        self._sets: dict[Rating, QBarSet] = {}
        for rating in RATING_ORDER:
            bar_set = QBarSet(RATING_LABELS[rating].text(language))
            bar_set.setColor(_COLOURS[rating])
            bar_set.setBorderColor(_COLOURS[rating])
            series.append(bar_set)
            self._sets[rating] = bar_set
        series.setBarWidth(0.6)
        chart.addSeries(series)
        self._categories = QBarCategoryAxis()
        # Titles only: the counts are in the factor list beside the chart. A title of
        # two words goes on two lines rather than being cut to "Socialt ne…".
        self._categories.setTruncateLabels(False)
        self._values = QValueAxis()
        # Whole-number ticks: five evenly spaced ticks on 0..6 would print 0, 1, 3, 4, 6
        # and make the bars look wrong.
        self._values.setTickType(QValueAxis.TickType.TicksDynamic)
        self._values.setTickAnchor(0)
        self._values.setLabelFormat("%d")
        self._values.setTitleText(self.tr("Factors present"))
        chart.addAxis(self._categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self._categories)
        series.attachAxis(self._values)

    def chart(self) -> QChart:
        return self.view.chart()

    def scene(self) -> QGraphicsScene:
        return self.view.scene()

    def show_profile(self, profile: FourDomainProfile) -> None:
        for rating, bar_set in self._sets.items():
            bar_set.remove(0, bar_set.count())
            bar_set.append([float(d.present if d.rating is rating else 0) for d in profile.domains])
        self._categories.setCategories(
            [_two_lines(d.title.text(self._language)) for d in profile.domains]
        )
        top = max((d.of for d in profile.domains), default=1)
        self._values.setRange(0, top)
        self._values.setTickInterval(max(1, -(-top // 8)))
        self.view.setAccessibleDescription(
            "; ".join(
                f"{d.title.text(self._language)}: {d.present}/{d.of}, "
                f"{RATING_LABELS[d.rating].text(self._language)}"
                for d in profile.domains
            )
        )


def _two_lines(title: str) -> str:
    """The title with its last space made a line break (axis labels are rich text), so
    long titles stay whole."""
    head, space, tail = html.escape(title).rpartition(" ")
    return f"{head}<br>{tail}" if space else tail
