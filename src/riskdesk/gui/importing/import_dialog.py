"""File → Import…: cases moving in from a spreadsheet. Choose the file; say what each
unknown column holds (:class:`ColumnMappingDialog`); read the dry run's report (what
would be created, each problem row by its number and field); then import, all or
nothing, or skipping the rows with problems when the user ticks that."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case_import_columns import (
    FIELD_LABELS,
    ColumnMapping,
    ImportField,
    Sheet,
    unknown_columns,
)
from riskdesk.domain.import_report import ImportRefused, ImportReport
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.importing.column_mapping_dialog import ColumnMappingDialog
from riskdesk.gui.operations import language_of, read_now, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

FileChooser = Callable[[QWidget], Path | None]
"""``choose(parent)`` asks for a spreadsheet to open; None when the user cancels."""


def choose_spreadsheet(parent: QWidget) -> Path | None:
    """The platform's open dialog; Qt's own under the offscreen platform (tests)."""
    dialog = QFileDialog(parent, parent.tr("Choose the spreadsheet to import"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(parent.tr("Spreadsheets (*.xlsx *.csv)"))
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def open_import(window: QWidget, desk: Desk | None) -> ImportDialog | None:
    """File → Import…: the dialog, opened on ``window``; None without a desk or for an
    administrator (an import is casework; the services refuse it too)."""
    if desk is None or not desk.user.does_casework:
        return None
    dialog = ImportDialog(desk=desk, language=language_of(window), parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ImportDialog(QDialog):
    """Emits :attr:`imported` with the report once the cases are stored."""

    imported = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        language: Language,
        parent: QWidget | None = None,
        choose: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._choose = choose or choose_spreadsheet
        self._sheet: Sheet | None = None
        self._mapping: ColumnMapping | None = None
        self._report: ImportReport | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import cases from a spreadsheet"))

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each row becomes a person with one case. The first row holds the headers: "
                "navn, cpr or fødselsdato, niveau, and if you have them sagstype, oprettet, "
                "sagsbehandler, henvisning, status and lukket (or the same in English). "
                "Every row is checked as the case editor checks it, and nothing is saved "
                "before you have seen the report."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(self.tr("Spreadsheet"))
        self.file_field.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.problem_label = ProblemLine(language=language, parent=self)
        layout.addWidget(self.problem_label)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.problem_table = QTableWidget(0, 3)
        self.problem_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Field"), self.tr("Problem")]
        )
        self.problem_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_table.setWordWrap(True)
        self.problem_table.verticalHeader().hide()
        header = self.problem_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem_table.setAccessibleName(self.tr("Rows with problems"))
        layout.addWidget(self.problem_table, 1)
        self.skip_box = QCheckBox(self.tr("&Skip the rows with problems and import the others"))
        self.skip_box.toggled.connect(self._update_buttons)
        layout.addWidget(self.skip_box)
        # Takes the room the table leaves while there is no report, so the text stays on top.
        layout.addStretch()

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_report(None)
        resize_within_screen(self, 760, 560)

    # ----- choosing and checking ------------------------------------------------------

    def choose_file(self) -> None:
        path = self._choose(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read ``path``, ask about its unknown columns, then run the dry run."""
        self.problem_label.clear()
        self._show_report(None)
        self.file_field.setText(path.name)
        desk = self._desk
        run_op(
            self,
            lambda: desk.imports.read(path),
            self._sheet_read,
            label=self.tr("Reading the spreadsheet…"),
        )

    def _sheet_read(self, sheet: Sheet) -> None:
        self._sheet = sheet
        unknown = unknown_columns(sheet.headers)
        if not unknown:
            self._mapped({})
            return
        dialog = ColumnMappingDialog(
            headers=sheet.headers, columns=unknown, language=self._language, parent=self
        )
        dialog.accepted.connect(lambda: self._mapped(dialog.chosen()))
        self.mapping_dialog = dialog
        dialog.open()

    def _mapped(self, chosen: dict[int, ImportField | None]) -> None:
        sheet, desk = self._sheet, self._desk
        if sheet is None:
            return
        mapping = read_now(self, lambda: desk.imports.mapping(sheet, chosen))
        if mapping is None:
            return
        self._mapping = mapping
        run_op(
            self,
            lambda: desk.imports.check(sheet, mapping),
            self._show_report,
            label=self.tr("Checking every row…"),
        )

    # ----- the report -------------------------------------------------------------------

    def _show_report(self, report: ImportReport | None) -> None:
        self._report = report
        self.skip_box.setChecked(False)
        self.summary_label.setVisible(report is not None)
        self.problem_table.setVisible(bool(report and report.problems))
        self.skip_box.setVisible(bool(report and report.problems and report.cases))
        self.problem_table.setRowCount(0)
        if report is not None:
            texts = [report.summary().text(self._language)]
            if (ignored := report.ignored_note()) is not None:
                texts.append(ignored.text(self._language))
            self.summary_label.setText("\n".join(texts))
            self._fill_problems(report)
        self._update_buttons()

    def _fill_problems(self, report: ImportReport) -> None:
        problems = report.sorted_problems()
        self.problem_table.setRowCount(len(problems))
        for index, problem in enumerate(problems):
            field = FIELD_LABELS[problem.field].text(self._language) if problem.field else ""
            cells = (str(problem.row), field, problem.message.text(self._language))
            for column, text in enumerate(cells):
                self.problem_table.setItem(index, column, QTableWidgetItem(text))
        self.problem_table.resizeRowsToContents()

    def _update_buttons(self) -> None:
        report = self._report
        ready = (
            report is not None
            and not report.written
            and bool(report.cases)
            and (not report.problems or self.skip_box.isChecked())
        )
        self.import_button.setEnabled(ready)

    # ----- importing --------------------------------------------------------------------

    def start_import(self) -> None:
        sheet, mapping, desk = self._sheet, self._mapping, self._desk
        if sheet is None or mapping is None or not self.import_button.isEnabled():
            return
        skip = self.skip_box.isChecked()
        run_op(
            self,
            lambda: desk.imports.import_cases(sheet, mapping, skip_invalid=skip),
            self._imported,
            on_refused=self._refused,
            label=self.tr("Importing…"),
        )

    def _imported(self, report: ImportReport) -> None:
        self._show_report(report)
        self.skip_box.hide()
        self.imported.emit(report)

    def _refused(self, refusal: Refusal) -> None:
        # The vault changed since the dry run (a colleague filed one of the people):
        # the fresh report says which rows.
        if isinstance(refusal, ImportRefused):
            self._show_report(refusal.report)
        self.show_problems(refusal.problems)

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problem_label.show_problems(problems)
