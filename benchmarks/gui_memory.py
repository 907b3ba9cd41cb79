"""The GUI's memory as a user's session uses it (#14 item 9): ``python -m
benchmarks.gui_memory VAULT [--user koordinator] [--cycles 2] [--format json]``.

In a fresh process, offscreen, in Danish, with settings kept in a temporary folder, the
real start path (the session controller with the loader, as ``run_gui`` builds it) is
driven by its own widgets: the unlock dialog painted → the password typed and Unlock
clicked → the case list painted → the first case opened → locked → unlocked again,
``--cycles`` times. After each step it records the process's resident memory now (from
``/proc/self/statm``), the anonymous part of it (``/proc/self/smaps_rollup``: not
library pages) and its peak so far (``ru_maxrss``), after a garbage collection.
The password is ``RISKDESK_PASSWORD`` or the benchmarks' own. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _now_mb() -> float:
    resident = int(Path("/proc/self/statm").read_text().split()[1])
    return resident * _PAGE / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _anonymous_mb() -> float:
    """The part of the resident memory that is the process's own (heap, Python's arenas,
    caches); the rest is pages of the libraries and files it maps."""
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
        if line.startswith("Anonymous:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _drive(vault: Path, user: str, password: str, cycles: int) -> list[dict[str, Any]]:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from riskdesk.gui.app import apply_style, guarded_session
    from riskdesk.gui.session.desk_loader import DeskLoader
    from riskdesk.gui.translations import install_translators
    from riskdesk.services.settings import load_settings

    app = QApplication([])
    apply_style(app)
    settings = load_settings()
    install_translators(app, settings.language)
    loader = DeskLoader()
    session = guarded_session(app, opener=loader.open, settings=settings, loader=loader)
    steps: list[dict[str, Any]] = []
    started = time.perf_counter()

    def record(step: str) -> None:
        turn()
        gc.collect()
        steps.append(
            {
                "step": step,
                "rss_mb": round(_now_mb(), 1),
                "peak_mb": round(_peak_mb(), 1),
                "anonymous_mb": round(_anonymous_mb(), 1),
                "at_s": round(time.perf_counter() - started, 2),
            }
        )

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    def turn() -> None:
        # What a running event loop does, in its order, and processEvents() alone does
        # not: delete the widgets closed with deleteLater (a closed case editor, the last
        # unlock dialog) before the timers run. Without it they stayed alive here, and
        # were counted as held after a lock.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def wait_for(condition: Any, timeout_s: float = 120) -> None:
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"gave up waiting after step {steps[-1]['step']!r}")
            turn()
            time.sleep(0.001)

    def unlock() -> None:
        dialog = session.unlock_dialog
        assert dialog is not None
        dialog.user_edit.setText(user)
        dialog.password_edit.setText(password)
        window = session.window
        # The list is what is measured, so it is the page shown (a user's start page may
        # be another; the list is filled at unlock either way).
        window.navigation.setCurrentRow(window.pages.index(window.case_list))
        painted = Painted()
        window.case_list.view.viewport().installEventFilter(painted)
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        wait_for(lambda: window.isVisible() and painted.seen)
        window.case_list.view.viewport().removeEventFilter(painted)

    session.start(vault, user)
    wait_for(lambda: session.unlock_dialog is not None and session.unlock_dialog.isVisible())
    record("unlock dialog shown")
    session.wait_for_core()
    record("services loaded, main window built")
    for cycle in range(1, cycles + 1):
        unlock()
        record(f"unlocked, case list painted ({cycle})")
        from riskdesk.gui.operations import wait_until_idle

        window = session.window
        page = window.case_list
        page.view.setCurrentIndex(page.model.index(0, 0))
        page.open_requested.emit(page.current_case_id())
        wait_until_idle()
        turn()
        record(f"a case opened ({cycle})")
        session.lock()
        wait_for(lambda: session.unlock_dialog is not None and session.unlock_dialog.isVisible())
        record(f"locked ({cycle})")
    unlock()
    record(f"unlocked, case list painted ({cycles + 1})")
    session.quit()
    loader.settle()
    return steps


def measure(vault: Path, *, user: str = "koordinator", cycles: int = 2) -> list[dict[str, Any]]:
    """The steps' memory, measured in a fresh process."""
    with tempfile.TemporaryDirectory() as folder:
        env = os.environ | {
            "QT_QPA_PLATFORM": "offscreen",
            "RISKDESK_CONFIG_DIR": str(Path(folder, "config")),
            "RISKDESK_DATA_DIR": str(Path(folder, "data")),
        }
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.gui_memory",
                str(vault),
                "--user",
                user,
                "--cycles",
                str(cycles),
                "--here",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=1800,
        )
    if done.returncode != 0:
        # The drive's own error (a vault without its .keys file, a wrong password), not
        # just "exit status 1".
        raise RuntimeError(f"the measured session failed: {done.stderr.strip()[-2000:]}")
    steps: list[dict[str, Any]] = json.loads(done.stdout.splitlines()[-1])
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_memory")
    parser.add_argument("vault", type=Path)
    parser.add_argument("--user", default="koordinator")
    parser.add_argument("--cycles", type=int, default=2)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.here:
        password = os.environ.get("RISKDESK_PASSWORD") or PASSWORD
        print(json.dumps(_drive(args.vault, args.user, password, args.cycles)), flush=True)
        return
    steps = measure(args.vault, user=args.user, cycles=args.cycles)
    if args.format == "json":
        print(json.dumps(steps))
        return
    print(f"load average {os.getloadavg()[0]:.1f}; {args.vault.name}")
    for step in steps:
        print(
            f"  {step['step']:<40} RSS {step['rss_mb']:6.0f} MB   peak {step['peak_mb']:6.0f} MB"
            f"   anonymous {step['anonymous_mb']:6.0f} MB   at {step['at_s']:6.1f} s"
        )


if __name__ == "__main__":
    main()
