"""Release meetings: the meeting of a case, and carrying its decisions into the case's
action plan. The store's repositories write the audit events."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_meeting import (
    ReleaseMeeting,
    ReleaseMeetingForm,
    add_decisions_to_plan,
)
from riskdesk.domain.release_progress import TimelineEntry, overdue_milestones, timeline_progress
from riskdesk.domain.release_timeline import Deadline
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

DECISION_GOAL = LocalizedText(da="Aftalt på løsladelsesmødet", en="Agreed at the release meeting")
_NO_MEETING = LocalizedText(
    da="Sagen har intet løsladelsesmøde endnu.", en="The case has no release meeting yet."
)


class ReleaseMeetingService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    @cached_property
    def form(self) -> ReleaseMeetingForm:
        # Loaded on first use, not when the desk opens, so unlocking stays fast.
        return load_release_meeting_form(default_forms_dir())

    def get(self, case_id: CaseId) -> ReleaseMeeting | None:
        with self._desk.vault.unit_of_work() as uow:
            return uow.release_meetings.get(case_id)

    def save(self, case_id: CaseId, meeting: ReleaseMeeting) -> ReleaseMeeting:
        """Store or replace the case's meeting; raises :class:`NotFound` for an unknown case."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.release_meetings.save(meeting.model_copy(update={"case_id": case_id}))

    def add_decisions_to_plan(self, case_id: CaseId) -> ActionPlan:
        """The meeting's decisions as actions in the case's plan (a new plan when there is
        none), saved through the plan's versioning rule. Raises :class:`UserInputError`
        when the case has no meeting."""
        meeting = self.get(case_id)
        if meeting is None:
            raise UserInputError([Problem("release_meeting", _NO_MEETING)])
        current = self._desk.plans.current(case_id) or ActionPlan(
            case_id=case_id, made_on=meeting.meeting_on or date.today()
        )
        edited = add_decisions_to_plan(
            current, meeting.decisions, form=self.form, goal_text=DECISION_GOAL
        )
        return self._desk.plans.save(case_id, edited)

    def timeline(
        self, meeting: ReleaseMeeting, *, has_plan: bool, today: date | None = None
    ) -> tuple[TimelineEntry, ...]:
        """The meeting's release timeline under the form's rules, each deadline marked
        done, overdue or upcoming (see :mod:`riskdesk.domain.release_progress`). Reads
        nothing from the vault, so an editor can call it on every change."""
        return timeline_progress(
            meeting, rules=self.form.timeline, has_plan=has_plan, today=today or date.today()
        )

    def overdue_by_case(self, *, today: date | None = None) -> dict[CaseId, tuple[Deadline, ...]]:
        """The overdue release deadlines of every open case that has any, from one query."""
        today = today or date.today()
        rules = self.form.timeline
        with self._desk.vault.unit_of_work() as uow:
            meetings = uow.release_meetings.timelines_of_open_cases()
        found = {
            case_id: overdue_milestones(meeting, rules=rules, has_plan=has_plan, today=today)
            for case_id, meeting, has_plan in meetings
        }
        return {case_id: late for case_id, late in found.items() if late}
