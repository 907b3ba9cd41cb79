"""Imports the services in the background while the user types the password, and
creates a new vault through them."""

from __future__ import annotations

import importlib
import threading
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from riskdesk.services.desk import Desk

_DESK_MODULE = "riskdesk.services.desk"


class DeskLoader:
    """Starts importing :mod:`riskdesk.services.desk` (SQLAlchemy, SQLCipher, the store)
    on a thread at once, so the unlock dialog can be shown before those imports finish.

    :meth:`open` joins the thread first; an import failure surfaces there, on the
    caller's thread, as the original exception.
    """

    def __init__(self) -> None:
        self._module: ModuleType | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="riskdesk-import", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            self._module = importlib.import_module(_DESK_MODULE)
        except BaseException as error:  # re-raised on the UI thread by desk_module()
            self._error = error

    def desk_module(self) -> ModuleType:
        self._thread.join()
        if self._module is None:
            raise self._error or ImportError(_DESK_MODULE)
        return self._module

    def open(
        self, vault_path: Path, *, username: str, password: str, new_password: str | None = None
    ) -> Desk:
        """Open the vault; raises the service's ``VaultError`` subclasses (among them
        ``PasswordChangeRequired``: then open again with the user's ``new_password``)."""
        desk_class: type[Desk] = self.desk_module().Desk
        return desk_class.open(
            vault_path, username=username, password=password, new_password=new_password
        )


def create_vault(
    vault_path: Path, *, username: str, display_name: str, password: str, password_again: str
) -> Desk:
    """A new vault at ``vault_path``, open as its administrator ``username`` (the key
    derivation takes a second: run it with ``run_op``). Raises :class:`UserInputError`
    with a problem on each field that is wrong, before anything is written."""
    from riskdesk.services.vault_creation import create_vault as create

    return create(
        vault_path,
        username=username,
        display_name=display_name,
        password=password,
        password_again=password_again,
    )
