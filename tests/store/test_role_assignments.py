"""Roles no keyholder can forge: every user holds the data key, so the store's methods
refuse a non-administrator, and what anyone writes behind the application's back
(a promoted row, a forged or altered assignment, a user added by hand) counts for
nothing and is reported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, UserDeactivated
from riskdesk.domain.vault_errors import UnknownUser
from riskdesk.store.audit_findings import FindingKind
from riskdesk.store.key_slot_errors import RoleNotSigned
from riskdesk.store.key_slots import read_key_file, seal_slot, sidecar_path, write_key_file
from riskdesk.store.role_assignments import RecordKind, RoleRecords
from riskdesk.store.signing import Signer, new_seed
from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py
BO, BO_PASSWORD = "bo", "bo-kodeord-1"
GIVEN = "udleveret-1"  # the password an administrator gives; the user then chooses their own


def _with_caseworker(vault: Vault, vault_path: Path) -> None:
    vault.add_user(username=BO, display_name="Bo", role=Role.CASEWORKER, password=GIVEN)
    vault.close()
    # Bo chooses his own password, under which his new key is sealed.
    Vault.open(vault_path, username=BO, password=GIVEN, new_password=BO_PASSWORD).close()


def _as(
    vault_path: Path, username: str = BO, password: str = BO_PASSWORD, **new_password: str
) -> Vault:
    return Vault.open(vault_path, username=username, password=password, **new_password)


def _sql(vault: Vault, *statements: str) -> None:
    with vault._require_open().begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _kinds(vault: Vault) -> set[FindingKind]:
    return {finding.kind for finding in vault.opening_findings}


def _verify(vault: Vault) -> tuple[bool, set[FindingKind]]:
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        report = uow.audit.verify()
    return report.intact, {finding.kind for finding in report.findings}


def test_the_store_refuses_a_caseworker_who_adds_or_resets(vault: Vault, vault_path: Path) -> None:
    _with_caseworker(vault, vault_path)
    with _as(vault_path) as bo:
        with pytest.raises(PermissionDenied):
            bo.add_user(
                username="ny", display_name="Ny", role=Role.ADMINISTRATOR, password="x" * 12
            )
        with pytest.raises(PermissionDenied):
            bo.reset_password(username=ADMIN, new_password="overtaget-1")
        with pytest.raises(PermissionDenied):
            bo.set_role(username=BO, role=Role.ADMINISTRATOR, active=True)
    with pytest.raises(UnknownUser):
        _as(vault_path, "ny", "x" * 12)
    _as(vault_path, ADMIN, ADMIN_PASSWORD).close()


def test_a_promoted_row_is_ignored_and_reported(vault: Vault, vault_path: Path) -> None:
    _with_caseworker(vault, vault_path)
    with _as(vault_path) as bo:
        _sql(bo, "UPDATE users SET role = 'administrator' WHERE username = 'bo'")
    with _as(vault_path) as bo:
        assert bo.user.role is Role.CASEWORKER
        with pytest.raises(PermissionDenied):
            bo.add_user(username="ny", display_name="Ny", role=Role.CASEWORKER, password="x" * 12)
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert FindingKind.ROLE_OUTSIDE in _kinds(admin)
        assert _verify(admin) == (False, {FindingKind.ROLE_OUTSIDE})
        with admin.unit_of_work(UseCase.USER_LIST) as uow:
            roles = {user.username: user.role for user in uow.users.list()}
        assert roles[BO] is Role.CASEWORKER


def test_a_record_signed_by_a_caseworker_does_not_count(vault: Vault, vault_path: Path) -> None:
    _with_caseworker(vault, vault_path)
    with _as(vault_path) as bo:
        signer = bo._state.keys.signer
        assert signer is not None
        # What a caseworker can write with the data key and their own signing key.
        with bo.unit_of_work(UseCase.USER_SET_ROLE) as uow:
            RoleRecords(uow.users._session, vault_id=bo._state.vault_id).append(
                signer=signer,
                kind=RecordKind.ASSIGN,
                username=BO,
                role=Role.ADMINISTRATOR,
                active=True,
                public_key=signer.public_key,
                audit_sequence=999,
                at=datetime(2026, 11, 30),
            )
        _sql(bo, "UPDATE users SET role = 'administrator' WHERE username = 'bo'")
    with _as(vault_path) as bo:
        assert bo.user.role is Role.CASEWORKER
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert {FindingKind.FORGED_ROLE, FindingKind.ROLE_OUTSIDE} <= _kinds(admin)
        intact, kinds = _verify(admin)
    assert not intact
    assert FindingKind.FORGED_ROLE in kinds


def test_an_altered_assignment_is_ignored_and_the_earlier_one_holds(
    vault: Vault, vault_path: Path
) -> None:
    _with_caseworker(vault, vault_path)
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        admin.set_role(username=BO, role=Role.SUPERVISOR, active=True)
    with _as(vault_path) as bo:
        assert bo.user.role is Role.SUPERVISOR
        _sql(
            bo,
            "UPDATE role_assignments SET role = 'administrator' WHERE sequence = "
            "(SELECT max(sequence) FROM role_assignments)",
        )
    with _as(vault_path) as bo:
        assert bo.user.role is Role.CASEWORKER  # the last validly signed role
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert FindingKind.ROLE_ALTERED in _kinds(admin)
        assert not _verify(admin)[0]


def test_removing_a_deactivation_is_found(vault: Vault, vault_path: Path) -> None:
    _with_caseworker(vault, vault_path)
    vault_admin = _as(vault_path, ADMIN, ADMIN_PASSWORD)
    vault_admin.set_role(username=BO, role=Role.CASEWORKER, active=False)
    vault_admin.close()  # witnesses the roles as they now are
    with pytest.raises(UserDeactivated):
        _as(vault_path)
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        _sql(
            admin,
            "DELETE FROM role_assignments "
            "WHERE sequence = (SELECT max(sequence) FROM role_assignments)",
        )
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert FindingKind.ROLES_TRUNCATED in _kinds(admin)


def test_a_user_added_by_hand_cannot_open(vault: Vault, vault_path: Path) -> None:
    _with_caseworker(vault, vault_path)
    with _as(vault_path) as bo:
        state = bo._state
        _sql(
            bo,
            "INSERT INTO users (username, display_name, role, active, created_at) "
            "VALUES ('mallory', 'M', 'administrator', 1, '2026-11-30 00:00:00')",
        )
        slot = seal_slot(
            data_key=state.key,
            vault_id=state.vault_id,
            username="mallory",
            password="mallory-kode",
            cost=state.kdf_cost,
        )
        write_key_file(state.keys_path, read_key_file(state.keys_path).with_slot("mallory", slot))
    with pytest.raises(RoleNotSigned):
        _as(vault_path, "mallory", "mallory-kode")
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert FindingKind.USER_OUTSIDE in _kinds(admin)


def test_a_key_registered_in_someone_elses_name_counts_for_nothing(
    vault: Vault, vault_path: Path
) -> None:
    vault.add_user(username=BO, display_name="Bo", role=Role.CASEWORKER, password=GIVEN)
    vault.add_user(username="carl", display_name="C", role=Role.CASEWORKER, password=GIVEN)
    vault.close()
    # Carl, before Bo ever opened, registers a key of his own making in Bo's name.
    with _as(vault_path, "carl", GIVEN, new_password="carl-kode-1") as carl:
        impostor = Signer(new_seed(), username=BO)
        with carl.unit_of_work(UseCase.USER_REGISTER_KEY) as uow:
            RoleRecords(uow.users._session, vault_id=carl._state.vault_id).append(
                signer=impostor,
                kind=RecordKind.CLAIM,
                username=BO,
                role=None,
                active=None,
                public_key=impostor.public_key,
                audit_sequence=uow.audit.events()[-1].sequence + 1,
                at=datetime(2026, 11, 30),
            )
    # Without Bo's enrolment key (tests/security/test_forged_claims.py), it is refused.
    with _as(vault_path, BO, GIVEN, new_password=BO_PASSWORD) as bo:
        assert bo._state.keys.signer is not None
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert FindingKind.FORGED_ROLE in _kinds(admin)


def test_a_reset_gives_the_user_a_key_nobody_else_holds(vault: Vault, vault_path: Path) -> None:
    _with_caseworker(vault, vault_path)
    keys_before = {r.slot.signing for r in read_key_file(sidecar_path(vault_path)).records}
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        admin.reset_password(username=BO, new_password="ny-kode-123")
    # Until Bo opens, Bo's slot holds no signing key: not even the administrator has one.
    (bo_slot,) = read_key_file(sidecar_path(vault_path)).records_for(BO)
    assert bo_slot.signing is None
    with _as(vault_path, BO, "ny-kode-123", new_password="bos-egen-kode") as bo:
        assert bo.user.role is Role.CASEWORKER
        assert bo._state.keys.signer is not None
    (bo_slot,) = read_key_file(sidecar_path(vault_path)).records_for(BO)
    assert bo_slot.signing is not None
    assert bo_slot.signing not in keys_before
    with _as(vault_path, ADMIN, ADMIN_PASSWORD) as admin:
        assert _verify(admin) == (True, set())
