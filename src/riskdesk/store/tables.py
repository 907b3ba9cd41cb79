"""ORM tables of the vault. Rows never leave the store: repositories map them to the
frozen domain models. The SQL is kept portable so a PostgreSQL backend can share it."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The audit log's indexes (migration 0010) have their own module too, registered here.
from riskdesk.store import audit_index_tables as audit_index_tables

# The unit's own work lives in its own module; importing it here registers its rows, so
# ``metadata`` (what migrations are compared with) always holds every table.
from riskdesk.store import unit_work_tables as unit_work_tables
from riskdesk.store.table_base import Base, metadata

__all__ = ["Base", "metadata", "unit_work_tables"]


class VaultSettingRow(Base):
    """Facts about the vault itself (its id, the audit chain's head)."""

    __tablename__ = "vault_settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    # A copy of the newest signed role assignment (role_assignments), for reading; the
    # signed record is what counts, so changing this column grants nothing.
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # The id of the user's current record in the .keys file. A record is written there
    # before the transaction that names it commits, so this column decides, after a
    # crash, whether the old or the new password is the one that opens.
    slot_id: Mapped[str | None] = mapped_column(String(32))


class RoleAssignmentRow(Base):
    """One signed record of who may do what: the vault's root key (``root``), a user's
    role and whether they are active, signed by an administrator (``assign``), or a
    user's own signing key, signed by itself (``claim``). Hash-chained by ``sequence``,
    like the audit events, and verified at every open."""

    __tablename__ = "role_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool | None] = mapped_column(Boolean)
    public_key: Mapped[str | None] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(String(64))
    audit_sequence: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case-folded copy of the name, so searches are case-insensitive for æ, ø and å too
    # (SQLite's LIKE folds only ASCII) and work the same on PostgreSQL.
    name_folded: Mapped[str] = mapped_column(String(200))
    # Ten digits without the dash, so "0101901234" and "010190-1234" find the same row.
    cpr_digits: Mapped[str | None] = mapped_column(String(10), index=True)
    birth_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    guardians_json: Mapped[str] = mapped_column(Text, default="[]")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Who saved last and how many saves: a stale copy's save is refused (0011).
    updated_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class CaseRow(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_person_id", "person_id"),
        # A user's own cases, read several times by every start page (0014).
        Index("ix_cases_caseworker_status", "caseworker", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="RESTRICT"))
    case_number: Mapped[str] = mapped_column(String(32), unique=True)
    level: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    caseworker: Mapped[str] = mapped_column(String(64))
    referral_source: Mapped[str] = mapped_column(String(32))
    legal_basis: Mapped[str] = mapped_column(String(32))
    legal_basis_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AssessmentRow(Base):
    """An assessment: the draft as JSON until finalised, then also the snapshot of what
    was decided. The instrument's id and version are columns so old forms can be found."""

    __tablename__ = "assessments"
    __table_args__ = (
        Index("ix_assessments_person_id", "person_id"),
        # A case's last final assessment from the index alone (the start page, 0017).
        Index("ix_assessments_person_final", "person_id", "status", "assessment_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="RESTRICT"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="RESTRICT")
    )
    corrected_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="RESTRICT")
    )
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    assessment_date: Mapped[date] = mapped_column(Date)
    draft_json: Mapped[str] = mapped_column(Text)
    snapshot_json: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    finalised_by: Mapped[str | None] = mapped_column(String(64))
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)


