"""The application ``run_gui`` makes is in RiskDesk's style from its first widget, chosen
on its command line, not by ``setStyle`` (which hands Python the style object, and PySide6
then makes Python enums of all of ``QStyle``'s before the unlock dialog's first paint)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

STYLE_OF = """
import sys
from PySide6.QtWidgets import QApplication
from riskdesk.gui.app import styled_application

app = styled_application(["riskdesk"]) if sys.argv[1] == "styled" else QApplication(["riskdesk"])
app.setStyleSheet("")  # the style sheet's own style answers to no name
print(app.style().name())
"""


def _style(kind: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", STYLE_OF, kind],
        # A desktop asking for another style, as KDE or Windows would.
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_the_started_application_is_in_fusion_whatever_the_desktop_asks_for() -> None:
    assert _style("plain") == "windows"  # what the desktop would have given
    assert _style("styled") == "fusion"
