"""An unlock gives the heap's free pages back before the key derivation (#14 item 9): the
derivation's 64 MiB come on top of what the process holds when it starts, and memory
used and freed while the window was locked (the dialog's painting, a settings dialog)
had stayed with the process under it. Measured in a fresh interpreter, where the heap
holds only what the test put there."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform != "linux", reason="malloc_trim")]

_FREE_THEN_UNLOCK = """
import os
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from riskdesk.domain.localized import Language
from riskdesk.gui.session.unlock_dialog import UnlockDialog

def resident_mb():
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

app = QApplication([])
at_derivation = []
dialog = UnlockDialog(
    opener=lambda *args, **kwargs: at_derivation.append(resident_mb()),
    language=Language.DANISH,
    vault=Path("locked.rdv"),
    username="kim",
)
dialog.show()
app.processEvents()
# 120 MB in blocks below malloc's mmap threshold, every 64th kept so the heap cannot
# shrink from its top: as what a locked window used and freed meanwhile.
blocks = [bytes(2000) + i.to_bytes(4, "little") for i in range(60_000)]
kept = blocks[::64]
del blocks
freed = resident_mb()
dialog.password_edit.setText("kodeord")
QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
print(freed, at_derivation[0])
"""


def test_the_heap_is_trimmed_before_the_key_derivation() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _FREE_THEN_UNLOCK],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    freed, at_derivation = (float(x) for x in done.stdout.split())

    assert at_derivation < freed - 50
