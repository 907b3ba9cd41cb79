"""The unlock dialog opens a team server as well as a vault file (#13 item 1): a real
window unlocks against a real PostgreSQL and names the server (never the login) in its
title; the address is remembered beside the vault files, without a password; each way a
server cannot be used is said in Danish in the dialog; what only a vault file has (backup,
the page-by-page check, creating a vault) is not offered on a server; the CA file is a
setting, and the unlock uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from riskdesk.gui.backup.backup_actions import take_backup
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.gui.session.settings_dialog import SettingsDialog
from riskdesk.services.settings import Settings, config_dir, load_settings, save_settings
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer

pytestmark = [pytest.mark.gui]

OTHER_HOST = "postgresql://127.0.0.2:1/riskdesk"


@pytest.fixture
def session(qtbot, settings: Settings):
    controller = SessionController(
        opener=DeskLoader().open, settings=settings, save_settings=save_settings
    )
    qtbot.addWidget(controller.window)
    yield controller
    controller.idle_lock.stop()
    if controller.desk is not None:
        controller.desk.lock()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


def _try_unlock(qtbot, session: SessionController, user: str, password: str) -> None:
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_a_team_server_unlocks_into_a_window_that_names_it(
    qtbot, session: SessionController, team_server: TeamServer
) -> None:
    session.start(team_server.url)
    dialog = session.unlock_dialog
    assert dialog is not None
    assert dialog.create_button.isHidden(), "IT sets a team server up, not the unlock dialog"
    assert "teamserveren" in dialog.intro_label.text() or "team server" in (
        dialog.intro_label.text()
    )
    _try_unlock(qtbot, session, ADMIN, ADMIN_PASSWORD)
    qtbot.waitUntil(session.window.isVisible)

    title = session.window.windowTitle()
    assert team_server.url in title
    assert ADMIN not in title.replace("Administrator", "")
    assert session.desk is not None
    assert session.desk.path is None
    # A team server's backups are IT's, and PostgreSQL checks its own pages.
    assert not session.window.backup_action.isVisible()
    assert not session.window.check_action.isVisible()
    take_backup(session.window, session.desk)
    assert "kun en lokal boks" in session.window.statusBar().currentMessage()

    remembered = load_settings()
    assert remembered.recent_places[0] == team_server.url
    assert remembered.last_place() == team_server.url
    assert remembered.last_username == ADMIN
    saved = (config_dir() / "settings.json").read_text(encoding="utf-8")
    assert ADMIN_PASSWORD not in saved


def test_the_next_start_offers_the_server_beside_the_vault_files(
    qtbot, session: SessionController, tmp_path: Path
) -> None:
    vault = tmp_path / "enhed.rdv"
    session.settings.remember_place(vault)
    session.settings.remember_place("postgresql://kim:hemmeligt@teamserver.example:5432/riskdesk")
    assert session.settings.recent_places == [
        "postgresql://teamserver.example:5432/riskdesk",
        str(vault),
    ]
    session.start()
    dialog = session.unlock_dialog
    assert dialog is not None
    assert dialog.vault_edit.text() == "postgresql://teamserver.example:5432/riskdesk"
    assert dialog.recent_button.isVisibleTo(dialog)
    assert dialog.recent_button.places() == [
        str(vault),
        "postgresql://teamserver.example:5432/riskdesk",
    ]
    headings = [a.text() for a in dialog.recent_button.menu_of_places.actions() if a.isSeparator()]
    assert headings == ["Vault files", "Team servers"]

    dialog.recent_button.menu_of_places.actions()[1].trigger()
    assert dialog.place() == vault
    assert not dialog.create_button.isHidden()


@pytest.mark.parametrize(
    ("address", "password", "message"),
    [
        (None, "not-the-password", "Forkert brugernavn eller adgangskode."),
        ("postgresql://127.0.0.1:1/riskdesk", ADMIN_PASSWORD, "Teamserveren svarer ikke"),
        (OTHER_HOST, ADMIN_PASSWORD, "kræver en krypteret forbindelse"),
        ("postgresql://127.0.0.1:port/riskdesk", ADMIN_PASSWORD, "Serveradressen kan ikke bruges"),
        ("postgresql://127.0.0.1:5432/", ADMIN_PASSWORD, "Serveradressen kan ikke bruges"),
    ],
)
def test_each_way_a_server_cannot_be_used_is_said_in_the_dialog(
    qtbot,
    session: SessionController,
    team_server: TeamServer,
    address: str | None,
    password: str,
    message: str,
) -> None:
    session.start(address or team_server.url)
    _try_unlock(qtbot, session, ADMIN, password)
    dialog = session.unlock_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert message in dialog.message_label.text()
    assert "127.0.0" not in dialog.message_label.text()
    assert dialog.password_edit.text() == ""
    assert session.desk is None


def test_the_ca_file_of_the_settings_is_used_to_unlock(
    qtbot, session: SessionController, tmp_path: Path
) -> None:
    ca_file = tmp_path / "enhedens-ca.pem"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    save_settings(Settings(server_ca_file=ca_file))
    session.start(OTHER_HOST)
    _try_unlock(qtbot, session, ADMIN, ADMIN_PASSWORD)
    dialog = session.unlock_dialog
    assert dialog is not None
    # Past the TLS requirement: the connection was tried, and nothing answered.
    assert "Teamserveren svarer ikke" in dialog.message_label.text()


def test_the_settings_dialog_edits_the_ca_file(qtbot, tmp_path: Path, monkeypatch) -> None:
    chosen = tmp_path / "ca.pem"
    dialog = SettingsDialog(Settings(server_ca_file=chosen))
    qtbot.addWidget(dialog)
    assert dialog.server_ca.edit.text() == str(chosen)
    dialog.server_ca.edit.setText(str(tmp_path / "ny-ca.pem"))
    assert dialog.settings().server_ca_file == tmp_path / "ny-ca.pem"
    dialog.server_ca.edit.clear()
    assert dialog.settings().server_ca_file is None

    monkeypatch.setenv("RISKDESK_SERVER_CA", str(tmp_path / "it.pem"))
    by_it = SettingsDialog(Settings(server_ca_file=chosen))
    qtbot.addWidget(by_it)
    assert not by_it.server_ca.edit.isEnabled()
    assert by_it.server_ca.edit.text() == str(tmp_path / "it.pem")
    assert by_it.settings().server_ca_file == chosen
    assert Settings(server_ca_file=chosen).effective_server_ca() == tmp_path / "it.pem"


def test_the_ca_file_and_recent_places_survive_a_restart(tmp_path: Path) -> None:
    settings = Settings(server_ca_file=tmp_path / "ca.pem")
    settings.remember_place("postgresql://teamserver.example/riskdesk")
    save_settings(settings)
    saved = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    assert saved["recent_places"] == ["postgresql://teamserver.example/riskdesk"]
    loaded = load_settings()
    assert loaded.server_ca_file == tmp_path / "ca.pem"
    assert loaded.last_place() == "postgresql://teamserver.example/riskdesk"


def test_the_ca_file_can_be_chosen_where_its_lack_is_said(
    qtbot, session: SessionController, tmp_path: Path
) -> None:
    session.start(OTHER_HOST)
    _try_unlock(qtbot, session, ADMIN, ADMIN_PASSWORD)
    dialog = session.unlock_dialog
    assert dialog is not None
    assert "kræver en krypteret forbindelse" in dialog.message_label.text()
    assert dialog.ca_offer.isVisibleTo(dialog)

    ca_file = tmp_path / "enhedens-ca.pem"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    dialog.ca_offer.choose(ca_file)
    assert load_settings().server_ca_file == ca_file
    _try_unlock(qtbot, session, ADMIN, ADMIN_PASSWORD)
    assert "Teamserveren svarer ikke" in dialog.message_label.text()
    assert not dialog.ca_offer.isVisibleTo(dialog)
