"""Extra factors, grouped by the four risk domains, and the escalation flags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft, TickField
from riskdesk.domain.instrument import Instrument, RiskDomain
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.localized import Language, LocalizedText


class AssessmentFactorsPage(QWidget):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``."""

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
        self._language = language
        self.factor_boxes: dict[str, QCheckBox] = {}
        self.flag_boxes: dict[str, QCheckBox] = {}

        heading = QLabel(self.tr("Extra factors and flags"))
        heading.setObjectName("heading")
        hint = QLabel(
            self.tr(
                "Extra factors count in the four-domain profile only, never in the total. "
                "A flag can raise the case level on its own."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        grid = QGridLayout()
        for index, risk_domain in enumerate(RiskDomain):
            profile = instrument.risk_domain(risk_domain)
            box = QGroupBox(profile.title.text(language))
            box_layout = QVBoxLayout(box)
            for factor in profile.extra_factors:
                box_layout.addWidget(
                    self._tick_box("extra_factors", factor.id, factor.label, factor.help)
                )
            if not profile.extra_factors:
                box_layout.addWidget(QLabel(self.tr("No extra factors in this domain.")))
            box_layout.addStretch(1)
            grid.addWidget(box, index // 2, index % 2)

        flags_box = QGroupBox(self.tr("Escalation flags"))
        flags_layout = QVBoxLayout(flags_box)
        for flag in rules.flags:
            flags_layout.addWidget(self._tick_box("flags", flag.id, flag.label, flag.help))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(flags_box)
        layout.addStretch(1)

    def _tick_box(
        self, field: TickField, entry: str, label: LocalizedText, help_text: LocalizedText | None
    ) -> QCheckBox:
        box = QCheckBox(label.text(self._language))
        box.setAccessibleName(label.text(self._language))
        if help_text is not None:
            box.setToolTip(help_text.text(self._language))
            box.setAccessibleDescription(help_text.text(self._language))
        box.clicked.connect(
            lambda ticked: self.edited.emit(
                lambda draft: draft.with_ticked(field, entry, ticked=ticked)
            )
        )
        (self.flag_boxes if field == "flags" else self.factor_boxes)[entry] = box
        return box

    def show_draft(self, draft: AssessmentDraft) -> None:
        for factor_id, box in self.factor_boxes.items():
            box.setChecked(factor_id in draft.extra_factors)
        for flag_id, box in self.flag_boxes.items():
            box.setChecked(flag_id in draft.flags)

    def set_read_only(self, read_only: bool) -> None:
        for box in (*self.factor_boxes.values(), *self.flag_boxes.values()):
            box.setEnabled(not read_only)

    def focus_first(self) -> None:
        boxes = [*self.factor_boxes.values(), *self.flag_boxes.values()]
        if boxes:
            boxes[0].setFocus()
