"""An administrator's acceptance of the audit trail as it now is.

After a vault is restored from a backup, every witness remembers a later end than the
restored trail has, and every open would report it as cut short. The administrator who
restored it accepts the trail: one signed event names each finding accepted, and the
witnesses that remember the later end are cleared. The findings stay visible in
``audit verify``, marked as accepted; they no longer count as a break. Only an event
signed by a user who was then a signed administrator accepts anything.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.store import signing
from riskdesk.store.audit_findings import AuditFinding, AuditReport
from riskdesk.store.checkpoint_file import checkpoint_path
from riskdesk.store.key_slots import read_key_file, write_key_file
from riskdesk.store.role_assignments import Roster
from riskdesk.store.signing import Purpose
from riskdesk.store.tables import AuditEventRow

if TYPE_CHECKING:
    from riskdesk.store.vault import Vault


def accept_trail(vault: Vault) -> AuditReport:
    """Raises :class:`PermissionDenied` unless a signed administrator asks."""
    state = vault._state
    if vault.user.role is not Role.ADMINISTRATOR or state.keys.signer is None:
        raise PermissionDenied()
    with vault.unit_of_work(UseCase.AUDIT_ACCEPT) as uow:
        if not uow.users.roster().may_administer(vault.user.username):
            raise PermissionDenied()
        report = uow.audit.verify()
        uow.note(accepted=[key_of(f) for f in report.findings if f.breaks_trust])
        key_file = read_key_file(state.keys_path)
        cleared = [replace(r.slot, witness=None) for r in key_file.records]
        for record, slot in zip(key_file.records, cleared, strict=True):
            key_file = key_file.replacing(record.username, record.slot.slot_id, slot)
        write_key_file(state.keys_path, key_file)
        with contextlib.suppress(FileNotFoundError):
            checkpoint_path(state.path).unlink()
    state.findings = ()
    state.may_witness = True
    return report


def key_of(finding: AuditFinding) -> str:
    return f"{finding.kind.value}:{finding.sequence if finding.sequence is not None else ''}"


def accepted(session: Session, roster: Roster, vault_id: str) -> set[str]:
    """The findings validly accepted so far, as :func:`key_of` names them."""
    found: set[str] = set()
    rows = session.execute(
        select(
            AuditEventRow.sequence,
            AuditEventRow.username,
            AuditEventRow.details_json,
            AuditEventRow.hash,
            AuditEventRow.signature,
        ).where(
            # The use case's own action and entity first: the index on them finds the few
            # candidates, where the details of every event were read at every open (1.2 s
            # of CPU at 500,000 events). One recorded under others was never an acceptance.
            AuditEventRow.entity == UseCase.AUDIT_ACCEPT.entity.value,
            AuditEventRow.action == UseCase.AUDIT_ACCEPT.action.value,
            AuditEventRow.details_json.contains(f'"use_case":"{UseCase.AUDIT_ACCEPT.value}"'),
        )
    )
    for sequence, username, details_json, event_hash, signature in rows:
        standing = roster.standing(username)
        if standing is None or standing.role is not Role.ADMINISTRATOR:
            continue
        message = event_hash.encode("ascii")
        key = standing.key_at(sequence)
        if not signing.verify(key, Purpose.AUDIT_EVENT, vault_id, message, signature):
            continue
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            found |= {str(item) for item in json.loads(details_json).get("accepted", [])}
    return found


def mark_accepted(findings: list[AuditFinding], keys: set[str]) -> list[AuditFinding]:
    return [replace(f, accepted=True) if key_of(f) in keys else f for f in findings]
