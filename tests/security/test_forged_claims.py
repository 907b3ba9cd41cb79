"""A user an administrator has just added (or reset) has no signing key yet: at their
first open they register their own, the *claim*. Every colleague holds the data key, so
what must stop one of them claiming first, in the user's name and with a key of their
own, is something only the user has: the password the administrator gave them, which
opens the one-time enrolment key in their new slot. The attacker here is a real process
(``claim_forger.py``) writing the database with the data key; the vault is real."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.store.audit_acceptance import accept_trail
from riskdesk.store.audit_findings import AuditFinding, FindingKind
from riskdesk.store.key_slot_errors import KeyNotYours, SlotDamaged
from riskdesk.store.key_slots import open_slot, read_key_file, seal_slot, sidecar_path
from riskdesk.store.role_assignments import RecordKind, RoleRecords
from riskdesk.store.signing import Signer, new_seed
from riskdesk.store.slot_commit import stage
from riskdesk.store.vault import Vault
from vault_fixtures import CHEAP_KDF

FORGER = Path(__file__).with_name("claim_forger.py")
ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"
ATTACKER, ATTACKER_PASSWORD = "bo", "bos-egen-kode-1"
NEW, GIVEN, CHOSEN = "ny", "udleveret-ny-1", "nys-egen-kode-1"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """A vault whose administrator has added a caseworker, who has opened it and chosen
    their password (the attacker), and ``ny``, who has not opened it yet."""
    path = tmp_path / "enhed.riskdesk"
    with Vault.create(
        path, username=ADMIN, display_name="Admin", password=ADMIN_PASSWORD, kdf_cost=CHEAP_KDF
    ) as admin:
        admin.add_user(username=ATTACKER, display_name="Bo", role=Role.CASEWORKER, password=GIVEN)
        admin.add_user(username=NEW, display_name="Ny", role=Role.CASEWORKER, password=GIVEN)
    Vault.open(path, username=ATTACKER, password=GIVEN, new_password=ATTACKER_PASSWORD).close()
    Vault.open(path, username=ADMIN, password=ADMIN_PASSWORD).close()
    return path


def _forge(vault_path: Path) -> tuple[bytes, set[AuditFinding]]:
    """The forged key, and what must be found: the claim, and both forged events."""
    done = subprocess.run(
        [sys.executable, str(FORGER), str(vault_path), ATTACKER, ATTACKER_PASSWORD, NEW],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    forged = json.loads(done.stdout)
    return bytes.fromhex(forged["key"]), {
        AuditFinding(FindingKind.FORGED_ROLE, forged["claim"]),
        *(AuditFinding(FindingKind.FOREIGN_SIGNATURE, event) for event in forged["events"]),
    }


def _key_of(vault: Vault, username: str) -> bytes | None:
    with vault.unit_of_work(UseCase.USER_LIST) as uow:
        standing = uow.users.roster().standing(username)
    assert standing is not None
    return standing.key


def _findings(vault: Vault) -> set[AuditFinding]:
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        return set(uow.audit.verify().findings)


def _verify_lines(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["audit", "verify", "--vault", str(vault_path), "--user", ADMIN])
    return code, capsys.readouterr().out.splitlines()


def test_a_colleague_cannot_claim_a_new_users_key(
    vault_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    forged_key, forgery = _forge(vault_path)
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        # The roster refuses the claim: ny still awaits a key of their own.
        assert _key_of(admin, NEW) is None
        assert set(admin.opening_findings) == forgery

    monkeypatch.setenv("RISKDESK_PASSWORD", ADMIN_PASSWORD)
    code, lines = _verify_lines(vault_path, capsys)
    assert code == 1
    assert {finding.text("da") for finding in forgery} <= set(lines)

    # The real user still claims with the password they were given, and their key holds.
    with Vault.open(vault_path, username=NEW, password=GIVEN, new_password=CHOSEN) as new:
        signer = new._state.keys.signer
        assert signer is not None
        assert signer.public_key != forged_key
        assert _key_of(new, NEW) == signer.public_key
    with (
        Vault.open(vault_path, username=NEW, password=CHOSEN) as new,
        new.unit_of_work(UseCase.USER_LIST) as uow,
    ):
        uow.users.list()
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        # Nothing is found but the forgery: every event of ny's own verifies.
        assert _findings(admin) == forgery
        accept_trail(admin)
    # Once an administrator has looked into it and accepted the trail, it verifies.
    code, lines = _verify_lines(vault_path, capsys)
    assert code == 0
    accepted = {replace(finding, accepted=True).text("da") for finding in forgery}
    assert accepted <= set(lines)


@pytest.mark.parametrize("own_enrolment_key", [False, True])
def test_a_slot_put_in_a_new_users_name_does_not_enrol(
    vault_path: Path, own_enrolment_key: bool
) -> None:
    """The forger writes ny a key slot of their own, under a password they know, and
    names it current: it opens, but holds no enrolment key the admission names."""
    with Vault.open(vault_path, username=ATTACKER, password=ATTACKER_PASSWORD) as bo:
        state = bo._state
        slot = seal_slot(
            data_key=state.key,
            vault_id=state.vault_id,
            username=NEW,
            password="forfalsker-1",
            cost=CHEAP_KDF,
            root_key=state.root_key,
            **({"enrolment": new_seed()} if own_enrolment_key else {}),
        )
        with bo._require_open().begin() as connection:
            stage(state.keys_path, NEW, slot)
            connection.exec_driver_sql(
                "UPDATE users SET slot_id = ? WHERE username = ?", (slot.slot_id, NEW)
            )
    with pytest.raises(SlotDamaged):
        Vault.open(vault_path, username=NEW, password="forfalsker-1", new_password="x" * 12)
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert _key_of(admin, NEW) is None


def test_whoever_knows_the_given_password_can_claim_first_and_only_locks_the_user_out(
    vault_path: Path,
) -> None:
    """What cannot be helped: the administrator chose the password, and with it and a
    copy of the key file they can claim first. The user is then refused, and told so."""
    key_file = read_key_file(sidecar_path(vault_path))
    opened = open_slot(
        key_file.slot_for(NEW), vault_id=key_file.vault_id, username=NEW, password=GIVEN
    )
    assert opened.enrolment is not None
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        theirs = Signer(new_seed(), username=NEW)
        with admin.unit_of_work(UseCase.USER_REGISTER_KEY) as uow:
            RoleRecords(uow.users._session, vault_id=key_file.vault_id).append(
                signer=Signer(opened.enrolment, username=NEW),
                kind=RecordKind.CLAIM,
                username=NEW,
                role=None,
                active=None,
                public_key=theirs.public_key,
                audit_sequence=uow.audit.events()[-1].sequence + 1,
                at=admin._state.clock(),
            )
        assert _key_of(admin, NEW) == theirs.public_key
    with pytest.raises(KeyNotYours):
        Vault.open(vault_path, username=NEW, password=GIVEN, new_password=CHOSEN)


def test_a_role_change_before_the_first_open_keeps_the_enrolment(vault_path: Path) -> None:
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        admin.set_role(username=NEW, role=Role.SUPERVISOR, active=True)
    with Vault.open(vault_path, username=NEW, password=GIVEN, new_password=CHOSEN) as new:
        assert new.user.role is Role.SUPERVISOR
        assert _findings(new) == set()


def test_a_reset_enrols_again_and_the_old_password_enrols_nothing(vault_path: Path) -> None:
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        admin.reset_password(username=NEW, new_password="nulstillet-1")
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, username=NEW, password=GIVEN, new_password=CHOSEN)
    Vault.open(vault_path, username=NEW, password="nulstillet-1", new_password=CHOSEN).close()
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert _findings(admin) == set()


def _add_as_before_enrolment_keys(admin: Vault, username: str, password: str) -> None:
    """What ``add_user`` wrote before admissions: a slot with no enrolment key and an
    assignment awaiting a key that names none."""
    state = admin._state
    slot = seal_slot(
        data_key=state.key,
        vault_id=state.vault_id,
        username=username,
        password=password,
        cost=CHEAP_KDF,
        root_key=state.root_key,
    )
    user = User(id=None, username=username, display_name="Gammel", role=Role.CASEWORKER)
    with admin.unit_of_work(UseCase.USER_ADD) as uow:
        uow.users._insert(user, slot.slot_id)
        signer = state.keys.signer
        assert signer is not None
        uow.users._record(signer, RecordKind.ASSIGN, username, Role.CASEWORKER, None, True)
        stage(state.keys_path, username, slot)


def test_an_assignment_from_before_enrolment_keys_is_reported_until_claimed(
    vault_path: Path,
) -> None:
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        _add_as_before_enrolment_keys(admin, "gammel", GIVEN)
        with admin.unit_of_work(UseCase.USER_LIST) as uow:
            assigned = uow.users.roster().head.sequence
    unguarded = AuditFinding(FindingKind.CLAIM_UNGUARDED, assigned)
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert unguarded in admin.opening_findings
        with admin.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
            report = uow.audit.verify()
        # A notice, not a break: the vault is as the older version left it.
        assert report.intact
        assert set(report.findings) == {unguarded}
    # Its user still opens and claims (signed by the new key alone, as before).
    Vault.open(vault_path, username="gammel", password=GIVEN, new_password=CHOSEN).close()
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.opening_findings == ()
        assert _findings(admin) == set()


def test_a_reset_admits_a_user_from_before_enrolment_keys(vault_path: Path) -> None:
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        _add_as_before_enrolment_keys(admin, "gammel", GIVEN)
        admin.reset_password(username="gammel", new_password="nulstillet-1")
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.opening_findings == ()
    Vault.open(vault_path, username="gammel", password="nulstillet-1", new_password=CHOSEN).close()
