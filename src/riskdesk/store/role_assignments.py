"""Who may do what, as signed records no keyholder can forge.

The records form a hash chain like the audit log's. The first is the vault's **root**:
its creator's public key, signed by itself, which every user's own key slot pins. After
it come **assignments** (a user's role, whether they are active, and their public key or
none yet), each signed by an administrator whose own standing the earlier records
establish, and **claims**, in which a user whose assignment names no key yet registers
their own. A record whose signature or authority does not hold is ignored, so the user
keeps their last validly signed standing, and reported.

A new user or a reset password gets an **admission** (``admit``): an assignment awaiting
the user's key that names, instead, a one-time enrolment key, whose private half is
sealed only in the user's new key slot under the password the administrator gave. The
claim that follows counts only if that enrolment key signed it, so registering a key in
the user's name takes their first password, not just the data key. (The event written
with the claim is signed by the new key itself: ``audit verify`` checks it.) A claim on
an assignment awaiting a key with no enrolment key (written by the upgrade's signing of
the roles, or by a version before admissions) is signed by the new key alone, as it
always was; while an assignment of the second kind awaits its claim it is reported, so
that an administrator resets the password and the user is admitted properly.

``users.role`` and ``users.active`` are copies for reading; the roster decides.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.domain.user import Role
from riskdesk.store import signing
from riskdesk.store.audit_findings import AuditFinding, FindingKind
from riskdesk.store.signing import Purpose, Signer
from riskdesk.store.tables import RoleAssignmentRow
from riskdesk.store.witness import Head


class RecordKind(StrEnum):
    ROOT = "root"
    ASSIGN = "assign"
    ADMIT = "admit"
    CLAIM = "claim"


@dataclass(frozen=True)
class Standing:
    """A user's validly signed role, and their public keys with the audit sequence from
    which each signs (a key of None: an assignment awaiting the user's claim, which
    ``enrolment``, if it is set, must sign)."""

    role: Role
    active: bool
    keys: tuple[tuple[int, bytes | None], ...]
    enrolment: bytes | None = None

    @property
    def key(self) -> bytes | None:
        return self.keys[-1][1]

    def key_at(self, audit_sequence: int) -> bytes | None:
        """The key that signed for this user at ``audit_sequence``."""
        found: bytes | None = None
        for start, key in self.keys:
            if start <= audit_sequence:
                found = key
        return found

    def ever_held(self, public_key: bytes) -> bool:
        return any(key == public_key for _, key in self.keys)


@dataclass(frozen=True)
class Roster:
    """The verified role assignments. ``root_key`` is None when the vault has no valid
    root (its roles were never signed, or its root is not the one pinned)."""

    root_key: bytes | None = None
    signed_from: int | None = None
    standings: Mapping[str, Standing] = field(default_factory=dict)
    head: Head = field(default_factory=Head)
    findings: tuple[AuditFinding, ...] = ()
    # Audit sequence -> the role records written with that event.
    records_by_event: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    root_mismatch: bool = False

    @property
    def signed(self) -> bool:
        return self.root_key is not None

    def standing(self, username: str) -> Standing | None:
        return self.standings.get(username)

    def may_administer(self, username: str) -> bool:
        standing = self.standings.get(username)
        return standing is not None and standing.active and standing.role is Role.ADMINISTRATOR


def _rows(session: Session) -> list[RoleAssignmentRow]:
    return list(session.scalars(select(RoleAssignmentRow).order_by(RoleAssignmentRow.sequence)))


def roster_head(session: Session) -> Head:
    # Read after every commit, for its witness: two columns through a statement built
    # once cost a fifth of loading the whole record as an object.
    row = session.execute(_ROSTER_HEAD).first()
    return Head(row.sequence, row.hash) if row is not None else Head()


_ROSTER_HEAD = (
    select(RoleAssignmentRow.sequence, RoleAssignmentRow.hash)
    .order_by(RoleAssignmentRow.sequence.desc())
    .limit(1)
)


def read_roster(session: Session, *, vault_id: str, pinned_root: bytes | None) -> Roster:
    return verify_records(_rows(session), vault_id=vault_id, pinned_root=pinned_root)


def verify_records(
    rows: Iterable[RoleAssignmentRow], *, vault_id: str, pinned_root: bytes | None
) -> Roster:
    """Walk the records in order. ``pinned_root`` is the root key the reader's own slot
    trusts; None (a user who has never opened since the roles were signed) trusts the
    root record as found."""
    walk = _Walk(vault_id=vault_id, pinned_root=pinned_root)
    for row in rows:
        walk.take(row)
    return walk.roster()


@dataclass
class _Walk:
    vault_id: str
    pinned_root: bytes | None
    standings: dict[str, Standing] = field(default_factory=dict)
    findings: list[AuditFinding] = field(default_factory=list)
    by_event: dict[int, list[int]] = field(default_factory=dict)
    expected: Head = field(default_factory=Head)
    root_key: bytes | None = None
    signed_from: int | None = None
    root_mismatch: bool = False
    # User -> the record of their assignment awaiting a key that no enrolment key
    # guards, where one could have (not the upgrade's signing of the roles).
    unguarded: dict[str, int] = field(default_factory=dict)

    def take(self, row: RoleAssignmentRow) -> None:
        linked = (
            row.sequence == self.expected.sequence + 1
            and hmac.compare_digest(row.prev_hash, self.expected.hash)
            and hmac.compare_digest(row.hash, record_hash(row, self.vault_id))
        )
        # Later records still link to what is stored, so one changed record does not
        # discard every valid record after it.
        self.expected = Head(row.sequence, row.hash)
        self.by_event.setdefault(row.audit_sequence, []).append(row.sequence)
        if not linked:
            self.findings.append(AuditFinding(FindingKind.ROLE_ALTERED, row.sequence))
            return
        if not self._apply(row):
            self.findings.append(AuditFinding(FindingKind.FORGED_ROLE, row.sequence))

    def _apply(self, row: RoleAssignmentRow) -> bool:
        key = signing.decode(row.public_key)
        if row.kind == RecordKind.ROOT:
            return self._apply_root(row, key)
        if self.root_key is None:
            return False
        if row.kind in (RecordKind.ASSIGN, RecordKind.ADMIT):
            return self._apply_assignment(row, key)
        if row.kind == RecordKind.CLAIM:
            claimant = self.standings.get(row.username)
            if claimant is None or claimant.key is not None or key is None:
                return False
            # Only an admission's enrolment key proves the claimant had the password
            # the administrator gave; without one, the new key's own signature is all.
            proof = claimant.enrolment or key
            if row.issuer != row.username or not claimant.active:
                return False
            if not self._signed_by(row, proof):
                return False
            self.standings[row.username] = replace(
                claimant, keys=(*claimant.keys, (row.audit_sequence, key)), enrolment=None
            )
            self.unguarded.pop(row.username, None)
            return True
        return False

    def _apply_assignment(self, row: RoleAssignmentRow, key: bytes | None) -> bool:
        issuer = self.standings.get(row.issuer)
        if issuer is None or not issuer.active or issuer.role is not Role.ADMINISTRATOR:
            return False
        if not self._signed_by(row, issuer.key) or row.role not in set(Role):
            return False
        admits = row.kind == RecordKind.ADMIT
        if admits and (key is None or len(key) != signing.PUBLIC_KEY_BYTES):
            return False
        enrolment, key = (key, None) if admits else (None, key)
        earlier = self.standings.get(row.username)
        keys = earlier.keys if earlier is not None else ()
        if earlier is None or earlier.key != key:
            # From the next event on: the event written with this record is the
            # issuer's, who may be this very user, still signing with the old key.
            keys = (*keys, (row.audit_sequence + 1, key))
        self.standings[row.username] = Standing(
            role=Role(str(row.role)), active=bool(row.active), keys=keys, enrolment=enrolment
        )
        if key is None and enrolment is None and row.audit_sequence != self.signed_from:
            self.unguarded[row.username] = row.sequence
        else:
            self.unguarded.pop(row.username, None)
        return True

    def _apply_root(self, row: RoleAssignmentRow, key: bytes | None) -> bool:
        if row.sequence != 1 or key is None or not self._signed_by(row, key):
            return False
        if row.issuer != row.username or row.role != Role.ADMINISTRATOR.value:
            return False
        if self.pinned_root is not None and not hmac.compare_digest(key, self.pinned_root):
            self.root_mismatch = True
            return False
        self.root_key = key
        self.signed_from = row.audit_sequence
        self.standings[row.username] = Standing(
            role=Role.ADMINISTRATOR, active=True, keys=((row.audit_sequence, key),)
        )
        return True

    def _signed_by(self, row: RoleAssignmentRow, key: bytes | None) -> bool:
        return signing.verify(
            key, Purpose.ROLE_RECORD, self.vault_id, row.hash.encode("ascii"), row.signature
        )

    def roster(self) -> Roster:
        unguarded = [AuditFinding(FindingKind.CLAIM_UNGUARDED, s) for s in self.unguarded.values()]
        return Roster(
            root_key=self.root_key,
            signed_from=self.signed_from,
            standings=dict(self.standings),
            head=self.expected,
            findings=(*self.findings, *sorted(unguarded)),
            records_by_event={k: tuple(v) for k, v in self.by_event.items()},
            root_mismatch=self.root_mismatch,
        )


class RoleRecords:
    """Appends signed records inside the unit of work's transaction."""

    def __init__(self, session: Session, *, vault_id: str) -> None:
        self._session = session
        self._vault_id = vault_id

    def append(
        self,
        *,
        signer: Signer,
        kind: RecordKind,
        username: str,
        role: Role | None,
        active: bool | None,
        public_key: bytes | None,
        audit_sequence: int,
        at: datetime,
    ) -> int:
        head = roster_head(self._session)
        row = RoleAssignmentRow(
            sequence=head.sequence + 1,
            kind=kind.value,
            username=username,
            role=role.value if role is not None else None,
            active=active,
            public_key=signing.encode(public_key) if public_key is not None else None,
            issuer=signer.username,
            audit_sequence=audit_sequence,
            issued_at=at,
            prev_hash=head.hash,
        )
        row.hash = record_hash(row, self._vault_id)
        row.signature = signer.sign(Purpose.ROLE_RECORD, self._vault_id, row.hash.encode("ascii"))
        self._session.add(row)
        self._session.flush()
        return row.sequence


def record_hash(row: RoleAssignmentRow, vault_id: str) -> str:
    payload: dict[str, Any] = {
        "vault_id": vault_id,
        "sequence": row.sequence,
        "kind": row.kind,
        "username": row.username,
        "role": row.role,
        "active": row.active,
        "public_key": row.public_key,
        "issuer": row.issuer,
        "audit_sequence": row.audit_sequence,
        "issued_at": row.issued_at.isoformat(timespec="microseconds"),
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(row.prev_hash.encode("ascii") + text.encode("utf-8")).hexdigest()
