"""Starting the real GUI in a subprocess, offscreen, with the startup probe waiting for
the whole start (``RISKDESK_EXIT_WHEN_SHOWN=ready``), and telling a failed start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from riskdesk.gui.startup_probe import PROBE_ENV, READY

RUN_GUI = "run_gui"
ENTRY_POINT = "entry_point"
PATHS = (RUN_GUI, ENTRY_POINT)

FAILURE_SIGNS = ("ImportError", "partially initialized", "unexpected error", "Traceback")


def command(path: str, vault: Path) -> list[str]:
    """The real start: the installed command's module, or ``run_gui`` with no CLI first
    (the CLI imports pydantic before Qt, which hid the race)."""
    if path == ENTRY_POINT:
        return [sys.executable, "-m", "riskdesk", "gui", "--vault", str(vault)]
    code = (
        "import sys; from pathlib import Path; from riskdesk.gui.app import run_gui; "
        "sys.exit(run_gui(vault=Path(sys.argv[1]), username='koordinator'))"
    )
    return [sys.executable, "-c", code, str(vault)]


def environment(**extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", **{PROBE_ENV: READY}, **extra)


def start(arguments: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        arguments, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def problem(process: subprocess.Popen[str]) -> str | None:
    """None when the start reached the unlock dialog's paint and the built main window;
    else what went wrong."""
    out, err = process.communicate(timeout=300)
    windows = [line.split()[-1] for line in out.splitlines() if line.strip()]
    if process.returncode != 0 or windows != ["UnlockDialog", "MainWindow"]:
        return f"exit {process.returncode}, windows {windows}: {err[-2000:]}"
    signs = [sign for sign in FAILURE_SIGNS if sign in err]
    return f"{signs}: {err[-2000:]}" if signs else None
