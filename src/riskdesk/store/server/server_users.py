"""Users on the team server: login roles in RiskDesk's group roles, changed only through
the SECURITY DEFINER functions of ``sql/60_users.sql`` so a caseworker's login cannot
create or alter roles. (Owned by the user-management work of issue 13: the functions
below that raise are being written.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg

from riskdesk.domain.user import Role, User

if TYPE_CHECKING:
    from riskdesk.store.server.server_store import ServerStore
    from riskdesk.store.server.server_url import ServerAddress


def login_works(address: ServerAddress, username: str, password: str) -> bool:
    """Whether ``password`` logs ``username`` in (a fresh connection, closed at once)."""
    url = address.connection_url(username, password).set(drivername="postgresql")
    try:
        with psycopg.connect(url.render_as_string(hide_password=False), connect_timeout=10):
            return True
    except psycopg.OperationalError:
        return False


def settle_password(store: ServerStore, *, password: str, new_password: str | None) -> None:
    if new_password is not None:
        change_password(store, old_password=password, new_password=new_password)


def change_password(store: ServerStore, *, old_password: str, new_password: str) -> None:
    raise NotImplementedError


def add_user(store: ServerStore, user: User, *, password: str) -> User:
    raise NotImplementedError


def reset_password(store: ServerStore, *, username: str, new_password: str) -> None:
    raise NotImplementedError


def set_role(store: ServerStore, *, username: str, role: Role, active: bool) -> User:
    raise NotImplementedError
