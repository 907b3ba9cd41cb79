"""Assessments in the vault, as :class:`~riskdesk.domain.assessment_record.AssessmentRecord`.
Every call is written to the audit chain in the same transaction; audit details hold ids
and the instrument only, never answers or notes.

A new assessment's row and its finalisation are written with statements built once, on
the session's connection: through the ORM's flush they cost more than the rest of an
import's assessment (the demo adds thousands)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_record import (
    AssessmentRecord,
    AssessmentSnapshot,
    AssessmentStatus,
)
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import AssessmentId, CaseId, PersonId
from riskdesk.domain.refusals import AssessmentFinalised, NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import AssessmentRow, CaseRow, PersonRow


class AssessmentRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock
        self._added: tuple[AssessmentRow, AssessmentDraft] | None = None

    def add(
        self,
        draft: AssessmentDraft,
        *,
        case_id: CaseId | None = None,
        corrects: AssessmentId | None = None,
    ) -> AssessmentRecord:
        """Store a new draft for ``draft.person_id``. With ``corrects``, the corrected
        assessment's ``corrected_by`` is set to the new one. Raises :class:`NotFound` if
        the person, the case or the corrected assessment does not exist."""
        found = self._session.execute(
            _PERSON_AND_CASE, {"person_id": draft.person_id, "case_id": case_id}
        ).first()
        if found is None or (case_id is not None and found.case_id is None):
            raise NotFound
        corrected = self._row(corrects) if corrects is not None else None
        now = self._clock()
        row = AssessmentRow(
            person_id=draft.person_id,
            case_id=case_id,
            corrects_id=corrects,
            status=AssessmentStatus.DRAFT.value,
            created_by=self._username,
            created_at=now,
            updated_at=now,
        )
        _copy_draft_into(row, draft)
        # The row stays out of the session: written here, and kept below for finalise.
        row.id = self._session.connection().execute(_INSERT, _values(row)).scalar_one()
        if corrected is not None:
            corrected.corrected_by_id = row.id
            corrected.updated_at = now
            self._session.flush()
            self._record(AuditAction.UPDATE, corrected)
            self._trail.note(corrects=corrected.id)
        self._record(AuditAction.CREATE, row)
        # Kept, so finalising it next in this transaction finds it without a select and
        # without reading its draft back.
        self._added = (row, draft)
        # The draft just written, not read back through pydantic.
        return record_from_row(row, draft=draft)

    def get(self, assessment_id: AssessmentId) -> AssessmentRecord:
        row = self._row(assessment_id)
        self._record(AuditAction.READ, row)
        return record_from_row(row)

    def update_draft(self, assessment_id: AssessmentId, draft: AssessmentDraft) -> AssessmentRecord:
        """Replace the draft. Raises :class:`AssessmentFinalised` once final, and
        :class:`UserInputError` for a draft of another person or instrument version."""
        row = self._row(assessment_id)
        current = record_from_row(row)
        if current.is_final:
            raise AssessmentFinalised
        current.check_replacement(draft)
        self._added = None  # what add kept is no longer the draft
        _copy_draft_into(row, draft)
        row.updated_at = self._clock()
        self._session.flush()
        self._record(AuditAction.UPDATE, row)
        return record_from_row(row)

    def finalise(
        self, assessment_id: AssessmentId, snapshot: AssessmentSnapshot
    ) -> AssessmentRecord:
        """Make the assessment final with ``snapshot``; raises :class:`AssessmentFinalised`
        if it already is. Checking that it may be finalised is the caller's task."""
        added = self._added
        row = added[0] if added is not None and added[0].id == assessment_id else None
        row = row or self._row(assessment_id)
        if row.status == AssessmentStatus.FINAL.value:
            raise AssessmentFinalised
        if (snapshot.instrument_id, snapshot.instrument_version) != (
            row.instrument_id,
            row.instrument_version,
        ):
            raise ValueError("the snapshot was made with another instrument version")
        now = self._clock()
        final = {
            "status": AssessmentStatus.FINAL.value,
            "snapshot_json": snapshot.model_dump_json(),
            "finalised_by": self._username,
            "finalised_at": now,
            "updated_at": now,
        }
        self._session.flush()
        self._session.connection().execute(_FINALISE, {"row_id": row.id, **final})
        # The row in hand (the session's, or the one add kept) holds what is stored now,
        # as loaded, so nothing writes it again.
        for key, value in final.items():
            set_committed_value(row, key, value)
        self._record(AuditAction.UPDATE, row)
        self._trail.note(level=snapshot.level)
        draft = self._added[1] if self._added is not None and self._added[0] is row else None
        return record_from_row(row, draft=draft, snapshot=snapshot)

    def for_person(self, person_id: PersonId) -> list[AssessmentRecord]:
        """The person's assessments, newest assessment date first (then newest made)."""
        rows = list(
            self._session.scalars(
                select(AssessmentRow)
                .where(AssessmentRow.person_id == person_id)
                .order_by(AssessmentRow.assessment_date.desc(), AssessmentRow.id.desc())
            )
        )
        self._trail.touch(AuditEntity.PERSON, person_id)
        for row in rows:
            self._record(AuditAction.READ, row)
        return [record_from_row(row) for row in rows]

    def _row(self, assessment_id: AssessmentId) -> AssessmentRow:
        row = self._session.get(AssessmentRow, assessment_id)
        if row is None:
            raise NotFound
        return row

    def _record(self, action: AuditAction, row: AssessmentRow) -> None:
        self._trail.touch(
            AuditEntity.ASSESSMENT,
            row.id,
            action,
            person_id=row.person_id,
            case_id=row.case_id,
        )


