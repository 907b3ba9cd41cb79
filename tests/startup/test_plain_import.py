"""PySide6's ``__feature__`` import hook reads the source of every module imported after
Qt; the GUI's start puts Python's own import back, so neither the dialog's path nor the
desk loader pays for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

SOURCES_READ = """
import inspect
from PySide6.QtWidgets import QApplication

app = QApplication([])
read = []
getsource = inspect.getsource
inspect.getsource = lambda module: read.append(module.__name__) or getsource(module)
import colorsys
from riskdesk.gui.plain_import import restore_plain_import

print(restore_plain_import(), restore_plain_import())
import wave
print("colorsys" in read, "wave" in read)
"""

START = """
import builtins, sys
from pathlib import Path
from riskdesk.gui.app import run_gui

code = run_gui(vault=Path(sys.argv[1]), username="koordinator")
print("plain", builtins.__import__ is builtins.__orig_import__)
sys.exit(code)
"""


def _run(code: str, *arguments: str, **env: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return done.stdout.splitlines()


def test_modules_imported_after_the_hook_is_gone_are_not_read() -> None:
    # Once: a second call finds the hook gone and leaves the import alone.
    assert _run(SOURCES_READ) == ["True False", "True False"]


def test_the_gui_start_imports_without_the_hook(tmp_path: Path) -> None:
    lines = _run(START, str(tmp_path / "none.rdv"), RISKDESK_EXIT_WHEN_SHOWN="1")
    assert lines[-1] == "plain True"
