"""A lock while the case list reads its rest (on a thread of its own) stops that read and
locks: no thread is left reading, the window is emptied, and the search typed meanwhile is
recorded once. The read is held at the GUI's port to the core until it is stopped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from riskdesk.gui.cases import case_list_page
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.services.case_service import CaseService
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings, save_settings
from riskdesk.store import stoppable_read
from vault_fixtures import PASSWORD

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


def test_a_lock_while_the_rest_is_read_stops_the_read_and_records_the_search_once(
    qtbot, session, demo_vault, login, monkeypatch
) -> None:
    monkeypatch.setattr(case_list_page, "FIRST_ROWS", 5)
    entered = threading.Event()
    threads: list[threading.Thread] = []
    real = CaseService.listing

    def held(service: CaseService):
        threads.append(threading.current_thread())
        entered.set()
        read = stoppable_read._read_on_this_thread()  # test-only look: stopped yet?
        while read is not None and not read.stopped:
            threading.Event().wait(0.005)
        return real(service)

    monkeypatch.setattr(CaseService, "listing", held)
    session.start(demo_vault)
    user, password = login
    dialog = session.unlock_dialog
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(entered.is_set)
    page = session.window.case_list
    QTest.keyClicks(page.search_edit, "a")
    session.lock()
    assert session.desk is None
    assert not threads[0].is_alive()
    assert not [t for t in threading.enumerate() if t.name == "riskdesk-quiet-read"]
    assert page.model.rowCount() == 0
    monkeypatch.setattr(CaseService, "listing", real)
    with Desk.open(demo_vault, username=user, password=PASSWORD) as desk:
        searches = [
            e.details["search"]
            for e in desk.audit.events()
            if e.details.get("use_case") == "case.search" and e.details.get("search")
        ]
    assert searches == ["a"]
