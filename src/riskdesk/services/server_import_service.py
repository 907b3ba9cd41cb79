"""Moving a unit's local vault onto a team server (``riskdesk server import``), as IT
does once: the vault unlocked by one of its administrators, the database reached as its
owner (named in the address), set up if it is not yet, then filled in one transaction
(see :mod:`riskdesk.store.server.server_import`)."""

from __future__ import annotations

from pathlib import Path

from riskdesk.services.team_server_setup import owner_login
from riskdesk.store.key_slots import DEFAULT_KDF_COST, KdfCost
from riskdesk.store.server.server_import import ImportResult, import_onto_server
from riskdesk.store.server.server_url import parse_server_address
from riskdesk.store.vault import Vault


def import_vault_to_server(
    vault_path: Path,
    url: str,
    *,
    owner_password: str,
    username: str,
    password: str,
    kdf_cost: KdfCost = DEFAULT_KDF_COST,
) -> ImportResult:
    """Raises what opening the vault raises (:class:`WrongPassword`, …),
    :class:`PermissionDenied` for a user who is no administrator, the owner's
    connection errors, :class:`ServerNotEmpty` or :class:`LoginNameTaken`."""
    login = owner_login(url)
    address = parse_server_address(url)
    with Vault.open(vault_path, username=username, password=password, kdf_cost=kdf_cost) as vault:
        return import_onto_server(vault, address, owner=login.owner, owner_password=owner_password)
