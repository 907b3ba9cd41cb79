"""Scheduled backups: "back up every N days to FOLDER, keep the last K". When one is due,
what the scheduled files are called and which of them to remove. Pure: the service
lists the folder and writes the files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

BACKUP_SUFFIX = ".rdbackup"
MIN_EVERY_DAYS, MAX_EVERY_DAYS = 1, 365
MIN_KEEP, MAX_KEEP = 1, 1000
_STAMP = "%Y%m%d-%H%M%S"
# A scheduled file is the vault's name, a dash and the moment it was taken (UTC); only
# files named so are ever pruned, so a backup someone took by hand is never removed.
_SCHEDULED = re.compile(r"^(?P<vault>.+)-(?P<stamp>\d{8}-\d{6})" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class BackupSchedule:
    """``folder`` None: no scheduled backups (the start page does not warn either)."""

    every_days: int = 7
    folder: Path | None = None
    keep: int = 10

    @property
    def active(self) -> bool:
        return self.folder is not None

    def is_due(self, last_backup: datetime | None, now: datetime) -> bool:
        """Whether the vault's last backup (None: never) is older than the period."""
        return last_backup is None or now - last_backup >= timedelta(days=self.every_days)

    def file_name(self, vault_name: str, now: datetime) -> str:
        stem = vault_name.removesuffix(".rdv") or "riskdesk"
        return f"{stem}-{now.strftime(_STAMP)}{BACKUP_SUFFIX}"

    def to_prune(self, vault_name: str, names: Iterable[str]) -> list[str]:
        """The scheduled backups of this vault among ``names`` beyond the newest
        :attr:`keep`, oldest first."""
        stem = vault_name.removesuffix(".rdv") or "riskdesk"
        ours = sorted(
            (match["stamp"], name)
            for name in names
            if (match := _SCHEDULED.match(name)) is not None and match["vault"] == stem
        )
        return [name for _, name in ours[: max(0, len(ours) - self.keep)]]

    def to_json(self) -> dict[str, Any]:
        return {
            "every_days": self.every_days,
            "folder": str(self.folder) if self.folder is not None else None,
            "keep": self.keep,
        }

    @classmethod
    def from_json(cls, raw: object) -> BackupSchedule:
        """What a settings file says; anything missing or out of range is the default."""
        if not isinstance(raw, Mapping):
            return cls()
        default = cls()
        every = _within(raw.get("every_days"), MIN_EVERY_DAYS, MAX_EVERY_DAYS, default.every_days)
        keep = _within(raw.get("keep"), MIN_KEEP, MAX_KEEP, default.keep)
        folder = raw.get("folder")
        return cls(
            every_days=every,
            folder=Path(folder) if isinstance(folder, str) and folder else None,
            keep=keep,
        )


def _within(value: object, low: int, high: int, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return default
