"""What the audit log, the role assignments and the witnesses outside the database say
about each other.

:func:`verify_all` walks everything (``riskdesk audit verify``): every event's link, hash
and signature, the autosave counts, the roles and the users table, and every witness.
:func:`opening_findings` is what fits into opening a vault: the witnesses, gaps and
stored links in SQL, the roles, and a full check only of the events no witness covers
yet. A changed older event whose stored hash was left alone is found by the full walk.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from riskdesk.store import signing
from riskdesk.store.audit_acceptance import accepted, mark_accepted
from riskdesk.store.audit_findings import AuditFinding, AuditReport, FindingKind, distinct
from riskdesk.store.audit_log import (
    AUDIT_HEAD_SETTING,
    hmac_link,
    saves_hmac_valid,
    saves_message,
    signed_link,
)
from riskdesk.store.cipher_connection import CACHE_KIB
from riskdesk.store.engine import READING_ONLY
from riskdesk.store.role_assignments import Roster, read_roster
from riskdesk.store.session_keys import OutsideRecords, SessionKeys, keys_of
from riskdesk.store.signing import Purpose
from riskdesk.store.tables import (
    AuditEventRow,
    AuditEventSavesRow,
    RoleAssignmentRow,
    UserRow,
    VaultSettingRow,
)
from riskdesk.store.witness import Head, Witness

if TYPE_CHECKING:
    from riskdesk.store.vault import Vault

# At open, events after the highest witness are checked in full; beyond this many the
# rest is left to the full walk, so that opening stays quick.
_TAIL_AT_OPEN = 2000
_F = FindingKind

Progress = Callable[[int, int], None]
"""Told ``(events checked, events in all)`` as the walk goes."""


def verify_all(
    session: Session, keys: SessionKeys, progress: Progress | None = None
) -> AuditReport:
    """Everything checked; ``progress(checked, total)`` is told after each batch of
    events (``total`` is how many events the log holds)."""
    outside = keys.outside()
    roster = read_roster(session, vault_id=keys.vault_id, pinned_root=keys.pinned_root)
    walk = _ChainWalk(keys, roster)
    total = session.scalar(select(func.count(AuditEventRow.id))) or 0
    for batch in _batches(session):
        for row in batch:
            walk.take(row)
        if progress is not None:
            progress(walk.checked, total)
    findings = [
        *roster.findings,
        *walk.findings,
        *_head_setting(session, walk.expected),
        *_autosaves(session, keys, roster),
        *_roles_have_events(session, roster),
        *_users_outside(session, roster),
        *_witnesses(session, keys, roster, outside.witnesses, walk.expected),
        *_notices(roster, outside, walk.saw_signature),
    ]
    findings = mark_accepted(findings, _accepted(session, roster, keys.vault_id))
    return AuditReport(events_checked=walk.checked, findings=distinct(findings))


def verify_snapshot(vault: Vault, progress: Progress | None = None) -> AuditReport:
    """:func:`verify_all` in one read transaction without the write lock: the walk of a
    long trail takes minutes, and the others must be able to work meanwhile (they write
    after the snapshot, which the walk does not see). Nothing is recorded: the trail is
    not person data."""
    with vault.new_session() as session, session.begin():
        session.connection(execution_options={READING_ONLY: True})
        keys = keys_of(session)
        assert keys is not None  # new_session attaches them
        with _small_cache(session):
            return verify_all(session, keys, progress)


def _accepted(session: Session, roster: Roster, vault_id: str) -> set[str]:
    # The acceptances are found by reading every event's details (61 MB of page cache
    # at every open of a 500,000-event vault, with the search's 64 MiB cache).
    with _small_cache(session):
        return accepted(session, roster, vault_id)


@contextmanager
def _small_cache(session: Session) -> Iterator[None]:
    """A whole-trail read reads every page once, in order: the search's large page cache
    (64 MiB) would only fill with pages never read again, and stay in the process's
    memory. The connection gets its cache back afterwards."""
    connection = session.connection()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_WALK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{int(CACHE_KIB)}")


def opening_findings(
    session: Session,
    keys: SessionKeys,
    roster: Roster,
    outside: OutsideRecords,
    *,
    links: bool = True,
) -> tuple[AuditFinding, ...]:
    """``links=False`` leaves out :func:`first_broken_link` (it reads every event)."""
    # Apart: together SQLite reads every index entry for both (89 against 33 ms of CPU at
    # 500,000 events); alone, max() is one look at the index's end.
    count = session.scalar(select(func.count()).select_from(AuditEventRow))
    last = session.scalar(select(func.max(AuditEventRow.sequence)))
    end = Head(last or 0, _stored_hash(session, last) if last else Head().hash)
    findings = [
        *roster.findings,
        *_users_outside(session, roster),
        *_head_setting(session, end),
        *_roles_have_events(session, roster),
    ]
    if count != (last or 0):
        findings.append(AuditFinding(_F.EVENT_MISSING, _first_gap(session)))
    if links:
        with _small_cache(session):
            broken = session.execute(text(_FIRST_BROKEN_LINK)).scalar()
        if broken is not None:
            findings.append(AuditFinding(_F.EVENT_ALTERED, int(broken)))
    findings += _witnesses(session, keys, roster, outside.witnesses, end)
    covered = _highest_valid(outside.witnesses, roster, keys.vault_id, end)
    start = max(covered.sequence, end.sequence - _TAIL_AT_OPEN)
    walk = _ChainWalk(keys, roster, start=Head(start, _stored_hash(session, start)))
    tail = select(*_EVENT_COLUMNS).where(AuditEventRow.sequence > start)
    for row in session.execute(tail.order_by(AuditEventRow.sequence)):
        walk.take(row)
    findings += walk.findings
    signed_events = session.scalar(
        select(AuditEventRow.id).where(AuditEventRow.signature.is_not(None)).limit(1)
    )
    findings += _notices(roster, outside, signed_events is not None)
    # What an administrator accepted is not told again at every open.
    marked = mark_accepted(findings, _accepted(session, roster, keys.vault_id))
    return distinct([finding for finding in marked if not finding.accepted])


def first_broken_link(connection: Any) -> AuditFinding | None:
    """The first moved or removed event, on a keyed DB-API ``connection``."""
    rows = connection.execute(_FIRST_BROKEN_LINK).fetchall()  # all: no statement left open
    return AuditFinding(_F.EVENT_ALTERED, int(rows[0][0])) if rows else None


_WALK_CACHE_KIB = 2048

# Events are read this many at a time, by sequence, so the walk's memory stays the same
# however long the log is (all at once took 1.2 GB at 545,000 events).
_BATCH = 5000


def _batches(session: Session) -> Iterator[Sequence[Any]]:
    last: int | None = None
    while True:
        query = select(*_EVENT_COLUMNS).order_by(AuditEventRow.sequence).limit(_BATCH)
        if last is not None:
            query = query.where(AuditEventRow.sequence > last)
        rows = session.execute(query).all()
        if not rows:
            return
        yield rows
        last = rows[-1].sequence


_EVENT_COLUMNS = (
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

# The first event whose stored link does not point at the event before it: a deleted or
# moved event, found in SQL without recomputing any hash.
_FIRST_BROKEN_LINK = """
SELECT b.sequence FROM audit_events AS b
JOIN audit_events AS a ON a.sequence = b.sequence - 1
WHERE b.prev_hash != a.hash ORDER BY b.sequence LIMIT 1
"""


@dataclass
class _ChainWalk:
    keys: SessionKeys
    roster: Roster
    start: Head = field(default_factory=Head)
    findings: list[AuditFinding] = field(default_factory=list)
    checked: int = 0
    saw_signature: bool = False

    def __post_init__(self) -> None:
        self.expected = self.start

    def take(self, row: Any) -> None:
        self.checked += 1
        sequence = row.sequence
        if sequence != self.expected.sequence + 1:
            self.findings.append(AuditFinding(_F.EVENT_MISSING, self.expected.sequence + 1))
        elif not hmac.compare_digest(row.prev_hash, self.expected.hash):
            self.findings.append(AuditFinding(_F.EVENT_ALTERED, sequence))
        # Later events are checked against what is stored, so each break is named once.
        self.expected = Head(sequence, row.hash)
        signed_from = self.roster.signed_from
        signed = signed_from is not None and sequence >= signed_from
        link = signed_link(row) if signed else hmac_link(self.keys.audit_key, row)
        if not hmac.compare_digest(link, row.hash):
            self.findings.append(AuditFinding(_F.EVENT_ALTERED, sequence))
        if row.signature is not None:
            self.saw_signature = True
        if not signed:
            return
        if row.signature is None:
            self.findings.append(AuditFinding(_F.UNSIGNED, sequence))
            return
        standing = self.roster.standing(row.username)
        key = standing.key_at(sequence) if standing is not None else None
        message = row.hash.encode("ascii")
        if not signing.verify(key, Purpose.AUDIT_EVENT, self.keys.vault_id, message, row.signature):
            self.findings.append(AuditFinding(_F.FOREIGN_SIGNATURE, sequence))


def _stored_hash(session: Session, sequence: int) -> str:
    if sequence <= 0:
        return Head().hash
    stored = session.scalar(select(AuditEventRow.hash).where(AuditEventRow.sequence == sequence))
    return stored if stored is not None else ""


def _first_gap(session: Session) -> int:
    if session.scalar(select(AuditEventRow.id).where(AuditEventRow.sequence == 1)) is None:
        return 1
    gap = session.execute(
        text(
            "SELECT a.sequence + 1 FROM audit_events AS a LEFT JOIN audit_events AS b "
            "ON b.sequence = a.sequence + 1 WHERE b.id IS NULL ORDER BY a.sequence LIMIT 1"
        )
    ).scalar()
    return int(gap or 1)


def _head_setting(session: Session, end: Head) -> list[AuditFinding]:
    recorded = session.get(VaultSettingRow, AUDIT_HEAD_SETTING)
    value = recorded.value if recorded is not None else f"0:{Head().hash}"
    if hmac.compare_digest(value, f"{end.sequence}:{end.hash}"):
        return []
    return [AuditFinding(_F.HEAD_MISMATCH)]


def _autosaves(session: Session, keys: SessionKeys, roster: Roster) -> list[AuditFinding]:
    findings = []
    rows = session.execute(
        select(AuditEventSavesRow, AuditEventRow.hash, AuditEventRow.username).outerjoin(
            AuditEventRow, AuditEventRow.sequence == AuditEventSavesRow.sequence
        )
    )
    for counted, event_hash, username in rows:
        message = saves_message(event_hash or "", counted.saves, counted.last_at)
        standing = roster.standing(username) if username is not None else None
        valid = event_hash is not None and (
            saves_hmac_valid(keys, counted.signature, message)
            or any(
                signing.verify(key, Purpose.AUTOSAVES, keys.vault_id, message, counted.signature)
                for _, key in (standing.keys if standing is not None else ())
            )
        )
        if not valid:
            findings.append(AuditFinding(_F.AUTOSAVES_ALTERED, counted.sequence))
    return findings


def _roles_have_events(session: Session, roster: Roster) -> list[AuditFinding]:
    """Every role record names the audit event written with it, and that event names
    the record: removing the events does not leave the roles unexplained."""
    wanted = roster.records_by_event
    if not wanted:
        return []
    found: dict[int, set[int]] = {}
    rows = session.execute(
        select(AuditEventRow.sequence, AuditEventRow.details_json).where(
            AuditEventRow.sequence.in_(list(wanted))
        )
    )
    for sequence, details_json in rows:
        try:
            named = json.loads(details_json).get("role_records", [])
            found[sequence] = {int(n) for n in named}
        except (ValueError, TypeError, AttributeError):
            found[sequence] = set()
    return [
        AuditFinding(_F.ROLE_WITHOUT_EVENT, record)
        for event, records in wanted.items()
        for record in records
        if record not in found.get(event, set())
    ]


def _users_outside(session: Session, roster: Roster) -> list[AuditFinding]:
    if not roster.signed:
        return []
    findings = []
    for username, role, active in session.execute(
        select(UserRow.username, UserRow.role, UserRow.active)
    ):
        standing = roster.standing(username)
        if standing is None:
            findings.append(AuditFinding(_F.USER_OUTSIDE))
        elif (role, bool(active)) != (standing.role.value, standing.active):
            findings.append(AuditFinding(_F.ROLE_OUTSIDE))
    return findings


def _valid(witness: Witness, roster: Roster, vault_id: str) -> bool:
    standing = roster.standing(witness.username)
    if standing is None:
        return False
    return any(key is not None and witness.valid_for(key, vault_id) for _, key in standing.keys)


def _highest_valid(witnesses: Iterable[Witness], roster: Roster, vault_id: str, end: Head) -> Head:
    heads = [
        w.audit
        for w in witnesses
        if _valid(w, roster, vault_id) and w.audit.sequence <= end.sequence
    ]
    return max(heads, default=Head())


def _witnesses(
    session: Session,
    keys: SessionKeys,
    roster: Roster,
    witnesses: Iterable[Witness],
    end: Head,
) -> list[AuditFinding]:
    findings = []
    for witness in witnesses:
        if not _valid(witness, roster, keys.vault_id):
            findings.append(AuditFinding(_F.INVALID_WITNESS))
            continue
        seen = witness.audit
        if seen.sequence > end.sequence:
            findings.append(AuditFinding(_F.TRUNCATED, seen.sequence))
        elif seen.sequence > 0 and not hmac.compare_digest(
            _stored_hash(session, seen.sequence), seen.hash
        ):
            findings.append(AuditFinding(_F.EVENT_ALTERED, seen.sequence))
        roles = witness.roles
        if roles.sequence > roster.head.sequence:
            findings.append(AuditFinding(_F.ROLES_TRUNCATED, roles.sequence))
        elif roles.sequence > 0:
            stored = session.scalar(
                select(RoleAssignmentRow.hash).where(RoleAssignmentRow.sequence == roles.sequence)
            )
            if stored is None or not hmac.compare_digest(stored, roles.hash):
                findings.append(AuditFinding(_F.ROLE_ALTERED, roles.sequence))
    return findings


def _notices(roster: Roster, outside: OutsideRecords, saw_signature: bool) -> list[AuditFinding]:
    findings = []
    if outside.damaged_slots:
        findings.append(AuditFinding(_F.SLOT_DAMAGED))
    if not roster.signed:
        if saw_signature or outside.witnesses or roster.root_mismatch:
            findings.append(AuditFinding(_F.ROLES_REMOVED))
        else:
            findings.append(AuditFinding(_F.ROLES_NOT_SIGNED))
    return findings
