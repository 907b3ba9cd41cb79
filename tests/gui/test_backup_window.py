"""Backup and restore in the window: File → Backup… for administrators and supervisors,
the scheduled backup taken after unlocking (through run_op), the start page's reminder,
the schedule in Settings, and "Restore from backup…" in the first-run dialog, which
opens the restored vault."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from riskdesk.domain.backup_schedule import BackupSchedule
from riskdesk.domain.localized import Language
from riskdesk.domain.user import Role
from riskdesk.gui.backup.backup_actions import take_backup
from riskdesk.gui.backup.restore_dialog import RestoreDialog
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.gui.session.settings_dialog import SettingsDialog
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings, load_settings, save_settings
from riskdesk.services.vault_creation import create_vault
from riskdesk.store.backup_file import verify_payload
from vault_fixtures import CHEAP_KDF, PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def supervisor(demo_vault: Path) -> Iterator[Desk]:
    from riskdesk.gui import operations

    opened = Desk.open(demo_vault, username="leder", password=PASSWORD)
    yield opened
    operations.wait_until_idle(30_000)
    opened.lock()


def _window(qtbot, desk: Desk, vault: Path) -> MainWindow:
    shown = MainWindow(language=Language.DANISH)
    qtbot.addWidget(shown)
    shown.set_desk(desk, vault)
    shown.show()
    return shown


def _schedule(folder: Path, every_days: int = 7) -> None:
    settings = load_settings()
    settings.backup = BackupSchedule(every_days=every_days, folder=folder, keep=3)
    save_settings(settings)


def test_file_backup_writes_the_file_for_a_supervisor_only(
    qtbot, supervisor: Desk, desk: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    window = _window(qtbot, supervisor, demo_vault)
    assert window.backup_action.isVisible()
    out = tmp_path / "hand.rdbackup"
    take_backup(window, supervisor, out)
    wait_for_operations()
    verify_payload(out)
    assert "hand.rdbackup" in window.statusBar().currentMessage()
    # A file that exists is refused in the status bar, and left as it was.
    before = out.read_bytes()
    take_backup(window, supervisor, out)
    wait_for_operations()
    assert "findes allerede" in window.statusBar().currentMessage()
    assert out.read_bytes() == before
    caseworker = _window(qtbot, desk, demo_vault)
    assert not caseworker.backup_action.isVisible()
    assert not caseworker.backup_action.isEnabled()


def test_a_due_scheduled_backup_is_taken_after_unlocking(
    qtbot, supervisor: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    _schedule(tmp_path)
    window = _window(qtbot, supervisor, demo_vault)
    qtbot.waitUntil(lambda: any(tmp_path.glob("demo-*.rdbackup")), timeout=30_000)
    wait_for_operations()
    (taken,) = tmp_path.glob("demo-*.rdbackup")
    verify_payload(taken)
    assert "Scheduled backup saved" in window.statusBar().currentMessage()
    assert not window.today.backup_warning.isVisible()


def test_the_start_page_warns_when_the_scheduled_backup_could_not_be_taken(
    qtbot, supervisor: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    _schedule(tmp_path / "unplugged-stick")
    window = _window(qtbot, supervisor, demo_vault)
    wait_for_operations()
    warning = window.today.backup_warning
    assert warning.isVisible()
    assert warning.text().startswith("Boksen er aldrig blevet sikkerhedskopieret.")


def test_the_schedule_is_edited_in_settings(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), capture_can_be_blocked=False)
    qtbot.addWidget(dialog)
    box = dialog.backup_box
    assert dialog.settings().backup == BackupSchedule()
    box.every_spin.setValue(3)
    box.folder_edit.setText(str(tmp_path))
    box.keep_spin.setValue(4)
    assert dialog.settings().backup == BackupSchedule(every_days=3, folder=tmp_path, keep=4)


def test_first_run_restores_a_backup_and_opens_it(
    qtbot, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    backup = tmp_path / "unit.rdbackup"
    with Desk.open(demo_vault, username="admin", password=PASSWORD) as admin:
        admin.backups.create(backup)
    session = SessionController(
        opener=DeskLoader().open,
        settings=Settings(language=Language.DANISH),
        save_settings=save_settings,
        creator=partial(create_vault, kdf_cost=CHEAP_KDF),
    )
    qtbot.addWidget(session.window)
    try:
        session.start()
        unlock = session.unlock_dialog
        assert unlock is not None
        qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
        create = unlock.create_dialog
        assert create is not None
        qtbot.waitUntil(create.isVisible)
        assert create.restore_button.isVisible()
        qtbot.mouseClick(create.restore_button, Qt.MouseButton.LeftButton)
        restore = create.findChild(RestoreDialog)
        assert restore is not None
        qtbot.waitUntil(restore.isVisible)
        restored = tmp_path / "restored.rdv"
        restore.backup_edit.setText(str(backup))
        restore.path_edit.setText(str(demo_vault))
        restore.user_edit.setText("leder")
        restore.password_edit.setText(PASSWORD)
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
        wait_for_operations()
        assert restore.problem_lines["path"].text() == (
            "Der findes allerede en fil på den placering; vælg et andet navn."
        )
        restore.path_edit.setText(str(restored))
        restore.password_edit.setText("not the password")
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
        wait_for_operations()
        assert restore.problem_lines["password"].text() == "Forkert brugernavn eller adgangskode."
        assert not restored.exists()
        restore.password_edit.setText(PASSWORD)
        qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
        wait_for_operations()
        qtbot.waitUntil(session.window.isVisible)
        assert session.desk is not None
        assert session.desk.user.username == "leder"
        assert session.desk.user.role is Role.SUPERVISOR
        assert session.vault_path == restored
        assert load_settings().last_vault == restored
    finally:
        session.idle_lock.stop()
        if session.desk is not None:
            session.desk.lock()
        if session.unlock_dialog is not None:
            session.unlock_dialog.close()


def test_a_damaged_vault_takes_no_scheduled_backup(
    qtbot, supervisor: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    _schedule(tmp_path)
    supervisor.vault.health.mark_damaged(["a page failed its check"])
    window = _window(qtbot, supervisor, demo_vault)
    qtbot.wait(50)
    wait_for_operations()
    assert list(tmp_path.glob("*.rdbackup")) == []
    assert window.findChildren(QMessageBox) == []
