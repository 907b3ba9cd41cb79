"""Action plans: the current plan of a case, saving edits under the versioning rule,
marking a version shared, the version history, and goal suggestions from the case's
newest final assessment. Each call is one unit of work with one audit event."""

from __future__ import annotations

from datetime import date

from riskdesk.domain.action_plan import ActionPlan, mark_shared, revise_plan
from riskdesk.domain.assessment_record import newest_final
from riskdesk.domain.ids import CaseId
from riskdesk.domain.intervention_catalogue import (
    DomainRating,
    GoalSuggestion,
    InterventionCatalogue,
    suggest_goals,
)
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.plan_review import ReviewAttempt, check_edit
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.screen_views import PlanEditing, PlanOverview
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork

_NO_PLAN = LocalizedText(
    da="Sagen har ingen handleplan endnu.", en="The case has no action plan yet."
)


class PlanService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def interventions(self) -> InterventionCatalogue:
        return self._ctx.forms.interventions

    def current(self, case_id: CaseId) -> ActionPlan | None:
        """The newest version of the case's plan, or None when it has none."""
        with self._ctx.work(UseCase.PLAN_VIEW) as uow:
            return uow.plans.current(case_id)

    def overview(self, case_id: CaseId) -> PlanOverview:
        """What the action-plan page shows, in one use case: the case and its person, the
        current version, its review state and comments, and the case's meeting
        decisions. Raises :class:`NotFound` for an unknown case."""
        with self._ctx.work(UseCase.PLAN_VIEW) as uow:
            case = uow.cases.get(case_id)
            person = uow.persons.get(case.person_id)
            plan = uow.plans.current(case_id)
            plan_id = uow.reviews.current_id(case_id)
            return PlanOverview(
                person=person,
                case=case,
                plan=plan,
                review=uow.reviews.state(plan_id) if plan_id is not None else None,
                comments=tuple(uow.reviews.comments(plan_id)) if plan_id is not None else (),
                decisions=tuple(uow.meetings.decisions_for_case(case_id)),
            )

    def for_editing(self, case_id: CaseId) -> PlanEditing:
        """What the plan editor starts from, in one use case (see :class:`PlanEditing`)."""
        with self._ctx.work(UseCase.PLAN_VIEW) as uow:
            case = uow.cases.get(case_id)
            plan_id = uow.reviews.current_id(case_id)
            return PlanEditing(
                person=uow.persons.get(case.person_id),
                case=case,
                plan=uow.plans.current(case_id),
                review=uow.reviews.state(plan_id) if plan_id is not None else None,
            )

    def versions(self, case_id: CaseId) -> list[ActionPlan]:
        """Every version, oldest first."""
        with self._ctx.work(UseCase.PLAN_VERSIONS) as uow:
            return uow.plans.versions(case_id)

    def save(self, case_id: CaseId, edited: ActionPlan) -> ActionPlan:
        """Keep ``edited`` as the case's plan: a shared or approved plan gets a new,
        unshared draft version; any other is changed in place. ``edited``'s own case,
        version and sharing date are ignored. Raises :class:`NotFound` for an unknown
        case and :class:`ReviewRefused` (audited) while the plan waits for review.

        An ``edited`` with a ``row_version`` is an editor's copy: the save is refused
        (:class:`StaleRecord`) unless the case's newest version is still the one it
        loaded (its ``version`` and ``row_version``; ``NO_RECORD_YET`` for a case that
        had no plan). The plan returned carries the new ``row_version`` to save with
        next, so an editor's own autosaves never refuse each other."""
        with (
            self._ctx.refusals_recorded(UseCase.PLAN_EDIT_REFUSED, ReviewAttempt.EDIT),
            self._ctx.work(UseCase.PLAN_SAVE) as uow,
        ):
            return save_plan_in(uow, case_id, edited)

    def mark_shared(self, case_id: CaseId, on: date | None = None) -> ActionPlan:
        """Record that the current version was handed out on ``on`` (today when None);
        from then on an edit makes a new version. Raises :class:`UserInputError` when the
        case has no plan, and :class:`ReviewRefused` (audited) while the version waits
        for review: the supervisor may still return it, and what was handed out must be
        the version they decide on."""
        with (
            self._ctx.refusals_recorded(UseCase.PLAN_SHARE, ReviewAttempt.SHARE),
            self._ctx.work(UseCase.PLAN_SHARE) as uow,
        ):
            current = uow.plans.current(case_id)
            if current is None:
                raise UserInputError([Problem("plan", _NO_PLAN)])
            plan_id = uow.reviews.current_id(case_id)
            if plan_id is not None:
                check_edit(uow.reviews.state(plan_id))
            shared = mark_shared(current, on or date.today())
            return current if shared is current else uow.plans.save(shared)

    def suggest_goals(self, case_id: CaseId) -> tuple[GoalSuggestion, ...]:
        """Goals for the needs rated moderate or higher in the newest final assessment of
        the case's person, highest need first; empty without a final assessment."""
        with self._ctx.work(UseCase.PLAN_SUGGEST_GOALS) as uow:
            person_id = uow.cases.get(case_id).person_id
            record = newest_final(uow.assessments.for_person(person_id))
        if record is None or record.snapshot is None:
            return ()
        ratings = {
            d.domain_id: DomainRating(rating=d.rating, score=d.score, max_score=d.max_score)
            for d in record.snapshot.domains
        }
        return suggest_goals(self.interventions, ratings)


def save_plan_in(uow: UnitOfWork, case_id: CaseId, edited: ActionPlan) -> ActionPlan:
    """The versioning rule of :meth:`PlanService.save`, inside a caller's unit of work
    (the release meeting's decisions are saved into the plan the same way)."""
    if edited.row_version is not None:
        uow.plans.check_loaded(case_id, version=edited.version, row_version=edited.row_version)
    edited = edited.model_copy(update={"case_id": case_id})
    current = uow.plans.current(case_id)
    if current is None:
        return uow.plans.save(edited.model_copy(update={"version": 1, "shared_on": None}))
    current_id = uow.reviews.current_id(case_id)
    assert current_id is not None  # the case has a plan
    approved = check_edit(uow.reviews.state(current_id))
    kept = revise_plan(current, edited, approved=approved)
    if kept is current:
        return current
    # Checked above in this transaction: the row is written at the version read here.
    return uow.plans.save(kept.model_copy(update={"row_version": current.row_version}))
