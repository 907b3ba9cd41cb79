"""What an open vault holds besides its connections: the data key, the user's signing
key, the root their slot pins, the current slot record, the heads this session has seen
(to witness when it closes) and what the checks found when it opened."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from riskdesk.domain.user import Role
from riskdesk.store.audit_findings import AuditFinding
from riskdesk.store.clock import Clock
from riskdesk.store.key_slots import KdfCost, sidecar_path, wipe
from riskdesk.store.session_keys import SessionKeys
from riskdesk.store.signing import Signer
from riskdesk.store.slot_commit import outside_records
from riskdesk.store.witness import Head


@dataclass
class VaultState:
    path: Path
    key: bytearray
    keys: SessionKeys
    kdf_cost: KdfCost
    clock: Clock
    seed: bytearray | None = None
    slot_id: str | None = None
    seen_audit: Head = field(default_factory=Head)
    seen_roles: Head = field(default_factory=Head)
    findings: tuple[AuditFinding, ...] = ()
    # False when the checks at open found the trail broken: such a session does not
    # witness the head it saw, so the witnesses that show the break keep showing it.
    may_witness: bool = False

    @classmethod
    def of(
        cls,
        path: Path,
        key: bytearray,
        vault_id: str,
        audit_key: bytes,
        kdf_cost: KdfCost,
        clock: Clock,
    ) -> VaultState:
        keys = SessionKeys(
            vault_id=vault_id, audit_key=audit_key, outside=lambda: outside_records(path)
        )
        return cls(path=path, key=key, keys=keys, kdf_cost=kdf_cost, clock=clock)

    @property
    def keys_path(self) -> Path:
        return sidecar_path(self.path)

    @property
    def vault_id(self) -> str:
        return self.keys.vault_id

    @property
    def root_key(self) -> bytes | None:
        return self.keys.pinned_root

    def take_seed(self, seed: bytearray | None, username: str) -> None:
        """Hold ``seed`` as this session's signing key (None: none yet)."""
        if self.seed is not None and self.seed is not seed:
            wipe(self.seed)
        self.seed = seed
        self.keys.signer = Signer(seed, username=username) if seed is not None else None

    def findings_for(self, role: Role) -> tuple[AuditFinding, ...]:
        """Every finding for an administrator or supervisor, whose job it is to act on
        them; for others only those about everyone's own access (a damaged slot)."""
        if role in (Role.ADMINISTRATOR, Role.SUPERVISOR):
            return self.findings
        return tuple(f for f in self.findings if f.for_everyone)

    def saw(self, audit: Head | None = None, roles: Head | None = None) -> None:
        if audit is not None:
            self.seen_audit = max(self.seen_audit, audit)
        if roles is not None:
            self.seen_roles = max(self.seen_roles, roles)

    def wipe(self) -> None:
        wipe(self.key)
        if self.seed is not None:
            wipe(self.seed)
        if self.keys.signer is not None:
            self.keys.signer.drop()
        self.keys.audit_key = b""
