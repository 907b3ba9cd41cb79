"""Responsivity and other needs: what shapes how to work with the young person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.localized import Language

_COLUMNS = 2


class AssessmentResponsivityPage(QWidget):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``."""

    edited = Signal(object)

    def __init__(
        self, *, instrument: Instrument, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        heading = QLabel(self.tr("Responsivity and other needs"))
        heading.setObjectName("heading")
        hint = QLabel(
            self.tr("These shape how to work with the young person; they do not change the score.")
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        box = QGroupBox(self.tr("Present"))
        grid = QGridLayout(box)
        for index, factor in enumerate(instrument.responsivity):
            check = QCheckBox(factor.label.text(language))
            check.setAccessibleName(factor.label.text(language))
            if factor.help is not None:
                check.setToolTip(factor.help.text(language))
                check.setAccessibleDescription(factor.help.text(language))
            check.clicked.connect(
                lambda ticked, entry=factor.id: self.edited.emit(
                    lambda draft: draft.with_ticked("responsivity", entry, ticked=ticked)
                )
            )
            grid.addWidget(check, index // _COLUMNS, index % _COLUMNS)
            self.boxes[factor.id] = check

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setAccessibleName(self.tr("Notes on responsivity and other needs"))
        self.notes_edit.textChanged.connect(self._notes_changed)
        notes_label = QLabel(self.tr("N&otes on how to work with the young person:"))
        notes_label.setBuddy(self.notes_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(box)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)

    def show_draft(self, draft: AssessmentDraft) -> None:
        for factor_id, check in self.boxes.items():
            check.setChecked(factor_id in draft.responsivity)
        if self.notes_edit.toPlainText() != draft.responsivity_notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(draft.responsivity_notes)
            self.notes_edit.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        for check in self.boxes.values():
            check.setEnabled(not read_only)
        self.notes_edit.setReadOnly(read_only)

    def focus_first(self) -> None:
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()
        else:
            self.notes_edit.setFocus()

    def _notes_changed(self) -> None:
        notes = self.notes_edit.toPlainText()
        self.edited.emit(lambda draft: draft.with_fields(responsivity_notes=notes))
