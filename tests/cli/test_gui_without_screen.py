"""``riskdesk gui`` on a Linux machine without a screen says so in one sentence and exits
1, instead of aborting inside Qt (SIGABRT, exit 134) with a page of Qt's messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from riskdesk.cli.gui_command import not_found_in, screen_problem

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the check is for Linux"
)


def _riskdesk(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
        timeout=120,
        env={
            "PATH": "/usr/bin:/bin",
            "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
            "RISKDESK_DATA_DIR": str(tmp_path / "data"),
            **env,
        },
    )


@pytest.mark.parametrize("args", [(), ("gui",), ("gui", "--demo")])
def test_without_a_screen_one_sentence_and_exit_1(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = _riskdesk(tmp_path, *args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("riskdesk: Ingen skærm:")
    assert "apt-get install -y xvfb xauth" in result.stderr
    assert "qt.qpa" not in result.stderr
    # Nothing was made for a window that could not open.
    assert not (tmp_path / "data").exists()


def test_an_empty_platform_variable_counts_as_unset(tmp_path: Path) -> None:
    # `make` exports QT_QPA_PLATFORM empty (`export QT_QPA_PLATFORM ?=`).
    result = _riskdesk(tmp_path, "gui", QT_QPA_PLATFORM="")
    assert result.returncode == 1
    assert "Ingen skærm" in result.stderr


def test_the_sentence_is_english_when_english_was_chosen(tmp_path: Path) -> None:
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "settings.json").write_text('{"language": "en"}', encoding="utf-8")
    result = _riskdesk(tmp_path, "gui")
    assert result.returncode == 1
    assert result.stderr.startswith("riskdesk: No screen: RiskDesk needs a desktop")


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"DISPLAY": ":0"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_a_screen_or_a_chosen_platform_is_left_to_qt(
    environ: dict[str, str], platform: str
) -> None:
    assert screen_problem(environ, platform) is None


def test_the_libraries_ldd_cannot_find_are_named() -> None:
    listing = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )
    assert not_found_in(listing) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    assert not_found_in("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []
