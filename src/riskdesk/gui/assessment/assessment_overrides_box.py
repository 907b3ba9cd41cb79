"""Professional judgement on the summary: overriding the overall risk or choosing another
level, each with its written reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QWidget

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_scoring import BandOverride
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.level_rules import LevelOverride, LevelRules
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.gui.assessment.reason_edit import ReasonEdit

BAND_OVERRIDE: FieldPath = ("band_override",)
LEVEL_OVERRIDE: FieldPath = ("level_override",)
"""The draft fields this box fills, as the core names them in its problems."""


class AssessmentOverridesBox(QGroupBox):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``.

    An override goes into the draft only together with its written reason (the core
    refuses one without); until then :meth:`local_problems` says what is missing.
    """

    edited = Signal(object)

    def __init__(
        self,
        *,
        instrument: Instrument,
        rules: LevelRules,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Professional judgement"))
        self._read_only = False
        self.band_check = QCheckBox(self.tr("O&verride the overall risk"))
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(self.tr("Overall risk by professional judgement"))
        for band in instrument.bands:
            self.band_combo.addItem(band.label.text(language), band.id)
        self.band_reason = ReasonEdit(self.tr("Reason for overriding the overall risk"))
        self.level_check = QCheckBox(self.tr("Choose another &level"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Level by professional judgement"))
        for definition in rules.levels.levels:
            self.level_combo.addItem(definition.name.text(language), definition.number)
        self.level_reason = ReasonEdit(self.tr("Reason for choosing another level"))
        grid = QGridLayout(self)
        grid.addWidget(self.band_check, 0, 0)
        grid.addWidget(self.band_combo, 0, 1)
        grid.addWidget(self.band_reason, 1, 0, 1, 2)
        grid.addWidget(self.level_check, 2, 0)
        grid.addWidget(self.level_combo, 2, 1)
        grid.addWidget(self.level_reason, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        for signal in (
            self.band_check.toggled,
            self.band_combo.currentIndexChanged,
            self.band_reason.textChanged,
        ):
            signal.connect(self._band_edited)
        for signal in (
            self.level_check.toggled,
            self.level_combo.currentIndexChanged,
            self.level_reason.textChanged,
        ):
            signal.connect(self._level_edited)
        self._sync_enabled()

    def show_draft(self, draft: AssessmentDraft) -> None:
        """Put the draft's overrides into the inputs without emitting edits."""
        inputs = (
            self.band_check,
            self.band_combo,
            self.band_reason,
            self.level_check,
            self.level_combo,
            self.level_reason,
        )
        for widget in inputs:
            widget.blockSignals(True)
        band = draft.band_override
        self.band_check.setChecked(band is not None)
        if band is not None:
            self.band_combo.setCurrentIndex(max(0, self.band_combo.findData(band.band)))
            self.band_reason.set_text(band.reason)
        level = draft.level_override
        self.level_check.setChecked(level is not None)
        if level is not None:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level.level)))
            self.level_reason.set_text(level.reason)
        for widget in inputs:
            widget.blockSignals(False)
        self._sync_enabled()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for check in (self.band_check, self.level_check):
            check.setEnabled(not read_only)
        for edit in (self.band_reason, self.level_reason):
            edit.setReadOnly(read_only)
        self._sync_enabled()

    def local_problems(self) -> list[Problem]:
        """Overrides ticked without a reason: the draft cannot hold them, so only this
        box knows."""
        problems: list[Problem] = []
        if self.band_check.isChecked() and not self.band_reason.toPlainText().strip():
            text = self.tr("Write a reason for overriding the overall risk.")
            problems.append(_shown_here(BAND_OVERRIDE, text))
        if self.level_check.isChecked() and not self.level_reason.toPlainText().strip():
            text = self.tr("Write a reason for choosing another level.")
            problems.append(_shown_here(LEVEL_OVERRIDE, text))
        return problems

    def _sync_enabled(self) -> None:
        editable = not self._read_only
        self.band_combo.setEnabled(editable and self.band_check.isChecked())
        self.band_reason.setEnabled(self.band_check.isChecked())
        self.level_combo.setEnabled(editable and self.level_check.isChecked())
        self.level_reason.setEnabled(self.level_check.isChecked())

    def _band_edited(self) -> None:
        self._sync_enabled()
        reason = self.band_reason.toPlainText()
        override = (
            BandOverride(band=self.band_combo.currentData(), reason=reason).model_dump()
            if self.band_check.isChecked() and reason.strip()
            else None
        )
        self.edited.emit(lambda draft: draft.with_fields(band_override=override))

    def _level_edited(self) -> None:
        self._sync_enabled()
        reason = self.level_reason.toPlainText()
        override = (
            LevelOverride(level=self.level_combo.currentData(), reason=reason).model_dump()
            if self.level_check.isChecked() and reason.strip()
            else None
        )
        self.edited.emit(lambda draft: draft.with_fields(level_override=override))


def _shown_here(path: FieldPath, text: str) -> Problem:
    # Already translated, and never leaves this window: one text serves both languages.
    return Problem(path, LocalizedText(da=text, en=text))
