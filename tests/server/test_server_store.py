"""The team server's store: logging in, one audit event per use case appended by the
database in the name of the login, and the chain verified."""

from __future__ import annotations

import pytest

from riskdesk.domain.server_errors import NotATeamServer, ServerUnreachable
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.services.desk import Desk
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer


def test_the_administrator_logs_in_and_the_login_is_audited(team_server: TeamServer) -> None:
    with Desk.open(team_server.url, username=ADMIN, password=ADMIN_PASSWORD) as desk:
        assert desk.user.role is Role.ADMINISTRATOR
        report = desk.audit.verify()
        assert report.intact
        assert report.events_checked == 1


def test_a_wrong_password_and_an_unknown_user_are_told_alike(team_server: TeamServer) -> None:
    with pytest.raises(WrongPassword):
        Desk.open(team_server.url, username=ADMIN, password="not-it")
    with pytest.raises(WrongPassword):
        Desk.open(team_server.url, username="nobody", password="not-it")


def test_a_database_without_riskdesk_is_named_as_such(team_server: TeamServer) -> None:
    with pytest.raises((NotATeamServer, WrongPassword)):
        Desk.open(team_server.cluster.url("postgres"), username=ADMIN, password=ADMIN_PASSWORD)


def test_a_server_that_does_not_answer_is_told(team_server: TeamServer) -> None:
    with pytest.raises(ServerUnreachable):
        Desk.open("postgresql://127.0.0.1:1/riskdesk", username=ADMIN, password=ADMIN_PASSWORD)
