"""The startup probe the bundle's smoke test and launch benchmark use: with
RISKDESK_EXIT_WHEN_SHOWN=1 the real GUI, in its own process, quits with 0 after the
unlock dialog's first paint and says which window it was."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from riskdesk.gui.startup_probe import PROBE_ENV, install_startup_probe

pytestmark = pytest.mark.slow


def _gui(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    return subprocess.run(
        [sys.executable, "-m", "riskdesk", "gui", "--vault", str(tmp_path / "none.rdv")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_gui_quits_after_the_unlock_dialog_is_painted(tmp_path: Path) -> None:
    result = _gui(tmp_path, **{PROBE_ENV: "1"})
    assert result.returncode == 0, result.stderr
    shown_at, window = result.stdout.split()
    assert float(shown_at) > 0
    assert window == "UnlockDialog"


def test_given_a_png_path_it_also_saves_a_picture_of_the_dialog(tmp_path: Path) -> None:
    picture = tmp_path / "unlock.png"
    result = _gui(tmp_path, **{PROBE_ENV: str(picture)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1] == "UnlockDialog"
    image = QImage(str(picture))
    assert image.width() > 200
    assert image.height() > 100
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    assert len(colours) > 20  # text and fields, not an empty frame


def test_the_probe_is_off_unless_asked_for(qapp: QApplication) -> None:
    assert install_startup_probe(qapp, {}) is False
    assert install_startup_probe(qapp, {PROBE_ENV: "0"}) is False
    assert install_startup_probe(qapp, {PROBE_ENV: "unlock.jpg"}) is False
