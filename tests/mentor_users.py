"""A mentor user added to a demo vault copy, as an administrator does it, and opened once
so they choose their own password (as every new user does)."""

from __future__ import annotations

from pathlib import Path

from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import CHEAP_KDF, PASSWORD

MENTOR = "mette.mentor"
_GIVEN = "given by the administrator"


def add_mentor(
    vault: Path | str, username: str = MENTOR, display_name: str = "Mette Mentor"
) -> str:
    with Desk.open(vault, username="admin", password=PASSWORD, kdf_cost=CHEAP_KDF) as admin:
        admin.users.add(
            username=username, display_name=display_name, role=Role.MENTOR, password=_GIVEN
        )
    Desk.open(
        vault, username=username, password=_GIVEN, new_password=PASSWORD, kdf_cost=CHEAP_KDF
    ).close()
    return username
