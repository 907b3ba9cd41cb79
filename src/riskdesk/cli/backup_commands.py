"""``riskdesk backup`` and ``riskdesk restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from riskdesk.cli.console import (
    EXIT_OK,
    NEW_PASSWORD_ENV,
    language,
    opened_desk,
    read_password,
    translated_errors,
)
from riskdesk.cli.vault_access import check_can_create, key_file_read
from riskdesk.cli.vault_option import local_vault
from riskdesk.domain.localized import LocalizedText

_TAKEN = LocalizedText(
    da="Sikkerhedskopien er gemt (databaseversion {revision}, SHA-256 {sha}).",
    en="The backup is saved (database version {revision}, SHA-256 {sha}).",
)
_RESTORED = LocalizedText(
    da="Boksen er gendannet fra sikkerhedskopien af {at} (databaseversion {revision}); "
    "integriteten er kontrolleret, og revisionssporet er intakt: {n} hændelser kontrolleret.",
    en="The vault is restored from the backup of {at} (database version {revision}); its "
    "integrity is checked and the audit trail is intact: {n} events checked.",
)


def add_parser(commands: Any) -> None:
    backup = commands.add_parser(
        "backup", help="write the whole vault to one encrypted .rdbackup file (admins, supervisors)"
    )
    backup.add_argument("--vault", type=local_vault, required=True)
    backup.add_argument("--user", required=True)
    backup.add_argument("--out", type=Path, required=True, help="a new FILE.rdbackup")
    backup.set_defaults(run=run_backup)

    restore = commands.add_parser(
        "restore", help="make a new vault from a .rdbackup file, verified before it is done"
    )
    restore.add_argument("--backup", type=Path, required=True)
    restore.add_argument(
        "--vault", type=local_vault, required=True, help="the new vault; never replaced"
    )
    restore.add_argument(
        "--user", required=True, help="an administrator or supervisor of the backed-up vault"
    )
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from riskdesk.services.backup_service import check_backup_place

    # A name or folder that will not do is said before the vault is opened.
    with translated_errors():
        check_backup_place(args.out)
    with opened_desk(args.vault, args.user) as desk:
        taken = desk.backups.create(args.out)
    header = taken.header
    print(
        _TAKEN.format(revision=header.schema_revision, sha=header.payload_sha256).text(language())
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    import os

    from riskdesk.services.backup_restore import restore_backup
    from riskdesk.services.vault_creation import check_vault_place

    with translated_errors():
        check_vault_place(args.vault)
        check_can_create(args.vault)
        with args.backup.open("rb"):
            pass  # unreadable: said by the system's reason, before the password is asked
        password = read_password()
        with key_file_read():
            report = restore_backup(
                args.backup,
                args.vault,
                username=args.user.strip(),
                password=password,
                new_password=os.environ.get(NEW_PASSWORD_ENV),
            )
    at = report.created_at.strftime("%Y-%m-%d %H:%M UTC")
    print(
        _RESTORED.format(at=at, revision=report.schema_revision, n=report.events_checked).text(
            language()
        )
    )
    return EXIT_OK
