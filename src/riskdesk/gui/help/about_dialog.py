"""Help → About: the version, the schema revision, and the instruments and templates in
use, as ``riskdesk --version`` says them (both read ``desk.versions``), so a caseworker
on the phone with support can say exactly what they run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.gui.operations import read_now
from riskdesk.services.version_report import VersionReport, version_report

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


def add_help_menu(window: QMainWindow, desk: Callable[[], Desk | None]) -> QAction:
    """The Help menu with About RiskDesk…, which reports on the open desk's forms (or, with
    none open, on those the next unlock would read)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    action = menu.addAction(QCoreApplication.translate("AboutDialog", "&About RiskDesk…"))
    action.triggered.connect(lambda: show_about(window, desk()))
    return action


def show_about(parent: QWidget, desk: Desk | None) -> AboutDialog | None:
    report = read_now(parent, desk.versions.report if desk is not None else version_report)
    if report is None:
        return None
    dialog = AboutDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class AboutDialog(QDialog):
    def __init__(self, report: VersionReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About RiskDesk"))
        # Wide enough for the longest source on one line.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 115)

        heading = QLabel(f"<b>RiskDesk {report.version}</b>")
        summary = QLabel(
            self.tr(
                "Case records, risk and needs assessments and action plans for crime prevention."
            )
        )
        summary.setWordWrap(True)

        facts = QFormLayout()
        self.version_label = _selectable(report.version)
        facts.addRow(self.tr("Version:"), self.version_label)
        self.schema_label = _selectable(report.schema_revision)
        facts.addRow(self.tr("Schema revision:"), self.schema_label)
        folder = str(report.municipality_dir) if report.municipality_dir else "–"
        self.folder_label = _selectable(folder)
        facts.addRow(self.tr("Municipality folder:"), self.folder_label)

        own, shipped = self.tr("The municipality's own"), self.tr("Shipped with RiskDesk")
        passed_over = self.tr("Shipped; the municipality's own fails the check")
        self.instruments = _table(
            [self.tr("Instrument"), self.tr("Version"), self.tr("File"), self.tr("Source")],
            [
                [item.id, str(item.version), item.file, own if item.own else shipped]
                for item in report.instruments
            ],
        )
        self.instruments.setAccessibleName(self.tr("Instruments in use"))
        self.templates = _table(
            [self.tr("Template"), self.tr("Version"), self.tr("Source")],
            [
                [
                    item.name,
                    item.version,
                    own if item.own else passed_over if item.own_passed_over else shipped,
                ]
                for item in report.templates
            ],
        )
        self.templates.setAccessibleName(self.tr("Templates in use"))
        note = QLabel(
            self.tr(
                "A template's version is the start of the SHA-256 of its file; an approved "
                "plan records the whole of it. Files in the municipality folder replace "
                "RiskDesk's own from the next unlock."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Instruments in use")))
        layout.addWidget(self.instruments)
        if report.instrument_failures:
            failed = QLabel(
                self.tr("Not loaded: %1").replace("%1", ", ".join(report.instrument_failures))
            )
            failed.setWordWrap(True)
            layout.addWidget(failed)
        layout.addWidget(QLabel(self.tr("Templates in use")))
        layout.addWidget(self.templates)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Opening on Close, not on a table's first cell: Enter or Escape closes at once.
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    # Every row shows without scrolling: the lists are short.
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height)
    return table
