import json
import subprocess
import sys
from pathlib import Path

import pytest

from riskdesk import __version__
from riskdesk.cli import main
from vault_fixtures import DEMO_PERSONS, PASSWORD


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.usefixtures("password_env")
def test_case_list_json_has_the_promised_keys(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["case", "list", "--vault", str(demo_path), "--user", "koordinator", "--format", "json"]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == DEMO_PERSONS
    assert {"case_number", "person_name", "level", "kind", "status"} <= set(rows[0])
    name = rows[0]["person_name"]
    assert (
        main(
            [
                "case",
                "list",
                "--vault",
                str(demo_path),
                "--user",
                "koordinator",
                "--search",
                name,
                "--format",
                "json",
            ]
        )
        == 0
    )
    hits = json.loads(capsys.readouterr().out)
    assert hits
    assert all(row["person_name"] == name for row in hits)


def test_wrong_password_is_one_line_and_exit_1(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_PASSWORD", "not it")
    assert main(["case", "list", "--vault", str(demo_path), "--user", "koordinator"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "adgangskode" in err


@pytest.mark.usefixtures("password_env")
def test_a_missing_vault_is_exit_1_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.rdv"
    assert main(["audit", "verify", "--vault", str(missing), "--user", "admin"]) == 1
    assert "ingen boks" in capsys.readouterr().err
    assert not missing.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("password_env")
def test_init_refuses_an_existing_path(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_path.read_bytes()
    assert main(["init", "--vault", str(demo_path), "--user", "chef"]) == 1
    assert "findes allerede" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


@pytest.mark.usefixtures("password_env")
def test_user_add_is_for_administrators(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "nyt-kodeord")
    args = ["user", "add", "--vault", str(demo_path), "--name", "mentor1", "--role", "caseworker"]
    assert main([*args, "--user", "koordinator"]) == 1
    assert "rolle" in capsys.readouterr().err
    assert main([*args, "--user", "admin"]) == 0
    monkeypatch.setenv("RISKDESK_PASSWORD", "nyt-kodeord")
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", "mentorens egen")
    assert main(["user", "password", "--vault", str(demo_path), "--user", "mentor1"]) == 0
    monkeypatch.setenv("RISKDESK_PASSWORD", "mentorens egen")
    assert main(["audit", "verify", "--vault", str(demo_path), "--user", "mentor1"]) == 0
    assert "intakt" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["case", "list"])
    assert stopped.value.code == 2


def test_without_a_password_or_terminal_exit_2(demo_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "riskdesk",
            "case",
            "list",
            "--vault",
            str(demo_path),
            "--user",
            "koordinator",
        ],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        env={"PATH": "/usr/bin:/bin", "RISKDESK_CONFIG_DIR": str(demo_path.parent / "cfg")},
    )
    assert result.returncode == 2
    assert "RISKDESK_PASSWORD" in result.stderr
    assert "Traceback" not in result.stderr


def test_init_and_demo_as_real_processes(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "RISKDESK_PASSWORD": PASSWORD,
        "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
    }
    run = [sys.executable, "-m", "riskdesk"]
    created = subprocess.run(
        [*run, "init", "--vault", str(tmp_path / "new.rdv"), "--user", "chef"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    demo = subprocess.run(
        [*run, "demo", "--vault", str(tmp_path / "d.rdv"), "--persons", "5"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert demo.returncode == 0, demo.stderr
    for user in ("admin", "leder", "koordinator"):
        assert user in demo.stdout


@pytest.mark.usefixtures("password_env")
def test_audit_verify_finds_a_tampered_event(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    from riskdesk.store.vault import Vault

    assert main(["audit", "verify", "--vault", str(demo_path), "--user", "leder"]) == 0
    # An event edited in the database behind the application's back.
    with (
        Vault.open(demo_path, username="admin", password=PASSWORD) as vault,
        vault._require_open().begin() as connection,
    ):
        connection.execute(text("UPDATE audit_events SET username = 'x' WHERE sequence = 5"))
    capsys.readouterr()
    assert main(["audit", "verify", "--vault", str(demo_path), "--user", "leder"]) == 1
    assert "hændelse 5" in capsys.readouterr().err
