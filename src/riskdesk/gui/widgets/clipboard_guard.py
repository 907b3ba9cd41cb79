"""Clearing what RiskDesk put on the clipboard, and keeping it out of clipboard history.

Whatever is copied from RiskDesk (a CPR number or a name from a table with Ctrl+C, a
field's text from its context menu, a note) may be person data, so the one guard watches
the clipboard itself rather than each copy: every way Qt's widgets copy ends in
``QClipboard``, whose ``changed`` signal the guard follows. When RiskDesk has put text
there, the guard

- marks it as sensitive, by putting it back with hints that clipboard histories honour
  (KDE's Klipper: ``x-kde-passwordManagerHint``; Windows 10 and later: not in Win+V
  history, not synced to the cloud clipboard, not handed to clipboard monitors), before
  RiskDesk's event loop hands the data to anyone;
- clears it after 30 seconds, at lock and at quit, but only if the clipboard still
  holds what RiskDesk put there: a later copy in another program is never touched.

It keeps a keyed fingerprint of that text, never the text itself.

On X11, Wayland and macOS, Qt reports RiskDesk's own copy at once, inside the copy, so
the marked data replaces it before any other program can ask for it. Windows reports it
later, from its message queue, where a clipboard history may already have read it; so on
Windows the copy keys (Ctrl+C, Ctrl+X and their other shortcuts) in fields, notes and
tables are taken over by :class:`CopyKeyFilter`, which puts the text there already
marked. A copy from a context menu on Windows is marked when Windows reports it.
"""

from __future__ import annotations

import hmac
import secrets
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CLEAR_AFTER_MS = 30_000

KLIPPER_HINT = "x-kde-passwordManagerHint"


def _windows_format(name: str) -> str:
    # Qt turns a MIME type of this form into the Windows clipboard format named `name`.
    return f'application/x-qt-windows-mime;value="{name}"'


_DWORD_ZERO = bytes(4)
_DWORD_ONE = (1).to_bytes(4, "little")