class ActionPlanRow(Base):
    """One version of a case's action plan. A shared version is never changed in place,
    so each version keeps its own row; ``shared_on`` is a column to find shared ones."""

    __tablename__ = "action_plans"
    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_action_plans_case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
    shared_on: Mapped[date | None] = mapped_column(Date)
    plan_json: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Supervisor review of this version: draft | submitted | returned | approved.
    review_status: Mapped[str] = mapped_column(
        String(16), default="draft", server_default="draft", index=True
    )
    submitted_by: Mapped[str | None] = mapped_column(String(64))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Saves of this version's row (``version`` numbers the plan's versions): 0011.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class PlanAuthorRow(Base):
    """Someone who wrote any part of a plan version (created it, edited it in place,
    saved release-meeting decisions into it, or wrote the unapproved version it was
    copied from) or submitted it. None of them may approve that version."""

    __tablename__ = "plan_authors"
    __table_args__ = (UniqueConstraint("plan_id", "username", name="uq_plan_authors_plan_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="RESTRICT"))
    username: Mapped[str] = mapped_column(String(64))
    first_at: Mapped[datetime] = mapped_column(DateTime)


class PlanCommentRow(Base):
    """A review comment on one plan version: the whole plan, a goal (``goal_index``) or
    an action (``goal_index`` and ``action_index``), open until resolved."""

    __tablename__ = "plan_comments"
    __table_args__ = (Index("ix_plan_comments_plan_id", "plan_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plans.id", ondelete="RESTRICT"))
    target_kind: Mapped[str] = mapped_column(String(16))
    goal_index: Mapped[int | None] = mapped_column(Integer)
    action_index: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class FrozenDocumentRow(Base):
    """The document of an approved plan version, rendered once at approval and kept as
    bytes, so a later export is byte-identical to what the supervisor approved."""

    __tablename__ = "frozen_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plans.id", ondelete="RESTRICT"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    docx: Mapped[bytes] = mapped_column(LargeBinary)
    template_sha256: Mapped[str] = mapped_column(String(64))
    data_sha256: Mapped[str] = mapped_column(String(64))
    document_sha256: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64))
    approved_at: Mapped[datetime] = mapped_column(DateTime)


class ReleaseMeetingRow(Base):
    """The release meeting of a case (one per case), as JSON."""

    __tablename__ = "release_meetings"
    # The case list's release-deadline marks (domain/release_marks.py, migration 0013).
    __table_args__ = (
        Index("ix_release_meetings_late", "marks_rules", "late_from"),
        Index("ix_release_meetings_late_span", "marks_rules", "late_span_until"),
        Index("ix_release_meetings_plan_late", "marks_rules", "plan_late_from"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), unique=True)
    meeting_json: Mapped[str] = mapped_column(Text)
    late_from: Mapped[date | None] = mapped_column(Date)
    late_span_from: Mapped[date | None] = mapped_column(Date)
    late_span_until: Mapped[date | None] = mapped_column(Date)
    plan_late_from: Mapped[date | None] = mapped_column(Date)
    marks_rules: Mapped[str | None] = mapped_column(String(16))
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MeetingRow(Base):
    """An SSP, KSP, PSP, operative-group or coordination meeting; its cases are
    :class:`MeetingItemRow` s, so a case's decisions can be found by the case."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    participants_json: Mapped[str] = mapped_column(Text, default="[]")
    # Meetings made together as a repeating series share the id of the series' first.
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # The school district or area a coordination meeting covers; empty for other kinds.
    area: Mapped[str] = mapped_column(String(64), default="", server_default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class MeetingItemRow(Base):
    """One case on a meeting's agenda, in ``position`` order."""

    __tablename__ = "meeting_items"
    __table_args__ = (
        UniqueConstraint("meeting_id", "case_id", name="uq_meeting_items_meeting_id"),
        Index("ix_meeting_items_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    # An operative-group decision's owner, budget and deadline, carried into the plan.
    decision_owner: Mapped[str] = mapped_column(String(200), default="", server_default="")
    decision_budget: Mapped[str] = mapped_column(String(64), default="", server_default="")
    decision_deadline: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class AuditEventRow(Base):
    """One link of the audit hash chain; ``sequence`` is unique so the chain can never
    fork, even if two writers race."""

    __tablename__ = "audit_events"
    # Each user's last login (the users screen) without reading the whole trail.
    __table_args__ = (Index("ix_audit_events_vault_events", "entity", "action", "username", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The writer's Ed25519 signature of ``hash``; empty only on events written before
    # the vault's roles were signed (they are linked with the older HMAC).
    signature: Mapped[str | None] = mapped_column(String(128))
    # Loaded with the events in one extra query, so whoever reads an event sees its
    # autosave count and last time.
    autosaves: Mapped[AuditEventSavesRow | None] = relationship(
        primaryjoin="foreign(AuditEventSavesRow.sequence) == AuditEventRow.sequence",
        viewonly=True,
        lazy="selectin",
        uselist=False,
    )


class AuditEventSavesRow(Base):
    """Autosaves folded into one event: how many and the last one's time. Kept beside
    the chain, so an event never changes once written (a witnessed head stays true);
    signed by the event's own writer."""

    __tablename__ = "audit_event_saves"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    saves: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime] = mapped_column(DateTime)
    signature: Mapped[str] = mapped_column(String(128))
