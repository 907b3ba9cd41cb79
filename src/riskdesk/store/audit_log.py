"""The audit log: a hash chain of events inside the vault, each signed by its writer.

Each event stores ``prev_hash`` and ``hash = SHA-256(prev_hash || canonical JSON of the
event)``, and ``signature``, the writer's Ed25519 signature of that hash. Every user
holds the data key, so anyone could recompute hashes; nobody can sign in another user's
name. Events written before a vault's roles were signed are linked with an HMAC keyed
from the data key instead (their hashes are fixed by the first signed event after them).

An event never changes once written: autosaves of one editing session are folded into
the event by counting them in ``audit_event_saves`` beside the chain, so the head that
other users have witnessed stays true. What the checks find is in
:mod:`riskdesk.store.audit_verification`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from datetime import UTC
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import ColumnElement, Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session, lazyload

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.store.audit_findings import AuditReport
from riskdesk.store.audit_index import index_event, index_rows
from riskdesk.store.audit_queue import queue_of
from riskdesk.store.clock import Clock
from riskdesk.store.key_slot_errors import UnlockAgain
from riskdesk.store.session_keys import SessionKeys, keys_of
from riskdesk.store.signing import Purpose
from riskdesk.store.tables import (
    AuditEventRow,
    AuditEventSavesRow,
    RoleAssignmentRow,
    VaultSettingRow,
)
from riskdesk.store.witness import Head

AUDIT_HEAD_SETTING = "audit_head"
KNOWN_HEAD = "riskdesk.audit_head"
"""The key in a session's ``info`` under which bulk work leaves the head it wrote last in
the session's transaction, for the next append to link to without reading it."""
_AUDIT_KEY_INFO = b"riskdesk audit chain hmac key v1"
_HMAC_PREFIX = "hmac:"


