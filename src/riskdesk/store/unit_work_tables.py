"""ORM tables of the unit's own work: inquiries, niveau-1 concerns (never a name, CPR
number, birth date or contact detail: there is no column for one), concerns on
coordination-meeting agendas, mentor courses, the case journal and outcomes.

Inquiries and concerns are the unit's statistics and outlive a deleted case (their link
to it is cleared); courses, journal entries and outcomes are the case's and go with it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from riskdesk.store.table_base import Base


class _Stamped:
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ConcernRow(_Stamped, Base):
    """A niveau-1 concern: what, roughly who (age band, sex, area) and where it came
    from; ``status`` is open, closed (with ``close_reason``) or escalated (``case_id``)."""

    __tablename__ = "concerns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    noted_on: Mapped[date] = mapped_column(Date, index=True)
    topic: Mapped[str] = mapped_column(String(32))
    age_band: Mapped[str] = mapped_column(String(16))
    sex: Mapped[str] = mapped_column(String(16))
    area: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    close_reason: Mapped[str] = mapped_column(Text, default="")
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class InquiryRow(_Stamped, Base):
    """An inquiry to the unit, counted whether or not it became a case. ``kind`` is
    case, release, advice or other; it names a person only through ``case_id`` or
    ``person_id``."""

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(32))
    received_by: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    concern_id: Mapped[int | None] = mapped_column(ForeignKey("concerns.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


class MeetingConcernRow(Base):
    """A concern on a coordination meeting's agenda, shown by its number and topic."""

    __tablename__ = "meeting_concerns"
    __table_args__ = (
        UniqueConstraint("meeting_id", "concern_id", name="uq_meeting_concerns_meeting_id"),
        Index("ix_meeting_concerns_concern_id", "concern_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    concern_id: Mapped[int] = mapped_column(ForeignKey("concerns.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(Text, default="")


class MentorCourseRow(_Stamped, Base):
    """A mentor course on a case: a mentor user (``mentor_username``) or a named
    external mentor; ``reoffended`` is yes, no or unknown."""

    __tablename__ = "mentor_courses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    mentor_username: Mapped[str | None] = mapped_column(String(64), index=True)
    external_mentor: Mapped[str] = mapped_column(String(200), default="")
    started_on: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(32), default="")
    reoffended: Mapped[str] = mapped_column(String(16), default="unknown")
    reoffended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class JournalEntryRow(_Stamped, Base):
    """A dated entry in a case's journal; a follow-up date puts it on the start page
    until ``follow_up_done_on`` is set."""

    __tablename__ = "journal_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    happened_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    participants_json: Mapped[str] = mapped_column(Text, default="[]")
    text: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date)


class CaseOutcomeRow(_Stamped, Base):
    """What happened by a point in a case's life: ``point`` is closing, 6m or 12m
    (months after closing). The four areas are improved, same or worse (or unknown)."""

    __tablename__ = "case_outcomes"
    __table_args__ = (UniqueConstraint("case_id", "point", name="uq_case_outcomes_case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="RESTRICT"))
    point: Mapped[str] = mapped_column(String(16))
    recorded_on: Mapped[date] = mapped_column(Date)
    new_charge: Mapped[str] = mapped_column(String(16))
    new_charge_on: Mapped[date | None] = mapped_column(Date)
    education: Mapped[str] = mapped_column(String(16))
    job: Mapped[str] = mapped_column(String(16))
    housing: Mapped[str] = mapped_column(String(16))
    substance_use: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
