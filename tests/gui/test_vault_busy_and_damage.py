"""Shared use and damage in the window: an operation that met a vault held too long by
another user says so in one sentence and offers to try again; a vault found damaged at
unlock, or later by the full check, shows a banner that says what to do, and a save is
refused with the same words. The banner also lists the checks' findings at unlock, as
far as the user's role may be told them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from damaged_page import page_of
from riskdesk.domain.localized import Language
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.vault_errors import VaultBusy
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import run_op
from riskdesk.gui.widgets.vault_banner import VaultBanner
from riskdesk.services.desk import Desk
from riskdesk.store import cipher_connection
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import open_slot, read_key_file, sidecar_path
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]

PAGE_SIZE = 4096
NEW_PERSON = {"name": "Ny Person", "birth_date": "1990-01-01"}
NEW_CASE = {"level": 2, "kind": "individual"}


def _flip_a_byte_in_a_page(vault: Path) -> None:
    middle = page_of(vault) * PAGE_SIZE + 1000
    with vault.open("r+b") as file:
        file.seek(middle)
        (byte,) = file.read(1)
        file.seek(middle)
        file.write(bytes([byte ^ 0x01]))


def _window(qtbot, desk: Desk, vault: Path) -> MainWindow:
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, vault)
    window.show()
    return window


def test_a_busy_vault_offers_to_retry_and_the_retry_succeeds(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cipher_connection, "BUSY_TIMEOUT_SECONDS", 0.3)
    widget = QWidget()
    widget._language = Language.DANISH  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    saved: list[object] = []
    with (
        Desk.open(demo_vault, username="leder", password=PASSWORD) as colleague,
        colleague.vault.unit_of_work(UseCase.CASE_VIEW) as held,
    ):
        held.settings.get("vault_id")  # the colleague's transaction holds the write lock
        operation = run_op(
            widget,
            lambda: desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE),
            saved.append,
        )
        wait_for_operations()
    assert isinstance(operation.error, VaultBusy)
    box = operation.message_box
    assert box is not None
    assert box.text() == "Boksen er optaget af en anden bruger – prøv igen."
    assert box.icon() == QMessageBox.Icon.Warning
    assert saved == []
    box.button(QMessageBox.StandardButton.Retry).click()
    wait_for_operations()
    assert operation.retried is not None
    assert operation.retried.error is None
    assert len(saved) == 1


def test_a_vault_damaged_at_unlock_shows_the_banner_and_refuses_a_save(
    qtbot, demo_vault: Path, wait_for_operations
) -> None:
    _flip_a_byte_in_a_page(demo_vault)
    with Desk.open(demo_vault, username="koordinator", password=PASSWORD) as desk:
        window = _window(qtbot, desk, demo_vault)
        qtbot.waitUntil(window.banner.isVisible)
        (text,) = window.banner.texts()
        assert text.startswith("The vault is damaged and can only be read")
        assert "Restore the vault from a backup" in text
        operation = run_op(
            window.case_list,
            lambda: desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE),
        )
        wait_for_operations()
        assert operation.message_box is not None
        assert "can only be read" in operation.message_box.text()
        operation.message_box.close()
        window.clear()
        assert not window.banner.isVisible()


def test_damage_found_by_the_check_from_the_menu_brings_the_banner(
    qtbot, desk: Desk, demo_vault: Path
) -> None:
    window = _window(qtbot, desk, demo_vault)
    assert not window.banner.isVisible()
    _flip_a_byte_in_a_page(demo_vault)
    window.check_integrity()
    qtbot.waitUntil(window.banner.isVisible, timeout=30_000)
    assert window.banner.texts()[0].startswith("The vault is damaged")
    window.clear()


def test_the_banner_lists_findings_and_hides_without_them(qtbot) -> None:
    banner = VaultBanner()
    qtbot.addWidget(banner)
    assert banner.isHidden()
    banner.show_findings(["Event 12 was changed.", "The audit trail was cut <short>."])
    assert banner.isVisible()
    assert banner.texts() == ["Event 12 was changed.", "The audit trail was cut <short>."]
    assert "&lt;short&gt;" in banner.findings.text()
    banner.show_damage("The vault is damaged.")
    assert banner.texts()[0] == "The vault is damaged."
    banner.show_findings([])
    assert banner.texts() == ["The vault is damaged."]
    banner.clear()
    assert not banner.isVisible()


def test_a_supervisor_sees_the_checks_findings_at_unlock_in_the_banner(
    qtbot, demo_vault: Path
) -> None:
    # A colleague with the key cuts the newest event off the audit trail.
    key_file = read_key_file(sidecar_path(demo_vault))
    slot = open_slot(
        key_file.slot_for("admin"), vault_id=key_file.vault_id, username="admin", password=PASSWORD
    )
    connection = open_cipher_connection(demo_vault, slot.data_key)
    connection.execute(
        "DELETE FROM audit_events WHERE sequence = (SELECT max(sequence) FROM audit_events)"
    )
    connection.close()
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as desk:
        findings = desk.audit.opening_findings()
        assert findings
        window = _window(qtbot, desk, demo_vault)
        assert window.banner.isVisible()
        assert window.banner.texts() == [finding.text(Language.ENGLISH) for finding in findings]
        window.clear()
        assert window.banner.texts() == []
