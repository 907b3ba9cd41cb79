"""Why a local vault could not be moved onto a team server. Like the other server errors,
the words never name a host, a user or a person."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.vault_errors import VaultError


class ServerNotEmpty(VaultError):
    message = LocalizedText(
        da="Teamserverens database har allerede sager eller et revisionsspor. En boks kan "
        "kun flyttes ind i en ny, tom database.",
        en="The team server's database already holds cases or an audit trail. A vault can "
        "only be moved into a new, empty database.",
    )


class LoginNameTaken(VaultError):
    message = LocalizedText(
        da="En af boksens brugere findes allerede som login på databaseserveren, i en anden "
        "database. Brug en databaseserver til én enhed, eller bed IT fjerne det gamle login.",
        en="One of the vault's users already exists as a login on the database server, in "
        "another database. Use one database server per unit, or ask IT to remove the old login.",
    )


class ImportFailed(VaultError):
    message = LocalizedText(
        da="Boksen kunne ikke flyttes til teamserveren: noget i den passer ikke i serverens "
        "database. Databasen er uændret, og det er boksen også.",
        en="The vault could not be moved onto the team server: something in it does not fit "
        "the server's database. The database is unchanged, as is the vault.",
    )
