"""Every way the probe of issue #10 (item 10) made ``riskdesk`` print a traceback is now
one line on stderr with the README's exit code (1 failure, 2 usage or invalid input),
nothing changed on disk and nothing typed echoed back. Driven through the real entry
point: a subprocess (``python -m riskdesk``, bytes on its command line, file permissions
that hold even for root) or ``main([...])``."""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD

EXIT_FAILURE, EXIT_USAGE = 1, 2
TOO_BIG_ID = str(2**70)
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3


def _as_an_ordinary_user() -> None:
    """In the child before it runs riskdesk: root without the capabilities that let it
    ignore file permissions, so a read-only file is read-only to it, as to a user."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "could not drop a capability")


def _riskdesk(
    args: Sequence[str | bytes], tmp_path: Path, *, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "RISKDESK_PASSWORD": PASSWORD,
        "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
        "HOME": str(tmp_path),
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", *args],
        capture_output=True,
        text=True,
        errors="replace",
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=timeout,
        check=False,
        preexec_fn=_as_an_ordinary_user,
    )


def _one_line(result: subprocess.CompletedProcess[str], exit_code: int) -> str:
    assert result.returncode == exit_code, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("riskdesk: ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stdout == ""
    return result.stderr


def _one_line_from_main(args: list[str], capsys: pytest.CaptureFixture[str], exit_code: int) -> str:
    assert main(args) == exit_code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("riskdesk: ")
    assert err.count("\n") == 1, err
    return err


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` by name, with a hash of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def _case_list(vault: Path) -> list[str]:
    return ["case", "list", "--vault", str(vault), "--user", "koordinator"]


def _keys(vault: Path) -> Path:
    return vault.with_name(vault.name + ".keys")


# --- the vault's file and folder ----------------------------------------------------------


def test_a_read_only_vault_file_is_one_line_and_leaves_no_wal_or_shm(
    demo_path: Path, tmp_path: Path
) -> None:
    before = _snapshot(demo_path.parent)
    demo_path.chmod(0o444)
    try:
        err = _one_line(
            _riskdesk(
                ["case", "list", "--vault", str(demo_path), "--user", "koordinator"], tmp_path
            ),
            EXIT_FAILURE,
        )
    finally:
        demo_path.chmod(0o600)
    assert "skrivebeskyttet" in err
    assert str(demo_path) not in err
    assert _snapshot(demo_path.parent) == before  # no -wal, no -shm


def test_a_read_only_folder_is_named_as_such_not_as_no_vault(
    demo_path: Path, tmp_path: Path
) -> None:
    folder = demo_path.parent
    before = _snapshot(folder)
    folder.chmod(0o555)
    try:
        err = _one_line(
            _riskdesk(
                ["case", "list", "--vault", str(demo_path), "--user", "koordinator"], tmp_path
            ),
            EXIT_FAILURE,
        )
    finally:
        folder.chmod(0o755)
    assert "Mappen med boksen er skrivebeskyttet" in err
    assert "ikke en RiskDesk-boks" not in err
    assert _snapshot(folder) == before


@pytest.mark.slow
def test_a_locked_vault_is_one_line_after_the_wait(demo_path: Path, tmp_path: Path) -> None:
    with (
        Vault.open(demo_path, username="admin", password=PASSWORD) as vault,
        vault.unit_of_work(UseCase.USER_LIST) as uow,
    ):
        uow.users.list()  # the unit of work's BEGIN IMMEDIATE holds the write lock
        result = _riskdesk(_case_list(demo_path), tmp_path)
    err = _one_line(result, EXIT_FAILURE)
    assert "optaget" in err


@pytest.mark.parametrize("command", ["demo", "init"])
def test_a_vault_into_a_missing_folder_is_one_line_and_makes_no_folder(
    command: str, tmp_path: Path
) -> None:
    target = tmp_path / "findes-ikke" / "ny.rdv"
    args = [command, "--vault", str(target)] + (["--user", "chef"] if command == "init" else [])
    err = _one_line(_riskdesk(args, tmp_path), EXIT_FAILURE)
    assert "findes ikke" in err
    assert not target.parent.exists()


@pytest.mark.parametrize("command", ["demo", "init"])
def test_a_vault_into_a_read_only_folder_is_one_line_and_makes_nothing(
    command: str, tmp_path: Path
) -> None:
    folder = tmp_path / "laast"
    folder.mkdir()
    folder.chmod(0o555)
    args = [command, "--vault", str(folder / "ny.rdv")]
    args += ["--user", "chef"] if command == "init" else ["--persons", "2"]
    try:
        err = _one_line(_riskdesk(args, tmp_path), EXIT_FAILURE)
    finally:
        folder.chmod(0o755)
    assert "skrivebeskyttet" in err
    assert list(folder.iterdir()) == []


# --- what is typed on the command line ----------------------------------------------------


@pytest.mark.parametrize(
    ("option", "args"),
    [
        ("--search", ["case", "list", "--user", "koordinator", "--search"]),
        ("--user", ["case", "list", "--user"]),
        ("--case", ["meeting", "decisions", "--user", "koordinator", "--case"]),
        ("--case", ["render", "plan", "--out", "x.docx", "--user", "leder", "--case"]),
    ],
)
def test_bytes_that_are_not_utf8_are_one_line_without_echo(
    option: str, args: list[str], demo_path: Path, tmp_path: Path
) -> None:
    before = _snapshot(demo_path.parent)
    typed = b"Hemmelig\xff\xfe010203"
    err = _one_line(_riskdesk([*args, typed, "--vault", str(demo_path)], tmp_path), EXIT_USAGE)
    assert option in err
    assert "Hemmelig" not in err
    assert "010203" not in err
    assert _snapshot(demo_path.parent) == before


@pytest.mark.parametrize(
    "args",
    [
        ["review", "approve", "--user", "leder", "--plan", TOO_BIG_ID],
        ["review", "submit", "--user", "koordinator", "--plan", TOO_BIG_ID],
        ["meeting", "agenda", "--user", "leder", "--out", "a.docx", "--meeting", TOO_BIG_ID],
        ["meeting", "minutes", "--user", "leder", "--out", "m.docx", "--meeting", TOO_BIG_ID],
    ],
)
def test_an_id_too_big_for_any_record_is_a_usage_error(
    args: list[str], demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    before = _snapshot(demo_path.parent)
    with pytest.raises(SystemExit) as stopped:
        main([*args, "--vault", str(demo_path)])
    assert stopped.value.code == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert TOO_BIG_ID not in err
    assert _snapshot(demo_path.parent) == before


@pytest.mark.usefixtures("password_env")
def test_a_search_of_50000_characters_is_one_line_without_echo(
    demo_location: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    search = "Hemmelig" + "x" * 50_000
    vault = ["--vault", str(demo_location), "--user", "koordinator"]
    err = _one_line_from_main(
        ["case", "list", *vault, "--search", search],
        capsys,
        EXIT_USAGE,
    )
    assert "Hemmelig" not in err
    assert len(err) < 200


@pytest.mark.usefixtures("password_env")
@pytest.mark.parametrize("name", ["Ad\x1bmin\x07", "Anne\u202eAdmin", "A" * 201])
def test_init_refuses_a_name_with_control_characters_or_too_long_without_echo(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ny.rdv"
    err = _one_line_from_main(
        ["init", "--vault", str(target), "--user", "chef", "--name", name], capsys, EXIT_USAGE
    )
    assert "Navnet" in err
    assert "Ad" not in err.replace("Navnet", "")
    assert "AAAA" not in err
    assert list(tmp_path.iterdir()) == []


# --- files RiskDesk reads -----------------------------------------------------------------


def test_score_reads_no_more_than_it_needs_from_dev_zero(tmp_path: Path) -> None:
    result = _riskdesk(
        ["score", "--instrument", "riskdesk-youth", "--answers", "/dev/zero"], tmp_path, timeout=30
    )
    assert "1 MB" in _one_line(result, EXIT_USAGE)


@pytest.mark.parametrize("depth", [100_000, 50])
def test_deeply_nested_answers_are_one_line(
    depth: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "svar.json"
    answers.write_text('{"answers": {"x": ' + "[" * depth + "]" * depth + "}}")
    err = _one_line_from_main(
        ["score", "--instrument", "riskdesk-youth", "--answers", str(answers)], capsys, EXIT_USAGE
    )
    assert "indlejret" in err


@pytest.mark.usefixtures("password_env")
def test_a_key_file_nested_too_deeply_is_one_line_and_left_as_it_is(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _keys(demo_path).write_text('{"format": ' + "[" * 100_000 + "]" * 100_000 + "}")
    before = _snapshot(demo_path.parent)
    err = _one_line_from_main(
        ["case", "list", "--vault", str(demo_path), "--user", "koordinator"], capsys, EXIT_FAILURE
    )
    assert ".keys" in err
    assert _snapshot(demo_path.parent) == before


@pytest.mark.usefixtures("password_env")
def test_a_non_ascii_vault_id_is_one_line_and_left_as_it_is(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every record's vault id, whether the file is one JSON document or a record a line.
    keys = _keys(demo_path).read_text()
    changed = re.sub(r'"vault_id":\s*"[^"]*"', '"vault_id": "æøå-boks"', keys)
    assert changed != keys
    _keys(demo_path).write_text(changed, encoding="utf-8")
    before = _snapshot(demo_path.parent)
    _one_line_from_main(
        ["case", "list", "--vault", str(demo_path), "--user", "koordinator"], capsys, EXIT_FAILURE
    )
    assert _snapshot(demo_path.parent) == before
