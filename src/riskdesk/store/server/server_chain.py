"""The team server's audit chain, recomputed: each link is SHA-256 over the previous hash
and the event's fields, one per line with the details last, exactly as
``riskdesk_append_audit`` (sql/30_audit.sql) computes it inside the database.

On the server nobody the application uses can change the trail (no role holds UPDATE,
DELETE or TRUNCATE on it), so the chain guards against what only the database's owner
could do: a link that no longer matches was changed outside RiskDesk, a gap was cut out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.store.audit_findings import AuditFinding, AuditReport, FindingKind, distinct
from riskdesk.store.tables import AuditEventRow, VaultSettingRow
from riskdesk.store.witness import GENESIS_HASH

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
    findings: list[AuditFinding] = []
    expected_hash, expected_sequence, checked = GENESIS_HASH, 1, 0
    for batch in _batches(session):
        for sequence, at, username, action, entity, entity_id, details, prev, stored in batch:
            if sequence != expected_sequence:
                findings.append(AuditFinding(FindingKind.EVENT_MISSING, expected_sequence))
            link = server_link(
                prev,
                sequence,
                at.isoformat(timespec="microseconds"),
                username,
                action,
                entity,
                entity_id,
                details,
            )
            if prev != expected_hash or link != stored:
                findings.append(AuditFinding(FindingKind.EVENT_ALTERED, sequence))
            expected_hash, expected_sequence = stored, sequence + 1
            checked += 1
        if progress is not None:
            progress(checked, total)
    head = session.scalar(select(VaultSettingRow.value).where(VaultSettingRow.name == "audit_head"))
    if head is not None and head != f"{expected_sequence - 1}:{expected_hash}":
        findings.append(AuditFinding(FindingKind.HEAD_MISMATCH))
    return AuditReport(events_checked=checked, findings=distinct(findings))


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
            )
            .where(AuditEventRow.sequence > last)
            .order_by(AuditEventRow.sequence)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]