def derive_audit_key(data_key: bytes | bytearray) -> bytes:
    """A key for the older events' HMAC, separate from the data key by its HKDF info."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_AUDIT_KEY_INFO).derive(
        bytes(data_key)
    )


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class AuditLog:
    """Appends to and reads the chain within the unit of work's transaction, so an event
    is committed together with the change it records or not at all."""

    def __init__(self, session: Session, *, audit_key: bytes, clock: Clock) -> None:
        self._session = session
        self._clock = clock
        self._keys = keys_of(session) or SessionKeys(vault_id="", audit_key=audit_key)
        self.appended: Head | None = None
        """The head this log wrote, for the checkpoint written after the commit."""

    def append(
        self,
        *,
        username: str,
        action: AuditAction,
        entity: AuditEntity,
        entity_id: int | None,
        details: dict[str, Any],
        editing_session: str | None = None,
    ) -> AuditEvent:
        """Link a new event to the head of the chain. With ``editing_session``, an event
        that repeats the head (same user, action, record and editing session: an autosave
        of the same draft) is counted with the head instead, which keeps its first time
        and gains ``last_at`` and a count of ``saves``; the event itself is unchanged."""
        session = self._session
        now = self._clock()
        queue = queue_of(session)
        if editing_session is not None:
            # An autosave compares itself with the newest event: it must be written.
            write_queued(session)
            queue = None
            details = {**details, "editing_session": editing_session}
            record = (username, action.value, entity.value, entity_id)
            last = session.scalars(
                select(AuditEventRow)
                .options(lazyload(AuditEventRow.autosaves))
                .order_by(AuditEventRow.sequence.desc())
                .limit(1)
            ).first()
            if last is not None and _same_editing(last, record, details):
                return self._count_save(last, now)
            details["saves"] = 1
            head = Head(last.sequence, last.hash) if last is not None else Head()
        else:
            # In bulk work the caller knows the head it wrote last in this transaction,
            # which holds the write lock: no one else can have moved it since.
            head = session.info.pop(KNOWN_HEAD, None) or self._head()
        sequence, prev_hash = head.sequence + 1, head.hash
        row = AuditEventRow(
            sequence=sequence,
            at=now,
            username=username,
            action=action.value,
            entity=entity.value,
            entity_id=entity_id,
            details_json=canonical_json(details),
            prev_hash=prev_hash,
        )
        signer = self._keys.signer
        if signer is None:
            if session.scalar(select(RoleAssignmentRow.id).limit(1)) is not None:
                # The roles were signed while this session was open without a key: an
                # unsigned event now would look forged.
                raise UnlockAgain
            row.hash = hmac_link(self._keys.audit_key, row)
        else:
            row.hash = signed_link(row)
            row.signature = signer.sign(
                Purpose.AUDIT_EVENT, self._keys.vault_id, row.hash.encode("ascii")
            )
        # The use case's own rows first, so that what they break fails this use case.
        session.flush()
        if queue is not None:
            made = (username, now)
            index = index_rows(sequence, row.action, row.entity, entity_id, details, made=made)
            queue.add(_columns(row), index)
        else:
            # Written as plain statements, not through the ORM's flush and merge: those
            # cost more than the rest of an append (the event is never read back).
            connection = session.connection()
            connection.execute(_INSERT_EVENT, _columns(row))
            index_event(
                session,
                sequence,
                row.action,
                row.entity,
                entity_id,
                details,
                username=username,
                at=now,
            )
            _record_head(connection, f"{row.sequence}:{row.hash}")
        self.appended = Head(row.sequence, row.hash)
        # Made from what was just written, as a reader would find it, without pydantic
        # checking again what it holds.
        return AuditEvent.model_construct(
            sequence=sequence,
            at=now.replace(tzinfo=UTC),
            username=username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=json.loads(row.details_json),
        )

    def _head(self) -> Head:
        write_queued(self._session)
        last = self._session.execute(_HEAD).first()
        return Head(last.sequence, last.hash) if last is not None else Head()

    def _count_save(self, row: AuditEventRow, now: Any) -> AuditEvent:
        counted = self._session.get(AuditEventSavesRow, row.sequence)
        saves = (counted.saves if counted is not None else _saves_in(row)) + 1
        if counted is None:
            counted = AuditEventSavesRow(sequence=row.sequence)
            self._session.add(counted)
        counted.saves = saves
        counted.last_at = now
        counted.signature = sign_saves(self._keys, row.hash, saves, now)
        self._session.flush()
        return event_from_row(row, counted=counted)

    def events(
        self, *, entity: AuditEntity | None = None, entity_id: int | None = None
    ) -> list[AuditEvent]:
        write_queued(self._session)
        query = select(AuditEventRow).order_by(AuditEventRow.sequence)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity.value)
        if entity_id is not None:
            query = query.where(AuditEventRow.entity_id == entity_id)
        return [event_from_row(row) for row in self._session.scalars(query)]

    def verify(self, progress: Callable[[int, int], None] | None = None) -> AuditReport:
        """Walk the whole chain, the role assignments and the witnesses (see
        :func:`riskdesk.store.audit_verification.verify_all`), telling ``progress``
        ``(events checked, events in all)`` as it goes."""
        from riskdesk.store.audit_verification import verify_all

        write_queued(self._session)
        return verify_all(self._session, self._keys, progress)


def _columns(row: AuditEventRow) -> dict[str, Any]:
    return {
        "sequence": row.sequence,
        "at": row.at,
        "username": row.username,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "details_json": row.details_json,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
        "signature": row.signature,
    }


def write_queued(session: Session) -> None:
    """Write the events bulk work has queued in ``session`` (:mod:`riskdesk.store.audit_queue`)
    and record the newest as the head: at the batch's commit, and before anything reads
    the log in the batch's transaction, so that it finds every event appended."""
    queue = queue_of(session)
    if queue:  # not when empty: a read alone need not start a transaction
        connection = session.connection()
        head = queue.write(connection)
        _record_head(connection, f"{head.sequence}:{head.hash}")


def _record_head(connection: Connection, value: str) -> None:
    moved = connection.execute(_UPDATE_HEAD, {"head": value})
    if moved.rowcount == 0:
        connection.execute(insert(VaultSettingRow).values(name=AUDIT_HEAD_SETTING, value=value))


# Built once: building a statement costs more than running it (SQLAlchemy derives its
# cache key from the parts each time), and an append runs these for every event.
_HEAD = (
    select(AuditEventRow.sequence, AuditEventRow.hash)
    .order_by(AuditEventRow.sequence.desc())
    .limit(1)
)
_INSERT_EVENT = insert(AuditEventRow)
_UPDATE_HEAD = (
    update(VaultSettingRow)
    .where(VaultSettingRow.name == AUDIT_HEAD_SETTING)
    .values(value=bindparam("head"))
)


