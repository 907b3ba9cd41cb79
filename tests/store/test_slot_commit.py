"""The order of a slot change: the new record is staged in the key file before the
transaction that names it current commits with its audit event, so a crash in between
leaves the old password working and the new one ignored (then removed); leftovers of a
killed write go at the next open."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.store.key_slots import read_key_file, seal_slot, sidecar_path
from riskdesk.store.signing import new_seed, public_key_of
from riskdesk.store.slot_commit import stage
from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py


def test_a_staged_record_counts_only_once_its_transaction_commits(
    vault: Vault, vault_path: Path
) -> None:
    vault.add_user(username="bo", display_name="Bo", role=Role.CASEWORKER, password="bo-kode-1")
    state = vault._state
    enrolment = new_seed()
    slot = seal_slot(
        data_key=state.key,
        vault_id=state.vault_id,
        username="bo",
        password="bo-kode-2",
        cost=state.kdf_cost,
        root_key=state.root_key,
        enrolment=enrolment,
    )

    def reset_that_dies_before_its_commit() -> None:
        with vault.unit_of_work(UseCase.USER_RESET_PASSWORD) as uow:
            uow.users.reissue("bo", slot_id=slot.slot_id, enrolment_key=public_key_of(enrolment))
            stage(state.keys_path, "bo", slot)
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        reset_that_dies_before_its_commit()
    vault.close()
    assert len(read_key_file(sidecar_path(vault_path)).records_for("bo")) == 2
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, username="bo", password="bo-kode-2")
    Vault.open(vault_path, username="bo", password="bo-kode-1", new_password="bos-egen").close()
    # The open settled the file: only the current record is left.
    assert len(read_key_file(sidecar_path(vault_path)).records_for("bo")) == 1


def test_a_changed_password_leaves_no_old_record(vault: Vault, vault_path: Path) -> None:
    vault.change_password(old_password=ADMIN_PASSWORD, new_password="Admin-kodeord-2")
    assert len(read_key_file(sidecar_path(vault_path)).records_for(ADMIN)) == 1
    vault.close()
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    with Vault.open(vault_path, username=ADMIN, password="Admin-kodeord-2") as opened:
        with opened.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
            assert uow.audit.verify().intact
        assert opened._state.keys.signer is not None


def test_leftovers_of_killed_writes_are_removed_at_the_next_open(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    folder = vault_path.parent
    keys_temp = folder / f".{vault_path.name}.keys.0123456789abcdef.tmp"
    keys_temp.write_bytes(b"riskdesk-key-slot {")
    fresh_checkpoint_temp = folder / f".{vault_path.name}.checkpoint.00000000000000aa.tmp"
    old_checkpoint_temp = folder / f".{vault_path.name}.checkpoint.00000000000000bb.tmp"
    for temp in (fresh_checkpoint_temp, old_checkpoint_temp):
        temp.write_bytes(b"{")
    an_hour_ago = time.time() - 3600
    os.utime(old_checkpoint_temp, (an_hour_ago, an_hour_ago))
    Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD).close()
    assert not keys_temp.exists()
    assert not old_checkpoint_temp.exists()
    # Another user's RiskDesk may be writing this one right now.
    assert fresh_checkpoint_temp.exists()


def test_the_head_is_witnessed_after_each_commit_and_at_close(
    vault: Vault, vault_path: Path
) -> None:
    from riskdesk.store.checkpoint_file import checkpoint_path, read_checkpoint

    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        head = uow.audit.events()[-1]
    checkpoint = read_checkpoint(checkpoint_path(vault_path))
    assert checkpoint is not None
    assert (checkpoint.username, checkpoint.audit.sequence) == (ADMIN, head.sequence)
    vault.close()
    (slot,) = read_key_file(sidecar_path(vault_path)).records_for(ADMIN)
    assert slot.witness is not None
    assert slot.witness.audit == checkpoint.audit
