"""Changing roles through the services: an administrator's only, never leaving the
vault without an active administrator; what the user list shows is the signed role."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.domain.refusals import PermissionDenied, UserInputError
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def test_only_an_administrator_changes_roles(demo_location: Path | str) -> None:
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        with pytest.raises(PermissionDenied):
            desk.users.set_role(username="koordinator", role=Role.ADMINISTRATOR)
        with pytest.raises(PermissionDenied):
            desk.users.reset_password(username="koordinator", new_password="nyt-kodeord")
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        changed = desk.users.set_role(username="koordinator", role=Role.SUPERVISOR)
        assert changed.role is Role.SUPERVISOR
        roles = {user.username: user.role for user in desk.users.list()}
    assert roles["koordinator"] is Role.SUPERVISOR


def test_the_vault_keeps_an_active_administrator(demo_location: Path | str) -> None:
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        with pytest.raises(UserInputError):
            desk.users.set_role(username="admin", role=Role.SUPERVISOR)
        with pytest.raises(UserInputError):
            desk.users.set_role(username="admin", role=Role.ADMINISTRATOR, active=False)
        with pytest.raises(UserInputError):
            desk.users.reset_password(username="admin", new_password="nyt-kodeord")
        desk.users.set_role(username="leder", role=Role.ADMINISTRATOR)
        desk.users.set_role(username="admin", role=Role.SUPERVISOR)
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        assert desk.user.role is Role.SUPERVISOR


def test_opening_findings_are_empty_on_an_untouched_vault(demo_location: Path | str) -> None:
    for username in ("admin", "leder", "koordinator"):
        with Desk.open(demo_location, username=username, password=PASSWORD) as desk:
            assert desk.audit.opening_findings() == ()
