"""The statistics page's charts (QtCharts), each with its numbers one click away: a chart
and a table of the same series on a stack, and a button that turns between them. The
page is internal, so the numbers are exact.

A chart is drawn when it is first on show: QtCharts (its library pages and 1.7 MB
resident) is loaded then, not when the window is built, nor by figures read while the
page is hidden."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case_outcome import AREAS, DEVELOPMENT_LABELS, OUTCOME_LABELS, Development
from riskdesk.domain.inquiry import INQUIRY_KIND_LABELS, InquiryKind
from riskdesk.domain.localized import Language
from riskdesk.domain.unit_statistics import UnitStatistics

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart


@dataclass(frozen=True)
class ChartData:
    """Bars by category, one named series each: what a chart draws and its table lists."""

    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]


class ChartWithNumbers(QWidget):
    """A titled chart; "Show numbers" turns it into the table of what it draws."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(f"<b>{title}</b>")
        self._title = title
        self.chart: QChart | None = None  # made when first drawn
        self._undrawn: ChartData | None = None
        # Where the chart view goes when first drawn.
        self.view = QWidget()
        self.view.setMinimumHeight(180)
        QVBoxLayout(self.view).setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Numbers: %1").replace("%1", title))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Show numbers"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def show_data(self, data: ChartData) -> None:
        self._fill_table(data)
        self._undrawn = data
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw()

    def _draw(self) -> None:
        data, self._undrawn = self._undrawn, None
        if data is None:
            return
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

        chart = self._made_chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSeries()
        highest = 0
        for name, values in data.series:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
            highest = max(highest, *values, 0)
        chart.addSeries(bars)
        categories = QBarCategoryAxis()
        categories.append(list(data.categories))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(categories)
        counts = QValueAxis()
        counts.setRange(0, max(highest, 1))
        counts.setLabelFormat("%d")
        counts.applyNiceNumbers()
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(counts)
        chart.legend().setVisible(len(data.series) > 1)

    def _made_chart(self) -> QChart:
        if self.chart is None:
            from PySide6.QtCharts import QChart, QChartView

            self.chart = QChart()
            self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            view = QChartView(self.chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setAccessibleName(self._title)
            layout = self.view.layout()
            assert layout is not None
            layout.addWidget(view)
        return self.chart

    def clear(self) -> None:
        self._undrawn = None
        if self.chart is not None:
            self.chart.removeAllSeries()
        self.table.clear()
        self.table.setRowCount(0)

    def _fill_table(self, data: ChartData) -> None:
        self.table.clear()
        self.table.setRowCount(len(data.categories))
        self.table.setColumnCount(len(data.series))
        self.table.setHorizontalHeaderLabels([name for name, _ in data.series])
        self.table.setVerticalHeaderLabels(list(data.categories))
        for column, (_, values) in enumerate(data.series):
            for row, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def _toggled(self, numbers: bool) -> None:
        self.stack.setCurrentIndex(1 if numbers else 0)
        self.toggle.setText(self.tr("Show chart") if numbers else self.tr("Show numbers"))


def inquiries_chart(figures: UnitStatistics, language: Language) -> ChartData:
    months = tuple(figures.inquiries_by_month)
    return ChartData(
        categories=tuple(f"{m[5:]}.{m[2:4]}" for m in months),
        series=tuple(
            (
                INQUIRY_KIND_LABELS[kind].text(language),
                tuple(figures.inquiries_by_month[m].get(kind.value, 0) for m in months),
            )
            for kind in InquiryKind
        ),
    )


def levels_chart(figures: UnitStatistics, labels: tuple[str, ...]) -> ChartData:
    """Niveau 1 (concerns), 2, 3 and the EXIT cases among niveau 3."""
    cases = figures.cases
    values = (cases.by_level.get(1, 0), cases.by_level.get(2, 0), cases.by_level.get(3, 0))
    return ChartData(categories=labels, series=(("", (*values, cases.exit)),))


def levels_over_time_chart(figures: UnitStatistics, labels: tuple[str, ...]) -> ChartData:
    """Niveau 1 (concerns noted), 2 and 3 (cases open) month by month."""
    months = tuple(figures.levels_by_month)
    return ChartData(
        categories=tuple(f"{m[5:]}.{m[2:4]}" for m in months),
        series=tuple(
            (label, tuple(figures.levels_by_month[m].get(level, 0) for m in months))
            for level, label in zip((1, 2, 3), labels, strict=False)
        ),
    )


def courses_chart(figures: UnitStatistics, labels: tuple[str, ...]) -> ChartData:
    courses = figures.courses
    values = (courses.since_start, courses.active, courses.reoffended)
    return ChartData(categories=labels, series=(("", values),))


def outcomes_chart(figures: UnitStatistics, language: Language) -> ChartData:
    """Outcomes at closing: per area, how many improved, stayed the same or worsened."""
    closing = figures.outcomes.get("closing", {})
    return ChartData(
        categories=tuple(OUTCOME_LABELS[area].text(language) for area in AREAS),
        series=tuple(
            (
                DEVELOPMENT_LABELS[value].text(language),
                tuple(closing.get(area, {}).get(value.value, 0) for area in AREAS),
            )
            for value in Development
        ),
    )
