"""What an unlock does not load (#14 item 9): jinja2 (3 MB resident) is for a rendering or
a template check and QtCharts (1.7 MB and its library's pages) for a chart on show, so a
session that unlocks onto its start page holds neither. Measured in a fresh interpreter
through the window's own path: the loader, the unlock dialog clicked, the window shown and
every operation it started done."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vault_fixtures import PASSWORD

pytestmark = pytest.mark.gui

LOADED_WHEN_NEEDED = ("jinja2", "PySide6.QtCharts", "docxtpl")

_UNLOCK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from riskdesk.gui.app import apply_style, guarded_session
from riskdesk.gui.operations import wait_until_idle
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.services.settings import load_settings

vault, user, password, names = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
app = QApplication([])
apply_style(app)
loader = DeskLoader()
session = guarded_session(app, opener=loader.open, settings=load_settings(), loader=loader)

def turn():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()

def turn_until(condition):
    deadline = time.monotonic() + 120
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        turn()
        time.sleep(0.002)

session.start(vault, user)
turn_until(lambda: session.unlock_dialog is not None and session.unlock_dialog.isVisible())
session.wait_for_core()
dialog = session.unlock_dialog
dialog.user_edit.setText(user)
dialog.password_edit.setText(password)
QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
turn_until(lambda: session.window.isVisible() and session.window.desk is not None)
# The page check after the first paint, the start page's reads and the plan page's forms.
for _ in range(3):
    assert wait_until_idle()
    turn()
    time.sleep(0.2)
    turn()
print("loaded:", *(name for name in names if name in sys.modules))
session.quit()
loader.settle()
"""


def test_an_unlock_loads_neither_jinja2_nor_qtcharts(demo_path: Path, tmp_path: Path) -> None:
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "RISKDESK_CONFIG_DIR": str(tmp_path / "config"),
        "RISKDESK_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _UNLOCK,
            str(demo_path),
            "koordinator",
            PASSWORD,
            *LOADED_WHEN_NEEDED,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("loaded:")]
    assert line.split()[1:] == []
