"""``riskdesk user set-role``, ``user reset-password`` and ``audit accept``: an
administrator's, one line each, refused to anyone else."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _command(*words: str, vault: Path, user: str) -> list[str]:
    return [*words, "--vault", str(vault), "--user", user]


@pytest.mark.usefixtures("password_env")
def test_set_role_is_for_administrators(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    promote = ["--name", "koordinator", "--role", "supervisor"]
    assert (
        main(_command("user", "set-role", vault=demo_location, user="koordinator") + promote) == 1
    )
    assert "rolle" in capsys.readouterr().err
    assert main(_command("user", "set-role", vault=demo_location, user="admin") + promote) == 0
    assert "leder" in capsys.readouterr().out.lower()
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        assert desk.user.role is Role.SUPERVISOR


@pytest.mark.usefixtures("password_env")
def test_the_last_administrator_stays(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    demote = ["--name", "admin", "--role", "caseworker"]
    assert main(_command("user", "set-role", vault=demo_location, user="admin") + demote) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "administrator" in err


@pytest.mark.usefixtures("password_env")
def test_a_deactivated_user_cannot_log_in(demo_location: Path | str) -> None:
    deactivate = ["--name", "koordinator", "--role", "caseworker", "--inactive"]
    assert main(_command("user", "set-role", vault=demo_location, user="admin") + deactivate) == 0
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 1


@pytest.mark.usefixtures("password_env")
def test_reset_password(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "frisk-start-1")
    reset = ["--name", "koordinator"]
    assert main(_command("user", "reset-password", vault=demo_location, user="leder") + reset) == 1
    assert main(_command("user", "reset-password", vault=demo_location, user="admin") + reset) == 0
    Desk.open(
        demo_location,
        username="koordinator",
        password="frisk-start-1",
        new_password="min egen start",
    ).lock()
    capsys.readouterr()
    monkeypatch.setenv("RISKDESK_PASSWORD", "min egen start")
    assert main(_command("audit", "verify", vault=demo_location, user="koordinator")) == 0
    assert "intakt" in capsys.readouterr().out


@pytest.mark.usefixtures("password_env")
def test_audit_accept_is_for_administrators(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_command("audit", "accept", vault=demo_location, user="leder")) == 1
    assert "rolle" in capsys.readouterr().err
    accepted = main(_command("audit", "accept", vault=demo_location, user="admin"))
    if isinstance(demo_location, Path):
        assert accepted == 0
        assert "godkendt" in capsys.readouterr().out
    else:
        # By design: a team server's trail is kept by the database, never re-accepted
        # after a restore (that is pg_dump's, done by IT).
        assert accepted == 1
        assert "kun en lokal boks" in capsys.readouterr().err
