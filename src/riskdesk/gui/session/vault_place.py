"""Where the unlock dialog opens a desk: a vault file, or a team server by its address,
from the text in its field; and how the window names it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.domain.server_address_text import address_without_login, is_server_address

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit


def place_from_text(text: str) -> Path | str:
    """A team server's address as typed (the core parses it), else the vault file's path."""
    text = text.strip()
    if is_server_address(text):
        return text
    return Path(text).expanduser()


def path_for_new_vault(text: str) -> Path:
    """Where the create-vault dialog proposes the new vault: the path typed when it names
    a new ``.rdv`` file, else the usual place."""
    from riskdesk.services.settings import VAULT_SUFFIX
    from riskdesk.services.vault_creation import suggested_vault_path

    typed = Path(text.strip()).expanduser()
    if text.strip() and typed.suffix.lower() == VAULT_SUFFIX and not exists(typed):
        return typed
    return suggested_vault_path()


def show_start_of_address(field: QLineEdit) -> None:
    """A server's host is the part to see in a narrow field; a file's name, at the end, is
    what the field shows anyway."""
    if is_server_address(field.text()):
        field.home(False)


def place_name(place: Path | str) -> str:
    """For the window title: the vault file's name, or the server's address without the
    user's name or password."""
    if isinstance(place, Path):
        return place.name
    return address_without_login(place)


# From 3.13 Path.is_file/exists raise on a name too long to look up; in a slot nothing catches it.
def is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False
