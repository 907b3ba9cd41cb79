"""One run of the application: unlock, work, lock on idle, unlock again, quit."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from riskdesk.gui.session.desk_loader import DeskLoader, create_vault
from riskdesk.gui.session.locked_session import LockedSession
from riskdesk.gui.session.memory_release import release_freed_memory
from riskdesk.gui.session.unlock_dialog import Opener, UnlockDialog
from riskdesk.services.settings import default_vault_path

if TYPE_CHECKING:
    from collections.abc import Callable

    from riskdesk.gui.main_window import MainWindow
    from riskdesk.gui.session.create_vault_dialog import Creator
    from riskdesk.gui.session.idle_lock import IdleLock
    from riskdesk.gui.widgets.capture_guard import CaptureGuard
    from riskdesk.gui.widgets.clipboard_guard import ClipboardGuard
    from riskdesk.services.desk import Desk
    from riskdesk.services.settings import Settings

log = logging.getLogger(__name__)

OPERATIONS_WAIT_MS = 180_000
"""How long locking waits for running operations: longer than a PDF conversion may take
(``PDF_TIMEOUT_SECONDS``), so only a hung operation is cut short."""

LOADED_POLL_MS = 20
"""How often the GUI thread looks whether the loader has ended (a plain thread, no Qt)."""

LOAD_ANYWAY_MS = 1_000
"""When the loader starts if the unlock dialog was never painted (a hidden screen)."""


class SessionController(QObject):
    """Owns the open desk and moves between the unlock dialog and the main window.

    The main window lives for the whole run and is cleared, not destroyed, on lock, so
    its geometry and navigation survive; only its native window and drawing buffer go.
    Locking and quitting first let running operations finish
    (:func:`~riskdesk.gui.operations.wait_until_idle`), so the key is
    never dropped under a use case halfway through its work. ``save_settings`` is called after every
    unlock (the vault file or team server, among the recent ones, and the user name, never
    the password) and settings change.

    The unlock dialog also offers to create a vault with ``creator`` (None: it does
    not); a vault created so is open as its administrator and is remembered for next
    time, as any vault unlocked.

    The application's guards (:func:`~riskdesk.gui.app.guarded_session` installs them) are told
    about the session: what RiskDesk copied is cleared at lock and quit, and a change of
    the screen-capture setting reaches every open window. The clipboard guard is
    installed by ``guard_clipboard`` once the unlock dialog is first painted (the dialog
    shows nothing from a vault, and the guard's Qt enums would delay that paint), or at
    :meth:`start` when there is no loader.

    With a ``loader`` the start follows :mod:`~riskdesk.gui.session.desk_loader`: the
    loader starts after the unlock dialog's first paint (its imports would take the GIL
    from that paint), and the main window is built once the loader has ended; then
    :attr:`loaded` is emitted. Without one (the caller imported the services already) the
    main window is built as soon as the event loop runs. Nothing the unlock dialog does
    not draw is imported before its first paint: the operations module, the idle lock
    and the clipboard guard come after it.
    """

    painted = Signal(QWidget)
    """The unlock dialog :meth:`start` showed is being painted for the first time (the
    startup probe's cue: a filter of its own on the whole application would make PySide6
    wrap objects the dialog never shows, the style among them)."""

    loaded = Signal(bool)
    """The start's loading has ended: True with the services imported and the main window
    built (an unlock imports nothing), False when the import failed (an unlock says so)."""

    def __init__(
        self,
        *,
        opener: Opener,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        creator: Creator | None = create_vault,
        capture_guard: CaptureGuard | None = None,
        guard_clipboard: Callable[[], ClipboardGuard] | None = None,
        loader: DeskLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._loader = loader
        self._loaded_poll = QTimer(self, interval=LOADED_POLL_MS)
        self._loaded_poll.timeout.connect(self._build_window_once_loaded)
        self._creator = creator
        self.capture_guard = capture_guard
        self._guard_clipboard = guard_clipboard
        self.clipboard_guard: ClipboardGuard | None = None
        self.settings = settings
        self._save_settings = save_settings
        self.desk: Desk | None = None
        # The vault file, or the team server's address.
        self.vault_path: Path | str | None = None
        self.unlock_dialog: UnlockDialog | None = None

        self._window: MainWindow | None = None
        self._idle_lock: IdleLock | None = None

    @property
    def idle_lock(self) -> IdleLock:
        """Built on first use (it reaches Qt's enums, which the unlock dialog's first
        paint does without): at the first unlock, after the loader has ended."""
        if self._idle_lock is None:
            from riskdesk.gui.session.idle_lock import IdleLock

            minutes = self.settings.idle_lock_minutes
            self._idle_lock = IdleLock(interval_ms=minutes * 60_000, parent=self)
            self._idle_lock.timed_out.connect(self._lock_when_idle)
        return self._idle_lock

    @property
    def window(self) -> MainWindow:
        """Built on first use: the unlock dialog must not wait for the main window's
        imports and widgets, which are built once the loader has ended (or at unlock)."""
        if self._window is None:
            from riskdesk.gui.main_window import MainWindow

            self._window = MainWindow(language=self.settings.language)
            self._window.lock_requested.connect(lambda: self.lock())
            self._window.settings_requested.connect(self.edit_settings)
            self._window.quit_requested.connect(self.quit)
            self.loaded.emit(True)
        return self._window

    def wait_for_core(self) -> None:
        """Return once the services are imported and the main window is built (a failed
        import is raised at unlock): call it before importing the core on the GUI thread
        or starting an operation while the start may still be loading."""
        if self._loader is not None:
            self._loader.wait()
            if self._loader.error is not None:
                return
        _ = self.window

    def start(self, vault: Path | str | None = None, username: str | None = None) -> None:
        self._ask_to_unlock(
            vault or self.settings.last_place() or default_vault_path(),
            username or self.settings.last_username,
            None,
        )
        dialog = self.unlock_dialog
        assert dialog is not None
        if self._loader is None:
            _FirstPaint(dialog, self.painted)
            self._install_clipboard_guard()
            QTimer.singleShot(0, self.wait_for_core)
            return
        _FirstPaint(dialog, self.painted, then=self._load_core)
        QTimer.singleShot(LOAD_ANYWAY_MS, self._load_core)

    def _install_clipboard_guard(self) -> None:
        if self.clipboard_guard is None and self._guard_clipboard is not None:
            self.clipboard_guard = self._guard_clipboard()

    def _load_core(self) -> None:
        assert self._loader is not None
        # Before the loader starts: the GUI thread imports nothing while it runs.
        self._install_clipboard_guard()
        if not self._loader.loaded and not self._loaded_poll.isActive():
            self._loader.start()
            self._loaded_poll.start()

    def _build_window_once_loaded(self) -> None:
        assert self._loader is not None
        if self._loader.loaded:
            self._loaded_poll.stop()
            if self._loader.error is not None:
                log.error("The services were not imported: %s", type(self._loader.error).__name__)
                self.loaded.emit(False)
            self.wait_for_core()

    def _ask_to_unlock(
        self, vault: Path | str | None, username: str, locked: LockedSession | None
    ) -> None:
        dialog = UnlockDialog(
            opener=self._opener,
            language=self.settings.language,
            vault=vault,
            username=username,
            recent=self.settings.recent_places,
            save_ca_file=self._save_ca_file,
            locked=locked,
            creator=self._creator,
            wait_for_core=self.wait_for_core,
        )
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.rejected.connect(self.quit)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _unlocked(self, dialog: UnlockDialog) -> None:
        if dialog.desk is None:
            return
        self.desk = dialog.desk
        self.vault_path = dialog.place()
        self.unlock_dialog = None
        dialog.deleteLater()
        self.settings.remember_place(self.vault_path)
        self.settings.last_username = dialog.username()
        self._store_settings()
        if dialog.locked is not None and dialog.locked.username != self.desk.user.username:
            # An administrator's own session: it starts where every session starts.
            self.window.navigation.setCurrentRow(0)
        self.window.set_desk(self.desk, self.vault_path)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.idle_lock.start()

    def _save_ca_file(self, ca_file: Path) -> None:
        self.settings.server_ca_file = ca_file
        self._store_settings()

    def lock(self, *, idle: bool = False) -> None:
        """Drop the key and every view of the vault, then ask for the password again:
        of the same user, or an administrator (see :class:`LockedSession`). ``idle``:
        it locks because it was not used, not because the user asked."""
        if self.desk is None:
            return
        self._stop_idle_lock()
        user = self.desk.user
        locked = LockedSession(username=user.username, display_name=user.display_name, idle=idle)
        self._drop_desk()
        # The unlock dialog is shown before the window hides, so there is always a window.
        self._ask_to_unlock(self.vault_path, user.username, locked)
        self.window.hide()
        # The native window goes with its drawing buffer (what the session last showed;
        # 3 MB at 990×760, 33 MB full screen at 200 %), and the widgets stay; showing the
        # window makes a new one, which the capture guard excludes as it is shown.
        self.window.destroy()
        # Once the event loop has deleted what the lock closed (the editors, the last
        # unlock dialog: deleteLater), so their memory is given back too.
        QTimer.singleShot(0, release_freed_memory)

    def _lock_when_idle(self) -> None:
        self.lock(idle=True)

    def _stop_idle_lock(self) -> None:
        # Never built before the first unlock, maybe while the loader runs: not now either.
        if self._idle_lock is not None:
            self._idle_lock.stop()

    def quit(self) -> None:
        self._stop_idle_lock()
        self._drop_desk()
        if self._window is not None:
            self._window.hide()
        QCoreApplication.quit()

    def _drop_desk(self) -> None:
        if self.clipboard_guard is not None:
            self.clipboard_guard.clear_now()
        if self.desk is not None:
            # First: an operation below may wait for the vault a read holds (the case
            # list's rest), and no read may outlive the key.
            from riskdesk.gui.quiet_read import stop_quiet_reads

            stop_quiet_reads()
        if self._window is not None:
            # A search typed a moment ago is recorded while the editors are still open,
            # so the wait below also covers it.
            self._window.case_list.record_search()
        self._let_operations_finish()
        if self._window is not None:
            self._window.clear()
        # Closing an editor can start its last save (the assessment wizard's draft): it
        # must reach the vault before the key is dropped.
        self._let_operations_finish()
        if self.desk is not None:
            self.desk.lock()
            self.desk = None

    def _let_operations_finish(self) -> None:
        if self.desk is None:
            return  # nothing to protect; and with a desk open, the loader has ended
        from riskdesk.gui.operations import wait_until_idle

        if not wait_until_idle(OPERATIONS_WAIT_MS):
            log.warning("Locking while an operation still runs after %d ms", OPERATIONS_WAIT_MS)

    def edit_settings(self) -> None:
        from riskdesk.gui.session.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            parent=self.window,
            capture_can_be_blocked=self.capture_guard is not None and self.capture_guard.enabled,
        )
        dialog.accepted.connect(lambda: self._settings_changed(dialog.settings()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _settings_changed(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        self._store_settings()
        self.idle_lock.set_minutes(settings.idle_lock_minutes)
        if self.capture_guard is not None:
            self.capture_guard.set_allowed(settings.allow_screen_capture)
        if language_changed:
            self.window.statusBar().showMessage(
                self.tr("The new language is used from the next start of RiskDesk."), 8000
            )

    def _store_settings(self) -> None:
        try:
            self._save_settings(self.settings)
        except OSError as error:
            # Not being remembered is an inconvenience, never a reason to stop working.
            log.warning("Could not save settings: %s", type(error).__name__)


class _FirstPaint(QObject):
    """Emits ``painted`` with ``widget`` as it is first painted, and calls ``then`` once
    that paint is done."""

    def __init__(
        self,
        widget: QWidget,
        painted: SignalInstance,
        *,
        then: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(widget)
        self._painted = painted
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._painted.emit(watched)
            if self._then is not None:
                # Once this paint is on the screen, not in the middle of it.
                QTimer.singleShot(0, self._then)
        return False
