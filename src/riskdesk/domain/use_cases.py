"""The use cases, by the name the audit log records them under.

Each public service method is one use case: one transaction and one audit event, whose
``details["use_case"]`` is the value here (stable: it is stored in vaults, so a value is
never renamed). What the citizen reads for it is in :mod:`riskdesk.domain.access_insight`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from riskdesk.domain.audit import AuditAction, AuditEntity


class UseCase(StrEnum):
    VAULT_CREATE = "vault.create"
    LOGIN = "vault.login"

    PERSON_CREATE = "person.create"
    PERSON_VIEW = "person.view"
    PERSON_UPDATE = "person.update"
    PERSON_CASES = "person.cases"

    CASE_SEARCH = "case.search"
    CASE_FIND_BY_NUMBER = "case.find_by_number"
    CASE_VIEW = "case.view"
    CASE_CREATE_WITH_PERSON = "case.create_with_person"
    CASE_IMPORT = "case.import"
    CASE_OPEN = "case.open"
    CASE_UPDATE = "case.update"
    CASE_UPDATE_WITH_PERSON = "case.update_with_person"
    CASE_CLOSE = "case.close"
    CASE_REOPEN = "case.reopen"

    ASSESSMENT_START = "assessment.start"
    ASSESSMENT_SAVE_DRAFT = "assessment.save_draft"
    ASSESSMENT_VIEW = "assessment.view"
    ASSESSMENT_LIST = "assessment.list"
    ASSESSMENT_FINALISE = "assessment.finalise"
    ASSESSMENT_IMPORT = "assessment.import"
    ASSESSMENT_CORRECT = "assessment.correct"
    ASSESSMENT_COMPARE = "assessment.compare"

    PLAN_VIEW = "plan.view"
    PLAN_VERSIONS = "plan.versions"
    PLAN_SAVE = "plan.save"
    PLAN_SHARE = "plan.share"
    PLAN_SUGGEST_GOALS = "plan.suggest_goals"

    REVIEW_QUEUE = "review.queue"
    REVIEW_RETURNED = "review.returned"
    REVIEW_STATE = "review.state"
    REVIEW_VIEW = "review.view"
    REVIEW_DIFF = "review.diff"
    REVIEW_COMMENTS = "review.comments"
    REVIEW_FROZEN_DOCUMENT = "review.frozen_document"
    REVIEW_SUBMIT = "review.submit"
    REVIEW_APPROVE = "review.approve"
    REVIEW_RETURN = "review.return"
    REVIEW_COMMENT = "review.comment"
    REVIEW_RESOLVE_COMMENT = "review.resolve_comment"
    PLAN_EDIT_REFUSED = "plan.edit_refused"

    RELEASE_MEETING_VIEW = "release_meeting.view"
    RELEASE_MEETING_SAVE = "release_meeting.save"
    RELEASE_DECISIONS_TO_PLAN = "release_meeting.decisions_to_plan"
    RELEASE_DEADLINES = "release_meeting.deadlines"

    MEETING_LIST = "meeting.list"
    MEETING_VIEW = "meeting.view"
    MEETING_SAVE = "meeting.save"
    MEETING_ADD_CASE = "meeting.add_case"
    MEETING_REMOVE_CASE = "meeting.remove_case"
    MEETING_SUMMARY = "meeting.summary"
    MEETING_DECISION = "meeting.decision"
    MEETING_CASE_DECISIONS = "meeting.case_decisions"
    MEETING_AGENDA = "meeting.agenda"
    MEETING_NEXT = "meeting.next"
    MEETING_SERIES = "meeting.series"
    MEETING_DECISION_TO_PLAN = "meeting.decision_to_plan"

    INQUIRY_ADD = "inquiry.add"
    INQUIRY_LIST = "inquiry.list"
    INQUIRY_LINK = "inquiry.link"
    INQUIRY_TO_CASE = "inquiry.to_case"

    # Niveau-1 concerns: no person, except the case an escalation makes.
    CONCERN_ADD = "concern.add"
    CONCERN_LIST = "concern.list"
    CONCERN_VIEW = "concern.view"
    CONCERN_CLOSE = "concern.close"
    CONCERN_ESCALATE = "concern.escalate"
    CONCERN_AGENDA = "concern.agenda"
    CONCERN_AGENDA_ADD = "concern.agenda_add"
    CONCERN_AGENDA_REMOVE = "concern.agenda_remove"

    DOCUMENT_RENDER = "document.render"
    DOCUMENT_EXPORT = "document.export"

    ACCESS_INSIGHT = "access_insight.make"

    TODAY_VIEW = "today.view"

    USER_LIST = "user.list"
    USER_ADD = "user.add"
    USER_RESET_PASSWORD = "user.reset_password"  # noqa: S105 - a use case, not a secret
    USER_CHANGE_PASSWORD = "user.change_password"  # noqa: S105 - a use case, not a secret
    USER_SET_ROLE = "user.set_role"
    # A user's first open registers their own signing key (see store/role_assignments.py).
    USER_REGISTER_KEY = "user.register_key"
    # The first administrator to open a vault made before roles were signed signs them.
    USER_SIGN_ROLES = "user.sign_roles"

    AUDIT_VERIFY = "audit.verify"
    AUDIT_EVENTS = "audit.events"
    # An administrator accepts the audit trail as it now is (after restoring a backup).
    AUDIT_ACCEPT = "audit.accept"

    # What the retention rules make due; deleting approved cases (the tombstone event).
    RETENTION_LIST = "retention.list"
    RETENTION_DELETE = "retention.delete"

    # The unit's figures for a period (counts only, no person), and the report made of them.
    STATISTICS_VIEW = "statistics.view"
    STATISTICS_REPORT = "statistics.report"
    STATISTICS_TEXTS_SAVE = "statistics.texts_save"

    # A backup file of the whole vault, and a new vault restored from one.
    VAULT_BACKUP = "vault.backup"
    VAULT_RESTORE = "vault.restore"
    # When the vault was last backed up (the start page's reminder); a read of nothing.
    VAULT_BACKUP_STATUS = "vault.backup_status"
    # A local vault moved onto a team server (the event closing its imported history).
    SERVER_IMPORT = "server.import"

    # The case journal, and outcomes at closing and at the 6- and 12-month follow-ups.
    JOURNAL_ADD = "journal.add"
    JOURNAL_LIST = "journal.list"
    JOURNAL_FOLLOW_UP_DONE = "journal.follow_up_done"
    OUTCOME_RECORD = "outcome.record"
    OUTCOME_LIST = "outcome.list"

    MENTOR_COURSE_START = "mentor_course.start"
    MENTOR_COURSE_END = "mentor_course.end"
    MENTOR_COURSE_UPDATE = "mentor_course.update"
    MENTOR_COURSE_LIST = "mentor_course.list"

    @property
    def action(self) -> AuditAction:
        return _SHAPES[self].action

    @property
    def entity(self) -> AuditEntity:
        return _SHAPES[self].entity

    @property
    def always_audited(self) -> bool:
        """Whether the event is written even when no record was touched (a search names
        its criteria, a change or export is always worth a line); a plain read of nothing
        leaves no event."""
        return self.action is not AuditAction.READ


@dataclass(frozen=True)
class _Shape:
    action: AuditAction
    entity: AuditEntity


_R, _C, _U = AuditAction.READ, AuditAction.CREATE, AuditAction.UPDATE
_E = AuditEntity

_SHAPES: dict[UseCase, _Shape] = {
    UseCase.VAULT_CREATE: _Shape(_C, _E.VAULT),
    UseCase.LOGIN: _Shape(AuditAction.LOGIN, _E.VAULT),
    UseCase.PERSON_CREATE: _Shape(_C, _E.PERSON),
    UseCase.PERSON_VIEW: _Shape(_R, _E.PERSON),
    UseCase.PERSON_UPDATE: _Shape(_U, _E.PERSON),
    UseCase.PERSON_CASES: _Shape(_R, _E.PERSON),
    UseCase.CASE_SEARCH: _Shape(AuditAction.SEARCH, _E.CASE_LIST),
    UseCase.CASE_FIND_BY_NUMBER: _Shape(_R, _E.CASE),
    UseCase.CASE_VIEW: _Shape(_R, _E.CASE),
    UseCase.CASE_CREATE_WITH_PERSON: _Shape(_C, _E.CASE),
    UseCase.CASE_IMPORT: _Shape(_C, _E.CASE),
    UseCase.CASE_OPEN: _Shape(_C, _E.CASE),
    UseCase.CASE_UPDATE: _Shape(_U, _E.CASE),
    UseCase.CASE_UPDATE_WITH_PERSON: _Shape(_U, _E.CASE),
    UseCase.CASE_CLOSE: _Shape(_U, _E.CASE),
    UseCase.CASE_REOPEN: _Shape(_U, _E.CASE),
    UseCase.ASSESSMENT_START: _Shape(_C, _E.ASSESSMENT),
    UseCase.ASSESSMENT_SAVE_DRAFT: _Shape(_U, _E.ASSESSMENT),
    UseCase.ASSESSMENT_VIEW: _Shape(_R, _E.ASSESSMENT),
    UseCase.ASSESSMENT_LIST: _Shape(_R, _E.ASSESSMENT),
    UseCase.ASSESSMENT_FINALISE: _Shape(_U, _E.ASSESSMENT),
    UseCase.ASSESSMENT_IMPORT: _Shape(_C, _E.ASSESSMENT),
    UseCase.ASSESSMENT_CORRECT: _Shape(_C, _E.ASSESSMENT),
    UseCase.ASSESSMENT_COMPARE: _Shape(_R, _E.ASSESSMENT),
    UseCase.PLAN_VIEW: _Shape(_R, _E.PLAN),
    UseCase.PLAN_VERSIONS: _Shape(_R, _E.PLAN),
    UseCase.PLAN_SAVE: _Shape(_U, _E.PLAN),
    UseCase.PLAN_SHARE: _Shape(_U, _E.PLAN),
    UseCase.PLAN_SUGGEST_GOALS: _Shape(_R, _E.ASSESSMENT),
    UseCase.REVIEW_QUEUE: _Shape(_R, _E.PLAN),
    UseCase.REVIEW_RETURNED: _Shape(_R, _E.PLAN),
    UseCase.REVIEW_STATE: _Shape(_R, _E.PLAN),
    UseCase.REVIEW_VIEW: _Shape(_R, _E.PLAN),
    UseCase.REVIEW_DIFF: _Shape(_R, _E.PLAN),
    UseCase.REVIEW_COMMENTS: _Shape(_R, _E.PLAN_COMMENT),
    UseCase.REVIEW_FROZEN_DOCUMENT: _Shape(_R, _E.PLAN),
    UseCase.REVIEW_SUBMIT: _Shape(_U, _E.PLAN),
    UseCase.REVIEW_APPROVE: _Shape(_U, _E.PLAN),
    UseCase.REVIEW_RETURN: _Shape(_U, _E.PLAN),
    UseCase.REVIEW_COMMENT: _Shape(_C, _E.PLAN_COMMENT),
    UseCase.REVIEW_RESOLVE_COMMENT: _Shape(_U, _E.PLAN_COMMENT),
    UseCase.PLAN_EDIT_REFUSED: _Shape(_U, _E.PLAN),
    UseCase.RELEASE_MEETING_VIEW: _Shape(_R, _E.RELEASE_MEETING),
    UseCase.RELEASE_MEETING_SAVE: _Shape(_U, _E.RELEASE_MEETING),
    UseCase.RELEASE_DECISIONS_TO_PLAN: _Shape(_U, _E.PLAN),
    UseCase.RELEASE_DEADLINES: _Shape(_R, _E.RELEASE_MEETING),
    UseCase.MEETING_LIST: _Shape(_R, _E.MEETING),
    UseCase.MEETING_VIEW: _Shape(_R, _E.MEETING),
    UseCase.MEETING_SAVE: _Shape(_U, _E.MEETING),
    UseCase.MEETING_ADD_CASE: _Shape(_U, _E.MEETING),
    UseCase.MEETING_REMOVE_CASE: _Shape(_U, _E.MEETING),
    UseCase.MEETING_SUMMARY: _Shape(_U, _E.MEETING),
    UseCase.MEETING_DECISION: _Shape(_U, _E.MEETING),
    UseCase.MEETING_CASE_DECISIONS: _Shape(_R, _E.MEETING),
    UseCase.MEETING_AGENDA: _Shape(_R, _E.MEETING),
    UseCase.MEETING_NEXT: _Shape(_R, _E.MEETING),
    UseCase.MEETING_SERIES: _Shape(_C, _E.MEETING),
    UseCase.MEETING_DECISION_TO_PLAN: _Shape(_U, _E.PLAN),
    UseCase.INQUIRY_ADD: _Shape(_C, _E.INQUIRY),
    UseCase.INQUIRY_LIST: _Shape(_R, _E.INQUIRY),
    UseCase.INQUIRY_LINK: _Shape(_U, _E.INQUIRY),
    UseCase.INQUIRY_TO_CASE: _Shape(_U, _E.INQUIRY),
    UseCase.CONCERN_ADD: _Shape(_C, _E.CONCERN),
    UseCase.CONCERN_LIST: _Shape(_R, _E.CONCERN),
    UseCase.CONCERN_VIEW: _Shape(_R, _E.CONCERN),
    UseCase.CONCERN_CLOSE: _Shape(_U, _E.CONCERN),
    UseCase.CONCERN_ESCALATE: _Shape(_U, _E.CONCERN),
    UseCase.CONCERN_AGENDA: _Shape(_R, _E.CONCERN),
    UseCase.CONCERN_AGENDA_ADD: _Shape(_U, _E.CONCERN),
    UseCase.CONCERN_AGENDA_REMOVE: _Shape(_U, _E.CONCERN),
    UseCase.DOCUMENT_RENDER: _Shape(_R, _E.CASE),
    UseCase.DOCUMENT_EXPORT: _Shape(AuditAction.EXPORT, _E.CASE),
    UseCase.ACCESS_INSIGHT: _Shape(_R, _E.PERSON),
    UseCase.TODAY_VIEW: _Shape(_R, _E.CASE_LIST),
    UseCase.USER_LIST: _Shape(_R, _E.USER),
    UseCase.USER_ADD: _Shape(AuditAction.USER_ADMIN, _E.USER),
    UseCase.USER_RESET_PASSWORD: _Shape(AuditAction.USER_ADMIN, _E.USER),
    UseCase.USER_CHANGE_PASSWORD: _Shape(AuditAction.USER_ADMIN, _E.USER),
    UseCase.USER_SET_ROLE: _Shape(AuditAction.USER_ADMIN, _E.USER),
    UseCase.USER_REGISTER_KEY: _Shape(AuditAction.USER_ADMIN, _E.USER),
    UseCase.USER_SIGN_ROLES: _Shape(AuditAction.USER_ADMIN, _E.USER),
    UseCase.AUDIT_VERIFY: _Shape(_R, _E.VAULT),
    UseCase.AUDIT_EVENTS: _Shape(_R, _E.VAULT),
    UseCase.AUDIT_ACCEPT: _Shape(AuditAction.USER_ADMIN, _E.VAULT),
    UseCase.RETENTION_LIST: _Shape(_R, _E.CASE_LIST),
    UseCase.RETENTION_DELETE: _Shape(AuditAction.DELETE, _E.CASE),
    UseCase.STATISTICS_VIEW: _Shape(_R, _E.CASE_LIST),
    UseCase.STATISTICS_REPORT: _Shape(AuditAction.EXPORT, _E.CASE_LIST),
    UseCase.STATISTICS_TEXTS_SAVE: _Shape(_U, _E.CASE_LIST),
    UseCase.VAULT_BACKUP: _Shape(AuditAction.BACKUP, _E.VAULT),
    UseCase.VAULT_RESTORE: _Shape(AuditAction.RESTORE, _E.VAULT),
    UseCase.VAULT_BACKUP_STATUS: _Shape(_R, _E.VAULT),
    UseCase.SERVER_IMPORT: _Shape(_C, _E.VAULT),
    UseCase.JOURNAL_ADD: _Shape(_C, _E.JOURNAL_ENTRY),
    UseCase.JOURNAL_LIST: _Shape(_R, _E.JOURNAL_ENTRY),
    UseCase.JOURNAL_FOLLOW_UP_DONE: _Shape(_U, _E.JOURNAL_ENTRY),
    UseCase.OUTCOME_RECORD: _Shape(_U, _E.CASE_OUTCOME),
    UseCase.OUTCOME_LIST: _Shape(_R, _E.CASE_OUTCOME),
    UseCase.MENTOR_COURSE_START: _Shape(_C, _E.MENTOR_COURSE),
    UseCase.MENTOR_COURSE_END: _Shape(_U, _E.MENTOR_COURSE),
    UseCase.MENTOR_COURSE_UPDATE: _Shape(_U, _E.MENTOR_COURSE),
    UseCase.MENTOR_COURSE_LIST: _Shape(_R, _E.MENTOR_COURSE),
}
