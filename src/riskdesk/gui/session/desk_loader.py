"""Imports the services in the background while the user types the password, and
creates a new vault through them.

No module is imported on two threads at once, by design. Two threads importing the same
packages can each find the other's module half made: pydantic's module ``__getattr__``
imports ``pydantic._internal._validators`` while that module is still being executed, and
PySide6's import hook (installed when PySide6 is first imported, for every thread) calls
that ``__getattr__`` on each new module it inspects. Such an ``ImportError`` is cached, so
every later unlock fails the same way. The start therefore runs in three phases:

1. The GUI thread imports Qt and only what the unlock dialog needs to draw itself, and
   shows the dialog; no loader runs yet (:func:`riskdesk.gui.app.run_gui`). Once the
   dialog is painted, the GUI thread installs the clipboard guard (its imports, too, are
   made before the loader starts), then starts the loader.
2. :meth:`DeskLoader.start` imports :mod:`riskdesk.services.desk` on its thread. Meanwhile
   the GUI thread imports nothing: the main window is built only once
   :attr:`DeskLoader.loaded` (the session controller polls it), and whatever must import
   the core sooner calls :meth:`DeskLoader.wait` first and builds the main window: the
   create-vault click (so :func:`create_vault` runs on the operations thread only after
   both) and :meth:`DeskLoader.open`.
3. The main window built, the start is over: the loader thread has ended, and the GUI
   thread imports what it likes.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType
from typing import TYPE_CHECKING

from riskdesk.gui.session.memory_release import share_one_heap
from riskdesk.gui.session.source_line_cache import keep_few_source_files

if TYPE_CHECKING:
    from pathlib import Path

    from riskdesk.services.desk import Desk

_DESK_MODULE = "riskdesk.services.desk"


class DeskLoader:
    """Imports :mod:`riskdesk.services.desk` (SQLAlchemy, SQLCipher, the store) on a
    thread from :meth:`start` on, so the unlock dialog is shown before those imports.

    :meth:`wait` starts the thread if nobody did and joins it; :meth:`open` waits first.
    An import failure surfaces there, on the caller's thread, as the original exception.
    """

    def __init__(self) -> None:
        self._module: ModuleType | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="riskdesk-import", daemon=True)
        self._start_lock = threading.Lock()

    def start(self) -> None:
        """Begin importing; calling it again does nothing."""
        with self._start_lock:
            if self._thread.ident is None:
                # Before the imports PySide6's hook reads the source of, one by one.
                keep_few_source_files()
                # Before any thread of the session's starts (this one the first).
                share_one_heap()
                self._thread.start()

    @property
    def loaded(self) -> bool:
        """Whether the import has ended, well or not: from then on no other thread imports."""
        return self._thread.ident is not None and not self._thread.is_alive()

    @property
    def error(self) -> BaseException | None:
        """Why the import failed, once :attr:`loaded`; None while it runs or if it did not."""
        return self._error

    def wait(self) -> None:
        """Return once the import has ended (starting it if it had not started)."""
        self.start()
        self._thread.join()

    def settle(self) -> None:
        """Return once a started import has ended (starting none). Called before the
        application ends: the interpreter must never shut down under an import running on
        another thread, which a quit right after the first paint would otherwise do."""
        if self._thread.ident is not None:
            self._thread.join()

    def _load(self) -> None:
        try:
            self._module = importlib.import_module(_DESK_MODULE)
        except BaseException as error:  # re-raised on the caller's thread by desk_module()
            self._error = error

    def desk_module(self) -> ModuleType:
        self.wait()
        if self._module is None:
            raise self._error or ImportError(_DESK_MODULE)
        return self._module

    def open(
        self,
        vault_path: Path | str,
        *,
        username: str,
        password: str,
        new_password: str | None = None,
    ) -> Desk:
        """Open the vault file, or the team server whose address ``vault_path`` is (its
        certificate checked with the CA file of the settings or ``RISKDESK_SERVER_CA``);
        raises the service's ``VaultError`` subclasses (among them
        ``PasswordChangeRequired``: then open again with the user's ``new_password``)."""
        from riskdesk.services.settings import load_settings

        desk_class: type[Desk] = self.desk_module().Desk
        return desk_class.open(
            vault_path,
            username=username,
            password=password,
            new_password=new_password,
            server_ca_file=load_settings().effective_server_ca(),
            # The main window checks the file's pages once the list is painted.
            check_pages_later=True,
        )


def create_vault(
    vault_path: Path, *, username: str, display_name: str, password: str, password_again: str
) -> Desk:
    """A new vault at ``vault_path``, open as its administrator ``username`` (the key
    derivation takes a second: run it with ``run_op``, after :meth:`DeskLoader.wait`).
    Raises :class:`UserInputError` with a problem on each field that is wrong, before
    anything is written."""
    from riskdesk.services.vault_creation import create_vault as create

    return create(
        vault_path,
        username=username,
        display_name=display_name,
        password=password,
        password_again=password_again,
    )