SENSITIVE_FORMATS: Mapping[str, bytes] = {
    KLIPPER_HINT: b"secret",
    _windows_format("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ONE,
    _windows_format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _windows_format("CanUploadToCloudClipboard"): _DWORD_ZERO,
}
"""Formats added to everything RiskDesk copies. Each platform reads its own and ignores
the others' (they are only names in a list of formats)."""

_GUARDED_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def copied_here(*, platform: str, owned: bool, active: bool) -> bool:
    """Whether a clipboard change came from RiskDesk.

    X11, Wayland and Windows report who owns the clipboard (``owned``). The offscreen and
    minimal platforms keep a clipboard inside the process, so every change is RiskDesk's.
    macOS reports no owner: a change while RiskDesk is the active application is taken
    as RiskDesk's (Qt reports another program's copy when RiskDesk becomes active, before
    the guard has seen it become so)."""
    if platform in {"xcb", "windows"} or platform.startswith("wayland"):
        return owned
    if platform in {"offscreen", "minimal"}:
        return True
    return active


def marked_copy(data: QMimeData) -> QMimeData:
    """``data`` in every format it has, plus :data:`SENSITIVE_FORMATS`."""
    marked = QMimeData()
    for name in data.formats():
        marked.setData(name, data.data(name))
    for name, value in SENSITIVE_FORMATS.items():
        marked.setData(name, value)
    return marked


Origin = Callable[[QClipboard.Mode], bool]
"""``mode -> whether RiskDesk put the clipboard's current content there``."""


class ClipboardGuard(QObject):
    """Marks and later clears what RiskDesk copies; see the module's docstring.

    ``origin`` tells whether the current content is RiskDesk's; by default it asks the
    platform (:func:`copied_here`). Tests replace it to stand for another program."""

    def __init__(
        self,
        clipboard: QClipboard,
        *,
        clear_after_ms: int = CLEAR_AFTER_MS,
        origin: Origin | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._origin = origin or self._platform_origin
        self._key = secrets.token_bytes(32)
        self._fingerprints: dict[QClipboard.Mode, bytes] = {}
        self._writing = False
        self.copy_keys: CopyKeyFilter | None = None
        self._active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        self._timers: dict[QClipboard.Mode, QTimer] = {}
        for mode in _GUARDED_MODES:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(clear_after_ms)
            timer.timeout.connect(lambda mode=mode: self._clear_if_ours(mode))
            self._timers[mode] = timer
        clipboard.changed.connect(self._changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def clear_after_ms(self) -> int:
        return self._timers[QClipboard.Mode.Clipboard].interval()

    def guarding(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        """Whether content RiskDesk copied is waiting to be cleared."""
        return mode in self._fingerprints

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard already marked, and clear it after the delay."""
        plain = QMimeData()
        plain.setText(text)
        marked = marked_copy(plain)
        mode = QClipboard.Mode.Clipboard
        self._write(lambda: self._clipboard.setMimeData(marked, mode))
        self._fingerprints[mode] = self._fingerprint(text)
        self._timers[mode].start()

    def clear_now(self) -> None:
        """Clear at once whatever RiskDesk copied and is still there (lock, quit)."""
        for mode in _GUARDED_MODES:
            self._clear_if_ours(mode)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if self._writing or mode not in self._timers:
            return
        data = self._clipboard.mimeData(mode)
        text = data.text() if data is not None else ""
        if not text or not self._origin(mode):
            # Someone else's content now, or nothing: nothing of RiskDesk's to clear.
            self._forget(mode)
            return
        if data is not None and not data.hasFormat(KLIPPER_HINT):
            marked = marked_copy(data)
            self._write(lambda: self._clipboard.setMimeData(marked, mode))
        self._fingerprints[mode] = self._fingerprint(text)
        self._timers[mode].start()

    def _clear_if_ours(self, mode: QClipboard.Mode) -> None:
        expected = self._forget(mode)
        if expected is None:
            return
        data = self._clipboard.mimeData(mode)
        if data is not None and hmac.compare_digest(self._fingerprint(data.text()), expected):
            self._write(lambda: self._clipboard.clear(mode))

    def _forget(self, mode: QClipboard.Mode) -> bytes | None:
        self._timers[mode].stop()
        return self._fingerprints.pop(mode, None)

    def _write(self, change: Callable[[], None]) -> None:
        # The guard's own writes signal a change too; they are not a new copy.
        self._writing = True
        try:
            change()
        finally:
            self._writing = False

    def _fingerprint(self, text: str) -> bytes:
        return hmac.digest(self._key, text.encode("utf-8", "surrogatepass"), "sha256")

    def _platform_origin(self, mode: QClipboard.Mode) -> bool:
        owned = (
            self._clipboard.ownsClipboard()
            if mode == QClipboard.Mode.Clipboard
            else self._clipboard.ownsSelection()
        )
        return copied_here(
            platform=QGuiApplication.platformName(), owned=owned, active=self._active
        )

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        self._active = state == Qt.ApplicationState.ApplicationActive


def copyable_text(widget: QWidget) -> str | None:
    """What the copy keys copy from ``widget``, or None where RiskDesk leaves them to Qt
    (nothing selected, a password field, a widget kind not handled here)."""
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return None  # Qt never copies a password, and neither does RiskDesk
        return widget.selectedText() or None
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.textCursor().selection().toPlainText() or None
    if isinstance(widget, QAbstractItemView):
        value = widget.currentIndex().data()
        return str(value) if value not in (None, "") else None
    return None


def _cuttable(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and not widget.isReadOnly()


def _remove_selection(widget: QWidget) -> None:
    if isinstance(widget, QLineEdit):
        widget.insert("")  # as Qt's own cut does: one undoable edit
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.textCursor().removeSelectedText()


class CopyKeyFilter(QObject):
    """Copies and cuts with the keyboard through :meth:`ClipboardGuard.copy_text`, so the
    text reaches the clipboard already marked (installed on the application)."""

    def __init__(self, guard: ClipboardGuard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = guard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
        ):
            return False
        cut = event.matches(QKeySequence.StandardKey.Cut)
        if not cut and not event.matches(QKeySequence.StandardKey.Copy):
            return False
        text = copyable_text(watched)
        if text is None or (cut and not _cuttable(watched)):
            return False
        self._guard.copy_text(text)
        if cut:
            _remove_selection(watched)
        return True


def install_clipboard_guard(
    app: QApplication,
    *,
    clear_after_ms: int = CLEAR_AFTER_MS,
    take_copy_keys: bool = sys.platform == "win32",
) -> ClipboardGuard:
    """The application's one guard; it also clears RiskDesk's copies when the
    application quits (Windows would otherwise keep them after RiskDesk has gone).
    ``take_copy_keys`` installs :class:`CopyKeyFilter` (by default on Windows only,
    where the guard hears of a copy too late to mark it first)."""
    guard = ClipboardGuard(app.clipboard(), clear_after_ms=clear_after_ms, parent=app)
    app.aboutToQuit.connect(guard.clear_now)
    if take_copy_keys:
        guard.copy_keys = CopyKeyFilter(guard, parent=guard)
        app.installEventFilter(guard.copy_keys)
    return guard
