"""A locked session's main window holds no native window, and so no drawing buffer of
what the session last showed (#14 item 9: 3 MB at 990×760, 33 MB full screen at 200 %,
under the next unlock's Argon2). The widgets stay: the window comes back where it was,
on the page it was on, and excluded from screen capture."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.gui.widgets.capture_guard import WDA_EXCLUDEFROMCAPTURE, install_capture_guard
from riskdesk.services.settings import Settings, save_settings

pytestmark = [pytest.mark.gui, pytest.mark.vault]


class _Affinities:
    """In place of ``SetWindowDisplayAffinity``: the last affinity given to each handle."""

    def __init__(self) -> None:
        self.of: dict[int, int] = {}

    def __call__(self, hwnd: int, affinity: int) -> bool:
        self.of[hwnd] = affinity
        return True


@pytest.fixture
def affinities() -> _Affinities:
    return _Affinities()


@pytest.fixture
def session(qtbot, qapp: QApplication, settings: Settings, affinities: _Affinities):
    guard = install_capture_guard(
        qapp, allow_capture=False, platform="win32", set_affinity=affinities, windows_build=22631
    )
    controller = SessionController(
        opener=DeskLoader().open,
        settings=settings,
        save_settings=save_settings,
        capture_guard=guard,
    )
    qtbot.addWidget(controller.window)
    yield controller
    controller.idle_lock.stop()
    if controller.desk is not None:
        controller.desk.lock()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.close()
    qapp.removeEventFilter(guard)
    shiboken6.delete(guard)


def _unlock(qtbot, session: SessionController, login: tuple[str, str]) -> None:
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.user_edit.setText(login[0])
    dialog.password_edit.setText(login[1])
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(session.window.isVisible)


def test_a_locked_window_has_no_native_window(qtbot, session, demo_vault, login) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    assert session.window.windowHandle() is not None

    session.lock()

    assert session.window.windowHandle() is None
    assert not session.window.testAttribute(Qt.WidgetAttribute.WA_WState_Created)


def test_unlocked_again_the_window_is_where_it_was_and_excluded_from_capture(
    qtbot, session, demo_vault, login, affinities
) -> None:
    session.start(demo_vault)
    _unlock(qtbot, session, login)
    window = session.window
    window.setGeometry(40, 50, 1024, 700)
    page = window.pages.index(window.case_list)
    window.navigation.setCurrentRow(page)
    first = int(window.winId())
    session.lock()

    _unlock(qtbot, session, login)

    again = int(window.winId())
    assert again != first
    assert affinities.of[again] == WDA_EXCLUDEFROMCAPTURE
    assert window.geometry().size().toTuple() == (1024, 700)
    assert window.navigation.currentRow() == page
