"""Assessments: start, autosave, finalise, correct and compare.

Any signed-in user may do all of these, administrators included: the unit is small and
the role that matters for assessments (a supervisor's approval) belongs to the plan.
The store's repositories write the audit events; :meth:`AssessmentService.evaluate`
touches no stored data and so writes none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_evaluation import AssessmentEvaluation, evaluate_assessment
from riskdesk.domain.assessment_record import AssessmentRecord, snapshot_of
from riskdesk.domain.assessment_wizard_flow import AssessmentWizardFlow
from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.ids import AssessmentId, CaseId, PersonId
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.level_rules import LevelRules
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.reassessment_comparison import ReassessmentComparison, compare_assessments
from riskdesk.domain.refusals import AssessmentFinalised, UserInputError
from riskdesk.domain.screen_views import CaseAssessments
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.instrument_catalogue import InstrumentCatalogue
from riskdesk.services.service_context import ServiceContext

if TYPE_CHECKING:
    from riskdesk.store.unit_of_work import UnitOfWork

DEFAULT_INSTRUMENT = "riskdesk-youth"


class AssessmentService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def catalogue(self) -> InstrumentCatalogue:
        """Every instrument that loaded from the forms folder, and the files that failed.
        Raises :class:`FormFileInvalid` when the level rules themselves do not load."""
        return self._ctx.forms.catalogue

    @property
    def level_rules(self) -> LevelRules:
        return self._ctx.forms.level_rules

    def instrument_for(self, record_or_draft: AssessmentRecord | AssessmentDraft) -> Instrument:
        """The exact instrument version the assessment uses; raises
        :class:`UserInputError` when that version is not loaded."""
        return instrument_of(self.catalogue, record_or_draft)

    def start(
        self,
        *,
        person_id: PersonId,
        case_id: CaseId | None = None,
        instrument_ref: str | None = None,
        assessment_date: date | None = None,
    ) -> AssessmentRecord:
        """A new, empty draft on the newest version of ``instrument_ref`` (``id`` or
        ``id@version``; riskdesk-youth when None). Raises :class:`UserInputError` for an
        unknown instrument or a case of another person, :class:`NotFound` for an unknown
        person or case."""
        instrument = self.catalogue.registry.lookup(instrument_ref or DEFAULT_INSTRUMENT)
        draft = AssessmentDraft(
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            person_id=person_id,
            assessment_date=assessment_date or date.today(),
        )
        with self._ctx.work(UseCase.ASSESSMENT_START) as uow:
            if case_id is not None and uow.cases.get(case_id).person_id != person_id:
                raise UserInputError([Problem("case_id", _CASE_OF_OTHER_PERSON)])
            return uow.assessments.add(draft, case_id=case_id)

    def save_draft(
        self,
        assessment_id: AssessmentId,
        draft: AssessmentDraft,
        *,
        editing_session: str | None = None,
    ) -> AssessmentRecord:
        """Autosave. Saves of the same draft by the same user with the same
        ``editing_session`` (one token per opening of the wizard) leave one audit event,
        with the first and last time, as long as nothing else was logged in between.
        Raises :class:`AssessmentFinalised` once final, and :class:`UserInputError` for a
        draft of another person or instrument version."""
        with self._ctx.work(UseCase.ASSESSMENT_SAVE_DRAFT, editing_session=editing_session) as uow:
            return uow.assessments.update_draft(assessment_id, draft)

    def get(self, assessment_id: AssessmentId) -> AssessmentRecord:
        with self._ctx.work(UseCase.ASSESSMENT_VIEW) as uow:
            return uow.assessments.get(assessment_id)

    def for_person(self, person_id: PersonId) -> list[AssessmentRecord]:
        """Newest assessment date first; drafts and corrections included."""
        with self._ctx.work(UseCase.ASSESSMENT_LIST) as uow:
            return uow.assessments.for_person(person_id)

    def for_case(self, case_id: CaseId) -> CaseAssessments:
        """The case, its person and the person's assessments (newest first), in one use
        case: what the assessments page shows."""
        with self._ctx.work(UseCase.ASSESSMENT_LIST) as uow:
            case = uow.cases.get(case_id)
            return CaseAssessments(
                person=uow.persons.get(case.person_id),
                case=case,
                records=tuple(uow.assessments.for_person(case.person_id)),
            )

    def evaluate(self, draft: AssessmentDraft) -> AssessmentEvaluation:
        """Score, profile and level as the draft stands; raises :class:`UserInputError`
        for ids the instrument or level rules do not know."""
        return evaluate_assessment(
            self.instrument_for(draft),
            self.level_rules,
            answers=draft.answer_values(),
            strengths=draft.strengths,
            extra_factors=draft.extra_factors,
            flags=draft.flags,
            band_override=draft.band_override,
            level_override=draft.level_override,
        )

    def finalise(
        self,
        assessment_id: AssessmentId,
        *,
        draft: AssessmentDraft | None = None,
        apply_level_to_case: bool = True,
    ) -> AssessmentRecord:
        """Make the assessment final and read-only, with a snapshot of the result.

        Raises :class:`UserInputError` listing everything that blocks it (no sources,
        unanswered items without a written reason, an override without a reason, ids the
        instrument lacks) and :class:`AssessmentFinalised` if it already is final. When
        the assessment has a case and ``apply_level_to_case``, the case takes the decided
        level in the same transaction (audited as a case update), unless that level is a
        concern only (niveau 1), which never becomes a case's level. With ``draft``, the
        draft as the user sees it is saved first, in the same transaction: what is
        finalised is what was shown, and a refusal saves nothing."""
        with self._ctx.work(UseCase.ASSESSMENT_FINALISE) as uow:
            record = (
                uow.assessments.update_draft(assessment_id, draft)
                if draft is not None
                else uow.assessments.get(assessment_id)
            )
            return self._finalise_in(uow, record, apply_level_to_case)

    def import_assessments(self, entries: Sequence[ImportedAssessment]) -> int:
        """Store many assessments in one transaction (all or none), e.g. the demo data;
        finalised ones set their case's level as :meth:`finalise` does. Raises as
        :meth:`start` and :meth:`finalise` do; the first failure stops the import."""
        with self._ctx.work(UseCase.ASSESSMENT_IMPORT) as uow:
            for entry in entries:
                self.instrument_for(entry.draft)
                record = uow.assessments.add(entry.draft, case_id=entry.case_id)
                if entry.finalise:
                    self._finalise_in(uow, record, apply_level_to_case=True)
        return len(entries)

    def start_correction(self, assessment_id: AssessmentId) -> AssessmentRecord:
        """A new draft copying a final assessment, linked both ways (``corrects`` /
        ``corrected_by``). Raises :class:`UserInputError` for a draft, or for one that
        already has a correction (continue or correct that one instead)."""
        with self._ctx.work(UseCase.ASSESSMENT_CORRECT) as uow:
            old = uow.assessments.get(assessment_id)
            if not old.is_final:
                raise UserInputError([Problem("assessment", _CORRECT_ONLY_FINAL)])
            if old.corrected_by is not None:
                raise UserInputError([Problem("assessment", _ALREADY_CORRECTED)])
            correction = uow.assessments.add(old.draft, case_id=old.case_id, corrects=old.id)
            uow.about(AuditEntity.ASSESSMENT, correction.id)
            return correction

    def compare(self, older_id: AssessmentId, newer_id: AssessmentId) -> ReassessmentComparison:
        """What changed from ``older_id`` to ``newer_id``; both must be of the same person
        and instrument id (versions may differ), else :class:`UserInputError`."""
        with self._ctx.work(UseCase.ASSESSMENT_COMPARE) as uow:
            older = uow.assessments.get(older_id)
            newer = uow.assessments.get(newer_id)
        return compare_assessments(
            older,
            newer,
            older_instrument=self.instrument_for(older),
            newer_instrument=self.instrument_for(newer),
            rules=self.level_rules,
        )

    def _finalise_in(
        self, uow: UnitOfWork, record: AssessmentRecord, apply_level_to_case: bool
    ) -> AssessmentRecord:
        if record.is_final:
            raise AssessmentFinalised
        instrument = self.instrument_for(record)
        evaluation = AssessmentWizardFlow(instrument, self.level_rules, record.draft).finalise()
        final = uow.assessments.finalise(record.id, snapshot_of(instrument, evaluation))
        level = evaluation.level.level
        # A concern-only level keeps no case file, so it never becomes a case's level:
        # the snapshot says "anonymous concern" and the caseworker decides what to do.
        keeps_a_file = self._ctx.forms.levels.get(level).person_identifying
        case_id = record.case_id if apply_level_to_case and keeps_a_file else None
        if case_id is not None and uow.cases.level_of(case_id) != level:
            case = uow.cases.get(case_id)
            uow.cases.update(case.model_copy(update={"level": level}))
        return final


def instrument_of(
    catalogue: InstrumentCatalogue, record_or_draft: AssessmentRecord | AssessmentDraft
) -> Instrument:
    """The exact instrument version of an assessment; raises :class:`UserInputError`
    when that version is not loaded."""
    draft = (
        record_or_draft.draft if isinstance(record_or_draft, AssessmentRecord) else record_or_draft
    )
    return catalogue.registry.get(draft.instrument_id, draft.instrument_version)


@dataclass(frozen=True)
class ImportedAssessment:
    draft: AssessmentDraft
    case_id: CaseId | None = None
    finalise: bool = False


_CASE_OF_OTHER_PERSON = LocalizedText(
    da="Sagen hører til en anden person.", en="The case belongs to another person."
)
_CORRECT_ONLY_FINAL = LocalizedText(
    da="Kun en afsluttet vurdering kan rettes; et udkast kan ændres direkte.",
    en="Only a finalised assessment can be corrected; a draft can be changed directly.",
)
_ALREADY_CORRECTED = LocalizedText(
    da="Vurderingen er allerede under rettelse. Fortsæt eller ret den nyeste version.",
    en="The assessment already has a correction. Continue or correct the newest version.",
)