def _values(row: AssessmentRow) -> dict[str, Any]:
    return {column: getattr(row, column) for column in _NEW_COLUMNS}


def _copy_draft_into(row: AssessmentRow, draft: AssessmentDraft) -> None:
    row.instrument_id = draft.instrument_id
    row.instrument_version = draft.instrument_version
    row.assessment_date = draft.assessment_date
    row.draft_json = draft.model_dump_json()


def record_from_row(
    row: AssessmentRow,
    *,
    draft: AssessmentDraft | None = None,
    snapshot: AssessmentSnapshot | None = None,
) -> AssessmentRecord:
    """The record of ``row``; ``draft`` and ``snapshot``, when given, are what its JSON
    columns were just written from."""
    if snapshot is None and row.snapshot_json is not None:
        snapshot = AssessmentSnapshot.model_validate_json(row.snapshot_json)
    return AssessmentRecord(
        id=AssessmentId(row.id),
        person_id=PersonId(row.person_id),
        case_id=CaseId(row.case_id) if row.case_id is not None else None,
        status=AssessmentStatus(row.status),
        draft=draft if draft is not None else AssessmentDraft.model_validate_json(row.draft_json),
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
        finalised_by=row.finalised_by,
        finalised_at=row.finalised_at,
        corrects=AssessmentId(row.corrects_id) if row.corrects_id is not None else None,
        corrected_by=AssessmentId(row.corrected_by_id) if row.corrected_by_id is not None else None,
        snapshot=snapshot,
    )


# Built once: every assessment added asks it (see store/audit_log.py for why).
_PERSON_AND_CASE = (
    select(PersonRow.id, CaseRow.id.label("case_id"))
    .outerjoin(CaseRow, CaseRow.id == bindparam("case_id"))
    .where(PersonRow.id == bindparam("person_id"))
)
_INSERT = insert(AssessmentRow).returning(AssessmentRow.id)
_NEW_COLUMNS = (
    "person_id",
    "case_id",
    "corrects_id",
    "status",
    "created_by",
    "created_at",
    "updated_at",
    "instrument_id",
    "instrument_version",
    "assessment_date",
    "draft_json",
)
_FINALISE = (
    update(AssessmentRow)
    .where(AssessmentRow.id == bindparam("row_id"))
    .values(
        status=bindparam("status"),
        snapshot_json=bindparam("snapshot_json"),
        finalised_by=bindparam("finalised_by"),
        finalised_at=bindparam("finalised_at"),
        updated_at=bindparam("updated_at"),
    )
)
