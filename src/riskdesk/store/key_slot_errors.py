"""Why one user's vault would not open even with the right password: their own key slot
is damaged, or their key or role is not one an administrator signed. Each is a
:class:`VaultError`, shown with its one sentence; none names a user or a path."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.vault_errors import VaultError

_ASK_ADMIN_DA = "Bed en administrator om at nulstille din adgangskode."
_ASK_ADMIN_EN = "Ask an administrator to reset your password."


class SlotDamaged(VaultError):
    """The user's own record in the ``.keys`` file is unreadable or was changed; the
    other users' records are not affected."""

    message = LocalizedText(
        da=f"Din nøgle i nøglefilen (.keys) er beskadiget eller ændret. {_ASK_ADMIN_DA}",
        en=f"Your key in the key file (.keys) is damaged or was changed. {_ASK_ADMIN_EN}",
    )


class KeyNotYours(VaultError):
    """The signing key registered for the user is not the one in their own slot:
    somebody registered a key in their name, or their slot was replaced."""

    message = LocalizedText(
        da=f"Den signeringsnøgle, boksen har registreret for dig, er ikke din. {_ASK_ADMIN_DA}",
        en=f"The signing key the vault has registered for you is not yours. {_ASK_ADMIN_EN}",
    )


class RoleNotSigned(VaultError):
    """No administrator has signed a role for the user (or the user was deactivated)."""

    message = LocalizedText(
        da="Din brugerkonto er ikke bekræftet af en administrator i denne boks.",
        en="Your user account is not confirmed by an administrator in this vault.",
    )


class RolesTampered(VaultError):
    """The vault's role assignments do not start from the root key this user trusts."""

    message = LocalizedText(
        da="Brugernes roller i boksen er ændret uden om RiskDesk. Kontakt en "
        "administrator; boksen skal gendannes fra en sikkerhedskopi.",
        en="The users' roles in the vault were changed outside RiskDesk. Contact an "
        "administrator; the vault must be restored from a backup.",
    )


class UnlockAgain(VaultError):
    """An administrator signed the roles of an upgraded vault while this session was
    open without a signing key; it must be unlocked again to get one."""

    message = LocalizedText(
        da="Boksen er netop opgraderet af en administrator. Lås den op igen.",
        en="An administrator has just upgraded the vault. Unlock it again.",
    )
