"""Action plans: the current plan of a case, saving edits under the versioning rule,
marking a version shared, the version history, and goal suggestions from the case's
newest final assessment. The store's repositories write the audit events."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from riskdesk.domain.action_plan import ActionPlan, mark_shared, revise_plan
from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.ids import CaseId
from riskdesk.domain.intervention_catalogue import (
    DomainRating,
    GoalSuggestion,
    InterventionCatalogue,
    suggest_goals,
)
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.plan_review import check_edit
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.intervention_catalogue import load_intervention_catalogue
from riskdesk.services.review_refusals import ReviewAttempt, recording_refusals

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_NO_PLAN = LocalizedText(
    da="Sagen har ingen handleplan endnu.", en="The case has no action plan yet."
)


class PlanService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    @cached_property
    def interventions(self) -> InterventionCatalogue:
        # Loaded on first use, not when the desk opens, so unlocking stays fast.
        return load_intervention_catalogue(default_forms_dir())

    def current(self, case_id: CaseId) -> ActionPlan | None:
        """The newest version of the case's plan, or None when it has none."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.plans.current(case_id)

    def versions(self, case_id: CaseId) -> list[ActionPlan]:
        """Every version, oldest first."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.plans.versions(case_id)

    def save(self, case_id: CaseId, edited: ActionPlan) -> ActionPlan:
        """Keep ``edited`` as the case's plan: a shared or approved plan gets a new,
        unshared draft version; any other is changed in place. ``edited``'s own case,
        version and sharing date are ignored. Raises :class:`NotFound` for an unknown
        case and :class:`ReviewRefused` (audited) while the plan waits for review."""
        edited = edited.model_copy(update={"case_id": case_id})
        with (
            recording_refusals(self._desk.vault, ReviewAttempt.EDIT),
            self._desk.vault.unit_of_work() as uow,
        ):
            current = uow.plans.current(case_id)
            if current is None:
                kept = edited.model_copy(update={"version": 1, "shared_on": None})
            else:
                current_id = uow.reviews.current_id(case_id)
                assert current_id is not None  # the case has a plan
                approved = check_edit(uow.reviews.state(current_id))
                kept = revise_plan(current, edited, approved=approved)
                if kept is current:
                    return current
            return uow.plans.save(kept)

    def mark_shared(self, case_id: CaseId, on: date | None = None) -> ActionPlan:
        """Record that the current version was handed out on ``on`` (today when None);
        from then on an edit makes a new version. Raises :class:`UserInputError` when the
        case has no plan."""
        with self._desk.vault.unit_of_work() as uow:
            current = uow.plans.current(case_id)
            if current is None:
                raise UserInputError([Problem("plan", _NO_PLAN)])
            shared = mark_shared(current, on or date.today())
            return current if shared is current else uow.plans.save(shared)

    def suggest_goals(self, case_id: CaseId) -> tuple[GoalSuggestion, ...]:
        """Goals for the needs rated moderate or higher in the newest final assessment of
        the case's person, highest need first; empty without a final assessment."""
        person_id = self._desk.cases.get(case_id).person_id
        record = newest_final(self._desk.assessments.for_person(person_id))
        if record is None or record.snapshot is None:
            return ()
        ratings = {
            d.domain_id: DomainRating(rating=d.rating, score=d.score, max_score=d.max_score)
            for d in record.snapshot.domains
        }
        return suggest_goals(self.interventions, ratings)


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
