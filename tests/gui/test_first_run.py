"""First run: no vault yet, so the unlock dialog offers to create one; the new vault opens
as its administrator on the start page and is the one opened next time."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from riskdesk.domain.localized import Language
from riskdesk.domain.user import Role
from riskdesk.gui.session.create_vault_dialog import CreateVaultDialog
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.services.settings import Settings, data_dir, load_settings, save_settings
from riskdesk.services.vault_creation import create_vault
from vault_fixtures import CHEAP_KDF

pytestmark = [pytest.mark.gui, pytest.mark.vault]

GOOD_PASSWORD = "hest bil stige"


def _session(qtbot, language: Language = Language.DANISH) -> SessionController:
    controller = SessionController(
        opener=DeskLoader().open,
        settings=Settings(language=language),
        save_settings=save_settings,
        creator=partial(create_vault, kdf_cost=CHEAP_KDF),
    )
    qtbot.addWidget(controller.window)
    return controller


@pytest.fixture
def session(qtbot):
    controller = _session(qtbot)
    yield controller
    _close(controller)


def _close(controller: SessionController) -> None:
    controller.idle_lock.stop()
    if controller.desk is not None:
        controller.desk.lock()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()


def _fill(dialog: CreateVaultDialog, *, password: str, again: str, username: str = "anne"):
    dialog.user_edit.setText(username)
    dialog.name_edit.setText("Anne Admin")
    dialog.password_edit.setText(password)
    dialog.again_edit.setText(again)


def _open_create_dialog(qtbot, session: SessionController) -> CreateVaultDialog:
    unlock = session.unlock_dialog
    assert unlock is not None
    qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
    dialog = unlock.create_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _click_create(qtbot, dialog: CreateVaultDialog, wait_for_operations) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_for_operations()


def test_first_run_creates_the_vault_and_opens_it_as_its_administrator(
    qtbot, session, wait_for_operations
) -> None:
    session.start()
    unlock = session.unlock_dialog
    assert unlock.isVisible()
    assert not unlock.vault_found()
    assert unlock.create_button.isVisible()
    assert unlock.create_button.text() == "&Create new vault…"
    assert not unlock.create_button.isFlat()
    assert "There is no vault here yet" in unlock.intro_label.text()

    dialog = _open_create_dialog(qtbot, session)
    path = data_dir() / "riskdesk.rdv"
    assert dialog.vault_path() == path

    _fill(dialog, password=GOOD_PASSWORD, again=GOOD_PASSWORD + "n")
    _click_create(qtbot, dialog, wait_for_operations)
    assert dialog.problem_lines["password_again"].text() == "De to adgangskoder er ikke ens."
    assert dialog.problem_lines["password_again"].isVisible()
    assert dialog.password_edit.text() == dialog.again_edit.text() == ""
    assert dialog.isVisible()
    assert not path.exists()

    _fill(dialog, password="kort", again="kort")
    assert dialog.strength_label.text() == "For kort: mindst 8 tegn (4 mere)."
    _click_create(qtbot, dialog, wait_for_operations)
    assert dialog.problem_lines["password"].text() == "Adgangskoden skal være mindst 8 tegn."
    assert not dialog.problem_lines["password_again"].isVisible()
    assert not path.exists()

    _fill(dialog, password=GOOD_PASSWORD, again=GOOD_PASSWORD)
    assert dialog.strength_label.text() == "God."
    _click_create(qtbot, dialog, wait_for_operations)

    qtbot.waitUntil(session.window.isVisible)
    assert path.is_file()
    assert session.desk is not None
    assert session.desk.user.username == "anne"
    assert session.desk.user.role is Role.ADMINISTRATOR
    window = session.window
    assert window.stack.currentWidget() is window.today
    assert "Anne Admin" in window.windowTitle()
    assert "Administrator" in window.windowTitle()
    remembered = load_settings()
    assert remembered.last_vault == path
    assert remembered.last_username == "anne"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            Language.DANISH,
            "Mappen, boksen skal ligge i, findes ikke. Opret den først, eller vælg en anden.",
        ),
        (
            Language.ENGLISH,
            "The folder the vault is to go in does not exist. Create it first, or choose another.",
        ),
    ],
)
def test_a_folder_that_does_not_exist_is_refused_in_the_users_language(
    qtbot, tmp_path: Path, wait_for_operations, language: Language, message: str
) -> None:
    session = _session(qtbot, language)
    try:
        session.start()
        dialog = _open_create_dialog(qtbot, session)
        path = tmp_path / "ingen mappe" / "enhed.rdv"
        dialog.path_edit.setText(str(path))
        dialog.path_edit.editingFinished.emit()
        assert dialog.problem_lines["path"].text() == message

        _fill(dialog, password=GOOD_PASSWORD, again=GOOD_PASSWORD)
        _click_create(qtbot, dialog, wait_for_operations)
        assert dialog.problem_lines["path"].text() == message
        # Only the place was wrong: the passwords need not be typed again.
        assert dialog.password_edit.text() == GOOD_PASSWORD
        assert dialog.isVisible()
        assert not path.parent.exists()
        assert session.desk is None
    finally:
        _close(session)


def test_another_vault_can_be_created_beside_one_that_exists(
    qtbot, session, demo_vault: Path, wait_for_operations
) -> None:
    session.start(demo_vault)
    unlock = session.unlock_dialog
    assert unlock.vault_found()
    assert unlock.create_button.text() == "Create &another vault…"
    assert unlock.create_button.isFlat()
    assert "Enter your user name and password" in unlock.intro_label.text()

    dialog = _open_create_dialog(qtbot, session)
    assert dialog.vault_path() == data_dir() / "riskdesk.rdv"
    new_path = demo_vault.parent / "anden-enhed.rdv"
    dialog.path_edit.setText(str(new_path))
    _fill(dialog, password=GOOD_PASSWORD, again=GOOD_PASSWORD)
    _click_create(qtbot, dialog, wait_for_operations)

    qtbot.waitUntil(session.window.isVisible)
    assert session.desk.path == new_path
    assert load_settings().last_vault == new_path


def test_unlocking_again_after_a_lock_offers_no_new_vault(
    qtbot, session, demo_vault: Path, login
) -> None:
    session.start(demo_vault)
    unlock = session.unlock_dialog
    unlock.user_edit.setText(login[0])
    unlock.password_edit.setText(login[1])
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(session.window.isVisible)
    session.lock()
    assert session.unlock_dialog.vault_edit.isReadOnly()
    assert not session.unlock_dialog.create_button.isVisible()


def test_the_dialog_stays_open_until_the_vault_it_makes_has_reached_the_session(
    qtbot, tmp_path: Path, wait_for_operations
) -> None:
    # The creator is held back until the dialog has been asked to close.
    release = threading.Event()

    def slow_creator(path: Path, **details: str):
        release.wait(timeout=30)
        return create_vault(path, kdf_cost=CHEAP_KDF, **details)

    session = SessionController(
        opener=DeskLoader().open,
        settings=Settings(),
        save_settings=save_settings,
        creator=slow_creator,
    )
    qtbot.addWidget(session.window)
    try:
        session.start()
        dialog = _open_create_dialog(qtbot, session)
        dialog.path_edit.setText(str(tmp_path / "enhed.rdv"))
        _fill(dialog, password=GOOD_PASSWORD, again=GOOD_PASSWORD)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.reject()
        assert dialog.isVisible()
        assert not dialog.create_button.isEnabled()
        release.set()
        wait_for_operations()
        qtbot.waitUntil(session.window.isVisible)
        assert session.desk is not None
        assert session.desk.path == tmp_path / "enhed.rdv"
    finally:
        release.set()
        _close(session)


def test_a_problem_goes_when_its_field_is_typed_in_again(
    qtbot, session, tmp_path: Path, wait_for_operations
) -> None:
    session.start()
    dialog = _open_create_dialog(qtbot, session)
    dialog.path_edit.setText(str(tmp_path / "ingen" / "enhed.rdv"))
    _fill(dialog, password=GOOD_PASSWORD, again="noget andet")
    _click_create(qtbot, dialog, wait_for_operations)
    assert dialog.problem_lines["path"].isVisible()
    assert dialog.problem_lines["password_again"].isVisible()

    qtbot.keyClicks(dialog.password_edit, "h")
    assert not dialog.problem_lines["password_again"].isVisible()
    assert dialog.problem_lines["path"].isVisible()
    qtbot.keyClicks(dialog.path_edit, "x")
    assert not dialog.problem_lines["path"].isVisible()


def test_a_path_too_long_for_the_system_is_no_vault_and_offers_a_new_one(
    qtbot, session, tmp_path: Path
) -> None:
    session.start(tmp_path / "boks.rdv")
    unlock = session.unlock_dialog
    assert unlock is not None
    unlock.vault_edit.setText(str(tmp_path / f"{'a' * 300}.rdv"))
    assert not unlock.vault_found()
    # The create dialog takes the typed name over, where its path field refuses it.
    dialog = _open_create_dialog(qtbot, session)
    assert dialog.vault_path() == tmp_path / f"{'a' * 300}.rdv"
