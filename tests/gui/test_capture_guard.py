"""Which windows are kept out of screen capture, with which flag, and the setting that
allows capture. ``SetWindowDisplayAffinity`` cannot run here (Linux): the guard is given
a recorder in its place, standing for the Win32 call, and real offscreen windows are
shown. That Windows then leaves the windows out of a capture is not checked here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QMenu, QMessageBox

from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.gui.session.settings_dialog import SettingsDialog
from riskdesk.gui.widgets.capture_guard import (
    WDA_EXCLUDEFROMCAPTURE,
    WDA_MONITOR,
    WDA_NONE,
    CaptureGuard,
    display_affinity,
    install_capture_guard,
)
from riskdesk.services.settings import Settings, load_settings, save_settings

WINDOWS_11 = 22631
WINDOWS_10_2004 = 19041
WINDOWS_10_1909 = 18363


class AffinityRecorder:
    """In place of ``SetWindowDisplayAffinity``: records each call and succeeds."""

    def __init__(self, *, succeeds: bool = True) -> None:
        self.calls: list[tuple[int, int]] = []
        self.succeeds = succeeds

    def __call__(self, hwnd: int, affinity: int) -> bool:
        self.calls.append((hwnd, affinity))
        return self.succeeds

    def affinity_of(self, widget) -> int | None:
        handle = int(widget.winId())
        last = [affinity for hwnd, affinity in self.calls if hwnd == handle]
        return last[-1] if last else None


@pytest.fixture
def recorder() -> AffinityRecorder:
    return AffinityRecorder()


def _install(
    app: QApplication,
    recorder: AffinityRecorder,
    *,
    allow: bool = False,
    build: int = WINDOWS_11,
    platform: str = "win32",
) -> CaptureGuard:
    return install_capture_guard(
        app, allow_capture=allow, platform=platform, set_affinity=recorder, windows_build=build
    )


@pytest.fixture
def guard(qapp: QApplication, recorder: AffinityRecorder) -> Iterator[CaptureGuard]:
    installed = _install(qapp, recorder)
    yield installed
    qapp.removeEventFilter(installed)
    shiboken6.delete(installed)


@pytest.mark.parametrize(
    ("allow", "build", "expected"),
    [
        (False, WINDOWS_11, WDA_EXCLUDEFROMCAPTURE),
        (False, WINDOWS_10_2004, WDA_EXCLUDEFROMCAPTURE),
        (False, WINDOWS_10_1909, WDA_MONITOR),
        (True, WINDOWS_11, WDA_NONE),
        (True, WINDOWS_10_1909, WDA_NONE),
    ],
)
def test_the_flag_follows_the_setting_and_the_windows_build(
    allow: bool, build: int, expected: int
) -> None:
    assert display_affinity(allow_capture=allow, windows_build=build) == expected


def test_the_flags_are_windows_own_values() -> None:
    assert (WDA_NONE, WDA_MONITOR, WDA_EXCLUDEFROMCAPTURE) == (0x0, 0x1, 0x11)


def test_the_main_window_is_excluded_when_shown(
    qtbot, guard: CaptureGuard, recorder: AffinityRecorder
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    assert recorder.affinity_of(window) == WDA_EXCLUDEFROMCAPTURE


def test_every_dialog_message_box_and_popup_is_excluded_but_not_child_widgets(
    qtbot, guard: CaptureGuard, recorder: AffinityRecorder
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    field = QLineEdit("010203-4567", window)
    window.setCentralWidget(field)
    window.show()
    dialog = QDialog(window)
    dialog.show()
    box = QMessageBox(QMessageBox.Icon.Information, "RiskDesk", "Mads Jensen", parent=window)
    box.show()
    menu = QMenu(window)
    menu.addAction("Mads Jensen")
    menu.popup(window.pos())
    for shown in (dialog, box, menu):
        assert recorder.affinity_of(shown) == WDA_EXCLUDEFROMCAPTURE, type(shown).__name__
    windows = {int(w.winId()) for w in (window, dialog, box, menu)}
    assert {hwnd for hwnd, _ in recorder.calls} <= windows  # no child widget asked
    for shown in (menu, box, dialog):
        shown.close()


def test_a_window_shown_again_is_excluded_again(
    qtbot, guard: CaptureGuard, recorder: AffinityRecorder
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hide()
    recorder.calls.clear()
    dialog.show()
    assert recorder.affinity_of(dialog) == WDA_EXCLUDEFROMCAPTURE


def test_allowing_capture_releases_open_windows_and_forbidding_it_excludes_them_again(
    qtbot, guard: CaptureGuard, recorder: AffinityRecorder
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    guard.set_allowed(True)
    assert recorder.affinity_of(window) == WDA_NONE
    later = QDialog(window)
    later.show()
    assert recorder.affinity_of(later) == WDA_NONE
    guard.set_allowed(False)
    assert recorder.affinity_of(window) == WDA_EXCLUDEFROMCAPTURE
    assert recorder.affinity_of(later) == WDA_EXCLUDEFROMCAPTURE
    later.close()


def test_windows_before_10_2004_show_the_window_black_instead(
    qtbot, qapp: QApplication, recorder: AffinityRecorder
) -> None:
    installed = _install(qapp, recorder, build=WINDOWS_10_1909)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        assert recorder.affinity_of(window) == WDA_MONITOR
    finally:
        qapp.removeEventFilter(installed)
        shiboken6.delete(installed)


def test_a_refusal_by_windows_is_logged_once_and_nothing_breaks(
    qtbot, qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    refusing = AffinityRecorder(succeeds=False)
    installed = _install(qapp, refusing)
    try:
        for _ in range(2):
            dialog = QDialog()
            qtbot.addWidget(dialog)
            dialog.show()
        assert len(refusing.calls) == 2
        assert caplog.text.count("display affinity") == 1
    finally:
        qapp.removeEventFilter(installed)
        shiboken6.delete(installed)


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_other_systems_are_left_alone_but_the_setting_is_remembered(
    qtbot, qapp: QApplication, recorder: AffinityRecorder, platform: str
) -> None:
    installed = _install(qapp, recorder, platform=platform)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        installed.set_allowed(True)
        assert recorder.calls == []
        assert not installed.enabled
        assert installed.allow_capture
    finally:
        qapp.removeEventFilter(installed)
        shiboken6.delete(installed)


def test_the_unlocked_main_window_is_excluded_and_the_settings_dialog_allows_capture(
    qtbot, qapp: QApplication, recorder: AffinityRecorder, demo_vault, login, settings
) -> None:
    guard = _install(qapp, recorder)
    session = SessionController(
        opener=DeskLoader().open,
        settings=settings,
        save_settings=save_settings,
        capture_guard=guard,
    )
    try:
        qtbot.addWidget(session.window)
        session.start(demo_vault)
        assert session.unlock_dialog is not None
        assert recorder.affinity_of(session.unlock_dialog) == WDA_EXCLUDEFROMCAPTURE
        session.unlock_dialog.user_edit.setText(login[0])
        session.unlock_dialog.password_edit.setText(login[1])
        qtbot.mouseClick(session.unlock_dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(session.window.isVisible)
        assert recorder.affinity_of(session.window) == WDA_EXCLUDEFROMCAPTURE

        session.edit_settings()
        dialog = session.window.findChild(SettingsDialog)
        assert dialog.isVisible()
        assert recorder.affinity_of(dialog) == WDA_EXCLUDEFROMCAPTURE
        assert dialog.capture_check.isEnabled()
        assert not dialog.capture_check.isChecked()
        dialog.capture_check.setChecked(True)
        dialog.accept()
        assert recorder.affinity_of(session.window) == WDA_NONE
        assert load_settings().allow_screen_capture is True
    finally:
        session.idle_lock.stop()
        if session.desk is not None:
            session.desk.lock()
        qapp.removeEventFilter(guard)
        session.capture_guard = None
        shiboken6.delete(guard)


def test_where_capture_cannot_be_blocked_the_setting_is_shown_but_cannot_be_changed(
    qtbot,
) -> None:
    dialog = SettingsDialog(Settings(), capture_can_be_blocked=False)
    qtbot.addWidget(dialog)
    assert not dialog.capture_check.isEnabled()
    assert dialog.settings().allow_screen_capture is False


def test_the_settings_dialog_returns_the_capture_choice(qtbot) -> None:
    dialog = SettingsDialog(Settings(allow_screen_capture=True), capture_can_be_blocked=True)
    qtbot.addWidget(dialog)
    assert dialog.capture_check.isChecked()
    dialog.capture_check.setChecked(False)
    assert dialog.settings().allow_screen_capture is False
