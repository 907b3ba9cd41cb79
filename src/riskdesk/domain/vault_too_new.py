"""The refusal an older RiskDesk gives a vault a newer one has upgraded: the vault's
schema is one this program has no migration for, so it could only misread it. Nothing is
written to the vault first (no backup, no upgrade, no audit event)."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.vault_errors import MigrationFailed

_FROM_VERSION = LocalizedText(
    da="Boksen er fra RiskDesk {written_by} (skema {vault_schema}), som er nyere end denne "
    "RiskDesk {app_version} (skema {app_schema}); åbn den med RiskDesk {written_by} "
    "eller nyere.",
    en="This vault is from RiskDesk {written_by} (schema {vault_schema}), newer than this "
    "RiskDesk {app_version} (schema {app_schema}); open it with RiskDesk {written_by} "
    "or newer.",
)
_FROM_UNKNOWN_VERSION = LocalizedText(
    da="Boksen er fra en nyere RiskDesk (skema {vault_schema}) end denne RiskDesk "
    "{app_version} (skema {app_schema}); åbn den med den nyere RiskDesk.",
    en="This vault is from a newer RiskDesk (schema {vault_schema}) than this RiskDesk "
    "{app_version} (schema {app_schema}); open it with the newer RiskDesk.",
)


class VaultTooNew(MigrationFailed):
    """``written_by`` is the RiskDesk version that created or last upgraded the vault,
    when the vault says (vaults from before it was recorded do not)."""

    def __init__(
        self,
        *,
        vault_schema: str,
        written_by: str | None,
        app_version: str,
        app_schema: str,
    ) -> None:
        self.vault_schema = vault_schema
        self.written_by = written_by
        wording = _FROM_VERSION if written_by else _FROM_UNKNOWN_VERSION
        super().__init__(
            wording.format(
                written_by=written_by or "",
                vault_schema=vault_schema,
                app_version=app_version,
                app_schema=app_schema,
            )
        )
