from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from riskdesk.domain.case import CaseStatus
from riskdesk.gui.cases.person_case_editor import PERSON, PersonCaseEditor
from riskdesk.gui.operations import run_op
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings, load_settings, save_settings
from vault_fixtures import DEMO_PERSONS

USER = "koordinator"
pytestmark = [pytest.mark.gui, pytest.mark.vault]


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


def _unlock(qtbot, session: SessionController, login: tuple[str, str]) -> None:
    user, password = login
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_unlocking_shows_the_window_titled_with_vault_and_user(
    qtbot, session, demo_vault, login
) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    title = session.window.windowTitle()
    assert demo_vault.name in title
    assert "Kim Koordinator" in title
    assert "Sagsbehandler" in title
    assert session.window.case_list.model.rowCount() == DEMO_PERSONS


def test_the_last_vault_and_user_are_remembered_but_never_the_password(
    qtbot, session, demo_vault, login
) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    remembered = load_settings()
    assert remembered.last_vault == demo_vault
    assert remembered.last_username == USER
    settings_files = list(Path(load_settings.__globals__["config_dir"]()).iterdir())
    assert all(login[1] not in f.read_text(encoding="utf-8") for f in settings_files)
    assert json.loads(settings_files[0].read_text(encoding="utf-8"))["last_username"] == USER


@pytest.mark.parametrize(
    ("vault_name", "username", "password", "message"),
    [
        ("demo.rdv", USER, "wrong password", "Forkert brugernavn eller adgangskode."),
        ("demo.rdv", "nobody", None, "Forkert brugernavn eller adgangskode."),
        ("missing.rdv", USER, None, "Der findes ingen boks"),
        ("not-a-vault.rdv", USER, None, "ikke en RiskDesk-boks"),
    ],
)
def test_a_failed_unlock_explains_in_the_dialog_and_clears_the_password(
    qtbot, session, demo_vault, login, vault_name, username, password, message
) -> None:
    (demo_vault.parent / "not-a-vault.rdv").write_bytes(b"just some bytes, not a database")
    session.start(demo_vault.parent / vault_name)
    dialog = session.unlock_dialog
    dialog.user_edit.setText(username)
    dialog.password_edit.setText(password or login[1])
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert message in dialog.message_label.text()
    assert dialog.isVisible()
    assert dialog.password_edit.text() == ""
    assert not session.window.isVisible()
    assert session.desk is None


def test_empty_fields_are_asked_for_before_trying(qtbot, session, demo_vault, login) -> None:
    session.start(demo_vault)
    dialog = session.unlock_dialog
    dialog.user_edit.setText(USER)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "Enter your password."


def test_idle_lock_clears_every_view_and_asks_again(qtbot, session, demo_vault, login) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    desk = session.desk
    session.window.case_list.search_edit.setText("a")
    session.window.open_case(int(desk.cases.search()[0].case_id))
    editor = session.window.findChild(PersonCaseEditor)
    name_field = editor.field(PERSON, "name")
    assert name_field.text()

    session.idle_lock.set_interval_ms(200)
    qtbot.waitUntil(lambda: session.unlock_dialog is not None, timeout=20_000)

    assert desk.locked
    assert session.desk is None
    # The editor is wiped, then closed and deleted; once deleted its text is gone too.
    assert not shiboken6.isValid(name_field) or name_field.text() == ""
    assert not shiboken6.isValid(editor) or not editor.isVisible()
    assert session.window.case_list.model.rowCount() == 0
    assert session.window.case_list.search_edit.text() == ""
    assert session.window.windowTitle() == "RiskDesk"
    assert not session.window.isVisible()
    dialog = session.unlock_dialog
    assert dialog.isVisible()
    assert dialog.vault_edit.isReadOnly()
    assert dialog.vault_path() == demo_vault
    assert dialog.user_edit.text() == USER
    assert QApplication.focusWidget() in (None, dialog.password_edit)

    dialog.password_edit.setText(login[1])
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(session.window.isVisible)
    assert session.window.case_list.model.rowCount() == DEMO_PERSONS
    assert session.idle_lock.active
    # The search typed just before the lock reached the audit trail before the key went.
    searches = [
        e.details.get("search")
        for e in session.desk.audit.events()
        if e.details.get("use_case") == "case.search"
    ]
    assert "a" in searches


