"""Indexes of the audit log beside the chain: the people and cases each event names,
and the words of each case-list search that found anything. Access insight reads a
person's events through them instead of decoding the whole log (migration 0010), and
counts the searches that listed them per user and Danish day without reading the
searches' events: ``audit_searches`` one row per search (migration 0012), and since
migration 0015 the words of each different query typed and each query's searches
counted per user and day, so one person's lines come from a few hundred rows.

They are written in the same transaction as their event and never change (but for a
day's count, which each search of that query, user and day adds to); they are not
part of the signed chain, so filling them for an older vault leaves every hash true.
The primary keys lead with the id looked up, so each lookup is one index range."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from riskdesk.store.table_base import Base


class AuditEventPersonRow(Base):
    __tablename__ = "audit_event_persons"

    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class AuditEventCaseRow(Base):
    __tablename__ = "audit_event_cases"

    case_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class AuditSearchTermRow(Base):
    """One word of a search, case-folded as the case list compares names; ``digits``
    is the word without its dashes when it may be a CPR number, and ``words`` how many
    different words the search had (all must match the person for it to list them)."""

    __tablename__ = "audit_search_terms"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    term: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)
    digits: Mapped[str | None] = mapped_column(String(200), index=True)
    words: Mapped[int] = mapped_column(Integer)


class AuditSearchRow(Base):
    """One case-list search that has rows in ``audit_search_terms``: who made it, when,
    on which day in Danish time (fixed when it was made, as databases do not agree on
    time zones) and what was typed, as its event says."""

    __tablename__ = "audit_searches"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    day: Mapped[date] = mapped_column(Date)
    query: Mapped[str] = mapped_column(Text)


class AuditQueryTermRow(Base):
    """One word of a query typed in a case-list search that found anything, as
    ``audit_search_terms`` holds it per search: a query lists a person or not by its
    words alone, and a unit types the same few hundred queries all year."""

    __tablename__ = "audit_query_terms"

    term: Mapped[str] = mapped_column(String(200), primary_key=True)
    query: Mapped[str] = mapped_column(Text, primary_key=True)
    digits: Mapped[str | None] = mapped_column(String(200), index=True)
    words: Mapped[int] = mapped_column(Integer)


class AuditSearchDayRow(Base):
    """One user's searches for one query on one Danish day: how many, the first and last
    by sequence and by time (a team server numbers two users' searches in the order they
    took the trail's lock, which each time is taken before)."""

    __tablename__ = "audit_search_days"
    # A query's rows side by side in its key's order on a vault: a person's lines read
    # 2,500 of them, from a few pages rather than one lookup into the table each.
    __table_args__ = ({"sqlite_with_rowid": False},)

    query: Mapped[str] = mapped_column(Text, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    searches: Mapped[int] = mapped_column(Integer)
    first_sequence: Mapped[int] = mapped_column(Integer)
    last_sequence: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[datetime] = mapped_column(DateTime)
    last_at: Mapped[datetime] = mapped_column(DateTime)
