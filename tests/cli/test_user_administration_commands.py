"""``riskdesk user list|deactivate|activate|password`` (#16 item 3), and what a user whose
password an administrator chose meets on the command line: one sentence, exit 1."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from riskdesk.cli import main
from vault_fixtures import PASSWORD


def _command(*words: str, vault: Path, user: str) -> list[str]:
    return [*words, "--vault", str(vault), "--user", user]


@pytest.mark.usefixtures("password_env")
def test_list_as_json(demo_location: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(_command("case", "list", vault=demo_location, user="leder")) == 0
    capsys.readouterr()
    assert (
        main([*_command("user", "list", vault=demo_location, user="admin"), "--format", "json"])
        == 0
    )
    users = {entry["username"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert set(users) == {"admin", "leder", "koordinator", "mentor"}
    for entry in users.values():
        assert set(entry) == {"username", "display_name", "role", "active", "last_login"}
    assert users["leder"]["display_name"] == "Lene Leder"
    assert users["leder"]["role"] == "supervisor"
    assert users["leder"]["active"] is True
    assert datetime.fromisoformat(users["leder"]["last_login"]).tzinfo is not None
    assert users["koordinator"]["last_login"] is None


@pytest.mark.usefixtures("password_env")
def test_list_as_text_in_danish(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_command("user", "list", vault=demo_location, user="admin")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert "Mads Mentor" in next(line for line in lines if line.startswith("mentor"))
    koordinator = next(line for line in lines if line.startswith("koordinator"))
    assert "Kim Koordinator" in koordinator
    assert "sagsbehandler" in koordinator
    assert koordinator.split()[-1] == "aldrig"
    admin = next(line for line in lines if line.startswith("admin"))
    # dd.mm.åååå HH:MM
    day = admin.split()[-2]
    assert day.count(".") == 2
    assert len(day) == 10


@pytest.mark.usefixtures("password_env")
def test_list_is_an_administrators(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_command("user", "list", vault=demo_location, user="leder")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "rolle" in err


@pytest.mark.usefixtures("password_env")
def test_deactivate_and_activate(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = ["--name", "koordinator"]
    assert main(_command("user", "deactivate", vault=demo_location, user="admin") + name) == 0
    assert capsys.readouterr().out == "Brugeren koordinator er deaktiveret.\n"
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 1
    assert capsys.readouterr().err == (
        "riskdesk: Din bruger er deaktiveret. Kontakt en administrator, hvis du skal have "
        "adgang igen.\n"
    )
    assert (
        main([*_command("user", "list", vault=demo_location, user="admin"), "--format", "json"])
        == 0
    )
    listed = {u["username"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["koordinator"]["active"] is False
    assert listed["koordinator"]["role"] == "caseworker"

    assert main(_command("user", "activate", vault=demo_location, user="admin") + name) == 0
    assert capsys.readouterr().out == "Brugeren koordinator er aktiv igen.\n"
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 0


@pytest.mark.usefixtures("password_env")
def test_an_administrator_cannot_deactivate_the_last_administrator(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [*_command("user", "deactivate", vault=demo_location, user="admin"), "--name", "admin"]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "administrator" in err


@pytest.mark.usefixtures("password_env")
def test_after_a_reset_every_command_asks_for_the_users_own_password(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "udleveret-1")
    reset = ["--name", "koordinator"]
    assert main(_command("user", "reset-password", vault=demo_location, user="admin") + reset) == 0
    assert "vælger sin egen ved næste login" in capsys.readouterr().out

    monkeypatch.setenv("RISKDESK_PASSWORD", "udleveret-1")
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "vælg din egen" in err
    assert "riskdesk user password" in err

    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "min egen hest")
    assert main(_command("user", "password", vault=demo_location, user="koordinator")) == 0
    assert capsys.readouterr().out == "Din adgangskode er skiftet.\n"
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 1
    monkeypatch.setenv("RISKDESK_PASSWORD", "min egen hest")
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 0


@pytest.mark.usefixtures("password_env")
def test_password_changes_ones_own_password(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "leders nye kode")
    assert main(_command("user", "password", vault=demo_location, user="leder")) == 0
    assert capsys.readouterr().out == "Din adgangskode er skiftet.\n"
    assert main(_command("case", "list", vault=demo_location, user="leder")) == 1
    monkeypatch.setenv("RISKDESK_PASSWORD", "leders nye kode")
    assert main(_command("case", "list", vault=demo_location, user="leder")) == 0
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    assert main(_command("case", "list", vault=demo_location, user="koordinator")) == 0
