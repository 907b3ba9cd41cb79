"""Release meetings: the meeting of a case, and carrying its decisions into the case's
action plan. Each call is one unit of work with one audit event."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.plan_review import ReviewAttempt
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_marks import OverdueByCase
from riskdesk.domain.release_meeting import (
    ReleaseMeeting,
    ReleaseMeetingForm,
    ReleaseMeetingView,
    add_decisions_to_plan,
    check_meeting_before_release,
)
from riskdesk.domain.release_progress import TimelineEntry, timeline_progress
from riskdesk.domain.release_timeline import Deadline
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.plan_service import save_plan_in
from riskdesk.services.service_context import ServiceContext

DECISION_GOAL = LocalizedText(da="Aftalt på løsladelsesmødet", en="Agreed at the release meeting")
_NO_MEETING = LocalizedText(
    da="Sagen har intet løsladelsesmøde endnu.", en="The case has no release meeting yet."
)


class ReleaseMeetingService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def form(self) -> ReleaseMeetingForm:
        return self._ctx.forms.release_meeting

    def get(self, case_id: CaseId) -> ReleaseMeeting | None:
        with self._ctx.work(UseCase.RELEASE_MEETING_VIEW) as uow:
            return uow.release_meetings.get(case_id)

    def view(self, case_id: CaseId) -> ReleaseMeetingView:
        """The case, its person's name, its meeting and whether it has a plan, in one
        use case. Raises :class:`NotFound` for an unknown case."""
        with self._ctx.work(UseCase.RELEASE_MEETING_VIEW) as uow:
            case = uow.cases.get(case_id)
            return ReleaseMeetingView(
                case_id=case_id,
                case_number=case.case_number,
                person_id=case.person_id,
                person_name=uow.persons.get(case.person_id).name,
                meeting=uow.release_meetings.get(case_id),
                has_plan=uow.plans.current_version(case_id) is not None,
            )

    def save(self, case_id: CaseId, meeting: ReleaseMeeting) -> ReleaseMeeting:
        """Store or replace the case's meeting. Raises :class:`UserInputError` for a
        meeting dated after the release and :class:`NotFound` for an unknown case."""
        check_meeting_before_release(meeting)
        with self._ctx.work(UseCase.RELEASE_MEETING_SAVE) as uow:
            return uow.release_meetings.save(
                meeting.model_copy(update={"case_id": case_id}), rules=self.form.timeline
            )

    def add_decisions_to_plan(self, case_id: CaseId) -> ActionPlan:
        """The meeting's decisions as actions in the case's plan (a new plan when there is
        none), saved through the plan's versioning rule in the same transaction. Raises
        :class:`UserInputError` when the case has no meeting and :class:`ReviewRefused`
        (audited) while the plan waits for review."""
        with (
            self._ctx.refusals_recorded(UseCase.PLAN_EDIT_REFUSED, ReviewAttempt.EDIT),
            self._ctx.work(UseCase.RELEASE_DECISIONS_TO_PLAN) as uow,
        ):
            meeting = uow.release_meetings.get(case_id)
            if meeting is None:
                raise UserInputError([Problem("release_meeting", _NO_MEETING)])
            current = uow.plans.current(case_id) or ActionPlan(
                case_id=case_id, made_on=meeting.meeting_on or date.today()
            )
            edited = add_decisions_to_plan(
                current, meeting.decisions, form=self.form, goal_text=DECISION_GOAL
            )
            return save_plan_in(uow, case_id, edited)

    def timeline(
        self, meeting: ReleaseMeeting, *, has_plan: bool, today: date | None = None
    ) -> tuple[TimelineEntry, ...]:
        """The meeting's release timeline under the form's rules, each deadline marked
        done, overdue or upcoming (see :mod:`riskdesk.domain.release_progress`). Reads
        nothing from the vault, so an editor can call it on every change."""
        return timeline_progress(
            meeting, rules=self.form.timeline, has_plan=has_plan, today=today or date.today()
        )

    def overdue_by_case(
        self, *, today: date | None = None
    ) -> Mapping[CaseId, tuple[Deadline, ...]]:
        """The overdue release deadlines of every open case that has any, earliest first.
        One indexed query finds the meetings that can be late today (few); each of those
        is counted, by the rule the release meeting page shows, when it is first asked
        about (:class:`OverdueByCase`)."""
        rules, day = self.form.timeline, today or date.today()
        with self._ctx.work(UseCase.RELEASE_DEADLINES) as uow:
            found = uow.release_meetings.late_candidates(rules=rules, today=day)
        stored = {case_id: (text, has_plan) for case_id, text, has_plan in found}
        return OverdueByCase(stored, rules=rules, today=day)
