"""What RiskDesk copies is marked for clipboard histories and cleared after a while, at
lock and at quit, but only while it is still there: a real offscreen QApplication
clipboard, real widgets copying the way a user makes them (Ctrl+C, the context menu), and
a delay of a fraction of a second instead of 30 s."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView

from riskdesk.gui.app import guarded_session
from riskdesk.gui.cases.case_table_model import Column
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.widgets.clipboard_guard import (
    CLEAR_AFTER_MS,
    SENSITIVE_FORMATS,
    ClipboardGuard,
    copied_here,
    install_clipboard_guard,
)
from riskdesk.gui.widgets.clipboard_guard import (
    KLIPPER_HINT as KLIPPER,
)

CPR = "010203-4567"
NAME = "Mads Jensen"
DELAY_MS = 150
CLIPBOARD = QClipboard.Mode.Clipboard


class OtherProgram:
    """Stands for the platform's report of who owns the clipboard: while ``copying``,
    a change is another program's."""

    copying = False

    def __call__(self, mode: QClipboard.Mode) -> bool:
        return not self.copying


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def other_program() -> OtherProgram:
    return OtherProgram()


@pytest.fixture
def guard(clipboard: QClipboard, other_program: OtherProgram) -> Iterator[ClipboardGuard]:
    made = ClipboardGuard(clipboard, clear_after_ms=DELAY_MS, origin=other_program)
    yield made
    shiboken6.delete(made)


def _line_edit(qtbot, text: str) -> QLineEdit:
    edit = QLineEdit(text)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.selectAll()
    return edit


def _assert_marked(clipboard: QClipboard) -> None:
    data = clipboard.mimeData()
    for name, value in SENSITIVE_FORMATS.items():
        assert data.hasFormat(name), name
        assert bytes(data.data(name)) == value


def test_the_delay_is_thirty_seconds_by_default(clipboard: QClipboard) -> None:
    made = ClipboardGuard(clipboard)
    try:
        assert made.clear_after_ms == CLEAR_AFTER_MS == 30_000
    finally:
        shiboken6.delete(made)


