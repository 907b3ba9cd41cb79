"""Creating a new vault from the window: where it may go and who its administrator is.

Everything that can be refused is refused here, each problem on its field, before the
slow key derivation starts and before anything is written: a name that does not end in
``.rdv``, a folder that is missing or read-only, a place that is taken (the words are the
command line's, ``riskdesk init``), and the administrator's user name, full name and
password typed twice. A vault on a network drive is allowed, with a note saying how it
will run there.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.domain.file_errors import with_os_reason
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import clean_query
from riskdesk.domain.vault_errors import VaultExists
from riskdesk.services.settings import VAULT_SUFFIX, data_dir
from riskdesk.services.user_service import check_new_password, check_username
from riskdesk.store.key_slots import DEFAULT_KDF_COST, KdfCost, sidecar_path
from riskdesk.store.storage_location import is_network_path

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.forms import Forms

PATH, DISPLAY_NAME = "path", "display_name"
PASSWORD, PASSWORD_AGAIN = "password", "password_again"

_NOT_RDV = LocalizedText(
    da=f"Boksfilens navn skal ende på {VAULT_SUFFIX}.",
    en=f"The vault file's name must end in {VAULT_SUFFIX}.",
)
_NOT_A_FILE = LocalizedText(
    da="Stien peger på en mappe, ikke på en boksfil.",
    en="The path names a folder, not a vault file.",
)
_NO_FOLDER = LocalizedText(
    da="Mappen, boksen skal ligge i, findes ikke. Opret den først, eller vælg en anden.",
    en="The folder the vault is to go in does not exist. Create it first, or choose another.",
)
_FOLDER_NOT_WRITABLE = LocalizedText(
    da="Mappen, boksen skal ligge i, er skrivebeskyttet. Vælg en mappe, du kan skrive i.",
    en="The folder the vault is to go in is read-only. Choose a folder you can write to.",
)
_NAME = LocalizedText(da="Navnet", en="The name")
_NAME_NEEDED = LocalizedText(
    da="Skriv administratorens fulde navn.", en="Enter the administrator's full name."
)
_PASSWORDS_DIFFER = LocalizedText(
    da="De to adgangskoder er ikke ens.", en="The two passwords are not the same."
)
NETWORK_NOTE = LocalizedText(
    da="Mappen ligger på et netværksdrev. Her kører boksen med SQLites langsommere "
    "rollback-journal, som bygger på filserverens låse; læs “Sharing a vault” i README "
    "først.",
    en="The folder is on a network drive. There the vault runs with SQLite's slower "
    "rollback journal, which relies on the file server's locks; read “Sharing a vault” in "
    "the README first.",
)


@dataclass(frozen=True)
class VaultPlace:
    """A place a new vault may be created, and what the user should know about it."""

    path: Path
    notes: tuple[LocalizedText, ...] = ()


def suggested_vault_path() -> Path:
    """A free ``.rdv`` name in the user's data folder: ``riskdesk.rdv``, else
    ``riskdesk-2.rdv``, …"""
    folder = data_dir()
    number = 1
    while True:
        name = "riskdesk" if number == 1 else f"riskdesk-{number}"
        candidate = folder / f"{name}{VAULT_SUFFIX}"
        if not _taken(candidate):
            return candidate
        number += 1


def check_vault_place(path: Path) -> VaultPlace:
    """Raises :class:`UserInputError` on ``path`` when no vault can be created there;
    otherwise the place with its notes. The user's own data folder counts as there even
    before it exists: it is made when the vault is."""
    if path.suffix.lower() != VAULT_SUFFIX or not path.stem:
        raise _refused(PATH, _NOT_RDV)
    try:
        return _checked_place(path)
    except OSError as error:
        # A name the system will not take (too long, say) is refused on the field in
        # our words, not raised out of the dialog.
        raise _refused(PATH, with_os_reason(_PLACE_REFUSED, error)) from None


def _checked_place(path: Path) -> VaultPlace:
    if path.is_dir():
        raise _refused(PATH, _NOT_A_FILE)
    if _taken(path):
        raise _refused(PATH, VaultExists.message)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        if not _is_data_folder(folder):
            raise _refused(PATH, _NO_FOLDER)
    elif not os.access(folder, os.W_OK | os.X_OK):
        raise _refused(PATH, _FOLDER_NOT_WRITABLE)
    notes = (NETWORK_NOTE,) if folder.is_dir() and is_network_path(path) else ()
    return VaultPlace(path, notes)


def check_administrator(
    *, username: str, display_name: str, password: str, password_again: str
) -> str:
    """The administrator's full name, cleaned; raises :class:`UserInputError` with a
    problem on each field that is wrong."""
    problems: list[Problem] = []
    try:
        check_username(username)
    except UserInputError as error:
        problems += error.problems
    name = ""
    try:
        name = clean_query(display_name, field=DISPLAY_NAME, label=_NAME)
    except UserInputError as error:
        problems += error.problems
    else:
        if not name:
            problems.append(Problem(DISPLAY_NAME, _NAME_NEEDED))
    try:
        check_new_password(password, field=PASSWORD)
    except UserInputError as error:
        problems += error.problems
    else:
        if password != password_again:
            problems.append(Problem(PASSWORD_AGAIN, _PASSWORDS_DIFFER))
    if problems:
        raise UserInputError(problems)
    return name


def create_vault(
    path: Path,
    *,
    username: str,
    display_name: str,
    password: str,
    password_again: str,
    kdf_cost: KdfCost = DEFAULT_KDF_COST,
    forms: Forms | None = None,
) -> Desk:
    """A new vault at ``path``, open as its first user, the administrator ``username``.
    Every problem with the place and the details is refused at once, on its field, before
    the key derivation; nothing is left behind by a refusal or a failure."""
    from riskdesk.services.desk import Desk

    problems: list[Problem] = []
    try:
        check_vault_place(path)
    except UserInputError as error:
        problems += error.problems
    try:
        name = check_administrator(
            username=username,
            display_name=display_name,
            password=password,
            password_again=password_again,
        )
    except UserInputError as error:
        problems += error.problems
    if problems:
        raise UserInputError(problems)
    made_folder = not path.parent.exists()
    if made_folder:
        path.parent.mkdir(parents=True)
    try:
        return Desk.create(
            path,
            username=username,
            display_name=name,
            password=password,
            kdf_cost=kdf_cost,
            forms=forms,
        )
    except VaultExists:
        # Taken between the check and the creation (a colleague, another window).
        raise _refused(PATH, VaultExists.message) from None
    except BaseException:
        if made_folder:
            with contextlib.suppress(OSError):
                path.parent.rmdir()
        raise


def _taken(path: Path) -> bool:
    return path.exists() or sidecar_path(path).exists()


def _is_data_folder(folder: Path) -> bool:
    return folder.absolute() == data_dir().absolute()


_PLACE_REFUSED = LocalizedText(
    da="Boksen kan ikke ligge her: {reason}.", en="The vault cannot go here: {reason}."
)


def _refused(field: str, message: LocalizedText) -> UserInputError:
    return UserInputError([Problem(field, message)])
