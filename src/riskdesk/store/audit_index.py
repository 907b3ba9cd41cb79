"""Filling the audit log's indexes (:mod:`riskdesk.store.audit_index_tables`): which
people and cases an event names, and the words of a case-list search that found anyone.

An event names a person by being about their person record or by carrying their id in
its details (``person_id``, ``person_ids``, ``created_person_ids``), and a case likewise;
these are exactly the keys :func:`riskdesk.domain.access_insight.events_concerning`
reads, so what the index finds is a superset of what the insight keeps."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from types import ModuleType
from typing import Any, NamedTuple

from sqlalchemy import Connection, Insert, func, insert, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from riskdesk.domain.access_insight import fold_text, id_list, int_or_none
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.store.audit_index_tables import (
    AuditEventCaseRow,
    AuditEventPersonRow,
    AuditQueryTermRow,
    AuditSearchDayRow,
    AuditSearchRow,
    AuditSearchTermRow,
)
from riskdesk.store.danish_day import danish_day

_PERSON_KEYS = ("person_ids", "created_person_ids")
_CPR_LIKE = re.compile(r"^[\d-]+$")
_CASE_KEYS = ("case_ids", "created_case_ids")


class IndexRows(NamedTuple):
    """One event's rows for each index table, as dicts to insert."""

    people: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    terms: list[dict[str, Any]]
    searches: list[dict[str, Any]]
    query_terms: list[dict[str, Any]]
    """The query's words, written unless the query was typed before."""
    days: list[dict[str, Any]]
    """The search counted in its query's, user's and day's row."""


def named_ids(
    entity: str, entity_id: int | None, details: Mapping[str, Any], *, kind: AuditEntity
) -> set[int]:
    """The ids of ``kind`` (person or case) the event names."""
    single, lists = (
        ("person_id", _PERSON_KEYS) if kind is AuditEntity.PERSON else ("case_id", _CASE_KEYS)
    )
    found = {int_or_none(details.get(single))}
    for key in lists:
        found.update(int_or_none(value) for value in id_list(details.get(key)))
    if entity == kind.value:
        found.add(entity_id)
    return {value for value in found if value is not None}


def search_terms(action: str, entity: str, details: Mapping[str, Any]) -> set[str]:
    """The folded words of a case-list search that found anything; none for any other
    event (a search that found nobody concerns nobody)."""
    if action != AuditAction.SEARCH.value or entity != AuditEntity.CASE_LIST.value:
        return set()
    if not details.get("results"):
        return set()
    return {fold_text(word) for word in str(details.get("search", "")).split()}


def cpr_digits(term: str) -> str | None:
    """The word as the start of a CPR number (dashes dropped), if it can be one."""
    digits = term.replace("-", "")
    return digits if digits and _CPR_LIKE.match(term) else None


def index_rows(
    sequence: int,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Mapping[str, Any],
    *,
    made: tuple[str, datetime] | None,
) -> IndexRows:
    """The index rows of one event: people, cases, search words and, given who ``made``
    it and when, the search (without, the tables of migration 0010 only)."""
    people = named_ids(entity, entity_id, details, kind=AuditEntity.PERSON)
    cases = named_ids(entity, entity_id, details, kind=AuditEntity.CASE)
    terms = search_terms(action, entity, details)
    words = [
        {"sequence": sequence, "term": term, "digits": cpr_digits(term), "words": len(terms)}
        for term in sorted(terms)
    ]
    searched = [search_row(sequence, made=made, details=details)] if terms and made else []
    return IndexRows(
        [{"person_id": person_id, "sequence": sequence} for person_id in sorted(people)],
        [{"case_id": case_id, "sequence": sequence} for case_id in sorted(cases)],
        words,
        searched,
        [
            {key: word[key] for key in ("term", "digits", "words")} | {"query": search["query"]}
            for search in searched
            for word in words
        ],
        [day_row(search) for search in searched],
    )


def search_row(
    sequence: int, *, made: tuple[str, datetime], details: Mapping[str, Any]
) -> dict[str, Any]:
    """The ``audit_searches`` row of a search with words in the index."""
    username, at = made
    return {
        "sequence": sequence,
        "username": username,
        "at": at,
        "day": danish_day(at),
        "query": str(details.get("search") or ""),
    }


def day_row(search: Mapping[str, Any]) -> dict[str, Any]:
    """An ``audit_searches`` row as the count of one search in its day's row."""
    return {
        "query": search["query"],
        "username": search["username"],
        "day": search["day"],
        "searches": 1,
        "first_sequence": search["sequence"],
        "last_sequence": search["sequence"],
        "first_at": search["at"],
        "last_at": search["at"],
    }


def index_event(
    session: Session,
    sequence: int,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Mapping[str, Any],
    *,
    username: str,
    at: datetime,
) -> None:
    """Write the index rows of a new event in the session's transaction (on its
    connection: through the ORM's bulk insert they cost a third of an append)."""
    rows = index_rows(sequence, action, entity, entity_id, details, made=(username, at))
    write_rows(session.connection(), [rows])


def write_rows(connection: Connection, batches: Iterable[IndexRows]) -> None:
    people: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    terms: list[dict[str, Any]] = []
    searches: list[dict[str, Any]] = []
    query_terms: dict[tuple[str, str], dict[str, Any]] = {}
    days: dict[tuple[str, str, Any], dict[str, Any]] = {}
    for batch in batches:
        people += batch.people
        cases += batch.cases
        terms += batch.terms
        searches += batch.searches
        query_terms.update(((row["term"], row["query"]), row) for row in batch.query_terms)
        for row in batch.days:
            _count_in(days, row)
    for table, rows in (
        (AuditEventPersonRow, people),
        (AuditEventCaseRow, cases),
        (AuditSearchTermRow, terms),
        (AuditSearchRow, searches),
    ):
        if rows:
            connection.execute(insert(table), rows)
    new_words, count_days = _statements(connection.dialect.name)
    if query_terms:
        connection.execute(new_words, list(query_terms.values()))
    if days:
        connection.execute(count_days, list(days.values()))


