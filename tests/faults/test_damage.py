"""A damaged vault stops being written to: damage in the file (a flipped byte in a middle
page, a zeroed page) is found as the vault opens, before anything is written; from then
on every use case that writes is refused with one sentence (restore from a backup,
contact support), reads still work where SQLite can read, and the file's bytes and time
stay as they were. Damage found later, by the full check, does the same from then on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from fault_tools import fingerprint, flip_byte, page_count, zero_page

from damaged_page import page_of
from riskdesk.cli import main
from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import VaultDamagedReadOnly
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.vault

TODAY = date(2026, 11, 21)
NEW_PERSON = {"name": "Ny Person", "birth_date": "1990-01-01"}
NEW_CASE = {"level": 2, "kind": "individual"}
DAMAGES: dict[str, Callable[[Path, int], None]] = {
    "flipped byte": flip_byte,
    "zeroed page": zero_page,
}


def _damage_a_page(vault: Path, how: str) -> None:
    DAMAGES[how](vault, page_of(vault))


@pytest.mark.parametrize("how", sorted(DAMAGES))
def test_damage_found_at_open_makes_the_vault_read_only_and_nothing_is_written(
    shared_vault: Path, how: str
) -> None:
    _damage_a_page(shared_vault, how)
    keys = shared_vault.with_name(shared_vault.name + ".keys")
    before, keys_before = fingerprint(shared_vault), fingerprint(keys)
    with Desk.open(shared_vault, username="admin", password=PASSWORD) as desk:
        assert desk.health.read_only
        assert desk.health.notice() is not None
        # Reads go on where SQLite can read (the damage is in a middle page).
        cases = desk.cases.search("")
        assert cases
        with pytest.raises(VaultDamagedReadOnly) as refused:
            desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
        assert "sikkerhedskopi" in refused.value.text("da")
        with pytest.raises(VaultDamagedReadOnly):
            desk.plans.save(cases[0].case_id, synthetic_plan(seed=1, today=TODAY))
        with pytest.raises(VaultDamagedReadOnly):
            desk.users.add(
                username="ny", display_name="Ny Bruger", role=Role.CASEWORKER, password="x" * 12
            )
        assert len(desk.cases.search("")) == len(cases)
    assert fingerprint(shared_vault) == before
    assert fingerprint(keys) == keys_before


def test_a_sound_vault_is_not_read_only(shared_vault: Path) -> None:
    with Desk.open(shared_vault, username="koordinator", password=PASSWORD) as desk:
        assert not desk.health.read_only
        assert desk.health.notice() is None
        desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)


def test_damage_found_by_the_full_check_after_opening_makes_the_vault_read_only(
    shared_vault: Path,
) -> None:
    with Desk.open(shared_vault, username="koordinator", password=PASSWORD) as desk:
        told: list[str] = []
        desk.health.when_damaged(lambda: told.append("damaged"))
        desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
        desk.lock()
    # The session's writes are in the file; now a disk fails under an open session.
    with Desk.open(shared_vault, username="koordinator", password=PASSWORD) as desk:
        desk.health.when_damaged(lambda: told.append("damaged"))
        zero_page(shared_vault, page_count(shared_vault) // 2)
        assert desk.check_integrity() != []
        assert told == ["damaged"]
        assert desk.health.read_only
        with pytest.raises(VaultDamagedReadOnly):
            desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)


def test_the_command_line_reads_a_damaged_vault_and_refuses_a_write_in_one_line(
    shared_vault: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    _damage_a_page(shared_vault, "flipped byte")
    keys = shared_vault.with_name(shared_vault.name + ".keys")
    before, keys_before = fingerprint(shared_vault), fingerprint(keys)
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "x" * 12)
    vault = ["--vault", str(shared_vault), "--user", "admin"]

    assert main(["case", "list", *vault]) == 0
    listed = capfd.readouterr()
    assert listed.out.strip()
    assert listed.err == ""

    assert main(["user", "add", "--name", "ny", "--role", "caseworker", *vault]) == 1
    added = capfd.readouterr()
    assert added.out == ""
    assert added.err.count("\n") == 1
    assert added.err.startswith("riskdesk: Boksen er beskadiget og kan kun læses")
    assert fingerprint(shared_vault) == before
    assert fingerprint(keys) == keys_before
