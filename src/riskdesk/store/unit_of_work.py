"""One transaction per use case, with the repositories that work inside it and the one
audit event it leaves."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditEntity, AuditEvent
from riskdesk.domain.changes import Changes
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.access_log_query import AccessLogQuery
from riskdesk.store.action_plan_repository import ActionPlanRepository
from riskdesk.store.assessment_repository import AssessmentRepository
from riskdesk.store.audit_log import AuditLog
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.case_deletion import CaseDeletion
from riskdesk.store.case_import_writer import CaseImportWriter
from riskdesk.store.case_outcome_repository import CaseOutcomeRepository
from riskdesk.store.case_repository import CaseRepository
from riskdesk.store.clock import Clock
from riskdesk.store.concern_repository import ConcernRepository
from riskdesk.store.inquiry_repository import InquiryRepository
from riskdesk.store.journal_repository import JournalRepository
from riskdesk.store.meeting_repository import MeetingRepository
from riskdesk.store.mentor_course_repository import MentorCourseRepository
from riskdesk.store.person_repository import PersonRepository
from riskdesk.store.plan_review_repository import PlanReviewRepository
from riskdesk.store.release_meeting_repository import ReleaseMeetingRepository
from riskdesk.store.retention_query import RetentionQuery
from riskdesk.store.settings_repository import SettingsRepository
from riskdesk.store.statistics_query import StatisticsQuery
from riskdesk.store.today_query import TodayQuery
from riskdesk.store.user_repository import UserRepository


class UnitOfWork:
    """Repositories sharing one session, for one use case. :meth:`Vault.unit_of_work`
    commits it on a clean exit, after :meth:`finish` has written the use case's one
    audit event in the same transaction, and rolls everything back if it raises.

    Repositories report what they read and write to :attr:`trail`; a service adds what
    the citizen should read with :meth:`note` and :meth:`about`."""

    def __init__(
        self,
        session: Session,
        *,
        audit_key: bytes,
        username: str,
        clock: Clock,
        use_case: UseCase,
        editing_session: str | None = None,
        trail: AuditTrail | None = None,
        audit: AuditLog | None = None,
    ) -> None:
        self._username = username
        self._editing_session = editing_session
        self._clock = clock
        self._recorded = False
        self.trail = trail or AuditTrail(use_case)
        # The team server appends through its own database function (store/server/).
        self.audit = audit or AuditLog(session, audit_key=audit_key, clock=clock)
        repository: dict[str, Any] = {"trail": self.trail, "username": username, "clock": clock}
        self.persons = PersonRepository(session, **repository)
        self.cases = CaseRepository(session, **repository)
        self.case_import = CaseImportWriter(session, **repository)
        self.assessments = AssessmentRepository(session, **repository)
        self.plans = ActionPlanRepository(session, **repository)
        self.reviews = PlanReviewRepository(session, **repository)
        self.release_meetings = ReleaseMeetingRepository(session, **repository)
        self.meetings = MeetingRepository(session, **repository)
        self.inquiries = InquiryRepository(session, **repository)
        self.concerns = ConcernRepository(session, **repository)
        self.mentor_courses = MentorCourseRepository(session, **repository)
        self.journal = JournalRepository(session, **repository)
        self.outcomes = CaseOutcomeRepository(session, **repository)
        self.users = UserRepository(session, **repository)
        self.settings = SettingsRepository(session)
        self.access_log = AccessLogQuery(session, users=self.users)
        self.today = TodayQuery(session, trail=self.trail)
        self.retention = RetentionQuery(session)
        self.statistics = StatisticsQuery(session)
        self.case_deletion = CaseDeletion(session, trail=self.trail)

    def note(self, **facts: Any) -> None:
        """Facts for the audit event (see :meth:`AuditTrail.note`)."""
        self.trail.note(**facts)

    def about(self, entity: AuditEntity | None = None, entity_id: int | None = None) -> None:
        """The record the audit event is about (see :meth:`AuditTrail.about`)."""
        self.trail.about(entity, entity_id)

    def now(self) -> datetime:
        return self._clock()

    def record_now(self) -> datetime:
        """Write the audit event at once, with what was touched so far, for a use case
        that reads the log and must find its own event there (the access insight);
        returns its time. Nothing is written again at the end."""
        event = self._append()
        self._recorded = True
        return event.at if event is not None else self._clock()

    def finish(self) -> None:
        """Write the use case's audit event; a plain read that touched nothing leaves none."""
        if not self._recorded:
            self._append()
            self._recorded = True

    def _append(self) -> AuditEvent | None:
        trail = self.trail
        if not trail.worth_an_event:
            return None
        return self.audit.append(
            username=self._username,
            action=trail.action,
            entity=trail.entity,
            entity_id=trail.entity_id,
            details=trail.details(),
            editing_session=self._editing_session,
        )

    @property
    def changes(self) -> Changes:
        """What this unit of work wrote, by kind of record."""
        return Changes.of(self.trail.written)
