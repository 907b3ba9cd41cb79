"""A colleague with the key: what any user of a shared vault can do to it without the
application, with their own password, the data key it unlocks, their own signing key,
SQL on the decrypted database and the files beside it. Used by the tamper harness
(``test_tamper.py``) and its long run (``benchmarks/faults_audit.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riskdesk.store.audit_log import derive_audit_key, hmac_link, signed_link
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import open_slot, read_key_file, sidecar_path
from riskdesk.store.signing import Purpose, Signer


@dataclass
class Colleague:
    vault: Path
    username: str
    key: bytearray
    signer: Signer | None
    vault_id: str

    @classmethod
    def unlock(cls, vault: Path, username: str, password: str) -> Colleague:
        key_file = read_key_file(sidecar_path(vault))
        opened = open_slot(
            key_file.slot_for(username),
            vault_id=key_file.vault_id,
            username=username,
            password=password,
        )
        signer = Signer(opened.seed, username=username) if opened.seed is not None else None
        return cls(vault, username, opened.data_key, signer, key_file.vault_id)

    @contextmanager
    def database(self) -> Iterator[Any]:
        """The decrypted database, in one transaction committed at the end."""
        connection = open_cipher_connection(self.vault, self.key)
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield connection
            connection.execute("COMMIT")
        finally:
            connection.close()

    def sql(self, *statements: str) -> None:
        with self.database() as db:
            for statement in statements:
                db.execute(statement)

    def set_head_to_the_end(self, db: Any) -> None:
        """Make the stored head match whatever the chain now ends with, as a careful
        colleague would after cutting events off."""
        end = db.execute(
            "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"
        ).fetchone()
        db.execute(
            "UPDATE vault_settings SET value = ? WHERE name = 'audit_head'",
            (f"{end[0]}:{end[1]}" if end else "0:" + "0" * 64,),
        )

    def relink(self, db: Any, *, sign: bool) -> None:
        """Recompute every event's link from the first to the last, as the chain would
        be if the events were as they now stand: with signed links re-signed with this
        colleague's own key (``sign``), or all as the older HMAC links, unsigned."""
        audit_key = derive_audit_key(self.key)
        previous = "0" * 64
        rows = db.execute(
            "SELECT id, sequence, at, username, action, entity, entity_id, details_json "
            "FROM audit_events ORDER BY sequence"
        ).fetchall()
        for row_id, sequence, at, username, action, entity, entity_id, details in rows:
            event = _Event(sequence, at, username, action, entity, entity_id, details, previous)
            if sign:
                assert self.signer is not None
                link = signed_link(event)  # type: ignore[arg-type]
                signature: str | None = self.signer.sign(
                    Purpose.AUDIT_EVENT, self.vault_id, link.encode("ascii")
                )
            else:
                link, signature = hmac_link(audit_key, event), None  # type: ignore[arg-type]
            db.execute(
                "UPDATE audit_events SET prev_hash = ?, hash = ?, signature = ? WHERE id = ?",
                (previous, link, signature, row_id),
            )
            previous = link
        self.set_head_to_the_end(db)


class _Event:
    def __init__(self, *values: Any) -> None:
        from datetime import datetime

        (
            self.sequence,
            at,
            self.username,
            self.action,
            self.entity,
            self.entity_id,
            self.details_json,
            self.prev_hash,
        ) = values
        self.at = datetime.fromisoformat(str(at))
