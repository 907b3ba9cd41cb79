"""`make demo` and `make run` on a machine without a screen: under xvfb-run when it is
installed, else one sentence saying what to install (scripts/with-screen)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WITH_SCREEN = REPO / "scripts" / "with-screen"
RISKDESK = Path(sys.executable).parent / "riskdesk"
XVFB_RUN = shutil.which("xvfb-run") if shutil.which("xauth") else None

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the screen check is for Linux"
)


def _bin_without_xvfb(tmp_path: Path) -> Path:
    """A PATH with what the script needs and no xvfb-run."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("bash", "env", "uname", "sh", "printf"):
        found = shutil.which(tool)
        assert found is not None
        (folder / tool).symlink_to(found)
    return folder


def _run(*command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(WITH_SCREEN), *command],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=60,
        env=env,
    )


def test_without_a_screen_or_xvfb_it_says_what_to_install(tmp_path: Path) -> None:
    env = {"PATH": str(_bin_without_xvfb(tmp_path))}
    result = _run("printf", "started", env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "No screen: install xvfb and xauth (sudo apt-get install -y xvfb xauth) or run on "
        "a desktop.\n"
    )


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_xvfb_run_without_xauth_counts_as_missing(tmp_path: Path) -> None:
    # apt installs xauth with xvfb only as a recommendation; xvfb-run cannot start without.
    folder = _bin_without_xvfb(tmp_path)
    (folder / "xvfb-run").symlink_to(shutil.which("xvfb-run"))
    result = _run("printf", "started", env={"PATH": str(folder)})
    assert result.returncode == 1
    assert result.stderr.startswith("No screen: install xvfb and xauth")


def test_an_empty_platform_variable_as_make_exports_it_counts_as_unset(tmp_path: Path) -> None:
    env = {"PATH": str(_bin_without_xvfb(tmp_path)), "QT_QPA_PLATFORM": ""}
    assert _run("printf", "started", env=env).returncode == 1


@pytest.mark.parametrize(
    "screen",
    [{"DISPLAY": ":7"}, {"WAYLAND_DISPLAY": "wayland-1"}, {"QT_QPA_PLATFORM": "offscreen"}],
)
def test_with_a_screen_the_command_runs_as_it_is(tmp_path: Path, screen: dict[str, str]) -> None:
    env = {"PATH": str(_bin_without_xvfb(tmp_path)), **screen}
    result = _run("sh", "-c", 'printf "%s" "$DISPLAY"', env=env)
    assert result.returncode == 0
    assert result.stdout == screen.get("DISPLAY", "")
    assert result.stderr == ""


@pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run or xauth is not installed")
def test_without_a_screen_it_runs_under_xvfb_run() -> None:
    result = _run("sh", "-c", 'printf "%s" "$DISPLAY"', env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(":")
    assert "virtual one (xvfb-run)" in result.stderr


@pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run or xauth is not installed")
def test_riskdesk_starts_under_xvfb_run_and_keeps_running(tmp_path: Path) -> None:
    # Qt without a screen aborts within a second; the window's event loop keeps running.
    process = subprocess.Popen(
        [str(WITH_SCREEN), str(RISKDESK), "gui", "--vault", str(tmp_path / "enhed.rdv")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={
            "PATH": "/usr/bin:/bin",
            "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
            "RISKDESK_DATA_DIR": str(tmp_path / "data"),
        },
    )
    try:
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert process.poll() is None, process.communicate()
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    assert "qt.qpa" not in stderr


def test_make_demo_and_run_go_through_the_screen_check() -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    for target, command in (("demo", "riskdesk gui --demo"), ("run", "riskdesk gui")):
        recipe = subprocess.run(
            [make, "-n", "-C", str(REPO), target],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        assert f"scripts/with-screen .venv/bin/{command}" in recipe.splitlines()
