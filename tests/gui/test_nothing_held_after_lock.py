"""After a lock nothing of the session is held (#14 item 9): no connection to the vault
file is open, and no object in the process refers to the person data the session read.
What a lock leaves reachable stays in memory under the next unlock's Argon2, and is
readable by anyone who gets at the locked process."""

from __future__ import annotations

import gc
import hashlib
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from riskdesk.gui.operations import run_op, wait_until_idle
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.services.settings import Settings, save_settings

pytestmark = [
    pytest.mark.gui,
    pytest.mark.vault,
    pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd"),
]


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


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _unlock_and_open_a_case(qtbot, session: SessionController, login: tuple[str, str]) -> bytes:
    """Unlock, open the first case of the list; the digest of its person's name (the
    test keeps no reference to the name itself, nor to the desk once it returns)."""
    user, password = login
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(session.window.isVisible)
    page = session.window.case_list
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.view.setCurrentIndex(page.model.index(0, 0))
    page.open_requested.emit(page.current_case_id())
    wait_until_idle()
    desk = session.desk
    assert desk is not None
    case_id = page.current_case_id()
    # The person read as the pages read what they show: on the operations thread.
    operation = run_op(session.window, lambda: desk.persons.get(desk.cases.get(case_id).person_id))
    wait_until_idle()
    return _digest(operation.result.name)


def _lock(qtbot, session: SessionController) -> None:
    session.lock()
    # As a running event loop does: widgets closed with deleteLater are deleted.
    qtbot.wait(50)
    gc.collect()


def _open_files_of(vault: Path) -> list[str]:
    names = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(vault.resolve())):
            names.append(target)
    return names


def _refers_to(container: object, digest: bytes) -> bool:
    for referent in gc.get_referents(container):
        if isinstance(referent, str):
            if _digest(referent) == digest:
                return True
        # A dict or tuple of strings, dates and numbers only is not tracked by the
        # collector (a pydantic record's __dict__): it is seen through its holder.
        elif not gc.is_tracked(referent) and _refers_to(referent, digest):
            return True
    return False


def _holders_of(digest: bytes) -> list[str]:
    """The types of the objects that refer to a string with this digest."""
    return [type(o).__qualname__ for o in gc.get_objects() if _refers_to(o, digest)]


def test_after_a_lock_no_connection_to_the_vault_is_open(qtbot, session, demo_vault, login):
    session.start(demo_vault)
    _unlock_and_open_a_case(qtbot, session, login)
    assert _open_files_of(demo_vault)

    _lock(qtbot, session)

    assert _open_files_of(demo_vault) == []


def test_after_a_lock_nothing_refers_to_the_person_data_read(qtbot, session, demo_vault, login):
    session.start(demo_vault)
    name = _unlock_and_open_a_case(qtbot, session, login)
    assert _holders_of(name)

    _lock(qtbot, session)

    assert _holders_of(name) == []


def test_a_lock_gives_back_the_memory_after_the_closed_editor_is_deleted(
    qtbot, session, demo_vault, login, monkeypatch
):
    """The heap is trimmed once the event loop has deleted what the lock closed: trimmed
    before, the case editor's memory (its widgets, its backing store) was freed after the
    trim and stayed with the process until the next lock."""
    from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
    from riskdesk.gui.session import session_controller
    from riskdesk.gui.session.memory_release import release_freed_memory

    session.start(demo_vault)
    _unlock_and_open_a_case(qtbot, session, login)
    editor = session.window.findChild(PersonCaseEditor)
    assert editor is not None
    deleted: list[bool] = []
    editor.destroyed.connect(lambda: deleted.append(True))
    released_after: list[bool] = []

    def release() -> None:
        released_after.append(bool(deleted))
        release_freed_memory()

    monkeypatch.setattr(session_controller, "release_freed_memory", release)
    del editor
    session.lock()
    qtbot.waitUntil(lambda: bool(released_after))

    assert released_after == [True]