def next_audit_sequence(session: Session) -> int:
    """The sequence the next new event will have (a unit of work holds the write lock,
    so nobody else can take it meanwhile)."""
    write_queued(session)
    last = session.scalar(
        select(AuditEventRow.sequence).order_by(AuditEventRow.sequence.desc()).limit(1)
    )
    return (last or 0) + 1


def signed_link(row: AuditEventRow) -> str:
    return hashlib.sha256(_link_message(row)).hexdigest()


def hmac_link(audit_key: bytes, row: AuditEventRow) -> str:
    return hmac.new(audit_key, _link_message(row), hashlib.sha256).hexdigest()


def _link_message(row: AuditEventRow) -> bytes:
    payload = canonical_json(
        {
            "sequence": row.sequence,
            "at": row.at.isoformat(timespec="microseconds"),
            "username": row.username,
            "action": row.action,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "details": row.details_json,
        }
    )
    return row.prev_hash.encode("utf-8") + payload.encode("utf-8")


def saves_message(event_hash: str, saves: int, last_at: Any) -> bytes:
    return f"{event_hash}:{saves}:{last_at.isoformat(timespec='microseconds')}".encode("ascii")


def sign_saves(keys: SessionKeys, event_hash: str, saves: int, last_at: Any) -> str:
    message = saves_message(event_hash, saves, last_at)
    if keys.signer is None:
        return _HMAC_PREFIX + hmac.new(keys.audit_key, message, hashlib.sha256).hexdigest()
    return keys.signer.sign(Purpose.AUTOSAVES, keys.vault_id, message)


def saves_hmac_valid(keys: SessionKeys, signature: str, message: bytes) -> bool:
    if not signature.startswith(_HMAC_PREFIX):
        return False
    expected = hmac.new(keys.audit_key, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature[len(_HMAC_PREFIX) :], expected)


def _saves_in(row: AuditEventRow) -> int:
    return int(json.loads(row.details_json).get("saves", 1))


def _same_editing(
    row: AuditEventRow, record: tuple[str, str, str, int | None], details: dict[str, Any]
) -> bool:
    if (row.username, row.action, row.entity, row.entity_id) != record:
        return False
    earlier = json.loads(row.details_json)
    return all(earlier.get(key) == details.get(key) for key in ("use_case", "editing_session"))


_LOADED = object()


def event_from_row(
    row: AuditEventRow, *, counted: AuditEventSavesRow | object | None = _LOADED
) -> AuditEvent:
    """The event of ``row``, with its autosave count (``counted`` when the caller
    already knows it, sparing a query)."""
    details = json.loads(row.details_json)
    if counted is _LOADED:
        counted = row.autosaves
    if isinstance(counted, AuditEventSavesRow):
        details["saves"] = counted.saves
        details["last_at"] = counted.last_at.isoformat(timespec="microseconds")
    return AuditEvent(
        sequence=row.sequence,
        at=row.at.replace(tzinfo=UTC),
        username=row.username,
        action=AuditAction(row.action),
        entity=AuditEntity(row.entity),
        entity_id=row.entity_id,
        details=details,
    )


def events_where(session: Session, *where: ColumnElement[bool]) -> list[AuditEvent]:
    """The events matching ``where``, oldest first, with their autosave counts, read as
    plain rows and built without validating again what was validated when written: at
    thousands of events the ORM's objects and pydantic cost more than the reading."""
    write_queued(session)
    saves = AuditEventSavesRow
    rows = session.execute(
        select(
            AuditEventRow.sequence,
            AuditEventRow.at,
            AuditEventRow.username,
            AuditEventRow.action,
            AuditEventRow.entity,
            AuditEventRow.entity_id,
            AuditEventRow.details_json,
            saves.saves,
            saves.last_at,
        )
        .outerjoin(saves, saves.sequence == AuditEventRow.sequence)
        .where(*where)
        .order_by(AuditEventRow.sequence)
    )
    events = []
    for sequence, at, username, action, entity, entity_id, details_json, count, last in rows:
        details = json.loads(details_json)
        if count is not None:
            details["saves"] = count
            details["last_at"] = last.isoformat(timespec="microseconds")
        events.append(
            AuditEvent.model_construct(
                sequence=sequence,
                at=at.replace(tzinfo=UTC),
                username=username,
                action=AuditAction(action),
                entity=AuditEntity(entity),
                entity_id=entity_id,
                details=details,
            )
        )
    return events
