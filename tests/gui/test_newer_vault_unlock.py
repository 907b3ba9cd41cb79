"""The unlock dialog refuses a vault a newer RiskDesk has upgraded with the sentence
naming both versions, and leaves the vault's folder as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from riskdesk import __version__
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.services.settings import Settings, save_settings
from vault_versions import FUTURE_REVISION, FUTURE_VERSION, fingerprint, make_future

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def test_the_unlock_dialog_names_both_versions_and_nothing_is_written(
    qtbot, demo_vault: Path, login: tuple[str, str]
) -> None:
    user, password = login
    make_future(demo_vault, username=user, password=password)
    before = fingerprint(demo_vault.parent)
    session = SessionController(
        opener=DeskLoader().open, settings=Settings(), save_settings=save_settings
    )
    qtbot.addWidget(session.window)
    session.start(demo_vault)
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)

    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    message = dialog.message_label.text()
    assert f"RiskDesk {FUTURE_VERSION} (skema {FUTURE_REVISION})" in message
    assert f"RiskDesk {__version__} (skema" in message
    assert dialog.isVisible()
    assert session.desk is None
    assert fingerprint(demo_vault.parent) == before
    dialog.close()
