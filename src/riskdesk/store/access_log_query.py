"""Finding the audit events that may concern one person without decoding the whole log.

The database narrows the log through its indexes (:mod:`riskdesk.store.audit_index`):
the events naming the person or their cases, and the searches whose words all occur in
what identifies them. That is a superset (a word may occur without matching the way the
case list matches), so the caller decides exactly with
:func:`riskdesk.domain.access_insight.events_concerning`. Reading here is not audited:
the service records one event for the whole insight.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from riskdesk.domain.access_insight import fold_text, search_matches
from riskdesk.domain.audit import AuditEntity, AuditEvent
from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import Person
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.search_appearances import SearchDay
from riskdesk.domain.user import User
from riskdesk.store.audit_index_tables import (
    AuditEventCaseRow,
    AuditEventPersonRow,
    AuditQueryTermRow,
    AuditSearchDayRow,
    AuditSearchRow,
)
from riskdesk.store.audit_log import events_where
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
        event records the case's person). May name a few more (a case event that named
        several people): the insight decides exactly."""
        named = select(AuditEventPersonRow.sequence).where(
            AuditEventPersonRow.person_id == person_id
        )
        # Only the person's own events are read (a test on the kind in SQL would have
        # SQLite walk every case event in the log instead).
        rows = self._session.execute(
            select(AuditEventRow.entity, AuditEventRow.entity_id).where(
                AuditEventRow.sequence.in_(named.scalar_subquery())
            )
        )
        case = AuditEntity.CASE.value
        return {case_id for entity, case_id in rows if entity == case and case_id is not None}

    def candidates(self, person_id: PersonId, case_ids: Collection[int]) -> list[AuditEvent]:
        """Every event naming the person or one of ``case_ids``, oldest first. A superset:
        filter it exactly. Searches name nobody: see :meth:`search_days`."""
        found = [
            select(AuditEventPersonRow.sequence).where(AuditEventPersonRow.person_id == person_id)
        ]
        if case_ids:
            found.append(
                select(AuditEventCaseRow.sequence).where(
                    AuditEventCaseRow.case_id.in_(list(case_ids))
                )
            )
        return events_where(
            self._session, AuditEventRow.sequence.in_(union(*found).scalar_subquery())
        )

    def search_days(
        self, *, name: str, cpr: str | None, case_numbers: Collection[str], after: int
    ) -> list[SearchDay]:
        """The case-list searches after sequence ``after`` that found anything and would
        list the person as they are now
        (:func:`~riskdesk.domain.access_insight.search_matches`), per user and Danish
        day, in the order of each day's first search. Counted in the database from the
        queries' day counts (``audit_search_days``): a person can be listed by thousands
        of searches, whose events are never read."""
        # On the connection: the ORM's handling of each row cost as much as the query.
        connection = self._session.connection()
        queries = list(connection.scalars(_queries_listing(name, cpr, case_numbers)))
        if any(letter.isalpha() for number in case_numbers for letter in number):
            # The index compares case numbers case-folded; the case list does not.
            queries = [
                query
                for query in queries
                if search_matches(query, name=name, cpr=cpr, case_numbers=case_numbers)
            ]
        if not queries:
            return []
        lines = _day_lines(connection, queries, after)
        # A day whose counts began before ``after`` (the day the person was created: ids
        # are reused) is counted again from what came after.
        begun = {(line[0], line[1]) for line in lines if line[3] <= after}
        days = [_line(*line) for line in lines if (line[0], line[1]) not in begun]
        if begun:
            days += _days(_rows_after(connection, queries, begun, after))
        return sorted(days, key=lambda day: day.sequence)

    def users(self) -> list[User]:
        return self._users.list()


def _queries_listing(name: str, cpr: str | None, case_numbers: Collection[str]) -> Select[str]:
    """The queries typed in the case list each of whose words is part of the name, the
    start of a case number or the start of the CPR number: every word the person could
    match is listed and looked up in the index, so no query that could not list them is
    read. The case list's own test, but for case numbers, which are compared folded."""
    folded = fold_text(name)
    words = {
        folded[start:end]
        for start in range(len(folded))
        for end in range(start + 1, len(folded) + 1)
        if " " not in folded[start:end]
    }
    words.update(prefix for number in case_numbers for prefix in _prefixes(fold_text(number)))
    digits = _prefixes((cpr or "").replace("-", ""))
    row = AuditQueryTermRow
    return (
        select(row.query)
        .where(or_(row.term.in_(sorted(words)), row.digits.in_(sorted(digits))))
        .group_by(row.query)
        .having(func.count() == func.max(row.words))
    )


