"""The facts behind the start page, read for one user in a handful of queries however
many cases the vault holds: the plan's actions and follow-up dates are picked out of the
stored plan JSON by SQLite's JSON functions, so no plan is decoded that has nothing due.

Like the case list, the start page is a list of the user's own work, not a reading of
each record: it is audited with what it counted, not with every case it lists.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Select, and_, func, literal_column, select
from sqlalchemy.orm import Session

from riskdesk.domain.action_plan import ActionStatus
from riskdesk.domain.assessment_record import AssessmentStatus
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.meeting import MeetingId, MeetingKind
from riskdesk.domain.plan_review import PlanReviewState, ReviewStatus
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.today import (
    ActionFact,
    CaseFact,
    MeetingFact,
    PlanFact,
    TodayFacts,
    TodayRules,
)
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.plan_review_repository import PlanReviewRepository
from riskdesk.store.tables import (
    ActionPlanRow,
    AssessmentRow,
    CaseRow,
    MeetingItemRow,
    MeetingRow,
    PersonRow,
    PlanCommentRow,
    ReleaseMeetingRow,
)

# Release deadlines lie at most this long before release (the meeting, three months
# ahead, with room for a municipality's longer rule); a meeting whose release is further
# off has nothing due yet.
_RELEASE_WINDOW_DAYS = 400


class TodayQuery:
    def __init__(
        self, session: Session, *, trail: AuditTrail, reviews: PlanReviewRepository
    ) -> None:
        self._session = session
        self._trail = trail
        self._reviews = reviews

    def facts(
        self, *, username: str, supervisor: bool, rules: TodayRules, today: date
    ) -> TodayFacts:
        cases = self._open_cases(username)
        ids = list(cases)
        newest = _newest_versions()
        facts = TodayFacts(
            cases=cases,
            actions=self._actions(ids, newest, today + timedelta(days=rules.actions_days)),
            follow_ups=self._follow_ups(
                ids, newest, today, today + timedelta(days=rules.ahead_days)
            ),
            release_meetings=self._release_meetings(ids, today),
            returned=self._returned(username),
            waiting=self._waiting() if supervisor else (),
            meetings=self._meetings(today, today + timedelta(days=rules.ahead_days)),
            last_assessed=self._last_assessed(ids),
            without_plan=self._without_plan(ids),
        )
        self._trail.note(cases=len(cases))
        return facts

    def _open_cases(self, username: str) -> dict[CaseId, CaseFact]:
        rows = self._session.execute(
            select(CaseRow.id, CaseRow.case_number, PersonRow.name)
            .join(PersonRow, PersonRow.id == CaseRow.person_id)
            .where(CaseRow.caseworker == username, CaseRow.status == CaseStatus.OPEN.value)
        )
        return {
            CaseId(case_id): CaseFact(CaseId(case_id), number, name)
            for case_id, number, name in rows
        }

    def _actions(
        self, case_ids: list[CaseId], newest: Select[int], until: date
    ) -> list[ActionFact]:
        goals = func.json_each(ActionPlanRow.plan_json, "$.goals").table_valued(
            "value", name="goal"
        )
        actions = func.json_each(goals.c.value, "$.actions").table_valued("value", name="action")
        due = func.json_extract(actions.c.value, "$.due")
        status = func.json_extract(actions.c.value, "$.status")
        rows = self._session.execute(
            select(ActionPlanRow.case_id, func.json_extract(actions.c.value, "$.what"), due)
            .select_from(ActionPlanRow)
            .join(goals, literal_column("1") == 1)
            .join(actions, literal_column("1") == 1)
            .where(
                ActionPlanRow.case_id.in_(case_ids),
                ActionPlanRow.id.in_(newest),
                due.is_not(None),
                due <= until.isoformat(),
                status.in_([ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value]),
            )
        )
        return [
            ActionFact(CaseId(case_id), what, date.fromisoformat(day))
            for case_id, what, day in rows
        ]

    def _follow_ups(
        self, case_ids: list[CaseId], newest: Select[int], start: date, until: date
    ) -> list[tuple[CaseId, date]]:
        dates = func.json_each(ActionPlanRow.plan_json, "$.follow_up_dates").table_valued(
            "value", name="follow_up"
        )
        rows = self._session.execute(
            select(ActionPlanRow.case_id, dates.c.value)
            .select_from(ActionPlanRow)
            .join(dates, literal_column("1") == 1)
            .where(
                ActionPlanRow.case_id.in_(case_ids),
                ActionPlanRow.id.in_(newest),
                dates.c.value >= start.isoformat(),
                dates.c.value <= until.isoformat(),
            )
        )
        return [(CaseId(case_id), date.fromisoformat(day)) for case_id, day in rows]

    def _release_meetings(
        self, case_ids: list[CaseId], today: date
    ) -> list[tuple[CaseId, ReleaseMeeting, bool]]:
        release = func.json_extract(ReleaseMeetingRow.meeting_json, "$.expected_release")
        has_plan = (
            select(func.count(ActionPlanRow.id))
            .where(ActionPlanRow.case_id == ReleaseMeetingRow.case_id)
            .scalar_subquery()
        )
        rows = self._session.execute(
            select(ReleaseMeetingRow.case_id, ReleaseMeetingRow.meeting_json, has_plan)
            .join(CaseRow, CaseRow.id == ReleaseMeetingRow.case_id)
            .where(
                ReleaseMeetingRow.case_id.in_(case_ids),
                CaseRow.kind == CaseKind.RELEASE.value,
                release.is_not(None),
                release >= (today - timedelta(days=31)).isoformat(),
                release <= (today + timedelta(days=_RELEASE_WINDOW_DAYS)).isoformat(),
            )
        )
        return [
            (CaseId(case_id), ReleaseMeeting.model_validate_json(data), bool(plans))
            for case_id, data, plans in rows
        ]

    def _returned(self, username: str) -> list[PlanFact]:
        states = [s for s in self._reviews.states(ReviewStatus.RETURNED) if username in s.authors]
        return [
            _plan_fact(state, state.reviewed_at, self._open_comments(state.plan_id))
            for state in states
        ]

    def _waiting(self) -> list[PlanFact]:
        return [
            _plan_fact(state, state.submitted_at, 0)
            for state in self._reviews.states(ReviewStatus.SUBMITTED)
        ]

    def _open_comments(self, plan_id: PlanId) -> int:
        count = self._session.scalar(
            select(func.count(PlanCommentRow.id)).where(
                PlanCommentRow.plan_id == plan_id, PlanCommentRow.resolved_at.is_(None)
            )
        )
        return count or 0

    def _meetings(self, start: date, until: date) -> list[MeetingFact]:
        rows = self._session.execute(
            select(
                MeetingRow.id, MeetingRow.kind, MeetingRow.held_on, func.count(MeetingItemRow.id)
            )
            .outerjoin(MeetingItemRow, MeetingItemRow.meeting_id == MeetingRow.id)
            .where(MeetingRow.held_on >= start, MeetingRow.held_on <= until)
            .group_by(MeetingRow.id)
        )
        return [
            MeetingFact(MeetingId(meeting_id), MeetingKind(kind), held_on, count)
            for meeting_id, kind, held_on, count in rows
        ]

    def _last_assessed(self, case_ids: list[CaseId]) -> dict[CaseId, date]:
        # A case's assessments are its person's: a reassessment may be filed on another case.
        rows = self._session.execute(
            select(CaseRow.id, func.max(AssessmentRow.assessment_date))
            .join(AssessmentRow, AssessmentRow.person_id == CaseRow.person_id)
            .where(
                CaseRow.id.in_(case_ids),
                AssessmentRow.status == AssessmentStatus.FINAL.value,
            )
            .group_by(CaseRow.id)
        )
        return {CaseId(case_id): day for case_id, day in rows if day is not None}

    def _without_plan(self, case_ids: list[CaseId]) -> frozenset[CaseId]:
        planned = select(ActionPlanRow.case_id).distinct()
        rows = self._session.scalars(
            select(CaseRow.id).where(CaseRow.id.in_(case_ids), CaseRow.id.not_in(planned))
        )
        return frozenset(CaseId(case_id) for case_id in rows)


def _newest_versions() -> Select[int]:
    """The ids of every case's newest plan version: the plan as it stands."""
    latest = (
        select(ActionPlanRow.case_id, func.max(ActionPlanRow.version).label("version"))
        .group_by(ActionPlanRow.case_id)
        .subquery()
    )
    return select(ActionPlanRow.id).join(
        latest,
        and_(ActionPlanRow.case_id == latest.c.case_id, ActionPlanRow.version == latest.c.version),
    )


def _plan_fact(state: PlanReviewState, at: datetime | None, open_comments: int) -> PlanFact:
    return PlanFact(
        plan_id=state.plan_id,
        case_id=state.case_id,
        case_number=state.case_number,
        version=state.version,
        at=at or state.created_at,
        open_comments=open_comments,
    )
