"""What taking or restoring a backup can be refused for, in one sentence each. None
repeats a path, a name or anything typed."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import PermissionDenied, Refusal


class BackupNotAllowed(PermissionDenied):
    message = LocalizedText(
        da="Kun administratorer og ledere kan tage og gendanne sikkerhedskopier af boksen.",
        en="Only administrators and supervisors can back up and restore the vault.",
    )


class BackupRefused(Refusal):
    """A backup file that cannot be used, or a restore that did not verify. Nothing was
    left behind where the new vault was to go."""


class NotABackup(BackupRefused):
    message = LocalizedText(
        da="Filen er ikke en RiskDesk-sikkerhedskopi, eller dens start er beskadiget.",
        en="The file is not a RiskDesk backup, or its beginning is damaged.",
    )


class BackupChecksumFailed(BackupRefused):
    message = LocalizedText(
        da="Sikkerhedskopien er beskadiget: dens kontrolsum passer ikke. Intet er gendannet.",
        en="The backup is damaged: its checksum does not match. Nothing was restored.",
    )


class BackupTooNew(BackupRefused):
    message = LocalizedText(
        da="Sikkerhedskopien er lavet af en nyere RiskDesk (databaseversion {backup}) end "
        "denne (databaseversion {ours}). Opdatér RiskDesk først.",
        en="The backup was made by a newer RiskDesk (database version {backup}) than this "
        "one (database version {ours}). Update RiskDesk first.",
    )

    def __init__(self, *, backup: str, ours: str) -> None:
        super().__init__(self.message.format(backup=backup, ours=ours))


class RestoredVaultDamaged(BackupRefused):
    message = LocalizedText(
        da="Den gendannede boks bestod ikke integritetstjekket. Intet er gendannet.",
        en="The restored vault failed the integrity check. Nothing was restored.",
    )


class RestoredTrailBroken(BackupRefused):
    message = LocalizedText(
        da="Revisionssporet i sikkerhedskopien er brudt. Intet er gendannet.",
        en="The audit trail in the backup is broken. Nothing was restored.",
    )
