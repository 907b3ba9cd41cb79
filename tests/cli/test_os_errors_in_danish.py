"""Issue #16 item 7: an error never carries the system's English text into a Danish
sentence. A real refusal by the file system (a read-only folder, a name that is a folder,
a name too long, a missing folder) is said in the user's language, and nothing is left
behind. Through the real entry point: ``main([...])``, and a subprocess without root's
power over file permissions for the read-only folder."""

from __future__ import annotations

import ctypes
import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from riskdesk.cli import main
from riskdesk.domain.localized import Language
from riskdesk.services.desk import Desk
from riskdesk.services.settings import Settings, save_settings
from vault_fixtures import PASSWORD

EXIT_FAILURE, EXIT_USAGE = 1, 2
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_ADVICE = "Vælg en anden mappe eller luk filen, hvis den er åben i Word."


def _as_an_ordinary_user() -> None:
    """In the child: root without the capabilities that let it ignore file permissions."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "could not drop a capability")


def _riskdesk_as_a_user(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "RISKDESK_PASSWORD": PASSWORD,
        "RISKDESK_CONFIG_DIR": str(home / "cfg"),
        "HOME": str(home),
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
        preexec_fn=_as_an_ordinary_user,
    )


def _no_system_text(line: str, code: int) -> None:
    """Not the system's message for ``code``, nor any of its words."""
    system = os.strerror(code)
    assert system not in line
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", line)}
    assert not {w.lower() for w in re.findall(r"[A-Za-z]{3,}", system)} & words, line


@pytest.fixture
def case_number(demo_path: Path, password_env: None) -> str:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        return next(c.case_number for c in desk.cases.search() if desk.plans.current(c.case_id))


def _render(demo_path: Path, case_number: str, out: Path) -> list[str]:
    return [
        "render",
        "plan",
        "--vault",
        str(demo_path),
        "--user",
        "koordinator",
        "--case",
        case_number,
        "--out",
        str(out),
    ]


def _one_line(capsys: pytest.CaptureFixture[str], args: list[str], exit_code: int) -> str:
    assert main(args) == exit_code
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1, err
    return err.removeprefix("riskdesk: ").rstrip("\n")


def test_a_read_only_folder_is_said_in_danish_and_nothing_is_left(
    demo_path: Path, case_number: str, tmp_path: Path
) -> None:
    folder = tmp_path / "laast"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _riskdesk_as_a_user(
            _render(demo_path, case_number, folder / "plan.docx"), tmp_path
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == EXIT_FAILURE, result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        "riskdesk: Dokumentet kan ikke gemmes som plan.docx: du har ikke adgang til mappen "
        f"eller filen. {_ADVICE}\n"
    )
    _no_system_text(result.stderr, errno.EACCES)
    assert list(folder.iterdir()) == []


@pytest.mark.usefixtures("password_env")
def test_a_name_that_is_a_folder_is_said_in_danish(
    demo_path: Path, case_number: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ud" / "plan.docx"
    folder.mkdir(parents=True)
    line = _one_line(capsys, _render(demo_path, case_number, folder), EXIT_FAILURE)
    assert (
        line
        == f"Dokumentet kan ikke gemmes som plan.docx: navnet er en mappe, ikke en fil. {_ADVICE}"
    )
    _no_system_text(line, errno.EISDIR)
    assert list(folder.parent.iterdir()) == [folder]
    assert list(folder.iterdir()) == []


@pytest.mark.usefixtures("password_env")
def test_a_name_too_long_is_said_in_danish(
    demo_path: Path, case_number: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ud"
    folder.mkdir()
    line = _one_line(
        capsys, _render(demo_path, case_number, folder / ("a" * 300 + ".docx")), EXIT_FAILURE
    )
    assert line.endswith(f": filnavnet er for langt. {_ADVICE}")
    _no_system_text(line, errno.ENAMETOOLONG)
    assert list(folder.iterdir()) == []


@pytest.mark.usefixtures("password_env")
def test_a_missing_folder_is_said_in_danish_and_in_english(
    demo_path: Path, case_number: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "findes-ikke" / "plan.docx"
    line = _one_line(capsys, _render(demo_path, case_number, out), EXIT_FAILURE)
    assert line.startswith("Dokumentet kan ikke gemmes som plan.docx: mappen eller filen findes")
    _no_system_text(line, errno.ENOENT)
    save_settings(Settings(language=Language.ENGLISH))
    line = _one_line(capsys, _render(demo_path, case_number, out), EXIT_FAILURE)
    assert line.startswith(
        "The document cannot be saved as plan.docx: the folder or file does not exist."
    )
    assert not out.parent.exists()


@pytest.mark.usefixtures("password_env")
def test_a_vault_name_too_long_is_said_in_danish_by_the_last_resort(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RISKDESK_NEW_PASSWORD", PASSWORD)
    folder = tmp_path / "ny"
    folder.mkdir()
    args = ["init", "--vault", str(folder / ("b" * 300 + ".rdv")), "--user", "chef"]
    line = _one_line(capsys, args, EXIT_FAILURE)
    assert line == "En fil kunne ikke bruges: filnavnet er for langt."
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "code", "reason"),
    [
        ("findes-ikke.json", errno.ENOENT, "mappen eller filen findes ikke"),
        ("", errno.EISDIR, "navnet er en mappe, ikke en fil"),
    ],
)
def test_an_answers_file_that_cannot_be_read_is_said_in_danish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, code: int, reason: str
) -> None:
    args = ["score", "--instrument", "riskdesk-youth", "--answers", str(tmp_path / name)]
    line = _one_line(capsys, args, EXIT_USAGE)
    assert line == f"--answers: Svarfilen kan ikke læses: {reason}."
    _no_system_text(line, code)
