"""Keeping RiskDesk's windows out of screenshots, screen recordings and screen sharing.

On Windows every window RiskDesk shows gets a display affinity, as KeePassXC does:
``WDA_EXCLUDEFROMCAPTURE`` (Windows 10 version 2004 and later) leaves the window out of
captures altogether; older versions get ``WDA_MONITOR``, which shows it black. The user
can allow capture (File → Settings), for a support call. Other systems offer no such
call to applications, so there the guard does nothing.

The Win32 call sits behind a seam (``set_affinity``), so which windows get which flag
is tested on any system; the call itself runs only on Windows.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
EXCLUDE_FROM_CAPTURE_BUILD = 19041
"""Windows 10 version 2004, the first that knows ``WDA_EXCLUDEFROMCAPTURE``; older ones
refuse the flag, so they get ``WDA_MONITOR``."""

SetAffinity = Callable[[int, int], bool]
"""``(native window handle, affinity) -> succeeded``: ``SetWindowDisplayAffinity``."""


def display_affinity(*, allow_capture: bool, windows_build: int) -> int:
    """The affinity every RiskDesk window gets on this Windows build."""
    if allow_capture:
        return WDA_NONE
    if windows_build >= EXCLUDE_FROM_CAPTURE_BUILD:
        return WDA_EXCLUDEFROMCAPTURE
    return WDA_MONITOR


def is_guarded(widget: QWidget) -> bool:
    """Every window RiskDesk shows is guarded, not only the main window: dialogs show a
    person's details, and popups (a completer, a combo box's list, a tooltip) can show
    names too. A child widget shares its window's affinity."""
    return widget.isWindow()


class CaptureGuard(QObject):
    """Gives each window its display affinity as it is shown (installed on the
    application as an event filter, so no window is forgotten), and every open window
    a new one when the setting changes. A guard that is not ``enabled`` (any system but
    Windows) only remembers the setting."""

    def __init__(
        self,
        *,
        enabled: bool,
        allow_capture: bool,
        set_affinity: SetAffinity,
        windows_build: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._allow_capture = allow_capture
        self._set_affinity = set_affinity
        self._windows_build = windows_build
        self._warned = False

    @property
    def affinity(self) -> int:
        return display_affinity(
            allow_capture=self._allow_capture, windows_build=self._windows_build
        )

    @property
    def allow_capture(self) -> bool:
        return self._allow_capture

    def set_allowed(self, allow_capture: bool) -> None:
        self._allow_capture = allow_capture
        if not self.enabled:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and is_guarded(widget):
                self._apply(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The Show event comes after the native window exists and before it is on screen,
        # so not one frame of it is captured.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and is_guarded(watched)
        ):
            self._apply(watched)
        return False

    def _apply(self, widget: QWidget) -> None:
        if not self._set_affinity(int(widget.winId()), self.affinity) and not self._warned:
            self._warned = True
            log.warning("Windows refused to set a window's display affinity")


def install_capture_guard(
    app: QApplication,
    *,
    allow_capture: bool,
    platform: str = sys.platform,
    set_affinity: SetAffinity | None = None,
    windows_build: int | None = None,
) -> CaptureGuard:
    """The application's guard; it watches windows only on Windows (``platform``,
    ``set_affinity`` and ``windows_build`` are seams for tests)."""
    guard = CaptureGuard(
        enabled=platform == "win32",
        allow_capture=allow_capture,
        set_affinity=set_affinity or _set_window_display_affinity,
        windows_build=windows_build if windows_build is not None else _windows_build(),
        parent=app,
    )
    if guard.enabled:
        app.installEventFilter(guard)
    return guard


def _windows_build() -> int:
    if sys.platform == "win32":
        return sys.getwindowsversion().build
    return 0


def _set_window_display_affinity(hwnd: int, affinity: int) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    call = user32.SetWindowDisplayAffinity
    call.argtypes = (wintypes.HWND, wintypes.DWORD)
    call.restype = wintypes.BOOL
    return bool(call(hwnd, affinity))
