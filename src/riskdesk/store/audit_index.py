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
from typing import Any

from sqlalchemy import Connection, insert, text
from sqlalchemy.orm import Session

from riskdesk.domain.access_insight import fold_text, id_list, int_or_none
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.store.audit_index_tables import (
    AuditEventCaseRow,
    AuditEventPersonRow,
    AuditSearchTermRow,
)

_PERSON_KEYS = ("person_ids", "created_person_ids")
_CPR_LIKE = re.compile(r"^[\d-]+$")
_CASE_KEYS = ("case_ids", "created_case_ids")


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
    sequence: int, action: str, entity: str, entity_id: int | None, details: Mapping[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The index rows of one event: people, cases and search words."""
    people = named_ids(entity, entity_id, details, kind=AuditEntity.PERSON)
    cases = named_ids(entity, entity_id, details, kind=AuditEntity.CASE)
    terms = search_terms(action, entity, details)
    return (
        [{"person_id": person_id, "sequence": sequence} for person_id in sorted(people)],
        [{"case_id": case_id, "sequence": sequence} for case_id in sorted(cases)],
        [
            {"sequence": sequence, "term": term, "digits": cpr_digits(term), "words": len(terms)}
            for term in sorted(terms)
        ],
    )


def index_event(
    session: Session,
    sequence: int,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Mapping[str, Any],
) -> None:
    """Write the index rows of a new event in the session's transaction (on its
    connection: through the ORM's bulk insert they cost a third of an append)."""
    write_rows(session.connection(), [index_rows(sequence, action, entity, entity_id, details)])


def write_rows(
    connection: Connection,
    batches: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]],
) -> None:
    people: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    terms: list[dict[str, Any]] = []
    for event_people, event_cases, event_terms in batches:
        people += event_people
        cases += event_cases
        terms += event_terms
    for table, rows in (
        (AuditEventPersonRow, people),
        (AuditEventCaseRow, cases),
        (AuditSearchTermRow, terms),
    ):
        if rows:
            connection.execute(insert(table), rows)


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
                index_rows(sequence, action, entity, entity_id, _details(details_json))
                for sequence, action, entity, entity_id, details_json in rows
            ),
        )
        read += len(rows)
        last = rows[-1][0]


def _details(details_json: str) -> Mapping[str, Any]:
    # An event whose details do not parse names nobody here; audit verify reports it.
    try:
        details = json.loads(details_json)
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}