def test_a_cpr_copied_with_ctrl_c_is_marked_and_cleared_after_the_delay(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    edit = _line_edit(qtbot, CPR)
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == CPR
    _assert_marked(clipboard)
    assert clipboard.mimeData().hasText()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    assert not guard.guarding()


def test_a_copy_from_the_fields_context_menu_is_cleared_too(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    edit = _line_edit(qtbot, NAME)
    menu = edit.createStandardContextMenu()
    (copy,) = [action for action in menu.actions() if action.objectName() == "edit-copy"]
    copy.trigger()
    assert clipboard.text() == NAME
    _assert_marked(clipboard)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_ctrl_c_in_a_table_copies_the_cell_and_it_is_cleared(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    model = QStandardItemModel()
    model.appendRow([QStandardItem(NAME), QStandardItem(CPR)])
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == CPR
    _assert_marked(clipboard)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_a_note_copied_from_a_text_field_keeps_its_text_and_is_cleared(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    note = QPlainTextEdit(f"Samtale med {NAME}\nom skolegang")
    qtbot.addWidget(note)
    note.show()
    note.selectAll()
    note.copy()
    assert clipboard.text() == f"Samtale med {NAME}\nom skolegang"
    _assert_marked(clipboard)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_another_programs_later_copy_is_never_cleared(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard, other_program: OtherProgram
) -> None:
    edit = _line_edit(qtbot, CPR)
    edit.copy()
    assert guard.guarding()
    other_program.copying = True
    clipboard.setText("indkøbsliste")
    assert not guard.guarding()
    qtbot.wait(DELAY_MS * 3)
    assert clipboard.text() == "indkøbsliste"
    assert not clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")


def test_a_second_copy_restarts_the_delay_and_only_the_newest_is_cleared(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    _line_edit(qtbot, CPR).copy()
    qtbot.wait(DELAY_MS // 2)
    _line_edit(qtbot, NAME).copy()
    qtbot.wait(DELAY_MS * 2 // 3)
    assert clipboard.text() == NAME  # the first copy's deadline has passed
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_clearing_now_empties_only_riskdesks_copy(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard, other_program: OtherProgram
) -> None:
    _line_edit(qtbot, CPR).copy()
    guard.clear_now()
    assert clipboard.text() == ""

    other_program.copying = True
    clipboard.setText("indkøbsliste")
    guard.clear_now()
    assert clipboard.text() == "indkøbsliste"


def test_the_guard_keeps_a_keyed_fingerprint_never_the_text(
    qtbot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    _line_edit(qtbot, CPR).copy()
    held = repr(vars(guard))
    assert guard.guarding()
    assert CPR not in held
    assert CPR.replace("-", "") not in held


def test_marking_happens_once_per_copy(qtbot, clipboard: QClipboard, guard: ClipboardGuard) -> None:
    changes: list[QClipboard.Mode] = []
    clipboard.changed.connect(changes.append)
    try:
        _line_edit(qtbot, CPR).copy()
        QCoreApplication.processEvents()
    finally:
        clipboard.changed.disconnect(changes.append)
    assert changes == [CLIPBOARD, CLIPBOARD]  # the widget's copy and the guard's marking


def test_the_installed_guard_clears_riskdesks_copy_when_the_application_quits(
    qtbot, qapp: QApplication, clipboard: QClipboard
) -> None:
    installed = install_clipboard_guard(qapp, clear_after_ms=60_000)
    try:
        _line_edit(qtbot, NAME).copy()
        assert clipboard.text() == NAME
        qapp.aboutToQuit.emit()
        assert clipboard.text() == ""
    finally:
        shiboken6.delete(installed)


@pytest.fixture
def windows_guard(qapp: QApplication, clipboard: QClipboard) -> Iterator[ClipboardGuard]:
    """The guard as installed on Windows: it takes over the copy keys."""
    installed = install_clipboard_guard(qapp, clear_after_ms=DELAY_MS, take_copy_keys=True)
    yield installed
    qapp.removeEventFilter(installed.copy_keys)
    shiboken6.delete(installed)


@pytest.fixture
def first_seen(clipboard: QClipboard, windows_guard: ClipboardGuard) -> Iterator[list[bool]]:
    """Whether the content was marked each time the clipboard changed, seen before the
    guard sees it: what a clipboard history that reads at once would get."""
    seen: list[bool] = []

    def look(mode: QClipboard.Mode) -> None:
        data = clipboard.mimeData(mode)
        seen.append(data is not None and data.hasFormat(KLIPPER))

    clipboard.changed.disconnect(windows_guard._changed)
    clipboard.changed.connect(look)
    clipboard.changed.connect(windows_guard._changed)
    yield seen
    clipboard.changed.disconnect(look)


@pytest.mark.parametrize("key", [Qt.Key.Key_C, Qt.Key.Key_Insert])
def test_with_the_copy_keys_taken_the_text_is_marked_from_the_first_moment(
    qtbot, clipboard: QClipboard, first_seen: list[bool], key: Qt.Key
) -> None:
    edit = _line_edit(qtbot, CPR)
    qtbot.keyClick(edit, key, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == CPR
    assert first_seen == [True]
    _assert_marked(clipboard)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_with_the_copy_keys_taken_a_table_cell_and_a_note_are_marked_first(
    qtbot, clipboard: QClipboard, first_seen: list[bool]
) -> None:
    model = QStandardItemModel()
    model.appendRow([QStandardItem(NAME)])
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    note = QPlainTextEdit(f"Samtale med {NAME}")
    qtbot.addWidget(note)
    note.show()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == NAME
    note.setFocus()
    note.selectAll()
    qtbot.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == f"Samtale med {NAME}"
    assert first_seen == [True, True]


def test_with_the_copy_keys_taken_cut_removes_the_text_undoably_and_marks_it(
    qtbot, clipboard: QClipboard, first_seen: list[bool]
) -> None:
    edit = _line_edit(qtbot, CPR)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == CPR
    assert first_seen == [True]
    assert edit.text() == ""
    edit.undo()
    assert edit.text() == CPR


def test_with_the_copy_keys_taken_a_read_only_field_is_copied_but_never_cut(
    qtbot, clipboard: QClipboard, windows_guard: ClipboardGuard
) -> None:
    edit = _line_edit(qtbot, CPR)
    edit.setReadOnly(True)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == ""
    assert edit.text() == CPR
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == CPR


def test_a_password_is_never_copied(
    qtbot, clipboard: QClipboard, windows_guard: ClipboardGuard
) -> None:
    edit = _line_edit(qtbot, "hemmeligt kodeord")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == ""  # Qt's own cut deletes the selection, copying nothing


def test_with_the_copy_keys_taken_the_context_menu_copy_is_still_marked_and_cleared(
    qtbot, clipboard: QClipboard, windows_guard: ClipboardGuard
) -> None:
    edit = _line_edit(qtbot, NAME)
    menu = edit.createStandardContextMenu()
    (copy,) = [action for action in menu.actions() if action.objectName() == "edit-copy"]
    copy.trigger()
    _assert_marked(clipboard)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)


def test_elsewhere_the_copy_keys_are_left_to_qt(qapp: QApplication, clipboard) -> None:
    installed = install_clipboard_guard(qapp, take_copy_keys=False)
    try:
        assert installed.copy_keys is None
    finally:
        shiboken6.delete(installed)


@pytest.mark.parametrize(
    ("platform", "owned", "active", "expected"),
    [
        ("xcb", True, False, True),
        ("xcb", False, True, False),
        ("wayland", True, True, True),
        ("wayland-egl", False, True, False),
        ("windows", True, False, True),
        ("windows", False, True, False),
        ("offscreen", False, False, True),
        ("minimal", False, False, True),
        ("cocoa", False, True, True),
        ("cocoa", False, False, False),
    ],
)
def test_which_changes_are_riskdesks_on_each_platform(
    platform: str, owned: bool, active: bool, expected: bool
) -> None:
    assert copied_here(platform=platform, owned=owned, active=active) is expected


def test_the_platform_decides_by_default_and_offscreen_every_change_is_ours(
    qtbot, clipboard: QClipboard
) -> None:
    made = ClipboardGuard(clipboard, clear_after_ms=DELAY_MS)
    try:
        _line_edit(qtbot, CPR).copy()
        assert made.guarding()
        qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    finally:
        shiboken6.delete(made)


def test_locking_clears_a_name_copied_from_the_case_list(
    qtbot, qapp: QApplication, clipboard: QClipboard, demo_vault, login, settings
) -> None:
    session = guarded_session(qapp, opener=DeskLoader().open, settings=settings)
    try:
        qtbot.addWidget(session.window)
        session.start(demo_vault)
        dialog = session.unlock_dialog
        dialog.user_edit.setText(login[0])
        dialog.password_edit.setText(login[1])
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(session.window.isVisible)
        cases = session.window.case_list
        qtbot.waitUntil(lambda: cases.proxy.rowCount() > 0)
        cases.view.setFocus()
        cases.view.setCurrentIndex(cases.proxy.index(0, Column.NAME))
        qtbot.keyClick(cases.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        name = cases.proxy.index(0, Column.NAME).data()
        assert name
        assert clipboard.text() == name
        _assert_marked(clipboard)
        assert session.clipboard_guard is not None
        assert session.clipboard_guard.clear_after_ms == CLEAR_AFTER_MS

        session.lock()
        assert clipboard.text() == ""
    finally:
        session.idle_lock.stop()
        if session.desk is not None:
            session.desk.lock()
        if session.unlock_dialog is not None:
            session.unlock_dialog.close()
        # The application's guards live as long as it does; this test's must go with it.
        guards = (session.clipboard_guard, session.capture_guard)
        session.clipboard_guard = session.capture_guard = None
        for guard in guards:
            qapp.removeEventFilter(guard)
            shiboken6.delete(guard)


_X11_CHILD = """
import sys
from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from riskdesk.gui.widgets.clipboard_guard import install_clipboard_guard

app = QApplication([])
guard = install_clipboard_guard(app, clear_after_ms=800)
edit = QLineEdit(sys.argv[1])
edit.show()

def xclip(*args, stdin=None):
    # Another X client; run without blocking, since RiskDesk must answer its requests.
    process = QProcess()
    process.start("xclip", list(args))
    if stdin is not None:
        process.write(stdin.encode())
        process.closeWriteChannel()
    while not process.waitForFinished(20):
        app.processEvents()
    return bytes(process.readAllStandardOutput()).decode().strip()

def copied():
    edit.selectAll()
    edit.copy()
    print("platform", app.platformName(), "owned", app.clipboard().ownsClipboard())
    targets = xclip("-o", "-selection", "clipboard", "-t", "TARGETS").split()
    print("targets", " ".join(sorted(targets)))
    print("hint", xclip("-o", "-selection", "clipboard", "-t", "x-kde-passwordManagerHint"))
    print("text", xclip("-o", "-selection", "clipboard"))
    QTimer.singleShot(1500, cleared)

def cleared():
    print("after", repr(xclip("-o", "-selection", "clipboard")))
    edit.copy()
    xclip("-selection", "clipboard", "-i", stdin="indkøbsliste")
    QTimer.singleShot(1500, left_alone)

def left_alone():
    print("other", xclip("-o", "-selection", "clipboard"))
    app.quit()

QTimer.singleShot(200, copied)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xclip")), reason="needs Xvfb and xclip"
)
def test_on_a_real_x_server_another_client_sees_the_hint_and_the_clearing(tmp_path) -> None:
    """The X11 path end to end: RiskDesk (a child process on Xvfb, platform xcb) copies a
    CPR number, xclip (another X client) reads it with the Klipper hint, the guard clears
    it after the delay, and a later copy by xclip itself is left alone."""
    read_display, write_display = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_display),
            "-screen",
            "0",
            "800x600x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_display,),
        stderr=subprocess.DEVNULL,
    )
    try:
        os.close(write_display)
        with os.fdopen(read_display) as display_number:
            display = ":" + display_number.readline().strip()
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        result = subprocess.run(
            [sys.executable, "-c", _X11_CHILD, CPR],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["platform"] == "xcb owned True"
    assert "x-kde-passwordManagerHint" in lines["targets"].split()
    assert lines["hint"] == "secret"
    assert lines["text"] == CPR
    assert lines["after"] == "''"
    assert lines["other"] == "indkøbsliste"