def test_ctrl_l_locks_at_once(qtbot, session, demo_vault, login) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    session.window.activateWindow()
    session.window.lock_action.trigger()
    assert session.desk is None
    assert session.unlock_dialog is not None
    assert session.unlock_dialog.isVisible()


def test_locking_waits_for_a_running_operation(qtbot, session, demo_vault, login) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    desk = session.desk
    release = threading.Event()
    seen: list[int] = []

    def read_after_a_while() -> int:
        release.wait(10)
        return len(desk.cases.search())

    operation = run_op(session.window, read_after_a_while, seen.append)
    QTimer.singleShot(300, release.set)
    session.window.lock_action.trigger()
    assert operation.done
    assert operation.error is None
    assert seen == [DEMO_PERSONS]
    assert desk.locked
    assert session.unlock_dialog is not None


def test_a_lock_says_whether_the_user_locked_or_it_was_not_used(
    qtbot, session, demo_vault, login
) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    session.window.lock_action.trigger()
    dialog = session.unlock_dialog
    assert dialog.intro_label.text() == "You locked RiskDesk."
    assert "Kim Koordinator or an administrator" in dialog.who_label.text()

    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    session.idle_lock.set_interval_ms(200)
    qtbot.waitUntil(lambda: session.unlock_dialog is not None, timeout=20_000)
    assert session.unlock_dialog.intro_label.text() == (
        "RiskDesk was locked because it was not used for a while."
    )


def test_a_colleague_cannot_carry_on_in_a_locked_window(qtbot, session, demo_vault, login) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    session.window.lock_action.trigger()
    dialog = session.unlock_dialog

    _unlock(qtbot, session, ("leder", login[1]))

    assert dialog.message_label.text() == (
        "Only Kim Koordinator or an administrator can unlock this window. To work as "
        "yourself, quit RiskDesk and start it again."
    )
    assert dialog.isVisible()
    assert dialog.desk is None
    assert dialog.password_edit.text() == ""
    assert session.desk is None
    assert session.unlock_dialog is dialog
    assert not session.window.isVisible()
    assert session.window.case_list.model.rowCount() == 0
    assert load_settings().last_username == USER

    # The one who locked it still can.
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    assert session.desk.user.username == USER


def test_an_administrator_unlocks_into_a_session_of_their_own_keeping_saved_drafts(
    qtbot, session, demo_vault, login, wait_for_operations
) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    qtbot.waitUntil(session.window.isVisible)
    window, desk = session.window, session.desk
    case = next(c for c in desk.cases.search() if c.status is CaseStatus.OPEN)
    record = desk.assessments.start(person_id=case.person_id, case_id=case.case_id)
    window.show_assessments()
    window.assessments.show_case(int(case.case_id))
    wait_for_operations()
    wizard = window.assessments.open_assessment(window.assessments.model.record(0))
    assert wizard.record.id == record.id
    wizard.next()
    wizard.page("domain:offences").note_edit.setPlainText("Skrevet lige før låsen.")
    assert wizard.saving.dirty

    window.lock_action.trigger()
    assert "An administrator starts a new session" in session.unlock_dialog.who_label.text()
    _unlock(qtbot, session, ("admin", login[1]))
    qtbot.waitUntil(window.isVisible)

    assert session.desk.user.username == "admin"
    assert "Administrator" in window.windowTitle()
    assert window.stack.currentWidget() is window.today
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    with Desk.open(demo_vault, username=USER, password=login[1]) as own:
        draft = own.assessments.get(record.id).draft
    assert draft.domain_notes["offences"] == "Skrevet lige før låsen."
