"""Witnesses of the audit log's head, kept outside the database.

A witness says "user U saw the audit log end at event N with hash H, and the role
assignments end at record M with hash G", signed with U's own key. Each user writes one
into their own key slot when they lock or close, and every commit writes one into the
checkpoint file beside the vault. Anyone can read them; only U can make U's. At open
the highest witness is compared with the log, so a log that was cut short, emptied or
rewritten is found even though every user holds the key that decrypts it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from riskdesk.store import signing
from riskdesk.store.signing import Purpose, Signer

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, order=True)
class Head:
    """Where a hash chain ends: the last sequence number and its hash (0 and the
    genesis hash for an empty chain)."""

    sequence: int = 0
    hash: str = GENESIS_HASH


@dataclass(frozen=True)
class Witness:
    username: str
    audit: Head
    roles: Head
    at: datetime
    signature: str

    def valid_for(self, public_key: bytes | None, vault_id: str) -> bool:
        return signing.verify(
            public_key,
            Purpose.WITNESS,
            vault_id,
            _payload(self.username, self.audit, self.roles, self.at),
            self.signature,
        )


def make_witness(
    signer: Signer, *, vault_id: str, audit: Head, roles: Head, at: datetime
) -> Witness:
    payload = _payload(signer.username, audit, roles, at)
    return Witness(
        username=signer.username,
        audit=audit,
        roles=roles,
        at=at,
        signature=signer.sign(Purpose.WITNESS, vault_id, payload),
    )


def witness_to_json(witness: Witness) -> dict[str, Any]:
    return {
        "audit": [witness.audit.sequence, witness.audit.hash],
        "roles": [witness.roles.sequence, witness.roles.hash],
        "at": witness.at.isoformat(timespec="microseconds"),
        "signature": witness.signature,
    }


def witness_from_json(username: str, entry: Any) -> Witness:
    """Raises ValueError, KeyError or TypeError for anything that is not a witness."""
    audit_seq, audit_hash = entry["audit"]
    roles_seq, roles_hash = entry["roles"]
    return Witness(
        username=username,
        audit=_head(audit_seq, audit_hash),
        roles=_head(roles_seq, roles_hash),
        at=datetime.fromisoformat(str(entry["at"])),
        signature=str(entry["signature"]),
    )


def _head(sequence: Any, hash_: Any) -> Head:
    if not isinstance(sequence, int) or sequence < 0 or not isinstance(hash_, str):
        raise ValueError("not a head")
    if len(hash_) != len(GENESIS_HASH):
        raise ValueError("not a head")
    return Head(sequence, hash_)


def _payload(username: str, audit: Head, roles: Head, at: datetime) -> bytes:
    return json.dumps(
        {
            "user": username,
            "audit": [audit.sequence, audit.hash],
            "roles": [roles.sequence, roles.hash],
            "at": at.isoformat(timespec="microseconds"),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
