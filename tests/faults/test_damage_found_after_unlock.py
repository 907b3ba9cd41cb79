"""The window opens a vault without checking every page first: the check runs once the
case list is painted (``check_pages_later``, ``desk.health.check_pages()``). Damage it
finds makes the desk read-only at once; a write started before its verdict waits for it
and is refused; and the damaged file's bytes and time stay as they were, though the
login and the first reads were recorded before the verdict (their WAL is not folded in).
Real damaged files, real SQLCipher."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from fault_tools import fingerprint, flip_byte, zero_page

from damaged_page import page_of
from riskdesk.domain.vault_errors import VaultDamagedReadOnly
from riskdesk.services.desk import Desk
from riskdesk.store import damage_watch
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.vault

NEW_PERSON = {"name": "Ny Person", "birth_date": "1990-01-01"}
NEW_CASE = {"level": 2, "kind": "individual"}


def _open_later(vault: Path) -> Desk:
    return Desk.open(vault, username="koordinator", password=PASSWORD, check_pages_later=True)


@pytest.mark.parametrize("damage", [flip_byte, zero_page], ids=["flipped byte", "zeroed page"])
def test_damage_found_after_unlock_makes_the_desk_read_only_and_nothing_is_written_after(
    shared_vault: Path, damage
) -> None:
    damage(shared_vault, page_of(shared_vault))
    keys = shared_vault.with_name(shared_vault.name + ".keys")
    before, keys_before = fingerprint(shared_vault), fingerprint(keys)
    told: list[str] = []
    with _open_later(shared_vault) as desk:
        # Opened without the page check: sound so far, and the list reads (audited).
        assert desk.health.pages_pending
        assert not desk.health.read_only
        desk.health.when_damaged(lambda: told.append("damaged"))
        cases = desk.cases.search("")
        assert cases

        desk.health.check_pages()

        assert told == ["damaged"]
        assert desk.health.read_only
        assert not desk.health.pages_pending
        with pytest.raises(VaultDamagedReadOnly):
            desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
        assert len(desk.cases.search("")) == len(cases)
    assert fingerprint(shared_vault) == before
    assert fingerprint(keys) == keys_before


def test_a_write_started_before_the_page_check_waits_for_it_and_is_refused(
    shared_vault: Path,
) -> None:
    zero_page(shared_vault, page_of(shared_vault))
    before = fingerprint(shared_vault)
    with _open_later(shared_vault) as desk:
        assert desk.health.pages_pending
        # Nobody ran the check yet: the write runs it first, and is refused.
        with pytest.raises(VaultDamagedReadOnly):
            desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
        assert desk.health.read_only
    assert fingerprint(shared_vault) == before


def test_a_write_waits_for_the_check_running_on_another_thread(
    shared_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zero_page(shared_vault, page_of(shared_vault))
    check_started, let_check_end = threading.Event(), threading.Event()
    find_damage = damage_watch.find_damage

    def slow_find_damage(connection: object) -> list[str]:
        check_started.set()
        let_check_end.wait(10)
        return find_damage(connection)

    monkeypatch.setattr("riskdesk.store.opening_checks.find_damage", slow_find_damage)
    with _open_later(shared_vault) as desk:
        checker = threading.Thread(target=desk.health.check_pages)
        checker.start()
        assert check_started.wait(10)
        outcome: list[object] = []

        def write() -> None:
            try:
                desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
                outcome.append("written")
            except VaultDamagedReadOnly as refused:
                outcome.append(refused)

        writer = threading.Thread(target=write)
        writer.start()
        writer.join(0.5)
        assert writer.is_alive()  # waiting for the check's verdict
        assert outcome == []
        let_check_end.set()
        writer.join(10)
        checker.join(10)
        assert len(outcome) == 1
        assert isinstance(outcome[0], VaultDamagedReadOnly)


def test_a_sound_vault_checked_after_unlock_saves(shared_vault: Path) -> None:
    with _open_later(shared_vault) as desk:
        desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
        assert not desk.health.pages_pending  # the write ran the check first
        assert not desk.health.read_only
        desk.health.check_pages()  # nothing left to run
        assert not desk.health.read_only


def test_the_command_line_path_still_checks_every_page_at_open(shared_vault: Path) -> None:
    flip_byte(shared_vault, page_of(shared_vault))
    with Desk.open(shared_vault, username="koordinator", password=PASSWORD) as desk:
        assert not desk.health.pages_pending
        assert desk.health.read_only


def test_a_lock_while_the_check_reads_stops_it_and_the_vault_opens_sound_again(
    shared_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 100,000 people the check reads for seconds; a lock right after unlock must not
    # wait for it, with the key still in memory. This check reads until it is stopped.
    check_started = threading.Event()

    def endless_check(connection: Any) -> list[str]:
        check_started.set()
        # The lock's first interrupt comes before this statement runs, and is lost (SQLite
        # interrupts only running statements): the lock must interrupt again.
        time.sleep(0.3)
        connection.execute(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()
        return []

    monkeypatch.setattr("riskdesk.store.opening_checks.find_damage", endless_check)
    desk = _open_later(shared_vault)
    checker = threading.Thread(target=desk.health.check_pages, daemon=True)
    checker.start()
    assert check_started.wait(10)

    locker = threading.Thread(target=desk.lock, daemon=True)
    locker.start()
    locker.join(60)
    checker.join(60)

    assert not locker.is_alive()
    assert not checker.is_alive()
    assert desk.locked
    monkeypatch.undo()
    with Desk.open(shared_vault, username="koordinator", password=PASSWORD) as again:
        assert not again.health.read_only
        assert again.cases.search("")
