"""The warning at the top of a review: the assessment behind the plan has professional
overrides (what was computed, what was decided, why), with the box a supervisor ticks to
confirm them before approving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout, QWidget

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import AssessmentOverrides
from riskdesk.gui.review.review_queue_model import overrides_lines

_STYLE = "QFrame#overrides { background: #fdf0e6; border: 2px solid #b85c00; border-radius: 4px; }"


class ReviewOverridesFrame(QFrame):
    """Hidden when there are no overrides. :attr:`confirm_box` toggles as the supervisor
    confirms; :attr:`needs_confirmation` says whether approving waits for it."""

    def __init__(
        self,
        *,
        overrides: AssessmentOverrides | None,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrides")
        self.setStyleSheet(_STYLE)
        self.needs_confirmation = overrides is not None and overrides.any
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_box = QCheckBox(
            self.tr("I have read the overrides and confirm them for this plan")
        )
        layout.addWidget(self.title_label)
        layout.addWidget(self.label)
        layout.addWidget(self.confirm_box)
        if overrides is None or not overrides.any:
            self.hide()
            return
        self.title_label.setText(
            self.tr("⚑ The assessment of %1 behind this plan has professional overrides").replace(
                "%1", dmy(overrides.assessed_on)
            )
        )
        self.label.setText("\n".join(overrides_lines(overrides, language)))

    @property
    def confirmed(self) -> bool:
        """Whether approving may go ahead as far as the overrides are concerned."""
        return not self.needs_confirmation or self.confirm_box.isChecked()
