"""The team server's audit chain, recomputed: each link is SHA-256 over the previous hash
and the event's fields, one per line with the details last, exactly as
``riskdesk_append_audit`` (sql/30_audit.sql) computes it inside the database.

On the server nobody the application uses can change the trail (no role holds UPDATE,
DELETE or TRUNCATE on it), so the chain guards against what only the database's owner
could do: a link that no longer matches was changed outside RiskDesk, a gap was cut out.

A chain imported from a local vault (``riskdesk server import``) begins with the vault's
own events, up to the setting ``audit_imported_through`` ("sequence:hash"). Their links
are the vault's: each must follow the one before, a signed event's SHA-256 link is
recomputed (an older HMAC link needs the vault's key, which the server never has), and
the last must still be the hash recorded at the import, which the server's first event
links to."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.store.audit_findings import AuditFinding, AuditReport, FindingKind, distinct
from riskdesk.store.audit_log import signed_link
from riskdesk.store.tables import AuditEventRow, VaultSettingRow
from riskdesk.store.witness import GENESIS_HASH, Head

IMPORTED_THROUGH_SETTING = "audit_imported_through"

_BATCH = 5000


def server_link(
    prev_hash: str,
    sequence: int,
    at_iso: str,
    username: str,
    action: str,
    entity: str,
    entity_id: int | None,
    details_json: str,
) -> str:
    fields = (
        prev_hash,
        str(sequence),
        at_iso,
        username,
        action,
        entity,
        "" if entity_id is None else str(entity_id),
        details_json,
    )
    return hashlib.sha256("\n".join(fields).encode("utf-8")).hexdigest()


def verify_server_chain(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> AuditReport:
    """Every link, in batches, and the recorded head; ``progress(checked, total)`` after
    each batch."""
    total = session.scalar(select(func.count(AuditEventRow.id))) or 0
    imported = _imported_through(session)
    findings: list[AuditFinding] = []
    expected_hash, expected_sequence, checked = GENESIS_HASH, 1, 0
    for batch in _batches(session):
        for row in batch:
            sequence, at, username, action, entity, entity_id, details, prev, stored, _ = row
            if sequence != expected_sequence:
                findings.append(AuditFinding(FindingKind.EVENT_MISSING, expected_sequence))
            if sequence <= imported.sequence:
                holds = _imported_link_holds(row, imported)
            else:
                holds = stored == server_link(
                    prev,
                    sequence,
                    at.isoformat(timespec="microseconds"),
                    username,
                    action,
                    entity,
                    entity_id,
                    details,
                )
            if prev != expected_hash or not holds:
                findings.append(AuditFinding(FindingKind.EVENT_ALTERED, sequence))
            expected_hash, expected_sequence = stored, sequence + 1
            checked += 1
        if progress is not None:
            progress(checked, total)
    head = session.scalar(select(VaultSettingRow.value).where(VaultSettingRow.name == "audit_head"))
    if head is not None and head != f"{expected_sequence - 1}:{expected_hash}":
        findings.append(AuditFinding(FindingKind.HEAD_MISMATCH))
    if expected_sequence <= imported.sequence:
        findings.append(AuditFinding(FindingKind.EVENT_MISSING, imported.sequence))
    return AuditReport(events_checked=checked, findings=distinct(findings))


def _imported_through(session: Session) -> Head:
    """The last event imported from a local vault; the genesis when none was."""
    value = session.scalar(
        select(VaultSettingRow.value).where(VaultSettingRow.name == IMPORTED_THROUGH_SETTING)
    )
    if value is None:
        return Head()
    sequence, _, last_hash = value.partition(":")
    return Head(int(sequence), last_hash)


def _imported_link_holds(row: Any, imported: Head) -> bool:
    sequence, at, username, action, entity, entity_id, details, prev, stored, signature = row
    if sequence == imported.sequence and stored != imported.hash:
        return False
    if not signature:
        return True
    event = AuditEventRow(
        sequence=sequence,
        at=at,
        username=username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details_json=details,
        prev_hash=prev,
    )
    return bool(signed_link(event) == stored)


def _batches(session: Session) -> Iterator[Sequence[Any]]:
    last = 0
    while True:
        rows = session.execute(
            select(
                AuditEventRow.sequence,
                AuditEventRow.at,
                AuditEventRow.username,
                AuditEventRow.action,
                AuditEventRow.entity,
                AuditEventRow.entity_id,
                AuditEventRow.details_json,
                AuditEventRow.prev_hash,
                AuditEventRow.hash,
                AuditEventRow.signature,
            )
            .where(AuditEventRow.sequence > last)
            .order_by(AuditEventRow.sequence)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]
