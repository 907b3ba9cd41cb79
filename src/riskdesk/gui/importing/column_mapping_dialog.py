"""Which field each unknown header of an imported spreadsheet is: a choice per column, or
ignore it (the default, so nothing is read that the user did not ask for)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case_import_columns import FIELD_LABELS, ImportField, column_letter
from riskdesk.domain.localized import Language


class ColumnMappingDialog(QDialog):
    """One row per column in ``columns`` (indexes into ``headers``): its letter and
    header, and a field to read it as. :meth:`chosen` gives the answer."""

    def __init__(
        self,
        *,
        headers: Sequence[str],
        columns: Sequence[int],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ColumnMappingDialog")
        self.setWindowTitle(self.tr("Columns RiskDesk does not know"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These columns have headers RiskDesk does not know. Choose what each one "
                "holds, or leave it ignored: an ignored column is not read."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[int, QComboBox] = {}
        for column in columns:
            choice = QComboBox()
            choice.addItem(self.tr("Ignore"), "")
            for field in ImportField:
                choice.addItem(FIELD_LABELS[field].text(language), field.value)
            label = QLabel(
                self.tr("Column %1: %2")
                .replace("%1", column_letter(column))
                .replace("%2", headers[column])
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(choice)
            form.addRow(label, choice)
            self.choices[column] = choice
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these columns"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, column: int, field: ImportField | None) -> None:
        choice = self.choices[column]
        choice.setCurrentIndex(choice.findData(field.value) if field is not None else 0)

    def chosen(self) -> dict[int, ImportField | None]:
        return {
            column: ImportField(choice.currentData()) if choice.currentData() else None
            for column, choice in self.choices.items()
        }
