"""A stored assessment: the draft as it is being filled in, who made it and when, and,
once finalised, a snapshot of what was decided.

The snapshot copies totals, ratings, labels and reasons out of the evaluation, so a
finalised record reads the same after the instrument or the level rules change.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_evaluation import AssessmentEvaluation
from riskdesk.domain.ids import AssessmentId, CaseId, PersonId
from riskdesk.domain.instrument import Instrument, Rating, RiskDomain
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DomainSnapshot(_Frozen):
    domain_id: str
    title: LocalizedText
    score: int
    max_score: int
    rating: Rating
    strength: bool


class RiskDomainSnapshot(_Frozen):
    risk_domain: RiskDomain
    title: LocalizedText
    present: int
    of: int
    rating: Rating
    factor_ids: tuple[str, ...]


class AssessmentSnapshot(_Frozen):
    """What was decided when the assessment was finalised."""

    instrument_id: str
    instrument_version: int
    total: int
    max_total: int
    complete: bool
    missing_count: int
    band: str
    band_label: LocalizedText
    final_band: str
    final_band_label: LocalizedText
    band_override_reason: str | None
    domains: tuple[DomainSnapshot, ...]
    four_domains: tuple[RiskDomainSnapshot, ...]
    level: int
    computed_level: int
    level_override_reason: str | None
    reasons: tuple[LocalizedText, ...]
    anonymous_concern: bool

    def domain(self, domain_id: str) -> DomainSnapshot | None:
        return next((d for d in self.domains if d.domain_id == domain_id), None)

    def risk_domain(self, risk_domain: RiskDomain) -> RiskDomainSnapshot:
        return next(d for d in self.four_domains if d.risk_domain is risk_domain)


def snapshot_of(instrument: Instrument, evaluation: AssessmentEvaluation) -> AssessmentSnapshot:
    """Freeze ``evaluation`` (made with ``instrument``) into a snapshot."""
    result = evaluation.result
    band = instrument.band(result.band)
    final_band = instrument.band(result.final_band)
    # Scoring only yields bands of the instrument it scored with.
    assert band is not None
    assert final_band is not None
    domains: list[DomainSnapshot] = []
    for score in result.domains:
        domain = instrument.domain(score.domain_id)
        assert domain is not None  # scored from this instrument
        domains.append(
            DomainSnapshot(
                domain_id=score.domain_id,
                title=domain.title,
                score=score.score,
                max_score=score.max_score,
                rating=score.rating,
                strength=score.strength,
            )
        )
    decision = evaluation.level
    return AssessmentSnapshot(
        instrument_id=result.instrument_id,
        instrument_version=result.instrument_version,
        total=result.total,
        max_total=result.max_total,
        complete=result.complete,
        missing_count=result.missing_count,
        band=result.band,
        band_label=band.label,
        final_band=result.final_band,
        final_band_label=final_band.label,
        band_override_reason=result.band_override.reason if result.band_override else None,
        domains=tuple(domains),
        four_domains=tuple(
            RiskDomainSnapshot(
                risk_domain=d.risk_domain,
                title=d.title,
                present=d.present,
                of=d.of,
                rating=d.rating,
                factor_ids=d.factor_ids,
            )
            for d in evaluation.profile.domains
        ),
        level=decision.level,
        computed_level=decision.computed_level,
        level_override_reason=decision.override.reason if decision.override else None,
        reasons=decision.reasons,
        anonymous_concern=decision.anonymous_concern,
    )


class AssessmentRecord(_Frozen):
    """An assessment as stored. A final record has a snapshot and is read-only; a
    correction is a new record with ``corrects`` set, and the old one's ``corrected_by``
    points back at it."""

    id: AssessmentId
    person_id: PersonId
    case_id: CaseId | None
    status: AssessmentStatus
    draft: AssessmentDraft
    created_by: str
    created_at: datetime
    updated_at: datetime
    finalised_by: str | None = None
    finalised_at: datetime | None = None
    corrects: AssessmentId | None = None
    corrected_by: AssessmentId | None = None
    snapshot: AssessmentSnapshot | None = None

    @model_validator(mode="after")
    def _final_has_snapshot(self) -> AssessmentRecord:
        final = self.status is AssessmentStatus.FINAL
        if final != (self.snapshot is not None) or final != (self.finalised_at is not None):
            raise ValueError("a final assessment, and only a final one, has a snapshot")
        if self.draft.person_id != self.person_id:
            raise ValueError("the draft belongs to another person")
        return self

    @property
    def is_final(self) -> bool:
        return self.status is AssessmentStatus.FINAL

    @property
    def instrument_ref(self) -> str:
        return self.draft.instrument_ref

    def replacement_problems(self, draft: AssessmentDraft) -> list[Problem]:
        """Why ``draft`` may not replace this record's draft: it must be for the same
        person and the same instrument version (finalised records are refused elsewhere,
        with :class:`~riskdesk.domain.vault_errors.AssessmentFinalised`)."""
        problems: list[Problem] = []
        if draft.person_id != self.person_id:
            problems.append(Problem("person_id", _OTHER_PERSON))
        if draft.instrument_ref != self.instrument_ref:
            problems.append(
                Problem(
                    "instrument",
                    _OTHER_INSTRUMENT.format(wanted=self.instrument_ref, got=draft.instrument_ref),
                )
            )
        return problems

    def check_replacement(self, draft: AssessmentDraft) -> None:
        problems = self.replacement_problems(draft)
        if problems:
            raise UserInputError(problems)


_OTHER_PERSON = LocalizedText(
    da="Udkastet hører til en anden person end vurderingen.",
    en="The draft belongs to another person than the assessment.",
)
_OTHER_INSTRUMENT = LocalizedText(
    da="Vurderingen bruger {wanted}; udkastet er til {got}.",
    en="The assessment uses {wanted}; the draft is for {got}.",
)


def newest_final(records: list[AssessmentRecord]) -> AssessmentRecord | None:
    """The first final assessment in ``records`` (newest first) not replaced by a final
    correction: a correction supersedes what it corrects once it is itself final."""
    final_ids = {r.id for r in records if r.is_final}
    return next(
        (
            r
            for r in records
            if r.is_final and r.snapshot is not None and r.corrected_by not in final_ids
        ),
        None,
    )
