"""Who the user is, established when a vault opens: which of their key-slot records is
current, whether their signed role and key hold, and what the checks find.

In order, under the vault's write lock: choose the record the vault names current (a
crash may have left two), tidy the key file and leftover files, and read the role
assignments as the user's own slot pins them. Then, once per user and vault:

- the first administrator to open a vault whose roles were never signed signs them as
  they stand (trust on first use; the event says so);
- a user whose assignment awaits a key (new, reset, or upgraded) registers their own.
  A slot an administrator sealed (it pins the root: a new user or a reset password)
  opens only with a new password of the user's choosing, under which their key is then
  sealed (:class:`PasswordChangeRequired` without one), and the registration is signed
  with the slot's enrolment key, which the signed admission names (a slot without the
  one named was replaced: :class:`SlotDamaged`); a slot from before the roles were
  signed registers the key under the password it opened with.

Last, the checks of :func:`~riskdesk.store.audit_verification.opening_findings`.
"""

from __future__ import annotations

import hmac
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import PasswordChangeRequired, Role, UserDeactivated
from riskdesk.domain.vault_errors import UnknownUser, WrongPassword
from riskdesk.store.audit_acceptance import accepted, mark_accepted
from riskdesk.store.audit_findings import distinct
from riskdesk.store.audit_verification import first_broken_link, opening_findings
from riskdesk.store.key_slot_errors import (
    KeyNotYours,
    RoleNotSigned,
    RolesTampered,
    SlotDamaged,
    UnlockAgain,
)
from riskdesk.store.key_slots import (
    DEFAULT_KDF_COST,
    KeyFile,
    OpenedSlot,
    open_slot,
    seal_slot,
    spend_kdf_time,
    wipe,
)
from riskdesk.store.leftover_files import remove_leftovers
from riskdesk.store.role_assignments import read_roster
from riskdesk.store.session_keys import attach
from riskdesk.store.signing import Signer, new_seed, public_key_of
from riskdesk.store.slot_commit import current_slot_ids, drop_replaced, settle, stage
from riskdesk.store.tables import AuditEventRow, UserRow
from riskdesk.store.user_repository import user_from_row
from riskdesk.store.witness import Head

if TYPE_CHECKING:
    from riskdesk.store.vault import Vault
    from riskdesk.store.vault_state import VaultState


def unlock(key_file: KeyFile, *, username: str, password: str) -> list[OpenedSlot]:
    """Every record of ``username`` that ``password`` opens (usually one; two after a
    crash in the middle of a password change). Raises :class:`UnknownUser`,
    :class:`WrongPassword` or, if the user's own record is unreadable,
    :class:`SlotDamaged`."""
    slots = key_file.records_for(username)
    if not slots:
        any_cost = next((r.slot.cost for r in key_file.records), DEFAULT_KDF_COST)
        spend_kdf_time(any_cost, password)
        if key_file.damage_may_be(username):
            raise SlotDamaged
        raise UnknownUser
    opened: list[OpenedSlot] = []
    damaged = False
    for slot in slots:
        try:
            opened.append(
                open_slot(slot, vault_id=key_file.vault_id, username=username, password=password)
            )
        except WrongPassword:
            continue
        except SlotDamaged:
            damaged = True
    if not opened:
        raise SlotDamaged if damaged else WrongPassword
    return opened


def establish(
    vault: Vault, *, opened: list[OpenedSlot], password: str, new_password: str | None = None
) -> None:
    """On a damaged vault (only read) nothing is written: no tidying, no signing.
    ``new_password`` is used only when the slot awaits its user's own password."""
    state = vault._state
    username = vault.user.username
    writes = not vault.health.damaged
    with Session(vault._require_open()) as session, session.begin():
        row = session.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise UnknownUser
        chosen = _current(opened, row.slot_id, state.key)
        if writes:
            remove_leftovers(state.path)
            settle(state.keys_path, current_slot_ids(session))
        roster = read_roster(session, vault_id=state.vault_id, pinned_root=chosen.slot.root_key)
        signed_before = session.scalar(
            select(AuditEventRow.id).where(AuditEventRow.signature.is_not(None)).limit(1)
        )
        legacy_active = row.active
        legacy_administrator = Role(row.role) is Role.ADMINISTRATOR and row.active
    for other in opened:
        if other is not chosen:
            other.wipe()
    state.slot_id = chosen.slot.slot_id
    state.keys.pinned_root = chosen.slot.root_key
    state.take_seed(chosen.seed, username)
    if roster.root_mismatch or (chosen.slot.root_key is not None and not roster.signed):
        raise RolesTampered
    if not roster.signed:
        if signed_before is not None:
            raise RolesTampered
        if not legacy_active:
            raise UserDeactivated
        if legacy_administrator and writes:
            _sign_existing_roles(vault, password)
    else:
        standing = roster.standing(username)
        if standing is None:
            raise RoleNotSigned
        if not standing.active:
            raise UserDeactivated
        if standing.key is None:
            if standing.enrolment is not None and not _enrolled(chosen, standing.enrolment):
                raise SlotDamaged
            # A slot that pins the root was sealed by an administrator, who knows its
            # password; one from before the roles were signed was the user's own.
            if writes and chosen.slot.root_key is not None and new_password is None:
                raise PasswordChangeRequired
            if writes:
                _register_key(
                    vault,
                    new_password or password,
                    root_key=roster.root_key,
                    enrolment=chosen.enrolment,
                )
        elif chosen.seed is None or not hmac.compare_digest(
            public_key_of(chosen.seed), standing.key
        ):
            raise KeyNotYours
    if chosen.enrolment is not None:
        wipe(chosen.enrolment)
    check_at_open(vault)


