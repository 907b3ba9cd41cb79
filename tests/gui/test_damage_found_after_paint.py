"""The window's unlock leaves the vault's page-by-page check until the window has painted
(``check_pages_later``, as the unlock dialog opens it); then the check runs on a thread
of its own. Damage it finds brings the banner and makes a save a refusal, and the
damaged file is not written to; a sound vault just ends up checked. A real damaged
SQLCipher file, a real window offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from damaged_page import page_of
from riskdesk.domain.localized import Language
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import run_op
from riskdesk.services.desk import Desk
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import open_slot, read_key_file, sidecar_path
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]

PAGE_SIZE = 4096
NEW_PERSON = {"name": "Ny Person", "birth_date": "1990-01-01"}
NEW_CASE = {"level": 2, "kind": "individual"}


def _flip_a_byte_in_a_page(vault: Path) -> None:
    at = page_of(vault) * PAGE_SIZE + 1000
    with vault.open("r+b") as file:
        file.seek(at)
        (byte,) = file.read(1)
        file.seek(at)
        file.write(bytes([byte ^ 0x01]))


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _unlocked(qtbot, vault: Path) -> tuple[Desk, MainWindow]:
    desk = Desk.open(vault, username="koordinator", password=PASSWORD, check_pages_later=True)
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.pages.index(window.case_list))
    window.set_desk(desk, vault)
    return desk, window


def test_damage_found_after_the_paint_brings_the_banner_and_nothing_is_written(
    qtbot, demo_vault: Path
) -> None:
    _flip_a_byte_in_a_page(demo_vault)
    before = _fingerprint(demo_vault)
    desk, window = _unlocked(qtbot, demo_vault)
    assert desk.health.pages_pending
    assert not window.banner.texts()  # the list came first

    window.show()
    qtbot.waitUntil(lambda: bool(window.banner.texts()), timeout=20_000)
    assert window.banner.texts()[0].startswith("The vault is damaged and can only be read")
    assert window.banner.isVisible()
    assert desk.health.read_only
    window.clear()
    desk.lock()
    assert _fingerprint(demo_vault) == before


def test_a_save_made_before_the_check_has_ended_waits_for_it_and_is_refused(
    qtbot, demo_vault: Path, wait_for_operations
) -> None:
    _flip_a_byte_in_a_page(demo_vault)
    before = _fingerprint(demo_vault)
    desk, window = _unlocked(qtbot, demo_vault)
    operation = run_op(
        window.case_list,
        lambda: desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE),
    )
    wait_for_operations()
    assert operation.message_box is not None
    assert "can only be read" in operation.message_box.text()
    operation.message_box.close()
    qtbot.waitUntil(lambda: bool(window.banner.texts()))
    window.clear()
    desk.lock()
    assert _fingerprint(demo_vault) == before


def test_a_sound_vault_is_checked_after_the_paint(qtbot, demo_vault: Path) -> None:
    desk, window = _unlocked(qtbot, demo_vault)
    assert desk.health.pages_pending
    window.show()
    qtbot.waitUntil(lambda: not desk.health.pages_pending, timeout=20_000)
    assert not desk.health.read_only
    assert not window.banner.isVisibleTo(window)
    window.clear()
    desk.lock()


def test_locking_before_the_paint_never_starts_the_check(qtbot, demo_vault: Path) -> None:
    _flip_a_byte_in_a_page(demo_vault)
    desk, window = _unlocked(qtbot, demo_vault)
    window.clear()
    desk.lock()
    window.show()
    qtbot.wait(200)
    assert not window.banner.isVisibleTo(window)


def _swap_two_audit_events(vault: Path) -> None:
    """What a keyholder can do behind the application's back: two events change places
    (found only by the check of the links between events, which reads them all)."""
    key_file = read_key_file(sidecar_path(vault))
    opened = open_slot(
        key_file.slot_for("koordinator"),
        vault_id=key_file.vault_id,
        username="koordinator",
        password=PASSWORD,
    )
    connection = open_cipher_connection(vault, opened.data_key)
    try:
        connection.execute("BEGIN IMMEDIATE")
        for statement in (
            "UPDATE audit_events SET sequence = -1 WHERE sequence = 10",
            "UPDATE audit_events SET sequence = 10 WHERE sequence = 11",
            "UPDATE audit_events SET sequence = 11 WHERE sequence = -1",
        ):
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_a_moved_audit_event_reaches_the_administrators_banner_after_the_paint(
    qtbot, demo_vault: Path
) -> None:
    for username in ("admin", "koordinator"):  # the heads witnessed, as after a day's work
        Desk.open(demo_vault, username=username, password=PASSWORD).lock()
    _swap_two_audit_events(demo_vault)
    desk = Desk.open(demo_vault, username="admin", password=PASSWORD, check_pages_later=True)
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    assert window.banner.texts() == []  # the links are read after the paint
    window.show()
    qtbot.waitUntil(lambda: bool(window.banner.texts()), timeout=20_000)
    assert any("11" in text or "10" in text for text in window.banner.texts())
    assert not desk.health.read_only
    window.clear()
    desk.lock()
