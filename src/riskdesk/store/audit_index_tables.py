"""Indexes of the audit log beside the chain: the people and cases each event names,
and the words of each case-list search that found anything. Access insight reads a
person's events through them instead of decoding the whole log (migration 0010), and
counts the searches that listed them per user and Danish day from ``audit_searches``
without reading the searches' events (migration 0012).

They are written in the same transaction as their event and never change; they are not
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