def _count_in(days: dict[tuple[str, str, Any], dict[str, Any]], row: dict[str, Any]) -> None:
    # A batch counts its searches per day first: one upsert per day row it touches.
    key = (row["query"], row["username"], row["day"])
    known = days.get(key)
    if known is None:
        days[key] = dict(row)
        return
    known["searches"] += row["searches"]
    known["first_sequence"] = min(known["first_sequence"], row["first_sequence"])
    known["last_sequence"] = max(known["last_sequence"], row["last_sequence"])
    known["first_at"] = min(known["first_at"], row["first_at"])
    known["last_at"] = max(known["last_at"], row["last_at"])


@cache
def _statements(dialect_name: str) -> tuple[Insert, Insert]:
    """A query's words unless typed before, and a day's count upserted, built once per
    dialect (building them took longer than a search's whole append)."""
    postgres = dialect_name == "postgresql"
    dialect: ModuleType = sqlite
    if postgres:
        # Imported only for a server: a vault desk loads no PostgreSQL dialect (#14, memory).
        from sqlalchemy.dialects import postgresql

        dialect = postgresql
    words: Insert = dialect.insert(AuditQueryTermRow).on_conflict_do_nothing()
    statement = dialect.insert(AuditSearchDayRow)
    # SQLite's two-argument min and max are PostgreSQL's least and greatest.
    least, greatest = (func.least, func.greatest) if postgres else (func.min, func.max)
    day, new = AuditSearchDayRow, statement.excluded
    counted: Insert = statement.on_conflict_do_update(
        index_elements=[day.query, day.username, day.day],
        set_={
            "searches": day.searches + new.searches,
            "first_sequence": least(day.first_sequence, new.first_sequence),
            "last_sequence": greatest(day.last_sequence, new.last_sequence),
            "first_at": least(day.first_at, new.first_at),
            "last_at": greatest(day.last_at, new.last_at),
        },
    )
    return words, counted


_BACKFILL_BATCH = 5000


def backfill(connection: Connection) -> int:
    """Index every event already in the log, a batch at a time so a long log never sits
    in memory whole; returns how many events were read."""
    read = 0
    last = 0
    while True:
        rows = connection.execute(
            text(
                "SELECT sequence, action, entity, entity_id, details_json FROM audit_events "
                "WHERE sequence > :last ORDER BY sequence LIMIT :batch"
            ),
            {"last": last, "batch": _BACKFILL_BATCH},
        ).fetchall()
        if not rows:
            return read
        write_rows(
            connection,
            (
                index_rows(sequence, action, entity, entity_id, _details(details_json), made=None)
                for sequence, action, entity, entity_id, details_json in rows
            ),
        )
        read += len(rows)
        last = rows[-1][0]


def backfill_searches(connection: Connection) -> int:
    """The ``audit_searches`` row of every search already in the word index (migration
    0012), in one statement that reads only those searches' events and never makes a
    Python object of them; the Danish day comes from :func:`danish_day` on a vault (a
    function lent to SQLite for the statement) and from ``AT TIME ZONE`` on a server, as
    each append computes it. Returns how many rows were written."""
    if connection.dialect.name == "postgresql":
        day = "(e.at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Copenhagen')::date"
        query = "coalesce(e.details_json::jsonb ->> 'search', '')"
    else:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.create_function(_DAY_FUNCTION, 1, _sqlite_danish_day, deterministic=True)
        day = f"{_DAY_FUNCTION}(e.at)"
        query = "coalesce(json_extract(e.details_json, '$.search'), '')"
    # The SQL put together here is this module's own constants.
    written = connection.execute(
        text(
            "INSERT INTO audit_searches (sequence, username, at, day, query) "  # noqa: S608
            f"SELECT e.sequence, e.username, e.at, {day}, {query} FROM audit_events e "
            "WHERE e.sequence IN (SELECT DISTINCT sequence FROM audit_search_terms)"
        )
    )
    return written.rowcount


def backfill_query_days(connection: Connection) -> int:
    """The words of every query already searched for and each query's searches counted
    per user and day (migration 0015), from ``audit_searches`` and the word index in two
    statements, the same on both stores; returns how many day rows were written."""
    connection.execute(
        text(
            "INSERT INTO audit_query_terms (term, query, digits, words) "
            "SELECT DISTINCT t.term, s.query, t.digits, t.words "
            "FROM audit_search_terms t JOIN audit_searches s ON s.sequence = t.sequence"
        )
    )
    written = connection.execute(
        text(
            "INSERT INTO audit_search_days (query, username, day, searches, first_sequence, "
            "last_sequence, first_at, last_at) "
            "SELECT query, username, day, count(*), min(sequence), max(sequence), min(at), "
            "max(at) FROM audit_searches GROUP BY query, username, day"
        )
    )
    return written.rowcount


_DAY_FUNCTION = "riskdesk_danish_day"


def _sqlite_danish_day(at: str) -> str:
    # As SQLAlchemy's DateTime and Date keep them in SQLite: ISO text.
    return danish_day(datetime.fromisoformat(at)).isoformat()


def _details(details_json: str) -> Mapping[str, Any]:
    # An event whose details do not parse names nobody here; audit verify reports it.
    try:
        details = json.loads(details_json)
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}
