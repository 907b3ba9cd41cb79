"""Why a vault could not be opened, or is no longer open, in words the user can act on.
Refusals of a step inside an open vault are :mod:`riskdesk.domain.refusals`.

Defined in the domain so that the GUI and CLI can catch them without importing the
store. Messages never include a path, user name or any person data.
"""

from __future__ import annotations

from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText


class VaultError(Exception):
    message = LocalizedText(da="Boksen kunne ikke bruges.", en="The vault could not be used.")

    def __init__(self, message: LocalizedText | None = None) -> None:
        if message is not None:
            self.message = message
        super().__init__(self.message.en)

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return self.message.text(language)


class WrongPassword(VaultError):
    message = LocalizedText(
        da="Forkert brugernavn eller adgangskode.", en="Wrong user name or password."
    )


class UnknownUser(WrongPassword):
    """Shown with the same words as a wrong password, so user names cannot be probed."""


class VaultNotFound(VaultError):
    message = LocalizedText(
        da="Der findes ingen boks på den angivne placering. Tjek stien.",
        en="There is no vault at the given location. Check the path.",
    )


class VaultExists(VaultError):
    message = LocalizedText(
        da="Der findes allerede en fil på den placering; vælg et andet navn.",
        en="A file already exists at that location; choose another name.",
    )


class NotAVault(VaultError):
    message = LocalizedText(
        da="Filen er ikke en RiskDesk-boks, eller nøglefilen (.keys) mangler.",
        en="The file is not a RiskDesk vault, or its key file (.keys) is missing.",
    )


class VaultDamaged(VaultError):
    message = LocalizedText(
        da="Boksen er beskadiget. Gendan den fra en sikkerhedskopi og kontakt support.",
        en="The vault is damaged. Restore it from a backup and contact support.",
    )


class VaultDamagedReadOnly(VaultDamaged):
    """A write refused because the vault was found damaged: from then on it is only read,
    so nothing more is written into a file that must be restored."""

    message = LocalizedText(
        da="Boksen er beskadiget og kan kun læses; der kan ikke gemmes noget. "
        "Gendan den fra en sikkerhedskopi og kontakt support.",
        en="The vault is damaged and can only be read; nothing can be saved. "
        "Restore it from a backup and contact support.",
    )


class VaultBusy(VaultError):
    """Another user (or another window) held the vault's write lock for longer than the
    wait allows. Nothing was saved; the same step can simply be tried again."""

    message = LocalizedText(
        da="Boksen er optaget af en anden bruger – prøv igen.",
        en="The vault is busy with another user – try again.",
    )


class VaultLocked(VaultError):
    message = LocalizedText(
        da="Boksen er låst. Lås den op igen.", en="The vault is locked. Unlock it again."
    )


class MigrationFailed(VaultError):
    message = LocalizedText(
        da="Boksen kunne ikke opdateres til denne version; den er uændret.",
        en="The vault could not be upgraded to this version; it is unchanged.",
    )
