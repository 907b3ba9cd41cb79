"""What the file system must allow before a command opens or creates a vault, said in one
sentence naming what is wrong, with nothing written first.

Opening a vault writes to it (every opening is an audit event) and beside it (SQLite's
``-wal`` and ``-shm`` files), so a read-only vault file or folder cannot be opened. Left
to SQLite, a read-only file fails on the first write, after the ``-wal`` and ``-shm``
files were made, and a read-only folder reads as "not a RiskDesk vault". Checked first,
nothing is made and the user learns what is really wrong.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from riskdesk.cli.console import EXIT_FAILURE, CommandFailed, language
from riskdesk.domain.localized import LocalizedText

_FILE_READ_ONLY = LocalizedText(
    da="Boksfilen er skrivebeskyttet. RiskDesk skriver i boksen, hver gang den åbnes "
    "(revisionssporet); giv filen skriveadgang, eller kopiér den til en mappe, du kan skrive i.",
    en="The vault file is read-only. RiskDesk writes to the vault every time it is opened "
    "(the audit trail); make the file writable, or copy it to a folder you can write to.",
)
_FILE_UNREADABLE = LocalizedText(
    da="Boksfilen eller dens nøglefil (.keys) kan ikke læses: adgang nægtet.",
    en="The vault file or its key file (.keys) cannot be read: permission denied.",
)
_FOLDER_READ_ONLY = LocalizedText(
    da="Mappen med boksen er skrivebeskyttet. RiskDesk lægger sine arbejdsfiler (-wal og -shm) "
    "ved siden af boksen; giv mappen skriveadgang, eller flyt boksen til en mappe, du kan "
    "skrive i.",
    en="The vault's folder is read-only. RiskDesk keeps its working files (-wal and -shm) "
    "beside the vault; make the folder writable, or move the vault to a folder you can "
    "write to.",
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
_KEY_FILE_DAMAGED = LocalizedText(
    da="Boksens nøglefil (.keys) er beskadiget og kan ikke læses. Gendan den fra en "
    "sikkerhedskopi.",
    en="The vault's key file (.keys) is damaged and cannot be read. Restore it from a backup.",
)


def check_can_open(vault: Path) -> None:
    """Raise :class:`CommandFailed` (exit 1) when the vault at ``vault`` exists but cannot
    be opened for writing. A missing vault is left to the core, which says so."""
    if not vault.exists():
        return
    if vault.is_dir():
        _fail(_NOT_A_FILE)
    folder = vault.parent if str(vault.parent) else Path()
    keys = vault.with_name(vault.name + ".keys")
    if not os.access(vault, os.R_OK) or (keys.exists() and not os.access(keys, os.R_OK)):
        _fail(_FILE_UNREADABLE)
    if not os.access(vault, os.W_OK):
        _fail(_FILE_READ_ONLY)
    if not os.access(folder, os.W_OK | os.X_OK):
        _fail(_FOLDER_READ_ONLY)


def check_can_create(vault: Path) -> None:
    """Raise :class:`CommandFailed` (exit 1) when no vault can be made at ``vault``: its
    folder is missing or read-only. An existing file is left to the core, which says so."""
    folder = vault.parent if str(vault.parent) else Path()
    if not folder.is_dir():
        _fail(_NO_FOLDER)
    if not os.access(folder, os.W_OK | os.X_OK):
        _fail(_FOLDER_NOT_WRITABLE)


@contextmanager
def key_file_read() -> Iterator[None]:
    """Around opening a vault: a key file too deeply nested to parse, or with text where
    ASCII belongs, is a damaged key file, not a crash."""
    try:
        yield
    except (RecursionError, UnicodeError):
        _fail(_KEY_FILE_DAMAGED)


def _fail(message: LocalizedText) -> NoReturn:
    raise CommandFailed(message.text(language()), EXIT_FAILURE)
