"""Why a team server (PostgreSQL) could not be used, in words the user can act on. Like
:mod:`riskdesk.domain.vault_errors`, messages never name a host, user or person."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultError


class ServerAddressInvalid(VaultError):
    message = LocalizedText(
        da="Serveradressen kan ikke bruges. Den skal have formen postgresql://vært:port/database.",
        en="The server address cannot be used. It must look like postgresql://host:port/database.",
    )


class ServerNeedsTls(VaultError):
    message = LocalizedText(
        da="En teamserver på en anden maskine kræver en krypteret forbindelse, der tjekker "
        "serverens certifikat (sslmode=verify-full). Spørg IT om serverens CA-fil og "
        "angiv den under Indstillinger.",
        en="A team server on another machine needs an encrypted connection that checks "
        "the server's certificate (sslmode=verify-full). Ask IT for the server's CA file "
        "and give it under Settings.",
    )


class ServerCertificateRefused(ServerNeedsTls):
    message = LocalizedText(
        da="Teamserverens certifikat kunne ikke godkendes: det er ikke udstedt af den "
        "angivne CA-fil, eller det lyder ikke på serverens adresse. Intet er sendt til "
        "serveren. Spørg IT om den rigtige CA-fil.",
        en="The team server's certificate could not be trusted: it was not issued by the "
        "given CA file, or it does not name the server's address. Nothing was sent to the "
        "server. Ask IT for the right CA file.",
    )


class ServerUnreachable(VaultError):
    message = LocalizedText(
        da="Teamserveren svarer ikke. Tjek netværket og adressen, eller spørg IT.",
        en="The team server does not answer. Check the network and the address, or ask IT.",
    )


class NotATeamServer(VaultError):
    message = LocalizedText(
        da="Databasen er ikke en RiskDesk-teamserver. IT opretter den med 'riskdesk server init'.",
        en="The database is not a RiskDesk team server. IT sets it up with 'riskdesk server init'.",
    )


class ServerSchemaBehind(VaultError):
    message = LocalizedText(
        da="Teamserveren skal opgraderes til denne version af RiskDesk. Bed IT køre "
        "'riskdesk server migrate'.",
        en="The team server must be upgraded for this version of RiskDesk. Ask IT to run "
        "'riskdesk server migrate'.",
    )


class NotAServerUser(VaultError):
    message = LocalizedText(
        da="Din bruger er ikke oprettet i RiskDesk på teamserveren. Kontakt en administrator.",
        en="Your user is not set up in RiskDesk on the team server. Contact an administrator.",
    )


class LocalVaultOnly(Refusal):
    """Work on a vault file that a team server leaves to its database and to IT."""

    message = LocalizedText(
        da="Det gælder kun en lokal boks. På teamserveren tager IT sikkerhedskopier "
        "(pg_dump), og databasen selv beskytter revisionssporet.",
        en="That applies to a local vault only. On the team server IT takes the backups "
        "(pg_dump), and the database itself protects the audit trail.",
    )
