"""The facts the unit's statistics are counted from, read in a handful of queries over
the whole vault: one row per case (with the first date of each step, as grouped
minimums), concern, inquiry, mentor course and outcome. Nothing identifying leaves this
module: the person's CPR number is read only to tell the sex, and no name, case number or
free text is selected. No record is touched in the audit sense: the figures are counts.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import timeline_part
from riskdesk.domain.statistics_facts import (
    CaseFact,
    ConcernFact,
    CourseFact,
    InquiryFact,
    OutcomeFact,
)
from riskdesk.store.tables import (
    ActionPlanRow,
    AssessmentRow,
    CaseRow,
    MeetingRow,
    PersonRow,
    ReleaseMeetingRow,
)
from riskdesk.store.unit_work_tables import (
    CaseOutcomeRow,
    ConcernRow,
    InquiryRow,
    MentorCourseRow,
)


class StatisticsQuery:
    def __init__(self, session: Session) -> None:
        self._session = session

    def cases(self) -> list[CaseFact]:
        session = self._session
        first_inquiry = dict(
            session.execute(
                select(InquiryRow.case_id, func.min(InquiryRow.received_on))
                .where(InquiryRow.case_id.is_not(None))
                .group_by(InquiryRow.case_id)
            ).all()
        )
        first_final = {
            case_id: _day(when)
            for case_id, when in session.execute(
                select(AssessmentRow.case_id, func.min(AssessmentRow.finalised_at))
                .where(AssessmentRow.case_id.is_not(None), AssessmentRow.finalised_at.is_not(None))
                .group_by(AssessmentRow.case_id)
            )
        }
        plan_steps = {
            case_id: (_day(created), _day(submitted), _day(approved))
            for case_id, created, submitted, approved in session.execute(
                select(
                    ActionPlanRow.case_id,
                    func.min(ActionPlanRow.created_at),
                    func.min(ActionPlanRow.submitted_at),
                    func.min(ActionPlanRow.reviewed_at).filter(
                        ActionPlanRow.review_status == "approved"
                    ),
                ).group_by(ActionPlanRow.case_id)
            )
        }
        rows = session.execute(
            select(
                CaseRow.id,
                CaseRow.level,
                CaseRow.kind,
                CaseRow.opened_on,
                CaseRow.closed_on,
                CaseRow.referral_source,
                PersonRow.birth_date,
                PersonRow.cpr_digits,
            ).join(PersonRow, PersonRow.id == CaseRow.person_id)
        )
        facts = []
        for case_id, level, kind, opened, closed, source, born, cpr in rows:
            created, submitted, approved = plan_steps.get(case_id, (None, None, None))
            facts.append(
                CaseFact(
                    level=level,
                    kind=kind,
                    opened_on=opened,
                    closed_on=closed,
                    referral_source=source,
                    birth_date=born,
                    sex=_sex(cpr),
                    first_inquiry_on=first_inquiry.get(case_id),
                    first_final_assessment_on=first_final.get(case_id),
                    first_plan_on=created,
                    first_submitted_on=submitted,
                    first_approved_on=approved,
                )
            )
        return facts

    def concerns(self) -> list[ConcernFact]:
        rows = self._session.execute(
            select(
                ConcernRow.noted_on,
                ConcernRow.topic,
                ConcernRow.age_band,
                ConcernRow.sex,
                ConcernRow.area,
                ConcernRow.source,
                ConcernRow.status,
            )
        )
        return [ConcernFact(*row) for row in rows]

    def inquiries(self) -> list[InquiryFact]:
        rows = self._session.execute(
            select(InquiryRow.received_on, InquiryRow.kind, InquiryRow.source)
        )
        return [InquiryFact(*row) for row in rows]

    def courses(self) -> list[CourseFact]:
        rows = self._session.execute(
            select(MentorCourseRow.started_on, MentorCourseRow.ended_on, MentorCourseRow.reoffended)
        )
        return [CourseFact(*row) for row in rows]

    def outcomes(self) -> list[OutcomeFact]:
        rows = self._session.execute(
            select(
                CaseOutcomeRow.point,
                CaseOutcomeRow.recorded_on,
                CaseOutcomeRow.new_charge,
                CaseOutcomeRow.education,
                CaseOutcomeRow.job,
                CaseOutcomeRow.housing,
                CaseOutcomeRow.substance_use,
            )
        )
        return [OutcomeFact(*row) for row in rows]

    def meetings_by_kind(self, start: date, end: date) -> dict[str, int]:
        """How many meetings of each kind were held from ``start`` to ``end``."""
        rows = self._session.execute(
            select(MeetingRow.kind, func.count())
            .where(MeetingRow.held_on >= start, MeetingRow.held_on <= end)
            .group_by(MeetingRow.kind)
        )
        return {kind: count for kind, count in rows}

    def release_timelines(self) -> list[tuple[ReleaseMeeting, bool]]:
        """Every release meeting's timeline part, and whether its case has a plan (a
        milestone of the timeline)."""
        with_plan = set(self._session.scalars(select(ActionPlanRow.case_id).distinct()))
        rows = self._session.execute(
            select(ReleaseMeetingRow.case_id, ReleaseMeetingRow.meeting_json)
        )
        return [(timeline_part(json.loads(text)), case_id in with_plan) for case_id, text in rows]


def _day(value: datetime | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _sex(cpr_digits: str | None) -> str:
    """A Danish CPR number's last digit is odd for men and even for women."""
    if not cpr_digits or not cpr_digits[-1:].isdigit():
        return "unknown"
    return "m" if int(cpr_digits[-1]) % 2 else "f"
