"""Restoring a ``.rdbackup`` file as a new vault, never over an existing one.

In order, each step refusing before the next: the place is free (the words of creating a
vault), the file is a backup made by this or an older RiskDesk, its checksum matches.
Then it is unpacked into a hidden folder beside the new vault and opened there with the
user's own password (an administrator or supervisor), its pages and structure checked
(the full integrity check) and its audit trail verified; the restore is recorded in it
as one event. Only then are the files moved to their names. On any failure the folder is
removed, so nothing is left where the vault was to go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.domain.backup_refusals import (
    BackupNotAllowed,
    BackupTooNew,
    RestoredTrailBroken,
    RestoredVaultDamaged,
)
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.vault_errors import VaultDamaged, VaultExists, WrongPassword
from riskdesk.services.backup_service import may_back_up
from riskdesk.services.vault_creation import PASSWORD, PATH, check_vault_place
from riskdesk.store import migrate
from riskdesk.store.backup_file import read_header, unpack, verify_payload
from riskdesk.store.key_slots import DEFAULT_KDF_COST, KdfCost
from riskdesk.store.vault_backup import (
    adopt_file_salt,
    move_into_place,
    remove_staging,
    staging_folder,
    vault_files,
)

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.services.forms import Forms

BACKUP = "backup"
_CHOOSE_BACKUP = LocalizedText(
    da="Vælg sikkerhedskopien (en .rdbackup-fil).", en="Choose the backup (an .rdbackup file)."
)


@dataclass(frozen=True)
class RestoreReport:
    created_at: datetime
    schema_revision: str
    events_checked: int


def restore_backup(
    backup: Path,
    vault_path: Path,
    *,
    username: str,
    password: str,
    new_password: str | None = None,
    kdf_cost: KdfCost = DEFAULT_KDF_COST,
    forms: Forms | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RestoreReport:
    """Restore ``backup`` as a new vault at ``vault_path``, verified before it counts as
    done (``progress`` is told how far the audit trail's check has come). Raises
    :class:`UserInputError` on ``path`` (a place that is taken or will not do), a
    :class:`BackupRefused` (not a backup, damaged, too new, failed a check),
    :class:`BackupNotAllowed`, or what opening a vault raises (a wrong password)."""
    from riskdesk.services.desk import Desk

    check_vault_place(vault_path)
    header = read_header(backup)
    if header.schema_revision not in migrate.known_revisions():
        raise BackupTooNew(backup=header.schema_revision, ours=migrate.head_revision())
    verify_payload(backup)
    made_folder = not vault_path.parent.exists()
    if made_folder:
        # The user's own data folder, made when the first vault is (as when creating one).
        vault_path.parent.mkdir(parents=True)
    staging = staging_folder(vault_path)
    try:
        staged = staging / vault_path.name
        unpack(backup, vault_files(staged))
        with Desk.open(
            staged,
            username=username,
            password=password,
            new_password=new_password,
            kdf_cost=kdf_cost,
            forms=forms,
        ) as desk:
            if not may_back_up(desk.user):
                raise BackupNotAllowed
            if desk.check_integrity() or desk.health.read_only:
                raise RestoredVaultDamaged
            report = desk.audit.verify(progress)
            if not report.intact:
                raise RestoredTrailBroken
            desk.backups.record_restore(backup, header)
        adopt_file_salt(staged)
        move_into_place(staged, vault_path)
    except VaultExists:
        # Taken while we verified (a colleague, another window).
        raise UserInputError([Problem(PATH, VaultExists.message)]) from None
    except VaultDamaged:
        # Opening met the damage before the full check did; "restore from a backup"
        # would be the wrong advice here.
        raise RestoredVaultDamaged from None
    finally:
        remove_staging(staging)
        if made_folder and not any(vault_path.parent.iterdir()):
            vault_path.parent.rmdir()
    return RestoreReport(
        created_at=header.created_at,
        schema_revision=header.schema_revision,
        events_checked=report.events_checked,
    )


def restore_and_open(
    backup: Path,
    vault_path: Path,
    *,
    username: str,
    password: str,
    kdf_cost: KdfCost = DEFAULT_KDF_COST,
    progress: Callable[[int, int], None] | None = None,
) -> Desk:
    """:func:`restore_backup`, then the restored vault open as ``username`` (the first-run
    dialog goes on into the window with it). A backup that is not a readable file is
    refused on ``backup`` first."""
    from riskdesk.services.desk import Desk

    if not backup.is_file():
        raise UserInputError([Problem(BACKUP, _CHOOSE_BACKUP)])
    try:
        restore_backup(
            backup,
            vault_path,
            username=username.strip(),
            password=password,
            kdf_cost=kdf_cost,
            progress=progress,
        )
    except WrongPassword as error:
        # Said beside the password in the dialog, not in a box over it.
        raise UserInputError([Problem(PASSWORD, error.message)]) from None
    return Desk.open(vault_path, username=username.strip(), password=password, kdf_cost=kdf_cost)
