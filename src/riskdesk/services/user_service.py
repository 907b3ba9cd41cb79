"""Users, roles and passwords. Every change is checked here against the logged-in
user's signed role, and again by the store, whose role assignments only count when an
administrator's own key signed them."""

from __future__ import annotations

import builtins

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.password_strength import MIN_PASSWORD_LENGTH
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import NotFound, PermissionDenied, UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import (
    PASSWORD_RULE,
    USERNAME_PATTERN,
    USERNAME_RULE,
    Role,
    User,
    UserOverview,
)
from riskdesk.domain.validation import clean_line
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.services.service_context import ServiceContext

_USER_EXISTS = LocalizedText(
    da="Der findes allerede en bruger med det navn.", en="A user with that name already exists."
)
_NAME_NEEDED = LocalizedText(da="Skriv brugerens fulde navn.", en="Enter the user's full name.")
_LAST_ADMINISTRATOR = LocalizedText(
    da="Boksen skal have mindst én aktiv administrator.",
    en="The vault must keep at least one active administrator.",
)
_OWN_RESET = LocalizedText(
    da="Din egen adgangskode skifter du under Skift adgangskode.",
    en="Change your own password under Change password.",
)
_OWN_DEACTIVATION = LocalizedText(
    da="Du kan ikke deaktivere dig selv.", en="You cannot deactivate yourself."
)
_GIVEN_PASSWORD_AGAIN = LocalizedText(
    da="Vælg en anden adgangskode end den, du fik af administratoren.",
    en="Choose a password other than the one the administrator gave you.",
)
_PASSWORDS_DIFFER = LocalizedText(
    da="De to adgangskoder er ikke ens.", en="The two passwords are not the same."
)


def check_new_password(password: str, *, field: str = "password") -> None:
    """Raises :class:`UserInputError` when the password is too short to protect the key."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserInputError([Problem(field, PASSWORD_RULE)])


def check_own_password(*, given: str, chosen: str, again: str | None = None) -> None:
    """The password a user chooses in place of the one an administrator ``given`` them:
    long enough, not the given one, and (when typed twice) the same both times. Raises
    :class:`UserInputError` on ``new_password`` or ``new_password_again``."""
    check_new_password(chosen, field="new_password")
    if chosen == given:
        raise UserInputError([Problem("new_password", _GIVEN_PASSWORD_AGAIN)])
    if again is not None and again != chosen:
        raise UserInputError([Problem("new_password_again", _PASSWORDS_DIFFER)])


def check_username(username: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise UserInputError([Problem("username", USERNAME_RULE)])


class UserService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list(self) -> list[User]:
        """Every user with their validly signed role."""
        with self._ctx.work(UseCase.USER_LIST) as uow:
            return uow.users.list()

    def overview(self) -> builtins.list[UserOverview]:
        """The users screen, an administrator's: each user's signed role, whether they
        are active, and their last login. Raises :class:`PermissionDenied`."""
        self._require_administrator()
        with self._ctx.work(UseCase.USER_LIST) as uow:
            return uow.users.overview()

    def add(self, *, username: str, display_name: str, role: Role, password: str) -> User:
        """An administrator adds a user with their own key slot; the user registers
        their own signing key when they first open the vault."""
        self._require_administrator()
        check_username(username)
        try:
            display_name = clean_line(display_name)
        except ValueError:
            display_name = ""
        if not display_name:
            raise UserInputError([Problem("display_name", _NAME_NEEDED)])
        check_new_password(password)
        if any(user.username == username for user in self.list()):
            raise UserInputError([Problem("username", _USER_EXISTS)])
        return self._ctx.vault.add_user(
            username=username, display_name=display_name, role=role, password=password
        )

    def reset_password(self, *, username: str, new_password: str) -> None:
        """An administrator gives another user a new password (a new key slot); that
        user registers a new signing key at their next open."""
        self._require_administrator()
        if username == self._ctx.user.username:
            raise UserInputError([Problem("username", _OWN_RESET)])
        check_new_password(new_password)
        self._ctx.vault.reset_password(username=username, new_password=new_password)

    def set_role(self, *, username: str, role: Role, active: bool = True) -> User:
        """An administrator gives a user another role, or deactivates them (they can no
        longer open the vault). The vault always keeps one active administrator."""
        self._require_administrator()
        users = self.list()
        target = next((user for user in users if user.username == username), None)
        if target is None:
            raise NotFound()
        others = [
            user
            for user in users
            if user.username != username and user.active and user.role is Role.ADMINISTRATOR
        ]
        if not others and (role is not Role.ADMINISTRATOR or not active):
            raise UserInputError([Problem("role", _LAST_ADMINISTRATOR)])
        if username == self._ctx.user.username and not active:
            raise UserInputError([Problem("active", _OWN_DEACTIVATION)])
        return self._ctx.vault.set_role(username=username, role=role, active=active)

    def set_active(self, *, username: str, active: bool) -> User:
        """Deactivate a user, keeping their role (they can no longer open the vault; their
        records and their trail stay), or activate them again. The refusals of
        :meth:`set_role`."""
        self._require_administrator()
        target = next((user for user in self.list() if user.username == username), None)
        if target is None:
            raise NotFound()
        return self.set_role(username=username, role=target.role, active=active)

    def change_password(self, *, old_password: str, new_password: str) -> None:
        """The logged-in user changes their own password; raises :class:`WrongPassword`."""
        check_new_password(new_password, field="new_password")
        if not self._ctx.vault.verify_password(self._ctx.user.username, old_password):
            raise WrongPassword()
        self._ctx.vault.change_password(old_password=old_password, new_password=new_password)

    def _require_administrator(self) -> None:
        if self._ctx.user.role is not Role.ADMINISTRATOR:
            raise PermissionDenied()
