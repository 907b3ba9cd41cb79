"""Backups of the open vault: taking one (administrators and supervisors), scheduled ones
when they are due, and when the vault was last backed up, for the start page.

A backup is one ``.rdbackup`` file (:mod:`riskdesk.store.backup_file`), written while
colleagues may be writing (:mod:`riskdesk.store.vault_backup`), then recorded as one
audit event naming the file, its checksum and schema revision. Restoring is
:mod:`riskdesk.services.backup_restore`: there is no open vault yet."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from riskdesk.domain.backup_refusals import BackupNotAllowed
from riskdesk.domain.backup_schedule import BACKUP_SUFFIX, BackupSchedule
from riskdesk.domain.file_errors import with_os_reason
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.domain.vault_errors import VaultDamagedReadOnly, VaultExists
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.backup_file import BackupHeader
from riskdesk.store.unit_of_work import UnitOfWork
from riskdesk.store.vault_backup import remove_backup_leftovers, take_backup

LAST_BACKUP_SETTING = "backup.last_at"
BACKUP_ROLES = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
OUT = "out"

_NOT_RDBACKUP = LocalizedText(
    da=f"Sikkerhedskopiens navn skal ende på {BACKUP_SUFFIX}.",
    en=f"The backup file's name must end in {BACKUP_SUFFIX}.",
)
_NO_FOLDER = LocalizedText(
    da="Mappen, sikkerhedskopien skal ligge i, findes ikke. Opret den først, eller vælg en anden.",
    en="The folder the backup is to go in does not exist. Create it first, or choose another.",
)
_FOLDER_READ_ONLY = LocalizedText(
    da="Mappen, sikkerhedskopien skal ligge i, er skrivebeskyttet. Vælg en mappe, du kan skrive i.",
    en="The folder the backup is to go in is read-only. Choose a folder you can write to.",
)
_NOT_WRITTEN = LocalizedText(
    da="Sikkerhedskopien kunne ikke gemmes: {reason}.",
    en="The backup could not be saved: {reason}.",
)
_OVERDUE = LocalizedText(
    da="Boksen er ikke sikkerhedskopieret i over {days} dage. Tag en sikkerhedskopi (Filer → "
    "Sikkerhedskopi…), eller se efter, om mappen til de planlagte kopier kan nås.",
    en="The vault has not been backed up for over {days} days. Take a backup (File → "
    "Backup…), or check that the folder for scheduled backups can be reached.",
)
_NEVER = LocalizedText(
    da="Boksen er aldrig blevet sikkerhedskopieret. Tag en sikkerhedskopi (Filer → "
    "Sikkerhedskopi…), eller se efter, om mappen til de planlagte kopier kan nås.",
    en="The vault has never been backed up. Take a backup (File → Backup…), or check "
    "that the folder for scheduled backups can be reached.",
)


def may_back_up(user: User) -> bool:
    return user.role in BACKUP_ROLES


@dataclass(frozen=True)
class BackupTaken:
    path: Path
    header: BackupHeader
    pruned: tuple[Path, ...] = ()


@dataclass(frozen=True)
class BackupStatus:
    """When the vault was last backed up (None: never, as far as it knows) and, when a
    schedule is set and the backup is overdue, what the start page says about it."""

    last_at: datetime | None
    warning: LocalizedText | None


class BackupService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def allowed(self) -> bool:
        """Whether the user may take backups (the window offers File → Backup… then)."""
        return may_back_up(self._ctx.user)

    def create(self, out: Path, *, now: datetime | None = None) -> BackupTaken:
        """Back the vault up to ``out`` (a new ``.rdbackup`` file). Refused with
        :class:`BackupNotAllowed` for a caseworker (the attempt is audited), with
        :class:`UserInputError` on ``out`` for a name, folder or existing file that will
        not do, and with :class:`VaultDamagedReadOnly` for a damaged vault."""
        self._check_allowed()
        vault = self._ctx.local_vault()
        check_backup_place(out)
        if vault.health.damaged:
            raise VaultDamagedReadOnly
        moment = now or datetime.now(UTC)
        remove_backup_leftovers(out.parent)
        try:
            header = take_backup(vault, out, now=moment)
        except VaultExists:
            raise _refused(VaultExists.message) from None
        except OSError as error:
            # A full disk, a stick pulled out: said in our words; nothing is left under
            # the name (the file is renamed into place only when complete).
            raise _refused(with_os_reason(_NOT_WRITTEN, error)) from None
        with self._ctx.work(UseCase.VAULT_BACKUP) as uow:
            _record(uow, out, header)
        return BackupTaken(out, header)

    def last_backup(self) -> datetime | None:
        with self._ctx.work(UseCase.VAULT_BACKUP_STATUS) as uow:
            value = uow.settings.get(LAST_BACKUP_SETTING)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

    def status(self, schedule: BackupSchedule, *, now: datetime | None = None) -> BackupStatus:
        """The start page's reminder, for those who can act on it: a schedule is set and
        the last backup is older than its period."""
        last = self.last_backup()
        if not (self.allowed and schedule.active):
            return BackupStatus(last, None)
        if not schedule.is_due(last, now or datetime.now(UTC)):
            return BackupStatus(last, None)
        warning = _NEVER if last is None else _OVERDUE.format(days=schedule.every_days)
        return BackupStatus(last, warning)

    def run_schedule(
        self, schedule: BackupSchedule, *, now: datetime | None = None
    ) -> BackupTaken | None:
        """Take the scheduled backup if it is due and this user may take it, then keep
        only the newest ``schedule.keep`` scheduled files of this vault in its folder.
        None when nothing was due."""
        if not (self.allowed and schedule.active and schedule.folder is not None):
            return None
        moment = now or datetime.now(UTC)
        if not schedule.is_due(self.last_backup(), moment):
            return None
        vault_name = self._ctx.local_vault().path.name
        taken = self.create(schedule.folder / schedule.file_name(vault_name, moment), now=moment)
        names = [path.name for path in schedule.folder.iterdir()]
        pruned = tuple(schedule.folder / name for name in schedule.to_prune(vault_name, names))
        for old in pruned:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
        return BackupTaken(taken.path, taken.header, pruned)

    def record_restore(self, source: Path, header: BackupHeader) -> None:
        """The restore's event in the restored vault (called by the restore, which has
        verified it); the backup it came from counts as its last backup."""
        with self._ctx.work(UseCase.VAULT_RESTORE) as uow:
            uow.note(
                file=source.name,
                backup_created_at=header.created_at.isoformat(),
                schema_revision=header.schema_revision,
                sha256=header.payload_sha256,
            )
            uow.settings.put(LAST_BACKUP_SETTING, header.created_at.isoformat())

    def _check_allowed(self) -> None:
        if self.allowed:
            return
        with self._ctx.work(UseCase.VAULT_BACKUP) as uow:
            uow.trail.refuse(role=self._ctx.user.role.value)
        raise BackupNotAllowed


def check_backup_place(out: Path) -> None:
    """Raises :class:`UserInputError` on ``out`` when no backup can be written there."""
    if out.suffix.lower() != BACKUP_SUFFIX or not out.stem:
        raise _refused(_NOT_RDBACKUP)
    try:
        if not out.parent.is_dir():
            raise _refused(_NO_FOLDER)
        if not os.access(out.parent, os.W_OK | os.X_OK):
            raise _refused(_FOLDER_READ_ONLY)
        if out.exists():
            raise _refused(VaultExists.message)
    except OSError as error:
        # A name the system will not take (too long, say), in our words.
        raise _refused(with_os_reason(_NOT_WRITTEN, error)) from None


def _record(uow: UnitOfWork, out: Path, header: BackupHeader) -> None:
    uow.note(
        file=out.name,
        schema_revision=header.schema_revision,
        sha256=header.payload_sha256,
        size=sum(size for _, size in header.parts),
    )
    uow.settings.put(LAST_BACKUP_SETTING, header.created_at.isoformat())


def _refused(message: LocalizedText) -> UserInputError:
    return UserInputError([Problem(OUT, message)])
