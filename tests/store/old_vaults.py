"""Vaults as RiskDesk wrote them before a migration, made from a vault of today.

The schema is downgraded with the migrations' own ``downgrade``. Below revision 0006
(signed audit), a vault also had no signatures anywhere: its audit chain was linked
with an HMAC keyed from the data key, and its ``.keys`` file was one JSON document of
version-1 slots. :func:`make_old` writes both exactly as that code did, so that tests
open what an upgrading user would open.
"""

from __future__ import annotations

import base64
import json
import secrets
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from alembic import command
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import Connection

from riskdesk.store import migrate
from riskdesk.store.audit_log import derive_audit_key, hmac_link
from riskdesk.store.engine import build_engine
from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key

SIGNED_AUDIT = "0006"
_GENESIS = "0" * 64


def data_key(vault_path: Path, username: str, password: str) -> bytearray:
    key_file = read_key_file(sidecar_path(vault_path))
    return unwrap_data_key(
        key_file.slot_for(username),
        vault_id=key_file.vault_id,
        username=username,
        password=password,
    )


def make_old(vault_path: Path, revision: str, *, passwords: dict[str, str]) -> None:
    """Turn the closed vault at ``vault_path`` into one written by the RiskDesk whose
    newest migration was ``revision``. ``passwords`` are every user's."""
    first = next(iter(passwords))
    key = data_key(vault_path, first, passwords[first])
    key_file = read_key_file(sidecar_path(vault_path))
    engine = build_engine(vault_path, key, foreign_keys=False)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
        if revision >= SIGNED_AUDIT:
            return
        with engine.begin() as connection:
            _relink_with_hmac(connection, derive_audit_key(key))
    finally:
        engine.dispose()
    for leftover in vault_path.parent.glob(f"{vault_path.name}.checkpoint*"):
        leftover.unlink()
    _write_version_1_keys(vault_path, key, key_file.vault_id, key_file.file_salt, passwords)


def _relink_with_hmac(connection: Connection, audit_key: bytes) -> None:
    rows = connection.exec_driver_sql(
        "SELECT id, sequence, at, username, action, entity, entity_id, details_json "
        "FROM audit_events ORDER BY sequence"
    ).fetchall()
    previous = _GENESIS
    for row_id, sequence, at, username, action, entity, entity_id, details in rows:
        event = SimpleNamespace(
            sequence=sequence,
            at=datetime.fromisoformat(str(at)),
            username=username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details_json=details,
            prev_hash=previous,
        )
        link = hmac_link(audit_key, event)  # type: ignore[arg-type]
        connection.exec_driver_sql(
            "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?",
            (previous, link, row_id),
        )
        previous = link
    connection.exec_driver_sql(
        "UPDATE vault_settings SET value = ? WHERE name = 'audit_head'",
        (f"{len(rows)}:{previous}",),
    )


def _write_version_1_keys(
    vault_path: Path,
    key: bytearray,
    vault_id: str,
    file_salt: str | None,
    passwords: dict[str, str],
) -> None:
    slots = {}
    for username, password in sorted(passwords.items()):
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapping = Argon2id(salt=salt, length=32, iterations=1, lanes=1, memory_cost=64).derive(
            password.encode("utf-8")
        )
        aad = b"riskdesk key slot v1\x00" + vault_id.encode() + b"\x00" + username.encode()
        slots[username] = {
            "kdf": "argon2id",
            "memory_kib": 64,
            "iterations": 1,
            "lanes": 1,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "wrapped_key": base64.b64encode(
                AESGCM(wrapping).encrypt(nonce, bytes(key), aad)
            ).decode(),
        }
    document = {
        "format": "riskdesk-keys",
        "version": 1,
        "vault_id": vault_id,
        "file_salt": file_salt,
        "slots": slots,
    }
    sidecar_path(vault_path).write_text(json.dumps(document, indent=2) + "\n")
