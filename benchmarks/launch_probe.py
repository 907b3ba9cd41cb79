"""Launch to the first paint, in a new process each time.

Started by the benchmark as ``python -m benchmarks.launch_probe KIND VAULT``: shows one
window and prints the wall-clock time of its first paint (what a user sees, not
"visible"), then exits.
``bare``: an empty PySide6 window, the floor for any Qt program. ``riskdesk``: RiskDesk's
real start path (``run_gui``) with the startup probe, up to the unlock dialog's first
paint; ``run_gui`` makes the application itself, as a user's start does (it chooses the
style as it does so). ``command``: ``python -m riskdesk gui --vault VAULT``, the installed
command's path with its parser in front, to the same paint (wall time only: nothing of
the benchmark's runs inside it to read the CPU).

``python -m benchmarks.launch_probe compare VAULT [--runs N]`` starts both kinds in turn,
interleaved, and prints for each the median wall time from process start to the first
paint and the median CPU time of the process by that paint (the machine may be loaded:
CPU time shows the work, wall time what a user waits), with the load average.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PROBE_ENV = "RISKDESK_EXIT_WHEN_SHOWN"
# Run as a module from the repository's root (``python -m benchmarks.launch_probe``), so
# the repository's ``src`` and not the script's folder decides what is imported.
ROOT = Path(__file__).resolve().parents[1]


def _print_cpu() -> None:
    """The process's CPU time now, at the first paint: the whole process's CPU, read after
    it ends, would also count the loader started by that paint."""
    print(f"cpu {time.process_time() * 1000:.1f}", flush=True)


def _cpu_at_first_paint(app: Any) -> None:
    from PySide6.QtCore import QEvent, QObject

    class CpuAtFirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                _print_cpu()
                app.removeEventFilter(self)
            return False

    app.installEventFilter(CpuAtFirstPaint(app))


def _cpu_at_run_guis_first_paint() -> None:
    """The CPU time on the cue ``run_gui`` gives its startup probe (the session's
    ``painted``), as that probe prints the wall time: a filter on the whole application
    would make PySide6 wrap objects the start never hands Python, which costs CPU."""
    from riskdesk.gui import startup_probe

    install = startup_probe.install_startup_probe

    def install_with_cpu(app: Any, *args: Any, painted: Any, **kwargs: Any) -> bool:
        painted.connect(_print_cpu)
        return install(app, *args, painted=painted, **kwargs)

    startup_probe.install_startup_probe = install_with_cpu


def show(kind: str, vault: str) -> None:
    if kind == "bare":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])
        _cpu_at_first_paint(app)

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    print(f"{time.time():.3f} QWidget", flush=True)
                    QTimer.singleShot(0, app.quit)
                return False

        window = QWidget()
        window.resize(480, 300)
        window.installEventFilter(FirstPaint(window))
        window.show()
        app.exec()
        return
    os.environ[PROBE_ENV] = "1"
    _cpu_at_run_guis_first_paint()
    from riskdesk.gui.app import run_gui

    run_gui(vault=Path(vault), username="koordinator")


def first_paint(kind: str, vault: str) -> tuple[float, float]:
    """Wall ms from process start to the first paint, and the process's CPU ms by then."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    command = [sys.executable, "-m", "benchmarks.launch_probe", kind, vault]
    if kind == "command":
        env[PROBE_ENV] = "1"
        command = [sys.executable, "-m", "riskdesk", "gui", "--vault", vault]
    started = time.time()
    result = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    lines = [line.split() for line in result.stdout.splitlines() if line.strip()]
    painted = next(float(words[0]) for words in lines if words[0] != "cpu")
    cpu = next((float(words[1]) for words in lines if words[0] == "cpu"), float("nan"))
    return (painted - started) * 1000, cpu


def compare(vault: str, runs: int) -> None:
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "riskdesk": [], "command": []}
    load_before = os.getloadavg()[0]
    for _ in range(runs):
        for kind in samples:
            samples[kind].append(first_paint(kind, vault))
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after; n={runs}")
    medians = {}
    for kind, pairs in samples.items():
        wall = statistics.median(w for w, _ in pairs)
        cpu = statistics.median(c for _, c in pairs)
        medians[kind] = wall
        print(f"{kind:<9} to the first paint: wall median {wall:7.0f} ms, CPU median {cpu:7.0f} ms")
    print(f"riskdesk / bare (wall medians): {medians['riskdesk'] / medians['bare']:.2f}x")
    print(f"command / bare (wall medians): {medians['command'] / medians['bare']:.2f}x")


if __name__ == "__main__":
    if sys.argv[1] == "compare":
        runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10
        compare(sys.argv[2], runs)
    else:
        show(sys.argv[1], sys.argv[2])
