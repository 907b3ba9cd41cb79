"""The last wizard step: scores, the four-domain profile, the derived level and why, the
professional overrides, and finalising."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_evaluation import AssessmentEvaluation
from riskdesk.domain.assessment_record import AssessmentSnapshot
from riskdesk.domain.instrument import RATING_LABELS, Instrument
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.gui.assessment.assessment_overrides_box import (
    BAND_OVERRIDE,
    LEVEL_OVERRIDE,
    AssessmentOverridesBox,
)
from riskdesk.gui.assessment.domain_score_table import DomainScoreTable
from riskdesk.gui.assessment.four_domain_chart import FourDomainChart
from riskdesk.gui.assessment.reason_edit import ReasonEdit
from riskdesk.gui.widgets.problem_routing import route_problems

UNANSWERED_REASON: FieldPath = ("unanswered_reason",)


class AssessmentSummaryPage(QWidget):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``;
    :attr:`finalise_requested` fires when the user asks to finalise.

    :meth:`show_problems` lists what blocks finalising; operations started with this page
    as their parent send their refusals there."""

    edited = Signal(object)
    finalise_requested = Signal()

    def __init__(
        self,
        *,
        instrument: Instrument,
        rules: LevelRules,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._instrument = instrument
        self._rules = rules
        self._language = language

        heading = QLabel(self.tr("Summary"))
        heading.setObjectName("heading")
        disclaimer = QLabel(instrument.disclaimer.text(language))
        disclaimer.setObjectName("disclaimer")
        disclaimer.setWordWrap(True)
        disclaimer.setAccessibleName(self.tr("About this instrument"))
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problem")
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.hide()

        self.domain_table = DomainScoreTable(instrument=instrument, language=language)
        self.total_label = QLabel()
        self.total_label.setObjectName("result")
        self.total_label.setWordWrap(True)
        self.band_label = QLabel()
        self.band_label.setObjectName("result")
        self.band_label.setWordWrap(True)

        self.chart = FourDomainChart(language=language)
        # As tall as the chart, scrolling its own lines: a high-risk profile lists some
        # thirty factors, which would push everything after the chart off the screen.
        self.factors_text = QPlainTextEdit()
        self.factors_text.setReadOnly(True)
        self.factors_text.setTabChangesFocus(True)
        self.factors_text.setFixedHeight(self.chart.maximumHeight())
        self.factors_text.setAccessibleName(self.tr("Factors present per risk domain"))
        profile_box = QGroupBox(self.tr("Four-domain profile"))
        profile_layout = QHBoxLayout(profile_box)
        profile_layout.addWidget(self.chart, 3)
        profile_layout.addWidget(self.factors_text, 2)

        self.level_label = QLabel()
        self.level_label.setObjectName("result")
        self.level_label.setWordWrap(True)
        self.level_description = QLabel()
        self.level_description.setObjectName("hint")
        self.level_description.setWordWrap(True)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setAccessibleName(self.tr("Why this level"))
        level_box = QGroupBox(self.tr("Level"))
        level_layout = QVBoxLayout(level_box)
        level_layout.addWidget(self.level_label)
        level_layout.addWidget(self.level_description)
        level_layout.addWidget(self.reasons_label)

        self.overrides = AssessmentOverridesBox(
            instrument=instrument, rules=rules, language=language
        )
        self.overrides.edited.connect(self.edited)

        self.unanswered_box = QGroupBox(self.tr("Unanswered items"))
        self.unanswered_reason = ReasonEdit(self.tr("Why items are unanswered"))
        self.unanswered_reason.textChanged.connect(self._unanswered_edited)
        unanswered_label = QLabel(
            self.tr("Some items are unanswered. Write &why before finalising:")
        )
        unanswered_label.setBuddy(self.unanswered_reason)
        unanswered_layout = QVBoxLayout(self.unanswered_box)
        unanswered_layout.addWidget(unanswered_label)
        unanswered_layout.addWidget(self.unanswered_reason)

        self.finalise_button = QPushButton(self.tr("&Finalise assessment"))
        self.finalise_button.setAccessibleName(self.tr("Finalise the assessment"))
        self.finalise_button.setAutoDefault(False)
        self.finalise_button.clicked.connect(self.finalise_requested)
        self.final_label = QLabel()
        self.final_label.setObjectName("hint")
        self.final_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.final_label, 1)
        bottom.addWidget(self.finalise_button)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading)
        layout.addWidget(disclaimer)
        layout.addWidget(self.problems_label)
        # The overall result and the four-domain chart first, where a 1280×800 screen
        # shows them without scrolling; the score of each domain follows.
        layout.addWidget(self.total_label)
        layout.addWidget(self.band_label)
        layout.addWidget(profile_box)
        layout.addWidget(self.domain_table)
        layout.addWidget(level_box)
        layout.addWidget(self.overrides)
        layout.addWidget(self.unanswered_box)
        layout.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._scroll = scroll

    # ----- showing ------------------------------------------------------------------

    def show_draft(self, draft: AssessmentDraft) -> None:
        """Put the draft's overrides and reason into the inputs (without emitting edits)."""
        self.overrides.show_draft(draft)
        self.unanswered_reason.blockSignals(True)
        self.unanswered_reason.set_text(draft.unanswered_reason)
        self.unanswered_reason.blockSignals(False)

    def show_result(
        self, evaluation: AssessmentEvaluation, decided: AssessmentSnapshot | None = None
    ) -> None:
        """Show the evaluation; for a final assessment, ``decided`` gives the level and
        reasons as they were decided, since the level rules may have changed since."""
        result = evaluation.result
        self.domain_table.show_result(result)
        computed = self._band_label(result.band)
        if result.complete:
            self.total_label.setText(
                self.tr("Total score: %1 of %2")
                .replace("%1", str(result.total))
                .replace("%2", str(result.max_total))
            )
        else:
            self.total_label.setText(
                self.tr("Total score: at least %1 of %2 (%3 items unanswered)")
                .replace("%1", str(result.total))
                .replace("%2", str(result.max_total))
                .replace("%3", str(result.missing_count))
            )
            computed = self.tr("at least %1").replace("%1", computed)
        if result.band_override is not None:
            self.band_label.setText(
                self.tr("Overall risk: %1 by professional judgement (computed: %2)")
                .replace("%1", self._band_label(result.final_band))
                .replace("%2", computed)
            )
        else:
            self.band_label.setText(self.tr("Overall risk: %1").replace("%1", computed))

        self.chart.show_profile(evaluation.profile)
        lines: list[str] = []
        for risk in evaluation.profile.domains:
            lines.append(
                f"{risk.title.text(self._language)} ({risk.present}/{risk.of}, "
                f"{RATING_LABELS[risk.rating].text(self._language)})"
            )
            lines.extend(f"  • {factor.text(self._language)}" for factor in risk.factors)
        self.factors_text.setPlainText("\n".join(lines))

        level = decided.level if decided else evaluation.level.level
        reasons: Sequence[LocalizedText] = decided.reasons if decided else evaluation.level.reasons
        definition = next((d for d in self._rules.levels.levels if d.number == level), None)
        if definition is None:
            self.level_label.setText(self.tr("Level %1").replace("%1", str(level)))
            self.level_description.clear()
        else:
            self.level_label.setText(definition.name.text(self._language))
            self.level_description.setText(definition.description.text(self._language))
        self.reasons_label.setText(
            "\n".join(f"• {reason.text(self._language)}" for reason in reasons)
        )
        self.unanswered_box.setVisible(not result.complete)

    def _band_label(self, band_id: str) -> str:
        band = self._instrument.band(band_id)
        return band.label.text(self._language) if band else band_id

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """List what blocks finalising and put the cursor where the first problem that
        an input on this page can fix is (an empty list clears them)."""
        if not problems:
            self.problems_label.clear()
            self.problems_label.hide()
            return
        self.problems_label.setText(
            "\n".join(f"• {problem.text(self._language)}" for problem in problems)
        )
        self.problems_label.show()
        self._scroll.ensureWidgetVisible(self.problems_label)
        routed = route_problems(
            problems,
            {
                UNANSWERED_REASON: self.unanswered_reason,
                BAND_OVERRIDE: self.overrides.band_reason,
                LEVEL_OVERRIDE: self.overrides.level_reason,
            },
        )
        target = next((w for w in routed.by_target if w.isVisibleTo(self)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_finalised(self, text: str) -> None:
        self.final_label.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.finalise_button.setVisible(not read_only)
        self.overrides.set_read_only(read_only)
        self.unanswered_reason.setReadOnly(read_only)

    def focus_first(self) -> None:
        if self.finalise_button.isVisible():
            self.finalise_button.setFocus()

    def local_problems(self) -> list[Problem]:
        """What blocks finalising that only this page knows: an override ticked without
        its reason, which the draft cannot hold."""
        return self.overrides.local_problems()

    # ----- editing ------------------------------------------------------------------

    def _unanswered_edited(self) -> None:
        reason = self.unanswered_reason.toPlainText()
        self.edited.emit(lambda draft: draft.with_fields(unanswered_reason=reason))
