"""Why a team server could not be set up or upgraded by its owner (``riskdesk server
init|migrate``), in words IT can act on. Messages never name a host, a role or a user."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.vault_errors import VaultError

NAME_TAKEN_ON_SERVER = LocalizedText(
    da="Der findes allerede en bruger med det navn på serveren.",
    en="A user with that name already exists on the server.",
)


class OwnerNotNamed(VaultError):
    message = LocalizedText(
        da="Adressen skal nævne databasens ejer: postgresql://EJER@vært:port/database.",
        en="The address must name the database's owner: postgresql://OWNER@host:port/database.",
    )


class ServerAlreadySetUp(VaultError):
    message = LocalizedText(
        da="Databasen er allerede en RiskDesk-teamserver med brugere. Opgradér den med "
        "'riskdesk server migrate'.",
        en="The database is already a RiskDesk team server with users. Upgrade it with "
        "'riskdesk server migrate'.",
    )


class OwnerMayNotSetUp(VaultError):
    message = LocalizedText(
        da="Ejerrollen må ikke sætte teamserveren op: den skal have CREATEROLE, og CREATEDB "
        "hvis databasen ikke findes.",
        en="The owner role may not set up the team server: it needs CREATEROLE, and "
        "CREATEDB when the database does not exist.",
    )


class ServerUpgradeFailed(VaultError):
    message = LocalizedText(
        da="Teamserverens database kunne ikke sættes op eller opgraderes; den er uændret.",
        en="The team server's database could not be set up or upgraded; it is unchanged.",
    )
