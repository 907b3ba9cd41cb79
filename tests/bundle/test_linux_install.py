"""The Linux bundle's install.sh and uninstall.sh, run for real in a temporary home with
no root, on a stand-in for the PyInstaller folder (a script in place of the executable;
scripts/check-bundle runs them on the real build)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux installer")

INSTALLER = Path(__file__).parents[2] / "installer" / "linux"


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """What the tar.gz unpacks to: install.sh, uninstall.sh, the menu entry, RiskDesk/."""
    folder = tmp_path / "RiskDesk-0.1.0-linux-x86_64"
    program = folder / "RiskDesk"
    (program / "_internal").mkdir(parents=True)
    executable = program / "riskdesk"
    executable.write_text('#!/bin/sh\necho "riskdesk stand-in $*"\n', encoding="utf-8")
    executable.chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "riskdesk.desktop"):
        (folder / name).write_bytes((INSTALLER / name).read_bytes())
        (folder / name).chmod(0o755)
    return folder


def _run(script: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra}
    return subprocess.run(
        ["/bin/sh", str(script)], env=env, capture_output=True, text=True, check=False
    )


def test_install_puts_the_program_a_menu_entry_and_a_command_in_the_home(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = _run(unpacked / "install.sh", home)
    assert result.returncode == 0, result.stderr

    app = home / ".local/share/RiskDesk/app"
    assert (app / "riskdesk").is_file()
    assert (app / "_internal").is_dir()
    assert os.access(app / "uninstall.sh", os.X_OK)
    link = home / ".local/bin/riskdesk"
    assert link.is_symlink()
    assert link.resolve() == (app / "riskdesk").resolve()
    ran = subprocess.run([str(link), "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "riskdesk stand-in --version"

    entry = (home / ".local/share/applications/riskdesk.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/riskdesk" gui' in entry
    assert f"TryExec={app}/riskdesk" in entry
    assert "@APP@" not in entry


def test_xdg_data_home_is_honoured(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data_home = tmp_path / "elsewhere"
    home.mkdir()
    assert _run(unpacked / "install.sh", home, XDG_DATA_HOME=str(data_home)).returncode == 0
    assert (data_home / "RiskDesk/app/riskdesk").is_file()
    assert (data_home / "applications/riskdesk.desktop").is_file()
    assert not (home / ".local/share").exists()

    # Uninstalled from a session where XDG_DATA_HOME is no longer set.
    assert _run(data_home / "RiskDesk/app/uninstall.sh", home).returncode == 0
    assert not (data_home / "applications/riskdesk.desktop").exists()
    assert not (data_home / "RiskDesk/app").exists()


def test_installing_again_replaces_the_program_and_keeps_the_vaults(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _run(unpacked / "install.sh", home).returncode == 0
    data = home / ".local/share/RiskDesk"
    (data / "riskdesk.rdv").write_bytes(b"vault")
    (data / "app" / "stale-file").write_bytes(b"")

    assert _run(unpacked / "install.sh", home).returncode == 0
    assert not (data / "app" / "stale-file").exists()
    assert (data / "riskdesk.rdv").read_bytes() == b"vault"
    assert sorted(p.name for p in data.iterdir()) == ["app", "riskdesk.rdv"]


def test_uninstall_removes_the_program_and_keeps_the_vaults(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _run(unpacked / "install.sh", home).returncode == 0
    data = home / ".local/share/RiskDesk"
    (data / "riskdesk.rdv").write_bytes(b"vault")

    result = _run(data / "app" / "uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert not (data / "app").exists()
    assert not (home / ".local/bin/riskdesk").exists()
    assert not (home / ".local/bin/riskdesk").is_symlink()
    assert not (home / ".local/share/applications/riskdesk.desktop").exists()
    assert (data / "riskdesk.rdv").read_bytes() == b"vault"


def test_uninstall_leaves_a_command_link_that_is_not_ours(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _run(unpacked / "install.sh", home).returncode == 0
    link = home / ".local/bin/riskdesk"
    link.unlink()
    link.symlink_to("/usr/bin/true")
    assert _run(home / ".local/share/RiskDesk/app/uninstall.sh", home).returncode == 0
    assert link.is_symlink()


def test_install_from_an_incomplete_folder_is_refused(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (unpacked / "RiskDesk" / "riskdesk").unlink()
    result = _run(unpacked / "install.sh", home)
    assert result.returncode == 1
    assert "RiskDesk/riskdesk" in result.stderr
    assert not (home / ".local").exists()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_menu_entry_is_valid(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    assert _run(unpacked / "install.sh", home).returncode == 0
    entry = home / ".local/share/applications/riskdesk.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
