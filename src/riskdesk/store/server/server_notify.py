"""The team server's announcement of a committed unit of work: ``pg_notify`` on one
channel inside the transaction, which PostgreSQL delivers to every listener only if and
when the transaction commits (a rolled-back use case announces nothing).

The payload is JSON with the kinds of records written (the field names of
:class:`~riskdesk.domain.changes.Changes`), the ids of the cases and persons touched and
the announcing store's random ``origin`` (its own listener skips its own: the window has
redrawn from its operation already); never content, since every logged-in user's
RiskDesk listens. A payload must stay under
PostgreSQL's 8000 bytes, so ids beyond :data:`MAX_IDS` are left out and the reader takes
"any case"."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from riskdesk.domain.changes import Changes
from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.store.unit_of_work import UnitOfWork

CHANNEL = "riskdesk_changes"
MAX_IDS = 200
_KINDS = frozenset(f.name for f in fields(Changes))


def announce(session: Session, uow: UnitOfWork, *, origin: str) -> None:
    """Announce what ``uow`` wrote, if anything, in its transaction."""
    changes = uow.changes
    if not changes.any:
        return
    details = uow.trail.details()
    payload = payload_of(
        changes,
        origin=origin,
        case_ids=details.get("case_ids", ()),
        person_ids=details.get("person_ids", ()),
    )
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


def payload_of(
    changes: Changes, *, origin: str, case_ids: Iterable[int], person_ids: Iterable[int]
) -> str:
    message: dict[str, Any] = {
        "kinds": sorted(k for k in _KINDS if getattr(changes, k)),
        "origin": origin,
    }
    for key, ids in (("cases", sorted(set(case_ids))), ("persons", sorted(set(person_ids)))):
        if len(ids) <= MAX_IDS:
            message[key] = ids
    return json.dumps(message, separators=(",", ":"))


def parsed(payload: str) -> tuple[str, RemoteChanges] | None:
    """The origin and announcement in ``payload``; None for one RiskDesk did not send
    (any login may notify on any channel) or that names no kind this version knows."""
    try:
        message = json.loads(payload)
        kinds = [kind for kind in message["kinds"] if kind in _KINDS]
        origin = str(message["origin"])
        cases, persons = (_ids(message.get(key)) for key in ("cases", "persons"))
    except (ValueError, TypeError, KeyError):
        return None
    if not kinds:
        return None
    changes = Changes(**dict.fromkeys(kinds, True))
    return origin, RemoteChanges(changes, case_ids=cases, person_ids=persons)


EVERYTHING = RemoteChanges(Changes(**dict.fromkeys(_KINDS, True)))
"""What a listener reports after it lost the server a while: announcements may be lost."""


def _ids(value: object) -> frozenset[int] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(type(i) is int for i in value):
        raise ValueError
    return frozenset(value)
