"""A quit right after the first paint (the startup probe's, or a user closing the unlock
dialog at once) returns from ``run_gui`` only once the services' import has ended, so the
interpreter never shuts down under an import on another thread (CI saw the bundle abort
with -6 there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

_PROBE = """
import threading
from pathlib import Path
from riskdesk.gui.app import run_gui
code = run_gui(vault=Path({vault!r}))
alive = [t.name for t in threading.enumerate() if t.name == "riskdesk-import" and t.is_alive()]
print("exit", code, "importing", ",".join(alive) or "none")
"""


def test_run_gui_returns_only_after_the_services_import_ended(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RISKDESK_EXIT_WHEN_SHOWN": "1",
        "RISKDESK_CONFIG_DIR": str(tmp_path / "cfg"),
        "RISKDESK_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(vault=str(tmp_path / "none.rdv"))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "exit 0 importing none", result.stdout
