"""A case's outcomes (at closing, 6 and 12 months after), as
:class:`~riskdesk.domain.case_outcome.CaseOutcome`; one per case and point, a second
recording of a point correcting the first. Reads and writes are reported to the audit
trail with the case and its person; the start page's due follow-ups are read in one query
for the user's closed cases."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Row, String, bindparam, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.case_follow_ups import OutcomeFollowUpFact
from riskdesk.domain.case_outcome import (
    CaseOutcome,
    CaseOutcomeId,
    Development,
    NewCharge,
    OutcomePoint,
)
from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import UnknownCase
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.portable_sql import joined_text
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.unit_work_tables import CaseOutcomeRow

_FIELDS = (
    "recorded_on",
    "new_charge",
    "new_charge_on",
    "education",
    "job",
    "housing",
    "substance_use",
    "note",
)


class CaseOutcomeRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def save(self, outcome: CaseOutcome) -> CaseOutcome:
        """Store the outcome at its point, replacing one recorded there before; raises
        :class:`UnknownCase` for a case not in the vault."""
        case = self._case(outcome.case_id)
        now = self._clock()
        row = self._session.scalars(
            select(CaseOutcomeRow).where(
                CaseOutcomeRow.case_id == case.id, CaseOutcomeRow.point == outcome.point.value
            )
        ).first()
        action = AuditAction.UPDATE
        if row is None:
            action = AuditAction.CREATE
            row = CaseOutcomeRow(
                case_id=case.id,
                point=outcome.point.value,
                created_by=self._username,
                created_at=now,
            )
            self._session.add(row)
        values = outcome.model_dump(include=set(_FIELDS))
        for name in _FIELDS:
            value = values[name]
            setattr(row, name, value.value if hasattr(value, "value") else value)
        row.updated_by = self._username
        row.updated_at = now
        self._session.flush()
        self._record(action, row, case.person_id)
        self._trail.note(outcome_points=[outcome.point.value])
        return _outcome(row)

    def for_case(self, case_id: CaseId) -> list[CaseOutcome]:
        """The case's outcomes, closing first."""
        case = self._case(case_id)
        rows = self._session.scalars(
            select(CaseOutcomeRow).where(CaseOutcomeRow.case_id == case_id)
        ).all()
        self._trail.touch(AuditEntity.CASE, case.id, person_id=case.person_id)
        self._trail.touch_many(
            AuditEntity.CASE_OUTCOME, ((row.id, case.person_id, case.id) for row in rows)
        )
        order = list(OutcomePoint)
        return sorted((_outcome(row) for row in rows), key=lambda o: order.index(o.point))

    def follow_up_facts(self, *, username: str, closed_since: date) -> list[OutcomeFollowUpFact]:
        """The user's cases closed on or after ``closed_since``, with the points recorded,
        for the start page (a list of the user's work, audited by its count)."""
        facts = [
            OutcomeFollowUpFact(
                case_id=CaseId(case_id),
                case_number=number,
                person_name=name,
                closed_on=closed_on,
                recorded=frozenset(OutcomePoint(p) for p in (points or "").split(",") if p),
            )
            for case_id, number, name, closed_on, points in self._session.execute(
                _CLOSED_CASES, {"username": username, "since": closed_since}
            )
        ]
        self._trail.note(closed_cases=len(facts))
        return facts

    def _case(self, case_id: CaseId) -> CaseRow:
        case = self._session.get(CaseRow, case_id)
        if case is None:
            raise UnknownCase()
        return case

    def _record(self, action: AuditAction, row: CaseOutcomeRow, person_id: int) -> None:
        self._trail.touch(
            AuditEntity.CASE_OUTCOME, row.id, action, person_id=person_id, case_id=row.case_id
        )


_CLOSED_CASES = (
    select(
        CaseRow.id,
        CaseRow.case_number,
        PersonRow.name,
        CaseRow.closed_on,
        select(joined_text(CaseOutcomeRow.point))
        .where(CaseOutcomeRow.case_id == CaseRow.id)
        .scalar_subquery(),
    )
    .join(PersonRow, PersonRow.id == CaseRow.person_id)
    .where(
        CaseRow.caseworker == bindparam("username", type_=String),
        CaseRow.status == CaseStatus.CLOSED.value,
        CaseRow.closed_on >= bindparam("since"),
    )
)


def _outcome(row: CaseOutcomeRow | Row[Any]) -> CaseOutcome:
    return CaseOutcome.model_construct(
        id=CaseOutcomeId(row.id),
        case_id=CaseId(row.case_id),
        point=OutcomePoint(row.point),
        recorded_on=row.recorded_on,
        new_charge=NewCharge(row.new_charge),
        new_charge_on=row.new_charge_on,
        education=Development(row.education),
        job=Development(row.job),
        housing=Development(row.housing),
        substance_use=Development(row.substance_use),
        note=row.note,
        recorded_by=row.updated_by,
    )