def check_at_open(vault: Vault) -> None:
    """The checks at open; sets the verified user, the findings and the heads seen."""
    state = vault._state
    with Session(vault._require_open()) as session, session.begin():
        attach(session, state.keys)
        roster = read_roster(session, vault_id=state.vault_id, pinned_root=state.root_key)
        row = session.scalar(select(UserRow).where(UserRow.username == vault.user.username))
        if row is None:
            raise UnknownUser
        vault.user = user_from_row(row, roster)
        # The window checks the links between events with the file's pages, after its
        # paint: like them, the check reads the whole file (1.4 s of CPU at 500,000 events).
        later = vault._pages_checked_later if vault.health.pending else None
        findings = opening_findings(
            session, state.keys, roster, state.keys.outside(), links=later is None
        )
        if later is not None:
            later.then(
                partial(_links_checked_later, state, accepted(session, roster, state.vault_id))
            )
        end = session.execute(
            select(AuditEventRow.sequence, AuditEventRow.hash)
            .order_by(AuditEventRow.sequence.desc())
            .limit(1)
        ).first()
    state.saw(audit=Head(end.sequence, end.hash) if end else Head(), roles=roster.head)
    state.findings = findings
    state.may_witness = not vault.health.damaged and not any(f.breaks_trust for f in findings)


def _links_checked_later(state: VaultState, acceptances: set[str], connection: Any) -> None:
    """A moved or removed event found after the paint counts as if found at open: it is
    told (to whom the role allows) and this session witnesses nothing from now on."""
    found = first_broken_link(connection)
    if found is None:
        return
    (finding,) = mark_accepted([found], acceptances)
    if finding.accepted:
        return
    state.may_witness = False
    state.findings = distinct([*state.findings, finding])


def _enrolled(opened: OpenedSlot, enrolment_key: bytes) -> bool:
    """Whether ``opened`` holds the enrolment key its user's admission names."""
    return opened.enrolment is not None and hmac.compare_digest(
        public_key_of(opened.enrolment), enrolment_key
    )


def _current(opened: list[OpenedSlot], slot_id: str | None, key: bytearray) -> OpenedSlot:
    """The opened record the vault names current; before it names one, any."""
    for candidate in opened:
        if slot_id in (None, candidate.slot.slot_id) and hmac.compare_digest(
            bytes(candidate.data_key), bytes(key)
        ):
            return candidate
    raise WrongPassword


def _sign_existing_roles(vault: Vault, password: str) -> None:
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
    _take_key(vault, seed, root)
    signer = state.keys.signer
    assert signer is not None
    try:
        with vault.unit_of_work(UseCase.USER_SIGN_ROLES) as uow:
            if uow.users.roster().head.sequence > 0:
                # Another administrator signed them a moment ago.
                raise UnlockAgain
            uow.users.sign_existing(signer=signer, slot_id=slot.slot_id)
            stage(state.keys_path, username, slot)
    except BaseException:
        _take_key(vault, None, None)
        raise
    state.slot_id = slot.slot_id
    drop_replaced(vault._require_open(), state.keys_path)


def _register_key(
    vault: Vault, password: str, *, root_key: bytes | None, enrolment: bytearray | None
) -> None:
    state = vault._state
    username = vault.user.username
    enrolled = Signer(enrolment, username=username) if enrolment is not None else None
    if enrolment is not None:
        wipe(enrolment)  # spent with this registration, whatever its outcome
    seed = new_seed()
    slot = seal_slot(
        data_key=state.key,
        vault_id=state.vault_id,
        username=username,
        password=password,
        cost=state.kdf_cost,
        seed=seed,
        root_key=root_key,
    )
    _take_key(vault, seed, root_key)
    signer = state.keys.signer
    assert signer is not None
    try:
        with vault.unit_of_work(UseCase.USER_REGISTER_KEY) as uow:
            standing = uow.users.roster().standing(username)
            if standing is None or standing.key is not None:
                raise KeyNotYours
            if not standing.active:
                raise UserDeactivated
            proof = None
            if standing.enrolment is not None:
                # Re-read under the write lock: an administrator may have reset the
                # password since, admitting the user with another enrolment key.
                if enrolled is None or enrolled.public_key != standing.enrolment:
                    raise SlotDamaged
                proof = enrolled
            uow.users.claim(signer=signer, slot_id=slot.slot_id, enrolment=proof)
            stage(state.keys_path, username, slot)
    except BaseException:
        _take_key(vault, None, None)
        raise
    finally:
        if enrolled is not None:
            enrolled.drop()
    state.slot_id = slot.slot_id
    drop_replaced(vault._require_open(), state.keys_path)


def _take_key(vault: Vault, seed: bytearray | None, root: bytes | None) -> None:
    vault._state.take_seed(seed, vault.user.username)
    vault._state.keys.pinned_root = root
