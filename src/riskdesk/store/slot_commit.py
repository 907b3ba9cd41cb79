"""Changing the ``.keys`` file so that a crash at any moment leaves either the old state
or the new state with its audit event.

A password change, reset, new user or key registration first **stages** the new record
beside the old one, while its transaction holds the vault's write lock, then commits the
transaction that names the new record current (``users.slot_id``) together with the
audit event. Before the commit the old record is current and the new one is ignored;
after it, the reverse. Records that are no longer current are dropped by **settle**,
at the next open. Every writer of the file holds the write lock, so two RiskDesk
programs never interleave their read-modify-write of it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from riskdesk.domain.vault_errors import NotAVault, VaultError
from riskdesk.store.atomic_file import write_atomically
from riskdesk.store.checkpoint_file import checkpoint_path, read_checkpoint
from riskdesk.store.key_slots import KeyFile, KeySlot, read_key_file, sidecar_path, write_key_file
from riskdesk.store.session_keys import OutsideRecords
from riskdesk.store.tables import UserRow
from riskdesk.store.witness import Witness


def stage(keys_path: Path, username: str, slot: KeySlot) -> None:
    """Add ``slot`` for ``username`` beside their current record."""
    write_key_file(keys_path, read_key_file(keys_path).with_slot(username, slot))


def current_slot_ids(session: Session) -> dict[str, str | None]:
    """Each user's current record id as committed (None: not named yet)."""
    return {
        name: slot_id
        for name, slot_id in session.execute(select(UserRow.username, UserRow.slot_id))
    }


def settle(keys_path: Path, current: Mapping[str, str | None]) -> None:
    """Drop records that are not current (left by a crash, or replaced), and rewrite a
    version-1 file as version 2. Writes only if something changes."""
    key_file = read_key_file(keys_path)
    settled = key_file.keeping(current)
    if settled != key_file or key_file.version != 2:
        write_key_file(keys_path, settled)


def drop_replaced(engine: Engine, keys_path: Path) -> None:
    """Right after a commit that named a new record current: drop the one it replaced,
    so an old password opens nothing. Best effort; the next open settles it anyway."""
    with (
        contextlib.suppress(OSError, SQLAlchemyError, VaultError),
        Session(engine) as session,
        session.begin(),
    ):
        settle(keys_path, current_slot_ids(session))


def put_witness(keys_path: Path, username: str, slot_id: str, witness: Witness) -> None:
    key_file = read_key_file(keys_path)
    for slot in key_file.records_for(username):
        if slot.slot_id == slot_id:
            updated = replace(slot, witness=witness)
            write_key_file(keys_path, key_file.replacing(username, slot_id, updated))
            return


def keep_key_file_with(backup: Path, vault_path: Path) -> None:
    """A copy of the key file beside a backup made before an upgrade: the backup holds
    the roles and slot ids of its time, and only the key file of that time matches
    them (a later one pins signed roles the backup does not have)."""
    with contextlib.suppress(OSError):
        data = sidecar_path(vault_path).read_bytes()
        write_atomically(backup.with_name(backup.name + ".keys"), data)


def outside_records(vault_path: Path) -> OutsideRecords:
    """The witnesses in the key file's records and in the checkpoint file."""
    try:
        key_file: KeyFile | None = read_key_file(sidecar_path(vault_path))
    except NotAVault:
        key_file = None
    witnesses = [r.slot.witness for r in key_file.records if r.slot.witness] if key_file else []
    checkpoint = read_checkpoint(checkpoint_path(vault_path))
    if checkpoint is not None:
        witnesses.append(checkpoint)
    return OutsideRecords(
        witnesses=tuple(witnesses),
        damaged_slots=len(key_file.damaged) if key_file is not None else 0,
    )
