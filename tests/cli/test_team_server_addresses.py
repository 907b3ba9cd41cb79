"""Every command's ``--vault`` takes a team server's ``postgresql://host:port/database``
(#13 item 1), run as a user runs it: ``python -m riskdesk`` in a subprocess against a real
PostgreSQL. A host other than this machine needs the CA file (the settings or
``RISKDESK_SERVER_CA``); what cannot be used is said in one line, in Danish by default;
what only a vault file has (creating, backups, the page-by-page check) is refused on a
server before a password is asked for."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from riskdesk.cli import build_parser
from riskdesk.domain.user import Role
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer

CASEWORKER, CASEWORKER_PASSWORD = "kim", "kim-kodeord-1"
# Not this machine by name, so TLS is required; nothing listens on port 1, so a
# connection that is tried fails at once.
OTHER_HOST = "postgresql://127.0.0.2:1/riskdesk"
CA_VARIABLE = "RISKDESK_SERVER_CA"
TLS_REQUIRED = "kræver en krypteret forbindelse"
NO_ANSWER = "Teamserveren svarer ikke"


def _riskdesk(
    *args: str, password: str | None = ADMIN_PASSWORD, **env: str
) -> subprocess.CompletedProcess[str]:
    # The developer's own CA variable must not decide a test about it.
    environment = {name: value for name, value in os.environ.items() if name != CA_VARIABLE}
    environment.update(env)
    if password is not None:
        environment["RISKDESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=environment,
        timeout=120,
        check=False,
    )


def _one_line(result: subprocess.CompletedProcess[str], exit_code: int) -> str:
    assert result.returncode == exit_code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("riskdesk: ")
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def _settings(**values: object) -> None:
    folder = Path(os.environ["RISKDESK_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_commands_open_a_team_server_by_its_address(team_server: TeamServer) -> None:
    team_server.add_login(CASEWORKER, Role.CASEWORKER, CASEWORKER_PASSWORD)
    listed = _riskdesk(
        "case",
        "list",
        "--vault",
        team_server.url,
        "--user",
        CASEWORKER,
        "--format",
        "json",
        password=CASEWORKER_PASSWORD,
    )
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []

    verified = _riskdesk("audit", "verify", "--vault", team_server.url, "--user", ADMIN)
    assert verified.returncode == 0, verified.stderr
    assert "intakt" in verified.stdout


def test_a_wrong_password_on_the_server_is_one_line(team_server: TeamServer) -> None:
    result = _riskdesk("audit", "verify", "--vault", team_server.url, "--user", ADMIN, password="x")
    assert "Forkert brugernavn eller adgangskode." in _one_line(result, 1)


def test_another_host_without_a_ca_file_is_refused_with_the_tls_message() -> None:
    result = _riskdesk("case", "list", "--vault", OTHER_HOST, "--user", CASEWORKER)
    message = _one_line(result, 1)
    assert TLS_REQUIRED in message
    assert "127.0.0.2" not in message


def test_the_ca_file_of_the_settings_lets_the_connection_be_tried(tmp_path: Path) -> None:
    ca_file = tmp_path / "unit-ca.pem"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    _settings(server_ca_file=str(ca_file))
    result = _riskdesk("case", "list", "--vault", OTHER_HOST, "--user", CASEWORKER)
    assert NO_ANSWER in _one_line(result, 1)


def test_riskdesk_server_ca_still_names_the_ca_file(tmp_path: Path) -> None:
    ca_file = tmp_path / "unit-ca.pem"
    ca_file.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    _settings(server_ca_file=str(tmp_path / "gone.pem"))
    result = _riskdesk(
        "case",
        "list",
        "--vault",
        OTHER_HOST,
        "--user",
        CASEWORKER,
        **{CA_VARIABLE: str(ca_file)},
    )
    assert NO_ANSWER in _one_line(result, 1)


@pytest.mark.parametrize(
    "address",
    ["postgresql://", "postgresql://127.0.0.1:notaport/riskdesk", "postgresql://127.0.0.1:5432/"],
)
def test_a_bad_address_is_refused_in_one_line(address: str) -> None:
    result = _riskdesk("case", "list", "--vault", address, "--user", CASEWORKER)
    assert "Serveradressen kan ikke bruges" in _one_line(result, 1)


@pytest.mark.parametrize(
    "command",
    [
        ["backup", "--user", ADMIN, "--out", "kopi.rdbackup"],
        ["vault", "check", "--user", ADMIN],
        ["init", "--user", ADMIN],
        ["demo"],
        ["restore", "--backup", "kopi.rdbackup", "--user", ADMIN],
    ],
)
def test_what_only_a_vault_file_has_is_refused_on_a_server_before_the_password(
    command: list[str],
) -> None:
    result = _riskdesk(*command, "--vault", "postgresql://127.0.0.1:5432/riskdesk", password=None)
    message = _one_line(result, 2)
    assert "Det gælder kun en lokal boks" in message
    assert "Adgangskode" not in message


def _vault_options(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _vault_options(sub, (*words, name))
        elif "--vault" in action.option_strings:
            yield words, action


def test_every_commands_vault_option_keeps_a_server_address_whole() -> None:
    address = "postgresql://db.kommune.example:5432/riskdesk"
    options = list(_vault_options(build_parser()))
    assert len(options) > 20
    # Moving a vault onto a server: its --vault is the file being moved.
    local_only = {"backup", "demo", "init", "restore", "vault check", "server import"}
    for words, action in options:
        if " ".join(words) in local_only:
            with pytest.raises(argparse.ArgumentTypeError, match="Det gælder kun en lokal boks"):
                action.type(address)
        else:
            assert action.type(address) == address, words
    assert local_only <= {" ".join(words) for words, _ in options}
