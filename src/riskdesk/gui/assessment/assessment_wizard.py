"""The assessment wizard: draws the step :class:`AssessmentWizardFlow` is on and hands
every edit back to it as a new draft, saving as the user goes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.assessment_wizard_flow import AssessmentWizardFlow, StepKind, WizardStep
from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import AssessmentFinalised, Refusal, UserInputError
from riskdesk.gui.assessment.assessment_domain_page import AssessmentDomainPage
from riskdesk.gui.assessment.assessment_factors_page import AssessmentFactorsPage
from riskdesk.gui.assessment.assessment_intro_page import AssessmentIntroPage
from riskdesk.gui.assessment.assessment_responsivity_page import AssessmentResponsivityPage
from riskdesk.gui.assessment.assessment_saving import AssessmentSaving
from riskdesk.gui.assessment.assessment_summary_page import AssessmentSummaryPage
from riskdesk.gui.assessment.instrument_title import instrument_title
from riskdesk.gui.operations import Operation, read_now
from riskdesk.gui.widgets.screen_fit import resize_within_screen
from riskdesk.gui.widgets.shown_times import dmy_hm

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

DraftEdit = Callable[[AssessmentDraft], AssessmentDraft]
WizardPage = (
    AssessmentIntroPage
    | AssessmentDomainPage
    | AssessmentFactorsPage
    | AssessmentResponsivityPage
    | AssessmentSummaryPage
)


class AssessmentWizard(QDialog):
    """Fills in one assessment; a final one opens read-only.

    Every edit reaches the flow at once and is saved a moment after the last one (see
    :class:`AssessmentSaving`), and at once on a step change, on finalising and on
    closing, so neither navigation nor a lock can lose an answer. :attr:`saved` and
    :attr:`finalised` carry the assessment id. Raises :class:`UserInputError` when the
    record's instrument version is not loaded.
    """

    saved = Signal(int)
    finalised = Signal(int)

    def __init__(
        self,
        *,
        desk: Desk,
        record: AssessmentRecord,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        # Read first: a refused read must not leave a half-built dialog in ``parent``.
        instrument = desk.assessments.instrument_for(record)
        registry = desk.assessments.catalogue.registry
        level_rules = desk.assessments.level_rules
        person_name = desk.persons.get(record.person_id).name
        super().__init__(parent)
        self._desk = desk
        self._record = record
        self._registry = registry
        self._language = language
        self.flow = AssessmentWizardFlow(instrument, level_rules, record.draft)
        self.setObjectName("AssessmentWizard")
        self.setWindowTitle(self.tr("Assessment – %1").replace("%1", person_name))
        resize_within_screen(self, 1120, 780)

        self.heading = QLabel(self.tr("Assessment of %1").replace("%1", person_name))
        self.heading.setObjectName("heading")
        self.info_label = QLabel()
        self.info_label.setObjectName("hint")

        self.step_list = QListWidget()
        self.step_list.setObjectName("steps")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setFixedWidth(230)
        self.step_list.itemActivated.connect(self._jump)
        self.step_list.itemClicked.connect(self._jump)
        self.stack = QStackedWidget()
        self.pages: dict[str, WizardPage] = {}
        for step in self.flow.steps:
            page = self._build_page(step, person_name)
            page.edited.connect(self._apply)
            self.pages[step.id] = page
            self.stack.addWidget(page)
            self.step_list.addItem(QListWidgetItem(step.title.text(language)))
        self.summary = self._summary_page()
        self.summary.finalise_requested.connect(self.finalise)

        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+B or Ctrl+Page Up)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Next step (Alt+N or Ctrl+Page Down)"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Save and close (Esc)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self, self.next)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self, self.back)

        self.saving = AssessmentSaving(
            desk=desk, assessment_id=record.id, draft=lambda: self.flow.draft, parent=self
        )
        self.saving.saved.connect(self._saved)
        self.saving.refused.connect(self._save_refused)
        self.saving.finalised.connect(self._finalised)

        middle = QHBoxLayout()
        middle.addWidget(self.step_list)
        middle.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info_label)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        self._set_read_only(record.is_final)
        self._show_current()

    def _build_page(self, step: WizardStep, person_name: str) -> WizardPage:
        instrument = self.flow.instrument
        rules = self._desk.assessments.level_rules
        match step.kind:
            case StepKind.INTRO:
                return AssessmentIntroPage(
                    instrument=instrument, person_name=person_name, language=self._language
                )
            case StepKind.DOMAIN:
                domain = instrument.domain(step.domain_id or "")
                assert domain is not None  # the flow makes a step per instrument domain
                return AssessmentDomainPage(
                    instrument=instrument, domain=domain, language=self._language
                )
            case StepKind.FACTORS:
                return AssessmentFactorsPage(
                    instrument=instrument, rules=rules, language=self._language
                )
            case StepKind.RESPONSIVITY:
                return AssessmentResponsivityPage(instrument=instrument, language=self._language)
            case StepKind.SUMMARY:
                return AssessmentSummaryPage(
                    instrument=instrument, rules=rules, language=self._language
                )

    def _summary_page(self) -> AssessmentSummaryPage:
        return next(p for p in self.pages.values() if isinstance(p, AssessmentSummaryPage))

    @property
    def record(self) -> AssessmentRecord:
        return self._record

    @property
    def read_only(self) -> bool:
        return self._record.is_final

    def page(self, step_id: str) -> Any:
        return self.pages[step_id]

    # ----- navigation ---------------------------------------------------------------

    def next(self) -> None:
        if self.flow.can_go_next:
            self.save_now()
            self.flow.next()
            self._show_current()

    def back(self) -> None:
        if self.flow.can_go_back:
            self.save_now()
            self.flow.back()
            self._show_current()

    def _jump(self, item: QListWidgetItem) -> None:
        step = self.flow.steps[self.step_list.row(item)]
        if step.id != self.flow.current.id:
            self.save_now()
            self.flow.go_to(step.id)
            self._show_current()

    def _show_current(self) -> None:
        step = self.flow.current
        page = self.pages[step.id]
        page.show_draft(self.flow.draft)
        if page is self.summary:
            self._refresh_summary()
        self.stack.setCurrentWidget(page)
        self.back_button.setEnabled(self.flow.can_go_back)
        self.next_button.setEnabled(self.flow.can_go_next)
        self._mark_steps()
        page.focus_first()

    def _mark_steps(self) -> None:
        current = self.flow.current.id
        self.step_list.blockSignals(True)
        for row, step in enumerate(self.flow.steps):
            # The summary is complete only once finalised; its problems are shown on it.
            complete = step.kind is not StepKind.SUMMARY and self.flow.is_complete(step.id)
            # The mark is in the text too, so it is not told by colour alone.
            mark = "✓ " if complete else "○ "
            item = self.step_list.item(row)
            item.setText(mark + step.title.text(self._language))
            if step.id == current:
                self.step_list.setCurrentRow(row)
        self.step_list.blockSignals(False)

    def _refresh_summary(self) -> None:
        try:
            evaluation = self.flow.evaluate()
        except UserInputError as error:
            self.summary.show_problems(error.problems)
            return
        self.summary.show_result(evaluation, self._record.snapshot)

    # ----- editing and saving -------------------------------------------------------

    def _apply(self, edit: DraftEdit) -> None:
        if self.read_only:
            return
        try:
            self.flow.update(edit(self.flow.draft))
        except ValueError as error:
            # A page only offers valid choices; this is text the draft refuses (too long).
            self.status_label.setText(self.tr("Not taken: %1").replace("%1", _first_line(error)))
            return
        self.saving.edited()
        self.status_label.setText(self.tr("Unsaved changes…"))
        if self.flow.current.kind is StepKind.SUMMARY:
            self._refresh_summary()

    def save_now(self) -> Operation | None:
        """Start saving the draft if it changed; None when there is nothing to save. A
        refusal is shown in the status line and the changes stay here, to be saved on
        the next try."""
        return None if self.read_only else self.saving.save_now()

    def _saved(self, record: AssessmentRecord) -> None:
        self._record = record
        if not self.saving.dirty:
            self.status_label.setText(
                self.tr("Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S"))
            )
        self._mark_steps()
        self.saved.emit(int(record.id))

    def _save_refused(self, refusal: Refusal) -> None:
        if isinstance(refusal, AssessmentFinalised):
            self.status_label.setText(refusal.text(self._language))
            desk, assessment_id = self._desk, self._record.id
            record = read_now(self, lambda: desk.assessments.get(assessment_id))
            if record is not None:
                self._record = record
            self._set_read_only(True)
            return
        self.status_label.setText(
            self.tr("Not saved: %1").replace("%1", refusal.text(self._language))
        )

    def finalise(self) -> Operation | None:
        """Save what is unsaved and finalise; what blocks it is shown on the summary."""
        local = self.summary.local_problems()
        if local:
            self.summary.show_problems(local)
            return None
        self.summary.finalise_button.setEnabled(False)
        operation = self.saving.finalise(
            problems_to=self.summary, label=self.tr("Finalising the assessment…")
        )
        operation.finished.connect(self._finalise_ended)
        return operation

    def _finalise_ended(self) -> None:
        self.summary.finalise_button.setEnabled(True)

    def _finalised(self, record: AssessmentRecord) -> None:
        self._record = record
        self.summary.show_problems([])
        self._set_read_only(True)
        self._refresh_summary()
        self.status_label.setText(self.tr("Finalised."))
        self.finalised.emit(int(record.id))

    def _set_read_only(self, read_only: bool) -> None:
        for page in self.pages.values():
            page.set_read_only(read_only)
        record = self._record
        status = self.tr("Final") if record.is_final else self.tr("Draft")
        parts = [instrument_title(self._registry, record.draft, self._language), status]
        if record.is_final and record.finalised_at is not None:
            parts.append(
                self.tr("finalised %1 by %2")
                .replace("%1", dmy_hm(record.finalised_at))
                .replace("%2", record.finalised_by or "")
            )
            self.summary.show_finalised(
                self.tr(
                    "This assessment is final and cannot be changed. Start a correction "
                    "from the assessments list to change it."
                )
            )
        if record.corrects is not None:
            parts.append(self.tr("corrects an earlier assessment"))
        self.info_label.setText(" · ".join(parts))

    def done(self, result: int) -> None:
        # Closing, Esc and a lock all come through here. The save runs to its end even
        # when the window is gone by then.
        self.save_now()
        super().done(result)


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
