"""One transaction per use case, with the repositories that work inside it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from riskdesk.domain.changes import Changes
from riskdesk.store.access_log_query import AccessLogQuery
from riskdesk.store.action_plan_repository import ActionPlanRepository
from riskdesk.store.assessment_repository import AssessmentRepository
from riskdesk.store.audit_log import AuditLog
from riskdesk.store.case_repository import CaseRepository
from riskdesk.store.clock import Clock
from riskdesk.store.meeting_repository import MeetingRepository
from riskdesk.store.person_repository import PersonRepository
from riskdesk.store.plan_review_repository import PlanReviewRepository
from riskdesk.store.release_meeting_repository import ReleaseMeetingRepository
from riskdesk.store.settings_repository import SettingsRepository
from riskdesk.store.user_repository import UserRepository


class UnitOfWork:
    """Repositories sharing one session; :meth:`Vault.unit_of_work` commits it on a
    clean exit and rolls it back on an exception. Audit events are written by the
    repositories themselves, in the same transaction, as ``username``."""

    def __init__(self, session: Session, *, audit_key: bytes, username: str, clock: Clock) -> None:
        self.audit = AuditLog(session, audit_key=audit_key, clock=clock)
        self.persons = PersonRepository(session, audit=self.audit, username=username, clock=clock)
        self.cases = CaseRepository(session, audit=self.audit, username=username, clock=clock)
        self.assessments = AssessmentRepository(
            session, audit=self.audit, username=username, clock=clock
        )
        self.plans = ActionPlanRepository(session, audit=self.audit, username=username, clock=clock)
        self.reviews = PlanReviewRepository(
            session, audit=self.audit, username=username, clock=clock
        )
        self.release_meetings = ReleaseMeetingRepository(
            session, audit=self.audit, username=username, clock=clock
        )
        self.meetings = MeetingRepository(session, audit=self.audit, username=username, clock=clock)
        self.users = UserRepository(session, audit=self.audit, username=username, clock=clock)
        self.settings = SettingsRepository(session)
        self.access_log = AccessLogQuery(session, users=self.users)

    @property
    def changes(self) -> Changes:
        """What this unit of work wrote, by kind of record."""
        return Changes.of(self.audit.written)
