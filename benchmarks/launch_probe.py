"""Started as a separate process by the benchmark: shows one window, prints the wall
clock time at which it was on screen, and exits.

``bare``: an empty PySide6 window, the floor for any Qt program.
``riskdesk``: RiskDesk's real start path up to the unlock dialog being shown.
"""

from __future__ import annotations

import sys
import time


def main(kind: str) -> None:
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])
        window = QWidget()
        window.resize(480, 300)
        window.show()
        app.processEvents()
        print(time.time())
        return
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from riskdesk.gui.app import run_gui

    def report_when_shown() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if dialogs:
            print(time.time(), flush=True)
            QApplication.instance().exit(0)  # type: ignore[union-attr]
        else:
            QTimer.singleShot(1, report_when_shown)

    QTimer.singleShot(0, report_when_shown)
    run_gui(vault=Path(sys.argv[2]), username="koordinator")


if __name__ == "__main__":
    main(sys.argv[1])
