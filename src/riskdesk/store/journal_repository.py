"""A case's journal entries, as :class:`~riskdesk.domain.journal.JournalEntry`, newest
first. Every entry read or written is reported to the audit trail with its case and the
case's person, so the person's access insight shows it; the text never reaches the log."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Row, String, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.case_follow_ups import JournalFollowUpFact
from riskdesk.domain.ids import CaseId
from riskdesk.domain.journal import JournalEntry, JournalEntryId, JournalKind, Participant
from riskdesk.domain.refusals import NotFound, UnknownCase
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.unit_work_tables import JournalEntryRow


class JournalRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def add(self, entry: JournalEntry) -> JournalEntry:
        """Store a new entry (its ``id`` is ignored) written by the user; raises
        :class:`UnknownCase` for a case that is not in the vault."""
        case = self._case(entry.case_id)
        now = self._clock()
        row = JournalEntryRow(
            case_id=case.id,
            happened_on=entry.happened_on,
            kind=entry.kind.value,
            participants_json=_participants_json(entry),
            text=entry.text,
            follow_up_on=entry.follow_up_on,
            follow_up_done_on=entry.follow_up_done_on,
            created_by=self._username,
            created_at=now,
            updated_by=self._username,
            updated_at=now,
        )
        self._session.add(row)
        self._session.flush()
        self._record(AuditAction.CREATE, row, case.person_id)
        return _entry(row)

    def for_case(self, case_id: CaseId) -> list[JournalEntry]:
        """The case's entries, newest first (by date, then by when they were written)."""
        case = self._case(case_id)
        rows = self._session.scalars(
            select(JournalEntryRow)
            .where(JournalEntryRow.case_id == case_id)
            .order_by(JournalEntryRow.happened_on.desc(), JournalEntryRow.id.desc())
        ).all()
        self._trail.touch(AuditEntity.CASE, case.id, person_id=case.person_id)
        self._trail.touch_many(
            AuditEntity.JOURNAL_ENTRY, ((row.id, case.person_id, case.id) for row in rows)
        )
        return [_entry(row) for row in rows]

    def get(self, entry_id: JournalEntryId) -> JournalEntry:
        row = self._row(entry_id)
        self._record(AuditAction.READ, row, self._case(CaseId(row.case_id)).person_id)
        return _entry(row)

    def mark_follow_up_done(self, entry: JournalEntry, *, done_on: date) -> JournalEntry:
        """Set the follow-up of ``entry`` (as validated by the caller) done on ``done_on``."""
        if entry.id is None:
            raise NotFound
        row = self._row(entry.id)
        row.follow_up_done_on = done_on
        row.updated_by = self._username
        row.updated_at = self._clock()
        self._session.flush()
        self._record(AuditAction.UPDATE, row, self._case(CaseId(row.case_id)).person_id)
        return _entry(row)

    def follow_up_facts(self, *, username: str, until: date) -> list[JournalFollowUpFact]:
        """Follow-ups not yet done, due by ``until``, on the user's open cases or written
        by the user, for the start page (a list of the user's work, audited by its
        count)."""
        facts = [
            JournalFollowUpFact(
                entry_id=JournalEntryId(entry_id),
                case_id=CaseId(case_id),
                case_number=number,
                person_name=name,
                kind=JournalKind(kind),
                due=due,
            )
            for entry_id, case_id, number, name, kind, due in self._session.execute(
                _FOLLOW_UPS, {"username": username, "until": until}
            )
            if due is not None
        ]
        self._trail.note(journal_follow_ups=len(facts))
        return facts

    def _case(self, case_id: CaseId) -> Row[int, int]:
        """The case's id and person, the only columns an entry needs of it (not the
        whole case as an object: the demo writes an entry for hundreds of cases)."""
        # What the ORM does before a query of its own: pending changes go in first.
        self._session.flush()
        case = self._session.connection().execute(_CASE, {"case_id": case_id}).first()
        if case is None:
            raise UnknownCase()
        return case

    def _row(self, entry_id: JournalEntryId) -> JournalEntryRow:
        row = self._session.get(JournalEntryRow, entry_id)
        if row is None:
            raise NotFound
        return row

    def _record(self, action: AuditAction, row: JournalEntryRow, person_id: int) -> None:
        self._trail.touch(
            AuditEntity.JOURNAL_ENTRY, row.id, action, person_id=person_id, case_id=row.case_id
        )


_CASE = select(CaseRow.id, CaseRow.person_id).where(CaseRow.id == bindparam("case_id"))
_USERNAME = bindparam("username", type_=String)
_FOLLOW_UPS = (
    select(
        JournalEntryRow.id,
        CaseRow.id,
        CaseRow.case_number,
        PersonRow.name,
        JournalEntryRow.kind,
        JournalEntryRow.follow_up_on,
    )
    .join(CaseRow, CaseRow.id == JournalEntryRow.case_id)
    .join(PersonRow, PersonRow.id == CaseRow.person_id)
    .where(
        JournalEntryRow.follow_up_on <= bindparam("until"),
        JournalEntryRow.follow_up_done_on.is_(None),
        or_(
            and_(CaseRow.caseworker == _USERNAME, CaseRow.status == CaseStatus.OPEN.value),
            JournalEntryRow.created_by == _USERNAME,
        ),
    )
)


def _participants_json(entry: JournalEntry) -> str:
    return json.dumps(
        {"roles": [p.value for p in entry.participants], "other": entry.other_participants},
        ensure_ascii=False,
    )


def _participants(stored: str) -> tuple[tuple[Participant, ...], str]:
    data: Any = json.loads(stored or "[]")
    if isinstance(data, list):
        return tuple(Participant(p) for p in data), ""
    return tuple(Participant(p) for p in data.get("roles", [])), str(data.get("other", ""))


def _entry(row: JournalEntryRow) -> JournalEntry:
    roles, other = _participants(row.participants_json)
    return JournalEntry.model_construct(
        id=JournalEntryId(row.id),
        case_id=CaseId(row.case_id),
        happened_on=row.happened_on,
        kind=JournalKind(row.kind),
        participants=roles,
        other_participants=other,
        text=row.text,
        follow_up_on=row.follow_up_on,
        follow_up_done_on=row.follow_up_done_on,
        written_by=row.created_by,
    )
