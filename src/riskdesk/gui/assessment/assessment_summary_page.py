"""The last wizard step: scores, the four-domain profile, the derived level and why, the
professional overrides, and finalising."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_evaluation import AssessmentEvaluation
from riskdesk.domain.assessment_record import AssessmentSnapshot
from riskdesk.domain.assessment_scoring import BandOverride
from riskdesk.domain.instrument import RATING_LABELS, Instrument, Rating
from riskdesk.domain.level_rules import LevelOverride, LevelRules
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.gui.assessment.four_domain_chart import FourDomainChart

# Problem fields (as the core names them) that one input on this page can fix.
_BAND_REASON = "band_override"
_LEVEL_REASON = "level_override"
_UNANSWERED_REASON = "unanswered_reason"


class AssessmentSummaryPage(QWidget):
    """:attr:`edited` carries a function ``AssessmentDraft -> AssessmentDraft``.

    An override goes into the draft only together with its written reason (the core
    refuses one without); until then :meth:`local_problems` says what is missing.
    """

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
        self._read_only = False

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

        self.domain_table = self._build_table()
        self.total_label = QLabel()
        self.total_label.setObjectName("result")
        self.total_label.setWordWrap(True)
        self.band_label = QLabel()
        self.band_label.setObjectName("result")
        self.band_label.setWordWrap(True)

        self.chart = FourDomainChart(language=language)
        self.factors_label = QLabel()
        self.factors_label.setWordWrap(True)
        self.factors_label.setTextFormat(Qt.TextFormat.PlainText)
        self.factors_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.factors_label.setAccessibleName(self.tr("Factors present per risk domain"))
        profile_box = QGroupBox(self.tr("Four-domain profile"))
        profile_layout = QHBoxLayout(profile_box)
        profile_layout.addWidget(self.chart, 3)
        profile_layout.addWidget(self.factors_label, 2)

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

        self.band_check = QCheckBox(self.tr("O&verride the overall risk"))
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(self.tr("Overall risk by professional judgement"))
        for band in instrument.bands:
            self.band_combo.addItem(band.label.text(language), band.id)
        self.band_reason = _reason_edit(self.tr("Reason for overriding the overall risk"))
        self.level_check = QCheckBox(self.tr("Choose another &level"))
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Level by professional judgement"))
        for definition in rules.levels.levels:
            self.level_combo.addItem(definition.name.text(language), definition.number)
        self.level_reason = _reason_edit(self.tr("Reason for choosing another level"))
        overrides = QGroupBox(self.tr("Professional judgement"))
        grid = QGridLayout(overrides)
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

        self.unanswered_box = QGroupBox(self.tr("Unanswered items"))
        self.unanswered_reason = _reason_edit(self.tr("Why items are unanswered"))
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
        layout.addWidget(self.domain_table)
        layout.addWidget(self.total_label)
        layout.addWidget(self.band_label)
        layout.addWidget(profile_box)
        layout.addWidget(level_box)
        layout.addWidget(overrides)
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
        self._sync_enabled()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(self._instrument.domains), 5)
        table.setAccessibleName(self.tr("Domain scores"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Domain"),
                self.tr("Score"),
                self.tr("Rating"),
                self.tr("Strength"),
                self.tr("Unanswered"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Tall enough for every domain, so the page scrolls as one and the table never does.
        rows = len(self._instrument.domains)
        table.setFixedHeight(header.sizeHint().height() + rows * 26 + 4)
        table.verticalHeader().setDefaultSectionSize(26)
        return table

    # ----- showing ------------------------------------------------------------------

    def show_draft(self, draft: AssessmentDraft) -> None:
        """Put the draft's overrides and reason into the inputs (without emitting edits)."""
        inputs = (
            self.band_check,
            self.band_combo,
            self.band_reason,
            self.level_check,
            self.level_combo,
            self.level_reason,
            self.unanswered_reason,
        )
        for widget in inputs:
            widget.blockSignals(True)
        band = draft.band_override
        self.band_check.setChecked(band is not None)
        if band is not None:
            self.band_combo.setCurrentIndex(max(0, self.band_combo.findData(band.band)))
            _set_text(self.band_reason, band.reason)
        level = draft.level_override
        self.level_check.setChecked(level is not None)
        if level is not None:
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level.level)))
            _set_text(self.level_reason, level.reason)
        _set_text(self.unanswered_reason, draft.unanswered_reason)
        for widget in inputs:
            widget.blockSignals(False)
        self._sync_enabled()

    def show_result(
        self, evaluation: AssessmentEvaluation, decided: AssessmentSnapshot | None = None
    ) -> None:
        """Show the evaluation; for a final assessment, ``decided`` gives the level and
        reasons as they were decided, since the level rules may have changed since."""
        result = evaluation.result
        for row, score in enumerate(result.domains):
            domain = self._instrument.domain(score.domain_id)
            title = domain.title.text(self._language) if domain else score.domain_id
            rating = RATING_LABELS[score.rating].text(self._language)
            cells = (
                title,
                f"{score.score} / {score.max_score}",
                self.tr("at least %1").replace("%1", rating) if score.missing else rating,
                self.tr("yes") if score.strength else "",
                str(len(score.missing)) if score.missing else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and score.rating is Rating.HIGH:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.domain_table.setItem(row, column, item)

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
        self.factors_label.setText("\n".join(lines))

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

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """List what blocks finalising, as ``(field, text)`` pairs with the core's field
        names, and put the cursor where the first can be fixed."""
        if not problems:
            self.problems_label.clear()
            self.problems_label.hide()
            return
        self.problems_label.setText("\n".join(f"• {text}" for _, text in problems))
        self.problems_label.show()
        self._scroll.ensureWidgetVisible(self.problems_label)
        targets = {
            _UNANSWERED_REASON: self.unanswered_reason,
            _BAND_REASON: self.band_reason,
            _LEVEL_REASON: self.level_reason,
        }
        for field, _ in problems:
            target = targets.get(field.split(".")[0])
            if target is not None and target.isVisibleTo(self):
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def show_finalised(self, text: str) -> None:
        self.final_label.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.finalise_button.setVisible(not read_only)
        for check in (self.band_check, self.level_check):
            check.setEnabled(not read_only)
        for edit in (self.band_reason, self.level_reason, self.unanswered_reason):
            edit.setReadOnly(read_only)
        self._sync_enabled()

    def focus_first(self) -> None:
        if self.finalise_button.isVisible():
            self.finalise_button.setFocus()

    def local_problems(self) -> list[tuple[str, str]]:
        """Overrides ticked without a reason, as ``(field, text)``: the draft cannot hold
        them, so only this page knows."""
        problems: list[tuple[str, str]] = []
        if self.band_check.isChecked() and not self.band_reason.toPlainText().strip():
            text = self.tr("Write a reason for overriding the overall risk.")
            problems.append((_BAND_REASON, text))
        if self.level_check.isChecked() and not self.level_reason.toPlainText().strip():
            text = self.tr("Write a reason for choosing another level.")
            problems.append((_LEVEL_REASON, text))
        return problems

    # ----- editing ------------------------------------------------------------------

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
        self.edited.emit(lambda draft: _replaced(draft, "band_override", override))

    def _level_edited(self) -> None:
        self._sync_enabled()
        reason = self.level_reason.toPlainText()
        override = (
            LevelOverride(level=self.level_combo.currentData(), reason=reason).model_dump()
            if self.level_check.isChecked() and reason.strip()
            else None
        )
        self.edited.emit(lambda draft: _replaced(draft, "level_override", override))

    def _unanswered_edited(self) -> None:
        reason = self.unanswered_reason.toPlainText()
        self.edited.emit(lambda draft: _replaced(draft, "unanswered_reason", reason))


def _reason_edit(accessible_name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(56)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(accessible_name)
    return edit


def _set_text(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def _replaced(draft: AssessmentDraft, field: str, value: object) -> AssessmentDraft:
    return draft.with_fields(**{field: value})
