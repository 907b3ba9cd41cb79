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

from collections.abc import Callable, Mapping
from datetime import UTC, date, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
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
from riskdesk.domain.release_timeline import TimelineRules, months_before
from riskdesk.domain.today import (
    ActionFact,
    CaseFact,
    MeetingFact,
    PlanFact,
    Section,
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
        user: dict[str, object] = {"username": username}
        first: dict[str, object] = {"limit": rules.lines_per_section}
        open_cases = self._session.execute(_OPEN_COUNT, user).scalar_one()
        # A user holding most cases: the due dates in date order, each checked for its
        # case (the first lines found at once); else from the user's own cases.
        read, count = _ACTIONS[open_cases * _MOST > self._session.execute(_ALL).scalar_one()]
        by_day = user | {"until": (today + timedelta(days=rules.actions_days)).isoformat()}
        actions = self._rows(read, by_day | first)
        actions_counted = self._session.execute(count, by_day).scalar_one()
        follow_ups = self._rows(
            _FOLLOW_UPS, user | {"start": today.isoformat(), "until": ahead.isoformat()}
        )
        release = release_facts(
            self._session, username=username, rules=release_rules, today=today, until=ahead
        )
        due_before = months_before(today, rules.reassessment_after_months)
        reassess = self._rows(_REASSESSMENTS, user | first | {"before": due_before})
        cases_reassessed = {case_id for case_id, _, _ in reassess}
        no_plan = self._rows(
            _NO_PLAN, user | first | {"by": today - timedelta(days=rules.plan_within_days)}
        )
        # Only the cases the lines name: a coordinator holds every case of the vault.
        named = {row[0] for rows in (actions, follow_ups, reassess, no_plan) for row in rows}
        cases = self._cases(named | {case_id for case_id, _, _ in release})
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
            last_assessed={CaseId(case_id): day for case_id, day, _ in reassess + no_plan},
            without_plan=frozenset(CaseId(case_id) for case_id, _, _ in no_plan),
            unread={
                Section.ACTIONS: actions_counted - len(actions),
                # The cases waiting for a plan that are due a reassessment too are lines
                # of that section the page has read (they come after the first it read).
                Section.REASSESSMENTS: _past_first(reassess)
                - sum(
                    1
                    for case_id, day, _ in no_plan
                    if case_id not in cases_reassessed and day < due_before
                ),
                Section.NO_PLAN: _past_first(no_plan),
            },
        )
        self._trail.note(cases=open_cases, release_meetings_read=len(release))
        return facts

    def _cases(self, ids: set[int]) -> dict[CaseId, CaseFact]:
        ordered = sorted(ids)
        found: dict[CaseId, CaseFact] = {}
        for start in range(0, len(ordered), _CHUNK):
            for case_id, number, name in self._rows(
                _CASES, {"ids": ordered[start : start + _CHUNK]}
            ):
                found[CaseId(case_id)] = CaseFact(CaseId(case_id), number, name)
        return found

    def _rows(self, statement: Executable, parameters: Mapping[str, object]) -> list[Any]:
        return list(self._session.execute(statement, parameters))


def _past_first(rows: list[Any]) -> int:
    """How many rows the statement counted past the first it gave (the count is each
    row's last column)."""
    return rows[0][-1] - len(rows) if rows else 0


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

# The user's open cases as a subquery, not a list of ids: a caseworker with thousands of
# open cases would otherwise bind thousands of parameters to every statement.
_MINE = select(CaseRow.id).where(
    CaseRow.caseworker == _USERNAME, CaseRow.status == CaseStatus.OPEN.value
)
_OPEN_COUNT = select(func.count()).select_from(CaseRow).where(CaseRow.id.in_(_MINE))
_CASES = (
    select(CaseRow.id, CaseRow.case_number, PersonRow.name)
    .join(PersonRow, PersonRow.id == CaseRow.person_id)
    .where(CaseRow.id.in_(bindparam("ids", expanding=True)))
)
# Ids bound at a time (SQLite's limit on parameters is far above).
_CHUNK = 500
_FIRST = bindparam("limit", type_=Integer)


def _dues(kind: str, *columns: Any, by_date: bool = True) -> Select[Any]:
    """The due dates of the newest plan version of each of the user's open cases, found
    by date, or else (``|| ''`` keeps the database off the dates' index) by case."""
    dues = plan_dues.c
    later = aliased(ActionPlanRow)
    return (
        select(*columns)
        .select_from(plan_dues)
        .join(CaseRow, CaseRow.id == dues.case_id)
        .where(
            (dues.kind if by_date else dues.kind.concat("")) == kind,
            CaseRow.caseworker == _USERNAME,
            CaseRow.status == CaseStatus.OPEN.value,
            ~exists().where(later.case_id == dues.case_id, later.version > dues.version),
        )
    )


def _actions(*columns: Any, by_date: bool) -> Select[Any]:
    dues = plan_dues.c
    return _dues(ACTION, *columns, by_date=by_date).where(
        dues.due <= _UNTIL,
        dues.status.in_([ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value]),
    )


def _follow_ups() -> Select[Any]:
    dues = plan_dues.c
    return _dues(FOLLOW_UP, dues.case_id, dues.due).where(dues.due >= _START, dues.due <= _UNTIL)


def _last_assessed(last: Callable[[Any], Any], *conditions: Any) -> Select[int, date, int]:
    """The user's open cases whose person's last final assessment meets ``last``,
    the earliest first, with how many there are. A case's assessments are its person's:
    a reassessment may be filed on another case."""
    assessed = func.max(AssessmentRow.assessment_date)
    return (
        select(CaseRow.id, assessed, func.count().over())
        .join(AssessmentRow, AssessmentRow.person_id == CaseRow.person_id)
        .where(
            CaseRow.caseworker == _USERNAME,
            CaseRow.status == CaseStatus.OPEN.value,
            AssessmentRow.status == AssessmentStatus.FINAL.value,
        )
        .where(*conditions)
        .group_by(CaseRow.id)
        .having(last(assessed))
        .order_by(assessed, CaseRow.id)
        .limit(_FIRST)
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


def _first_actions(*, by_date: bool) -> tuple[Select[Any], Select[Any]]:
    dues = plan_dues.c
    first = (
        _actions(dues.case_id, dues.what, dues.due, by_date=by_date)
        # The page's order; a case's actions due on one day in the plan's order.
        .order_by(dues.due, dues.case_id, dues.goal, dues.item)
        .limit(_FIRST)
    )
    return first, _actions(func.count(), by_date=by_date)


# By case, by date: by date when the user holds more than a quarter of the cases.
_ACTIONS = (_first_actions(by_date=False), _first_actions(by_date=True))
_MOST = 4
_ALL = select(func.count()).select_from(CaseRow)
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
_REASSESSMENTS = _last_assessed(lambda day: day < bindparam("before", type_=Date))
_NO_PLAN = _last_assessed(
    lambda day: day <= bindparam("by", type_=Date),
    ~exists().where(ActionPlanRow.case_id == CaseRow.id),
)
