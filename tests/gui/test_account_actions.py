from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from riskdesk.domain.localized import Language
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.session.change_password_dialog import ChangePasswordDialog
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def window(qtbot, desk: Desk, demo_vault: Path) -> MainWindow:
    shown = MainWindow(language=Language.DANISH)
    qtbot.addWidget(shown)
    shown.set_desk(desk, demo_vault)
    shown.show()
    return shown


def _dialog(window: MainWindow) -> ChangePasswordDialog:
    window.change_password()
    dialogs = window.findChildren(ChangePasswordDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def _fill(qtbot, dialog: ChangePasswordDialog, old: str, new: str, repeat: str) -> None:
    dialog.old_edit.setText(old)
    dialog.new_edit.setText(new)
    dialog.repeat_edit.setText(repeat)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)


def test_a_wrong_current_password_or_a_mismatch_is_explained_and_fields_cleared(
    qtbot, window: MainWindow, wait_for_operations
) -> None:
    dialog = _dialog(window)
    _fill(qtbot, dialog, "not it", "nyt-kodeord-1", "nyt-kodeord-1")
    wait_for_operations()
    assert dialog.isVisible()
    assert dialog.message_label.text() == "Forkert brugernavn eller adgangskode."
    assert dialog.old_edit.text() == dialog.new_edit.text() == ""
    _fill(qtbot, dialog, PASSWORD, "nyt-kodeord-1", "nyt-kodeord-2")
    assert "not the same" in dialog.message_label.text()
    _fill(qtbot, dialog, PASSWORD, "kort", "kort")
    wait_for_operations()
    assert "mindst" in dialog.message_label.text()


def test_changing_the_password_takes_effect_for_this_user_only(
    qtbot, window: MainWindow, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    dialog = _dialog(window)
    _fill(qtbot, dialog, PASSWORD, "nyt-kodeord-1", "nyt-kodeord-1")
    wait_for_operations()
    # Accepted, it deletes itself on close.
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert "changed" in window.statusBar().currentMessage()
    with pytest.raises(WrongPassword):
        Desk.open(demo_vault, username=desk.user.username, password=PASSWORD)
    Desk.open(demo_vault, username=desk.user.username, password="nyt-kodeord-1").lock()
    Desk.open(demo_vault, username="leder", password=PASSWORD).lock()


def test_the_integrity_check_runs_in_the_background_and_reports(qtbot, window: MainWindow) -> None:
    window.check_integrity()
    assert "Checking" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "intact" in window.statusBar().currentMessage(), timeout=30_000)