def _day_lines(connection: Connection, queries: list[str], after: int) -> list[Sequence[Any]]:
    """Per user and day: the searches, the first sequence, the first and last time and
    the queries in the order first typed (as JSON). The day and times as text on a
    vault, parsed once per line: SQLAlchemy's parsing of each was a fifth of the insight;
    the team server's driver hands back dates and times."""
    day = AuditSearchDayRow
    typed = (
        "json_agg(query ORDER BY first_sequence)"
        if connection.dialect.name == "postgresql"
        else "json_group_array(query ORDER BY first_sequence)"
    )
    return list(
        connection.execute(
            select(
                day.username,
                type_coerce(day.day, String),
                func.sum(day.searches),
                func.min(day.first_sequence),
                func.min(type_coerce(day.first_at, String)),
                func.max(type_coerce(day.last_at, String)),
                literal_column(typed),
            )
            .where(day.query.in_(queries), day.last_sequence > after)
            .group_by(day.username, day.day)
        ).all()
    )


def _line(
    username: str,
    day: object,
    searches: int,
    first: int,
    first_at: datetime | str,
    last_at: datetime | str,
    typed: list[str] | str,
) -> SearchDay:
    return SearchDay(
        first,
        _moment(first_at),
        _moment(last_at) if searches > 1 else None,
        username,
        searches,
        tuple(typed if isinstance(typed, list) else json.loads(typed)),
    )


def _rows_after(
    connection: Connection, queries: list[str], begun: set[tuple[str, Any]], after: int
) -> list[Sequence[Any]]:
    """The ``begun`` days' counts per query after ``after``: as counted where they all
    came after it, else counted again from the searches' own rows."""
    day = AuditSearchDayRow
    counted: list[Sequence[Any]] = [
        found
        for found in connection.execute(
            select(
                day.username,
                type_coerce(day.day, String),
                day.query,
                day.searches,
                day.first_sequence,
                type_coerce(day.first_at, String),
                type_coerce(day.last_at, String),
                day.last_sequence,
            ).where(day.query.in_(queries), day.last_sequence > after)
        )
        if (found[0], found[1]) in begun
    ]
    rows: list[Sequence[Any]] = [found for found in counted if found[4] > after]
    split = [found for found in counted if found[4] <= after]
    return rows + _searches_after(connection, split, after) if split else rows


def _searches_after(
    connection: Connection, begun: list[Sequence[Any]], after: int
) -> list[Sequence[Any]]:
    """The searches after ``after`` of the day counts that began before it, counted
    again from their own rows."""
    row = AuditSearchRow
    counted = connection.execute(
        select(
            row.username,
            type_coerce(row.day, String),
            row.query,
            func.count(),
            func.min(row.sequence),
            func.min(type_coerce(row.at, String)),
            func.max(type_coerce(row.at, String)),
            func.max(row.sequence),
        )
        .where(
            row.sequence > after,
            row.sequence <= max(found[7] for found in begun),
            row.query.in_(sorted({found[2] for found in begun})),
        )
        .group_by(row.username, row.day, row.query)
    )
    # Other users' and days' counts of those queries in the range are read already.
    keys = {tuple(found[:3]) for found in begun}
    return [found for found in counted if tuple(found[:3]) in keys]


class _Day:
    __slots__ = ("first_at", "last_at", "queries", "searches", "username")

    def __init__(self, username: str, first_at: datetime | str, last_at: datetime | str) -> None:
        self.username = username
        self.searches = 0
        self.first_at, self.last_at = first_at, last_at
        self.queries: list[tuple[int, str]] = []


def _days(grouped: Iterable[Sequence[Any]]) -> list[SearchDay]:
    """Each user's day from its rows per query (user, day, query, count, first
    sequence, first and last time, last sequence). The day's line runs from its earliest search to
    its latest: on a team server two users' searches can be numbered in the other
    order than their times, as each time is taken before the trail's lock."""
    days: dict[tuple[str, date | str], _Day] = {}
    for username, day, query, count, first, first_at, last_at, _ in grouped:
        found = days.get((username, day))
        if found is None:
            found = days[(username, day)] = _Day(username, first_at, last_at)
        found.searches += count
        found.first_at, found.last_at = min(found.first_at, first_at), max(found.last_at, last_at)
        found.queries.append((first, query))
    made = []
    for found in days.values():
        found.queries.sort()
        made.append(
            SearchDay(
                sequence=found.queries[0][0],
                at=_moment(found.first_at),
                until=_moment(found.last_at) if found.searches > 1 else None,
                username=found.username,
                searches=found.searches,
                queries=tuple(query for _, query in found.queries),
            )
        )
    return sorted(made, key=lambda day: day.sequence)


def _moment(value: datetime | str) -> datetime:
    # The same order as text as in time: SQLAlchemy writes a vault's times fixed-width.
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)


def _prefixes(text: str) -> set[str]:
    return {text[:end] for end in range(1, len(text) + 1)}
