from pathlib import Path

import pytest

from riskdesk.domain.refusals import PermissionDenied, UserInputError
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def test_only_an_administrator_adds_users(demo_location: Path | str) -> None:
    with (
        Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk,
        pytest.raises(PermissionDenied),
    ):
        desk.users.add(username="ny", display_name="Ny", role=Role.CASEWORKER, password="x" * 12)
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        desk.users.add(
            username="ny", display_name="Ny Bruger", role=Role.CASEWORKER, password="nyt-kodeord"
        )
        with pytest.raises(UserInputError):
            desk.users.add(
                username="ny", display_name="Igen", role=Role.CASEWORKER, password="nyt-kodeord"
            )
        with pytest.raises(UserInputError):
            desk.users.add(
                username="Bad Name", display_name="X", role=Role.CASEWORKER, password="nyt-kodeord"
            )
        with pytest.raises(UserInputError):
            desk.users.add(username="kort", display_name="X", role=Role.CASEWORKER, password="kort")
    with Desk.open(
        demo_location, username="ny", password="nyt-kodeord", new_password="mit eget kodeord"
    ) as desk:
        assert desk.user.role is Role.CASEWORKER
        assert desk.cases.search("")


def test_changing_ones_password_leaves_the_others_able_to_open(demo_location: Path | str) -> None:
    with Desk.open(demo_location, username="leder", password=PASSWORD) as desk:
        with pytest.raises(WrongPassword):
            desk.users.change_password(old_password="wrong", new_password="nyt-kodeord")
        desk.users.change_password(old_password=PASSWORD, new_password="nyt-kodeord")
    with pytest.raises(WrongPassword):
        Desk.open(demo_location, username="leder", password=PASSWORD)
    Desk.open(demo_location, username="leder", password="nyt-kodeord").lock()
    Desk.open(demo_location, username="koordinator", password=PASSWORD).lock()


def test_an_administrator_resets_a_forgotten_password(demo_location: Path | str) -> None:
    with Desk.open(demo_location, username="admin", password=PASSWORD) as desk:
        desk.users.reset_password(username="koordinator", new_password="frisk-start")
    Desk.open(
        demo_location, username="koordinator", password="frisk-start", new_password="min egen start"
    ).lock()
