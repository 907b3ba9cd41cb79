"""The facts behind the start page, read for one user in a handful of queries however
many cases the vault holds: the plans' actions and follow-up dates are found by their
dates in the table the plans' triggers keep (:mod:`riskdesk.store.plan_dues`), so no
plan's JSON is read.

The statements are built once, at import, with the user and the dates as parameters:
building a statement of this size costs SQLAlchemy a few milliseconds each time, more
than SQLite takes to run it, and the page is read at every refresh.

Like the case list, the start page is a list of the user's own work, not a reading of
each record: it is audited with what it counted, not with every case it lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, timedelta
from typing import Any

from sqlalchemy import (
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Executable

from riskdesk.domain.action_plan import ActionStatus
from riskdesk.domain.assessment_record import AssessmentStatus
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.meeting import MeetingId, MeetingKind
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.release_timeline import TimelineRules
from riskdesk.domain.today import (
    ActionFact,
    CaseFact,
    MeetingFact,
    PlanFact,
    TodayFacts,
    TodayRules,
)
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.plan_dues import ACTION, FOLLOW_UP, plan_dues
from riskdesk.store.tables import (
    ActionPlanRow,
    AssessmentRow,
    CaseRow,
    MeetingItemRow,
    MeetingRow,
    PersonRow,
    PlanAuthorRow,
    PlanCommentRow,
)
from riskdesk.store.today_release_query import release_facts


class TodayQuery:
    def __init__(self, session: Session, *, trail: AuditTrail) -> None:
        self._session = session
        self._trail = trail

    def facts(
        self,
        *,
        username: str,
        supervisor: bool,
        rules: TodayRules,
        release_rules: TimelineRules,
        today: date,
    ) -> TodayFacts:
        ahead = today + timedelta(days=rules.ahead_days)
        user = {"username": username}
        cases = {
            CaseId(case_id): CaseFact(CaseId(case_id), number, name)
            for case_id, number, name in self._rows(_OPEN_CASES, user)
        }
        actions = self._rows(
            _ACTIONS, user | {"until": (today + timedelta(days=rules.actions_days)).isoformat()}
        )
        follow_ups = self._rows(
            _FOLLOW_UPS, user | {"start": today.isoformat(), "until": ahead.isoformat()}
        )
        release = release_facts(
            self._session, username=username, rules=release_rules, today=today, until=ahead
        )
        facts = TodayFacts(
            cases=cases,
            actions=[
                ActionFact(CaseId(case_id), what, date.fromisoformat(day))
                for case_id, what, day in actions
            ],
            follow_ups=[(CaseId(case_id), date.fromisoformat(day)) for case_id, day in follow_ups],
            release_meetings=release,
            returned=_plan_facts(self._rows(_RETURNED, user)),
            waiting=_plan_facts(self._rows(_WAITING, {})) if supervisor else (),
            meetings=[
                MeetingFact(MeetingId(meeting_id), MeetingKind(kind), held_on, count)
                for meeting_id, kind, held_on, count in self._rows(
                    _MEETINGS, {"start": today, "until": ahead}
                )
            ],
            last_assessed={
                CaseId(case_id): day
                for case_id, day in self._rows(_LAST_ASSESSED, user)
                if day is not None
            },
            without_plan=frozenset(CaseId(case_id) for (case_id,) in self._rows(_NO_PLAN, user)),
        )
        self._trail.note(cases=len(cases), release_meetings_read=len(release))
        return facts

    def _rows(self, statement: Executable, parameters: Mapping[str, object]) -> list[Any]:
        return list(self._session.execute(statement, parameters))


def _plan_facts(rows: list[Any]) -> list[PlanFact]:
    return [
        PlanFact(
            plan_id=PlanId(plan_id),
            case_id=CaseId(case_id),
            case_number=number,
            version=version,
            at=when.replace(tzinfo=UTC),  # stored naive UTC (see store.clock)
            open_comments=comments or 0,
        )
        for plan_id, case_id, number, version, when, comments in rows
    ]


# ----- the statements ------------------------------------------------------------------

_USERNAME = bindparam("username", type_=String)
_UNTIL = bindparam("until", type_=String)
_START = bindparam("start", type_=String)

_OPEN_CASES = (
    select(CaseRow.id, CaseRow.case_number, PersonRow.name)
    .join(PersonRow, PersonRow.id == CaseRow.person_id)
    .where(CaseRow.caseworker == _USERNAME, CaseRow.status == CaseStatus.OPEN.value)
)

# The user's cases as a subquery, not a list of ids: a caseworker with thousands of open
# cases would otherwise bind thousands of parameters to every statement.
_MINE = select(CaseRow.id).where(
    CaseRow.caseworker == _USERNAME, CaseRow.status == CaseStatus.OPEN.value
)


def _newest_of_mine() -> Select[int]:
    """The ids of the newest plan version of each of the user's cases: the plan as it
    stands."""
    latest = (
        select(ActionPlanRow.case_id, func.max(ActionPlanRow.version).label("version"))
        .where(ActionPlanRow.case_id.in_(_MINE))
        .group_by(ActionPlanRow.case_id)
        .subquery()
    )
    return select(ActionPlanRow.id).join(
        latest,
        and_(ActionPlanRow.case_id == latest.c.case_id, ActionPlanRow.version == latest.c.version),
    )


def _actions() -> Select[Any]:
    dues = plan_dues.c
    return (
        select(dues.case_id, dues.what, dues.due)
        .where(
            dues.kind == ACTION,
            dues.due <= _UNTIL,
            dues.status.in_([ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value]),
            dues.plan_id.in_(_newest_of_mine()),
        )
        # A case's actions due on one day in the plan's order, as its JSON lists them.
        .order_by(dues.case_id, dues.goal, dues.item)
    )


def _follow_ups() -> Select[Any]:
    dues = plan_dues.c
    return select(dues.case_id, dues.due).where(
        dues.kind == FOLLOW_UP,
        dues.due >= _START,
        dues.due <= _UNTIL,
        dues.plan_id.in_(_newest_of_mine()),
    )


def _current_plans(status: ReviewStatus, *conditions: Any) -> Select[Any]:
    """The cases' newest versions in ``status`` with their open comments, in one
    statement however many there are (the review queue reads each version whole; the
    page needs a line)."""
    later = aliased(ActionPlanRow)
    newest = (
        select(func.max(later.version)).where(later.case_id == ActionPlanRow.case_id)
    ).scalar_subquery()
    open_comments = (
        select(func.count(PlanCommentRow.id))
        .where(PlanCommentRow.plan_id == ActionPlanRow.id, PlanCommentRow.resolved_at.is_(None))
        .scalar_subquery()
    )
    at = (
        ActionPlanRow.reviewed_at if status is ReviewStatus.RETURNED else ActionPlanRow.submitted_at
    )
    return (
        select(
            ActionPlanRow.id,
            ActionPlanRow.case_id,
            CaseRow.case_number,
            ActionPlanRow.version,
            func.coalesce(at, ActionPlanRow.created_at),
            open_comments,
        )
        .join(CaseRow, CaseRow.id == ActionPlanRow.case_id)
        .where(ActionPlanRow.review_status == status.value, ActionPlanRow.version == newest)
        .where(*conditions)
    )


_ACTIONS = _actions()
_FOLLOW_UPS = _follow_ups()
# Returned to anyone who wrote any part of the version, as the review's authorship rule.
_RETURNED = _current_plans(
    ReviewStatus.RETURNED,
    or_(
        ActionPlanRow.created_by == _USERNAME,
        ActionPlanRow.submitted_by == _USERNAME,
        exists().where(
            PlanAuthorRow.plan_id == ActionPlanRow.id, PlanAuthorRow.username == _USERNAME
        ),
    ),
)
_WAITING = _current_plans(ReviewStatus.SUBMITTED)
_MEETINGS = (
    select(MeetingRow.id, MeetingRow.kind, MeetingRow.held_on, func.count(MeetingItemRow.id))
    .outerjoin(MeetingItemRow, MeetingItemRow.meeting_id == MeetingRow.id)
    .where(MeetingRow.held_on >= bindparam("start"), MeetingRow.held_on <= bindparam("until"))
    .group_by(MeetingRow.id)
)
# A case's assessments are its person's: a reassessment may be filed on another case.
_LAST_ASSESSED = (
    select(CaseRow.id, func.max(AssessmentRow.assessment_date))
    .join(AssessmentRow, AssessmentRow.person_id == CaseRow.person_id)
    .where(CaseRow.id.in_(_MINE), AssessmentRow.status == AssessmentStatus.FINAL.value)
    .group_by(CaseRow.id)
)
_NO_PLAN = select(CaseRow.id).where(
    CaseRow.id.in_(_MINE), ~exists().where(ActionPlanRow.case_id == CaseRow.id)
)
