"""Setting up and upgrading a team server, as the database's owner (``riskdesk server
init|migrate``): what IT runs once per unit and once per RiskDesk upgrade. The owner is
named in the address (``postgresql://OWNER@host/database``); RiskDesk never works as it."""

from __future__ import annotations

from dataclasses import dataclass

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.server_setup_errors import OwnerNotNamed
from riskdesk.domain.validation import clean_line
from riskdesk.services.user_service import check_new_password, check_username
from riskdesk.store.server import server_setup
from riskdesk.store.server.server_url import ServerAddress, parse_server_address

_NAME_NEEDED = LocalizedText(
    da="Skriv administratorens fulde navn.", en="Enter the administrator's full name."
)


@dataclass(frozen=True)
class OwnerLogin:
    """The owner named in an address, and the password written in it, if any."""

    owner: str
    password: str | None


def owner_login(url: str) -> OwnerLogin:
    """Raises :class:`ServerAddressInvalid` or :class:`OwnerNotNamed`."""
    address = _owner_address(url)
    assert address.user is not None
    return OwnerLogin(owner=address.user, password=address.password)


def init_team_server(
    url: str, *, owner_password: str, admin: str, admin_name: str, admin_password: str
) -> bool:
    """A new team server with ``admin`` as its first administrator; True when the
    database was created. Raises :class:`UserInputError` for the administrator's name
    or password before anything is written."""
    check_username(admin)
    try:
        admin_name = clean_line(admin_name)
    except ValueError:
        admin_name = ""
    if not admin_name:
        raise UserInputError([Problem("name", _NAME_NEEDED)])
    check_new_password(admin_password)
    address = _owner_address(url)
    assert address.user is not None
    return server_setup.init_server(
        address,
        owner=address.user,
        owner_password=owner_password,
        admin=admin,
        admin_name=admin_name,
        admin_password=admin_password,
    )


def migrate_team_server(url: str, *, owner_password: str) -> None:
    """This version's schema and security on a team server ``init`` set up."""
    address = _owner_address(url)
    assert address.user is not None
    server_setup.migrate_server(address, owner=address.user, owner_password=owner_password)


def _owner_address(url: str) -> ServerAddress:
    address = parse_server_address(url)
    if not address.user:
        raise OwnerNotNamed
    return address
