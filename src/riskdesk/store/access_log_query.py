"""Finding the audit events that may concern one person without decoding the whole log.

The database narrows the log with plain ``LIKE`` tests on the canonical JSON of the
details (portable to another SQL backend, unlike SQLite's JSON functions); the caller
decides exactly with :func:`riskdesk.domain.access_insight.concerns_person`, since a
text test can over-match (never under-match: canonical JSON has no spaces and sorted keys).
Reading here is not audited: the service records one event for the whole insight.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import Person
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.user import User
from riskdesk.store.audit_log import event_from_row
from riskdesk.store.person_repository import person_from_row
from riskdesk.store.tables import AuditEventRow, CaseRow, PersonRow
from riskdesk.store.user_repository import UserRepository


class AccessLogQuery:
    def __init__(self, session: Session, *, users: UserRepository) -> None:
        self._session = session
        self._users = users

    def person(self, person_id: PersonId) -> Person:
        """The person, unaudited; raises :class:`NotFound`."""
        row = self._session.get(PersonRow, person_id)
        if row is None:
            raise NotFound
        return person_from_row(row)

    def cases(self, person_id: PersonId) -> list[tuple[int, str, str]]:
        """The person's cases now in the vault: id, case number and caseworker."""
        rows = self._session.execute(
            select(CaseRow.id, CaseRow.case_number, CaseRow.caseworker)
            .where(CaseRow.person_id == person_id)
            .order_by(CaseRow.case_number)
        )
        return [(case_id, number, caseworker) for case_id, number, caseworker in rows]

    def logged_case_ids(self, person_id: PersonId) -> set[int]:
        """Ids of cases the log says were the person's, deleted ones included (every case
        event records the case's person)."""
        rows = self._session.scalars(
            select(AuditEventRow.entity_id).where(
                AuditEventRow.entity == AuditEntity.CASE.value,
                AuditEventRow.entity_id.is_not(None),
                _has_id("person_id", person_id),
            )
        )
        return {case_id for case_id in rows if case_id is not None}

    def candidates(self, person_id: PersonId, case_ids: Collection[int]) -> list[AuditEvent]:
        """Every event that may concern the person or ``case_ids``, plus case-list
        searches with criteria; oldest first. A superset: filter it exactly."""
        tests: list[ColumnElement[bool]] = [
            and_(
                AuditEventRow.entity == AuditEntity.PERSON.value,
                AuditEventRow.entity_id == person_id,
            ),
            _has_id("person_id", person_id),
            AuditEventRow.details_json.contains('"person_ids":', autoescape=True),
            AuditEventRow.details_json.contains('"case_ids":', autoescape=True),
            and_(
                AuditEventRow.action == AuditAction.SEARCH.value,
                AuditEventRow.entity == AuditEntity.CASE_LIST.value,
                AuditEventRow.details_json.not_like('%"search":""%'),
            ),
        ]
        if case_ids:
            tests.append(
                and_(
                    AuditEventRow.entity == AuditEntity.CASE.value,
                    AuditEventRow.entity_id.in_(list(case_ids)),
                )
            )
            tests.extend(_has_id("case_id", case_id) for case_id in case_ids)
        rows = self._session.scalars(
            select(AuditEventRow).where(or_(*tests)).order_by(AuditEventRow.sequence)
        )
        return [event_from_row(row) for row in rows]

    def users(self) -> list[User]:
        return self._users.list()


def _has_id(key: str, value: int) -> ColumnElement[bool]:
    """``"key":value`` followed by ``,`` or ``}``, so id 5 does not match 50."""
    return or_(
        AuditEventRow.details_json.contains(f'"{key}":{value},', autoescape=True),
        AuditEventRow.details_json.contains(f'"{key}":{value}}}', autoescape=True),
    )
