"""The audit log: an HMAC hash chain of events inside the vault.

Each event stores ``prev_hash`` and ``hash = HMAC-SHA256(audit_key, prev_hash ||
canonical JSON of the event)``. The newest link is also recorded in ``vault_settings``,
so removing events from the end of the chain is found as well as editing, deleting or
reordering events in the middle.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent, AuditVerdict
from riskdesk.store.clock import Clock
from riskdesk.store.tables import AuditEventRow, VaultSettingRow

GENESIS_HASH = "0" * 64
AUDIT_HEAD_SETTING = "audit_head"
_AUDIT_KEY_INFO = b"riskdesk audit chain hmac key v1"


def derive_audit_key(data_key: bytes | bytearray) -> bytes:
    """A key for the chain's HMAC, separate from the data key by its HKDF info string."""
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
        self._key = audit_key
        self._clock = clock

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
        of the same draft) is folded into the head instead, which keeps its first time and
        gains ``last_at`` and a count of ``saves``; the head is re-linked, so the chain
        still verifies."""
        last = self._session.scalars(
            select(AuditEventRow).order_by(AuditEventRow.sequence.desc()).limit(1)
        ).first()
        now = self._clock()
        if editing_session is not None:
            details = {**details, "editing_session": editing_session}
            record = (username, action.value, entity.value, entity_id)
            if last is not None and _same_editing(last, record, details):
                earlier = json.loads(last.details_json)
                details["saves"] = int(earlier.get("saves", 1)) + 1
                details["last_at"] = now.isoformat(timespec="microseconds")
                last.details_json = canonical_json(details)
                return self._link(last)
            details["saves"] = 1
        sequence, prev_hash = (last.sequence + 1, last.hash) if last else (1, GENESIS_HASH)
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
        self._session.add(row)
        return self._link(row)

    def _link(self, row: AuditEventRow) -> AuditEvent:
        row.hash = self._link_hash(row)
        self._session.merge(
            VaultSettingRow(name=AUDIT_HEAD_SETTING, value=f"{row.sequence}:{row.hash}")
        )
        self._session.flush()
        return event_from_row(row)

    def events(
        self, *, entity: AuditEntity | None = None, entity_id: int | None = None
    ) -> list[AuditEvent]:
        query = select(AuditEventRow).order_by(AuditEventRow.sequence)
        if entity is not None:
            query = query.where(AuditEventRow.entity == entity.value)
        if entity_id is not None:
            query = query.where(AuditEventRow.entity_id == entity_id)
        return [event_from_row(row) for row in self._session.scalars(query)]

    def verify(self) -> AuditVerdict:
        """Walk the whole chain; the verdict names the first event that does not link."""
        expected_prev = GENESIS_HASH
        expected_sequence = 1
        checked = 0
        rows = self._session.scalars(select(AuditEventRow).order_by(AuditEventRow.sequence))
        for row in rows:
            checked += 1
            intact = (
                row.sequence == expected_sequence
                and hmac.compare_digest(row.prev_hash, expected_prev)
                and hmac.compare_digest(row.hash, self._link_hash(row))
            )
            if not intact:
                return AuditVerdict(
                    events_checked=checked, intact=False, first_broken_sequence=expected_sequence
                )
            expected_prev = row.hash
            expected_sequence += 1
        head = self._session.get(VaultSettingRow, AUDIT_HEAD_SETTING)
        recorded = head.value if head is not None else f"0:{GENESIS_HASH}"
        if not hmac.compare_digest(recorded, f"{expected_sequence - 1}:{expected_prev}"):
            # Events were cut off the end (or the head record itself was changed).
            return AuditVerdict(
                events_checked=checked, intact=False, first_broken_sequence=expected_sequence
            )
        return AuditVerdict(events_checked=checked, intact=True)

    def _link_hash(self, row: AuditEventRow) -> str:
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
        message = row.prev_hash.encode("utf-8") + payload.encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def _same_editing(
    row: AuditEventRow, record: tuple[str, str, str, int | None], details: dict[str, Any]
) -> bool:
    if (row.username, row.action, row.entity, row.entity_id) != record:
        return False
    earlier = json.loads(row.details_json)
    return all(earlier.get(key) == details.get(key) for key in ("use_case", "editing_session"))


def event_from_row(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        sequence=row.sequence,
        at=row.at.replace(tzinfo=UTC),
        username=row.username,
        action=AuditAction(row.action),
        entity=AuditEntity(row.entity),
        entity_id=row.entity_id,
        details=json.loads(row.details_json),
    )
