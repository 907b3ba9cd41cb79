"""Deleting approved cases for good, inside the unit of work's one transaction: all of
them or, if anything fails or the process dies, none.

A case takes with it every row that refers to it: its assessments (corrections
included), every version of its action plan with the versions' authors, review
comments and approved (frozen) documents, its release meeting, and its entries and
decisions on meeting agendas (the meetings themselves stay, they hold other cases), its
mentor courses, journal entries and outcomes. Inquiries and concerns are the unit's
statistics: they stay, with their link to the case (or person) cleared.
The person goes too when the order says so: then also assessments of the person made
outside any case. Foreign keys are enforced, so a table added later that refers to a
case and is not listed here makes the deletion fail rather than leave rows behind;
``tests/retention/test_retention_deletion.py`` checks the list against ``tables.py``.

The audit event is the tombstone: which case (number and id), which person id, the rule,
how many rows of each kind went; never a name, a CPR number or a record's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.retention import DeletionOrder
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.tables import (
    ActionPlanRow,
    AssessmentRow,
    CaseRow,
    FrozenDocumentRow,
    MeetingItemRow,
    PersonRow,
    PlanAuthorRow,
    PlanCommentRow,
    ReleaseMeetingRow,
)
from riskdesk.store.unit_work_tables import (
    CaseOutcomeRow,
    ConcernRow,
    InquiryRow,
    JournalEntryRow,
    MentorCourseRow,
)

DELETED_TABLES = frozenset(
    {
        "persons",
        "cases",
        "assessments",
        "action_plans",
        "plan_authors",
        "plan_comments",
        "frozen_documents",
        "release_meetings",
        "meeting_items",
        "mentor_courses",
        "journal_entries",
        "case_outcomes",
    }
)
"""Every table whose rows belong to a case or a person and go with them."""

UNLINKED_TABLES = frozenset({"inquiries", "concerns"})
"""Tables whose rows outlive a deleted case or person, with the link to it cleared."""


class CaseDeletion:
    def __init__(self, session: Session, *, trail: AuditTrail) -> None:
        self._session = session
        self._trail = trail

    def delete(self, orders: Sequence[DeletionOrder]) -> list[dict[str, Any]]:
        """Delete each ordered case and, where the order says so, its person; returns
        the tombstone of each (ids and counts only), also noted in the audit event."""
        tombstones = [self._delete_case(order) for order in orders]
        # A person goes after all their cases (two of them may be approved together).
        gone: set[int] = set()
        for order, tombstone in zip(orders, tombstones, strict=True):
            if order.delete_person and order.person_id not in gone:
                gone.add(order.person_id)
                tombstone["rows"] |= self._delete_person(order.person_id)
        self._trail.note(deleted=tombstones)
        return tombstones

    def _delete_case(self, order: DeletionOrder) -> dict[str, Any]:
        session = self._session
        case_id = order.case_id
        plan_ids = list(
            session.scalars(select(ActionPlanRow.id).where(ActionPlanRow.case_id == case_id))
        )
        assessment_ids = list(
            session.scalars(select(AssessmentRow.id).where(AssessmentRow.case_id == case_id))
        )
        rows = self._deleted_on_server("riskdesk_delete_case", case_id) or {
            "plan_authors": self._delete(PlanAuthorRow, PlanAuthorRow.plan_id.in_(plan_ids)),
            "plan_comments": self._delete(PlanCommentRow, PlanCommentRow.plan_id.in_(plan_ids)),
            "frozen_documents": self._delete(
                FrozenDocumentRow, FrozenDocumentRow.plan_id.in_(plan_ids)
            ),
            "action_plans": self._delete(ActionPlanRow, ActionPlanRow.case_id == case_id),
            "release_meetings": self._delete(
                ReleaseMeetingRow, ReleaseMeetingRow.case_id == case_id
            ),
            "meeting_items": self._delete(MeetingItemRow, MeetingItemRow.case_id == case_id),
            "mentor_courses": self._delete(MentorCourseRow, MentorCourseRow.case_id == case_id),
            "journal_entries": self._delete(JournalEntryRow, JournalEntryRow.case_id == case_id),
            "case_outcomes": self._delete(CaseOutcomeRow, CaseOutcomeRow.case_id == case_id),
            "inquiries_unlinked": self._unlink(InquiryRow, InquiryRow.case_id == case_id),
            "concerns_unlinked": self._unlink(ConcernRow, ConcernRow.case_id == case_id),
            "assessments": self._delete_assessments(assessment_ids),
            "cases": self._delete(CaseRow, CaseRow.id == case_id),
        }
        trail = self._trail
        trail.touch(AuditEntity.CASE, case_id, AuditAction.DELETE, person_id=order.person_id)
        for plan_id in plan_ids:
            trail.touch(AuditEntity.PLAN, plan_id, AuditAction.DELETE, case_id=case_id)
        for assessment_id in assessment_ids:
            trail.touch(AuditEntity.ASSESSMENT, assessment_id, AuditAction.DELETE, case_id=case_id)
        if rows["release_meetings"]:
            trail.touch(AuditEntity.RELEASE_MEETING, None, AuditAction.DELETE, case_id=case_id)
        if rows["meeting_items"]:
            trail.touch(AuditEntity.MEETING, None, AuditAction.DELETE, case_id=case_id)
        return {
            "case_number": order.case_number,
            "case_id": case_id,
            "person_id": order.person_id,
            "person_deleted": order.delete_person,
            "rule": order.rule_id,
            "rows": {table: count for table, count in rows.items() if count},
        }

    def _delete_person(self, person_id: int) -> dict[str, int]:
        session = self._session
        assessment_ids = list(
            session.scalars(select(AssessmentRow.id).where(AssessmentRow.person_id == person_id))
        )
        for assessment_id in assessment_ids:
            self._trail.touch(
                AuditEntity.ASSESSMENT, assessment_id, AuditAction.DELETE, person_id=person_id
            )
        rows = self._deleted_on_server("riskdesk_delete_person", person_id) or {
            "person_assessments": self._delete_assessments(assessment_ids),
            "inquiries_unlinked": self._unlink(
                InquiryRow, InquiryRow.person_id == person_id, column="person_id"
            ),
            "persons": self._delete(PersonRow, PersonRow.id == person_id),
        }
        self._trail.touch(AuditEntity.PERSON, person_id, AuditAction.DELETE)
        return {table: count for table, count in rows.items() if count}

    def _deleted_on_server(self, function: str, record_id: int) -> dict[str, int] | None:
        """On a team server the database deletes: users hold no DELETE on case records,
        and finalised assessments and frozen documents go only through these functions
        (store/server/sql/50_guards.sql), which count the rows as this module does."""
        if self._session.get_bind().dialect.name != "postgresql":
            return None
        counts = self._session.execute(
            text(f"SELECT {function}(:record_id)"), {"record_id": record_id}
        ).scalar_one()
        return {table: int(count) for table, count in counts.items()}

    def _delete_assessments(self, ids: list[int]) -> int:
        if not ids:
            return 0
        # A correction points at what it corrects and back; both links go first, so the
        # rows can go in any order (and a correction made under another case is kept).
        self._session.execute(
            update(AssessmentRow)
            .where(AssessmentRow.corrects_id.in_(ids))
            .values(corrects_id=None)
            .execution_options(synchronize_session=False)
        )
        self._session.execute(
            update(AssessmentRow)
            .where(AssessmentRow.corrected_by_id.in_(ids))
            .values(corrected_by_id=None)
            .execution_options(synchronize_session=False)
        )
        return self._delete(AssessmentRow, AssessmentRow.id.in_(ids))

    def _unlink(self, table: type[Any], condition: Any, *, column: str = "case_id") -> int:
        result = self._session.execute(
            update(table)
            .where(condition)
            .values({column: None})
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def _delete(self, table: type[Any], condition: Any) -> int:
        result = self._session.execute(
            delete(table).where(condition).execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)
