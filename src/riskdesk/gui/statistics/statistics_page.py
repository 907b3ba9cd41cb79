"""The statistics page (Statistik), for supervisors and administrators: the unit's figures
for a chosen period (presets or dates), exact and marked internal; charts of inquiries,
case levels, mentor courses and outcomes, each with its numbers a click away; the
leader's texts for the half-year report; and the report itself, exported to Word (and
PDF) or Excel, suppressed, through ``run_op``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.half_year_texts import SECTION_LABELS
from riskdesk.domain.inquiry import INQUIRY_SOURCE_LABELS, InquirySource
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.statistics_access import MAY_SEE_STATISTICS
from riskdesk.domain.statistics_facts import Period
from riskdesk.domain.statistics_periods import period_presets
from riskdesk.domain.unit_statistics import UnitStatistics
from riskdesk.domain.user import User
from riskdesk.gui.operations import read_now, run_op
from riskdesk.gui.statistics.half_year_texts_editor import HalfYearTextsEditor
from riskdesk.gui.statistics.report_files import choose_police_csv, choose_save_path
from riskdesk.gui.statistics.statistics_charts import (
    ChartWithNumbers,
    courses_chart,
    inquiries_chart,
    levels_chart,
    levels_over_time_chart,
    outcomes_chart,
)
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.read_when_shown import ReadWhenShown

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.document_export import DocumentProblem
    from riskdesk.services.statistics_report_service import ReportFiles

PathChooser = Callable[[QWidget, str, str], Path | None]


class StatisticsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._desk: Desk | None = None
        self._when_shown = ReadWhenShown(self, self.refresh)
        self.choose_path: PathChooser = choose_save_path

        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Period"))
        for preset in period_presets(date.today()):
            self.preset_box.addItem(preset.label.text(language), preset.period)
        self.preset_box.addItem(self.tr("Custom dates"), None)
        self.from_edit, self.to_edit = _date_edit(language), _date_edit(language)
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit.setAccessibleName(self.tr("To"))
        self.internal_label = QLabel(
            self.tr("INTERNAL: exact counts, for the unit's own use. Exports hide small counts.")
        )
        self.internal_label.setObjectName("internalMarking")
        self.internal_label.setStyleSheet("font-weight: bold;")
        self.internal_label.setWordWrap(True)
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Period:"), self.preset_box),
            (self.tr("&From:"), self.from_edit),
            (self.tr("T&o:"), self.to_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)

        self.figures_tree = QTreeWidget()
        self.figures_tree.setAccessibleName(self.tr("Figures"))
        self.figures_tree.setHeaderLabels([self.tr("Figure"), self.tr("Count")])
        self.figures_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.figures_tree.header().setStretchLastSection(False)
        self.inquiry_chart = ChartWithNumbers(self.tr("Inquiries by month and type"))
        self.level_chart = ChartWithNumbers(self.tr("Cases by level"))
        self.level_month_chart = ChartWithNumbers(self.tr("Cases by level, month by month"))
        self.course_chart = ChartWithNumbers(self.tr("Mentor courses"))
        self.outcome_chart = ChartWithNumbers(self.tr("Outcomes at closing"))
        charts = QWidget()
        grid = QGridLayout(charts)
        # The month and area charts get the whole width: their labels are the longest.
        for chart, row, column, span in (
            (self.inquiry_chart, 0, 0, 2),
            (self.level_chart, 1, 0, 1),
            (self.course_chart, 1, 1, 1),
            (self.level_month_chart, 2, 0, 2),
            (self.outcome_chart, 3, 0, 2),
        ):
            chart.setMinimumSize(300, 250)
            grid.addWidget(chart, row, column, 1, span)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        self.texts_editor = HalfYearTextsEditor(language=language)
        self.texts_editor.on_save(self.save_texts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.figures_tree, self.tr("&Tables"))
        self.tabs.addTab(scroll, self.tr("C&harts"))
        self.tabs.addTab(self.texts_editor, self.tr("Report te&xts"))

        self.police_csv: Path | None = None
        self.choose_csv: Callable[[QWidget], Path | None] = choose_police_csv
        self.police_button = QPushButton(self.tr("Police &figures…"))
        self.police_button.setToolTip(
            self.tr("A CSV of the police's report counts adds the crime picture to the report")
        )
        self.police_button.clicked.connect(self.choose_police_figures)
        self.pdf_check = QCheckBox(self.tr("Also as &PDF"))
        self.word_button = QPushButton(self.tr("Export to &Word…"))
        self.word_button.clicked.connect(self.export_word)
        self.excel_button = QPushButton(self.tr("Export to &Excel…"))
        self.excel_button.clicked.connect(self.export_excel)
        self.problem_line = ProblemLine(language=language)
        buttons = QHBoxLayout()
        suppressed = QLabel(
            self.tr("The report and the Excel file show counts under 5 as \u201c<5\u201d.")
        )
        suppressed.setWordWrap(True)
        buttons.addWidget(suppressed, 1)
        buttons.addWidget(self.police_button)
        buttons.addWidget(self.pdf_check)
        buttons.addWidget(self.word_button)
        buttons.addWidget(self.excel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.internal_label)
        layout.addWidget(self.problem_line)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._dates_changed)
        self._preset_chosen(0)

    @staticmethod
    def offered_to(user: User) -> bool:
        return user.role in MAY_SEE_STATISTICS

    def title(self) -> str:
        return self.tr("Statistics")

    def charts(self) -> tuple[ChartWithNumbers, ...]:
        return (
            self.inquiry_chart,
            self.level_chart,
            self.level_month_chart,
            self.course_chart,
            self.outcome_chart,
        )

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        # Read when first shown: a supervisor's unlock lands on another page, and the
        # unit's figures are counted over every case.
        self._when_shown.unread()

    def clear(self) -> None:
        self._desk = None
        self._when_shown.forget()
        self.figures_tree.clear()
        for chart in self.charts():
            chart.clear()
        self.texts_editor.clear()
        self.problem_line.clear()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        if any(p.path and p.path[0] in SECTION_LABELS for p in problems):
            self.texts_editor.show_problems(problems)
        else:
            self.problem_line.show_problems(problems)

    def period(self) -> Period | None:
        start, end = _day(self.from_edit), _day(self.to_edit)
        return Period(start, end) if start <= end else None

    def refresh(self) -> None:
        desk, period = self._desk, self.period()
        if desk is None or not self.offered_to(desk.user):
            return
        if period is None:
            self.problem_line.show_problems([_backwards()])
            return
        figures = read_now(self, lambda: desk.statistics.figures(period))
        texts = read_now(self, lambda: desk.statistics_report.texts(period))
        if figures is None or texts is None:
            return
        self.problem_line.clear()
        self.show_figures(figures)
        self.texts_editor.show_texts(texts)

    def show_figures(self, figures: UnitStatistics) -> None:
        lang = self._language
        self.inquiry_chart.show_data(inquiries_chart(figures, lang))
        levels = (self.tr("Level 1"), self.tr("Level 2"), self.tr("Level 3"), self.tr("EXIT"))
        self.level_chart.show_data(levels_chart(figures, levels))
        self.level_month_chart.show_data(levels_over_time_chart(figures, levels))
        course_labels = (self.tr("All"), self.tr("Active"), self.tr("Reoffended"))
        self.course_chart.show_data(courses_chart(figures, course_labels))
        self.outcome_chart.show_data(outcomes_chart(figures, lang))
        self._fill_tree(figures)

    def save_texts(self) -> None:
        desk, period = self._desk, self.period()
        if desk is None or period is None:
            return
        values = self.texts_editor.values()
        run_op(
            self.texts_editor,
            lambda: desk.statistics_report.save_texts(period, values, today=date.today()),
            lambda _texts: self.status_message.emit(self.tr("Texts saved.")),
        )

    def export_word(self) -> None:
        path = self.choose_path(self, self.tr("Word document (*.docx)"), ".docx")
        if path is not None:
            self._export(docx=path, pdf=self.pdf_check.isChecked())

    def choose_police_figures(self) -> None:
        self.police_csv = self.choose_csv(self)
        name = self.police_csv.name if self.police_csv else ""
        self.police_button.setText(
            self.tr("Police figures: %1").replace("%1", name)
            if name
            else self.tr("Police &figures…")
        )

    def export_excel(self) -> None:
        path = self.choose_path(self, self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            self._export(xlsx=path)

    def _export(
        self, *, docx: Path | None = None, pdf: bool = False, xlsx: Path | None = None
    ) -> None:
        desk, period = self._desk, self.period()
        if desk is None or period is None:
            return
        from riskdesk.services.document_export import DocumentProblem

        police = self.police_csv if docx is not None else None

        def export() -> ReportFiles | DocumentProblem:
            try:
                return desk.statistics_report.export(
                    period, docx=docx, pdf=pdf, xlsx=xlsx, police_csv=police
                )
            except DocumentProblem as problem:
                return problem

        run_op(self, export, self._exported, label=self.tr("Making the report…"))

    def _exported(self, outcome: ReportFiles | DocumentProblem) -> None:
        from riskdesk.services.document_export import DocumentProblem

        if isinstance(outcome, DocumentProblem):
            self.problem_line.show_texts([outcome.text(self._language)])
            return
        saved = [p.name for p in (outcome.docx, outcome.pdf, outcome.xlsx) if p is not None]
        self.status_message.emit(self.tr("Saved: %1").replace("%1", ", ".join(saved)))
        notes = [n.text(self._language) for n in (outcome.notice, outcome.pdf_problem) if n]
        if notes:
            self.problem_line.show_texts(notes)

    def _preset_chosen(self, index: int) -> None:
        period = self.preset_box.itemData(index)
        custom = period is None
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(custom)
        if custom:
            return
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def _dates_changed(self) -> None:
        if self.preset_box.currentData() is None:
            self.refresh()

    def _fill_tree(self, figures: UnitStatistics) -> None:
        tree, cases, courses = self.figures_tree, figures.cases, figures.courses
        tree.clear()

        def group(title: str, rows: list[tuple[str, str]]) -> None:
            parent = QTreeWidgetItem([title, ""])
            for label, value in rows:
                child = QTreeWidgetItem([label, value])
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                parent.addChild(child)
            tree.addTopLevelItem(parent)
            parent.setExpanded(True)

        months = courses.average_months
        group(
            self.tr("Table 1: cases"),
            [
                (self.tr("Level 1 (concerns)"), str(cases.by_level.get(1, 0))),
                (self.tr("Level 2"), str(cases.by_level.get(2, 0))),
                (self.tr("Level 3"), str(cases.by_level.get(3, 0))),
                (self.tr("of which EXIT"), str(cases.exit)),
                (self.tr("Cases in the period"), str(cases.in_period)),
                (self.tr("Closed in the period"), str(cases.closed)),
                (self.tr("Active at the period's end"), str(cases.active)),
            ],
        )
        group(
            self.tr("Table 2: mentor courses"),
            [
                (self.tr("Courses since the start"), str(courses.since_start)),
                (self.tr("Average length, months"), "–" if months is None else f"{months:.1f}"),
                (self.tr("Active at the period's end"), str(courses.active)),
                (self.tr("Reoffended during the course"), str(courses.reoffended)),
            ],
        )
        group(
            self.tr("Inquiries by source"),
            [
                (
                    INQUIRY_SOURCE_LABELS[source].text(self._language),
                    str(figures.inquiries_by_source.get(source.value, 0)),
                )
                for source in InquirySource
            ]
            + [(self.tr("Total"), str(figures.inquiry_count))],
        )
        group(
            self.tr("Release milestones"),
            [(self.tr("Met on time"), f"{figures.milestones_met} / {figures.milestones_due}")],
        )
        tree.resizeColumnToContents(1)


def _date_edit(language: Language) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if Language(language) is Language.DANISH else "yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _backwards() -> Problem:
    from riskdesk.domain.localized import LocalizedText

    return Problem(
        (),
        LocalizedText(
            da="Perioden slutter før den begynder: vælg en slutdato på eller efter startdatoen.",
            en="The period ends before it starts: choose an end on or after the start.",
        ),
    )
