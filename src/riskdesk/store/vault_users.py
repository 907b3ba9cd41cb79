"""Users, passwords and witnesses of an open vault: what :class:`Vault` does with key
slots and signed roles, kept apart so the vault module stays about opening and working.

- :func:`verify_password`: whether a password opens the user's *current* slot.
- :func:`change_password`: reseals the user's own slot (data key and signing key) under
  the new password; other slots are untouched. Raises :class:`WrongPassword`.
- :func:`add_user`, :func:`reset_password`, :func:`set_role`: an administrator's; each
  signs a role assignment. A new or reset slot holds no signing key: its user registers
  their own at their next open, so not even the administrator ever holds it. It holds a
  one-time enrolment key instead, whose public half the signed admission names: the
  registration counts only if signed with it, so it takes the password given.

Every change of a slot follows :mod:`riskdesk.store.slot_commit`: the password-derived
key is computed before the transaction (a slow KDF never holds the write lock), the new
record is staged while the transaction holds the lock, and the commit that names it
current carries the audit event. Records no longer current are dropped right after.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.domain.vault_errors import NotAVault, VaultError, WrongPassword
from riskdesk.store.checkpoint_file import checkpoint_path, write_checkpoint
from riskdesk.store.key_slots import (
    KeyFile,
    KeySlot,
    read_key_file,
    seal_slot,
    wipe,
    write_key_file,
)
from riskdesk.store.signing import new_seed, public_key_of
from riskdesk.store.slot_commit import drop_replaced, put_witness, stage
from riskdesk.store.tables import UserRow
from riskdesk.store.vault_identity import unlock
from riskdesk.store.witness import Head, make_witness

if TYPE_CHECKING:
    from riskdesk.store.vault import Vault

VAULT_ID_SETTING = "vault_id"


def create_first_user(vault: Vault, key_file: KeyFile, *, password: str) -> None:
    """The creator of a new vault: its first administrator, whose key is the root."""
    state = vault._state
    username = vault.user.username
    seed = new_seed()
    root = public_key_of(seed)
    slot = seal_slot(
        data_key=state.key,
        vault_id=state.vault_id,
        username=username,
        password=password,
        cost=state.kdf_cost,
        seed=seed,
        root_key=root,
    )
    state.take_seed(seed, username)
    state.keys.pinned_root = root
    state.slot_id = slot.slot_id
    state.may_witness = True
    signer = state.keys.signer
    assert signer is not None
    with vault.unit_of_work(UseCase.VAULT_CREATE) as uow:
        uow.settings.put(VAULT_ID_SETTING, state.vault_id)
        vault.user = uow.users.add_root(vault.user, signer=signer, slot_id=slot.slot_id)
        write_key_file(state.keys_path, key_file.with_slot(username, slot))


def verify_password(vault: Vault, username: str, password: str) -> bool:
    engine = vault._require_open()
    try:
        opened = unlock(read_key_file(vault._state.keys_path), username=username, password=password)
    except (WrongPassword, NotAVault, VaultError):
        return False
    try:
        with Session(engine) as session:
            current = session.scalar(select(UserRow.slot_id).where(UserRow.username == username))
        return any(
            current in (None, candidate.slot.slot_id)
            and bytes(candidate.data_key) == bytes(vault._state.key)
            for candidate in opened
        )
    finally:
        for candidate in opened:
            candidate.wipe()


def change_password(vault: Vault, *, old_password: str, new_password: str) -> None:
    state = vault._state
    username = vault.user.username
    if not verify_password(vault, username, old_password):
        raise WrongPassword
    slot = seal_slot(
        data_key=state.key,
        vault_id=state.vault_id,
        username=username,
        password=new_password,
        cost=state.kdf_cost,
        seed=state.seed,
        root_key=state.root_key,
    )
    with vault.unit_of_work(UseCase.USER_CHANGE_PASSWORD) as uow:
        uow.users.set_slot(username, slot.slot_id)
        uow.note(username=username)
        stage(state.keys_path, username, slot)
    state.slot_id = slot.slot_id
    drop_replaced(vault._require_open(), state.keys_path)


def add_user(vault: Vault, user: User, *, password: str) -> User:
    _require_administrator(vault)
    state = vault._state
    slot, enrolment_key = _admission_slot(vault, user.username, password)
    with vault.unit_of_work(UseCase.USER_ADD) as uow:
        added = uow.users.add(user, slot_id=slot.slot_id, enrolment_key=enrolment_key)
        stage(state.keys_path, user.username, slot)
    return added


def reset_password(vault: Vault, *, username: str, new_password: str) -> None:
    _require_administrator(vault)
    state = vault._state
    slot, enrolment_key = _admission_slot(vault, username, new_password)
    with vault.unit_of_work(UseCase.USER_RESET_PASSWORD) as uow:
        uow.users.reissue(username, slot_id=slot.slot_id, enrolment_key=enrolment_key)
        uow.note(username=username)
        stage(state.keys_path, username, slot)
    if username == vault.user.username:
        # This session's key is no longer the user's: it may not sign another event.
        state.take_seed(None, username)
        state.slot_id = slot.slot_id
    drop_replaced(vault._require_open(), state.keys_path)


def set_role(vault: Vault, *, username: str, role: Role, active: bool) -> User:
    _require_administrator(vault)
    with vault.unit_of_work(UseCase.USER_SET_ROLE) as uow:
        changed = uow.users.set_role(username, role=role, active=active)
        uow.note(username=username, role=role.value, active=active)
    return changed


def witness_commit(vault: Vault, appended: Head, roles: Head | None) -> None:
    """After a commit: remember the head written, and witness it in the checkpoint."""
    state = vault._state
    state.saw(audit=appended, roles=roles)
    signer = state.keys.signer
    if signer is None or not state.may_witness or vault.health.damaged:
        return
    witness = make_witness(
        signer,
        vault_id=state.vault_id,
        audit=appended,
        roles=roles or state.seen_roles,
        at=state.clock(),
    )
    # The commit stands either way; a checkpoint that could not be written is only a
    # weaker witness.
    with contextlib.suppress(OSError):
        write_checkpoint(checkpoint_path(state.path), witness)


def witness_on_close(vault: Vault) -> None:
    """Write the newest heads this session wrote or checked into the user's own slot."""
    state = vault._state
    signer = state.keys.signer
    if signer is None or state.slot_id is None or not state.may_witness:
        return
    if vault.health.damaged:  # found damaged while open: only read from now on
        return
    witness = make_witness(
        signer,
        vault_id=state.vault_id,
        audit=state.seen_audit,
        roles=state.seen_roles,
        at=state.clock(),
    )
    # Best effort: closing must not fail (the vault may be locked by a long writer, the
    # folder read-only); the previous witness stays.
    with contextlib.suppress(OSError, SQLAlchemyError, VaultError):
        engine = vault._require_open()
        with Session(engine) as session, session.begin():
            put_witness(state.keys_path, signer.username, state.slot_id, witness)


def _admission_slot(vault: Vault, username: str, password: str) -> tuple[KeySlot, bytes]:
    """A slot for a user an administrator admits, sealed under the password given, with
    a fresh enrolment key in it; and that key's public half, for the admission. The
    private half exists nowhere else: it is wiped here once sealed."""
    state = vault._state
    enrolment = new_seed()
    try:
        slot = seal_slot(
            data_key=state.key,
            vault_id=state.vault_id,
            username=username,
            password=password,
            cost=state.kdf_cost,
            root_key=state.root_key,
            enrolment=enrolment,
        )
        return slot, public_key_of(enrolment)
    finally:
        wipe(enrolment)


def _require_administrator(vault: Vault) -> None:
    # The repository checks the signed roster again inside the transaction; this only
    # spares a non-administrator the key derivation.
    if vault.user.role is not Role.ADMINISTRATOR or vault._state.keys.signer is None:
        raise PermissionDenied()
