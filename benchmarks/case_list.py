"""The case list as a user sees it: ``python -m benchmarks.case_list [--persons 1000 10000
100000] [--runs R] [--keys K]``.

For each size, in the real main window offscreen (Danish, 1280×800, the case list the
page shown), with the demo vault of that many people (``/tmp/riskdesk-team/bench-10k.rdv``
and ``bench-100k.rdv`` when they are there, built by :mod:`benchmarks.demo_build`'s
builder; otherwise built once into a temporary folder):

- **unlock → list painted**: from opening the vault with the password (what the unlock
  dialog's click does) until the case list's rows have painted (to the paint's end, see
  :class:`_Painted`), and until the list holds every case (it paints the first ones
  first), with every page of the window given the desk as after a real unlock (the
  start page and the forms count too); then the case list page alone, from ``set_desk``
  to its rows' paint; the listing and the release-deadline marks are also timed alone
  (the marks as the list reads them, and with every case counted, as sorting by the
  column does);
- **keystroke → list painted**: a key typed into the search field until the rows have
  painted, for names and CPR and case numbers typed letter by letter and erased again;
- **service search**: ``desk.cases.find`` (capped, with its count and its audit event)
  for the same texts, and ``desk.cases.search`` (every match, as models) beside it.

Prints medians, p95 and max, with the CPU median (the machine may be shared) and the
load average. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import inspect
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)
# Vaults built once and shared by the team's benchmarks (a 100,000-person build takes
# minutes).
# Turns of the event loop after a key's first paint in which the rest of its work is done.
SETTLE_TURNS = 5
SHARED = {
    10_000: Path(tempfile.gettempdir(), "riskdesk-team", "bench-10k.rdv"),
    100_000: Path(tempfile.gettempdir(), "riskdesk-team", "bench-100k.rdv"),
}


def _figures(label: str, samples: list[float], cpu: list[float] | None = None) -> str:
    ordered = sorted(samples)
    p95 = _p95(samples)
    line = (
        f"  {label:<34} median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms"
        f"   max {ordered[-1]:7.1f} ms"
    )
    if cpu:
        line += f"   (CPU median {statistics.median(cpu):6.1f} ms)"
    line += f"   n={len(ordered)}"
    if cpu:
        # After n=, where the suite's reading of these lines (suite_rows) ends.
        line += f"   CPU p95 {_p95(cpu):6.1f} ms"
    return line


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _timed[T](call: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _vault(persons: int, folder: Path) -> Path:
    shared = SHARED.get(persons)
    if shared is not None and shared.exists():
        return shared
    path = folder / f"case-list-{persons}.rdv"
    if not path.exists():
        print(f"  building a demo vault of {persons:,} people …", flush=True)
        create_demo_vault(path, persons=persons, seed=5, password=PASSWORD, kdf_cost=QUICK_KDF)
    return path


def _open_as_the_window_does(path: Path) -> Desk:
    # The unlock dialog leaves the page-by-page check of the file to a thread after the
    # window's first paint (code from before that opens with the check in front).
    later = "check_pages_later" in inspect.signature(Desk.open).parameters
    extra = {"check_pages_later": True} if later else {}
    return Desk.open(path, username="koordinator", password=PASSWORD, **extra)


def _pages_checked(desk: Desk) -> None:
    # The check the window starts after its first paint reads the whole file on a thread
    # of its own; the CPU clock counts every thread, so the figures after wait for it.
    health = getattr(desk, "health", None)
    if health is not None and hasattr(health, "check_pages"):
        health.check_pages()


def _typed(desk: Desk) -> Iterator[str]:
    """The search field's text after each key: names, a CPR number and a case number
    typed letter by letter, then erased."""
    rows = desk.cases.listing().rows
    picks = [rows[len(rows) // 3], rows[len(rows) // 2], rows[-7]]
    words = [picks[0].person_name.split()[0], picks[1].person_name.split()[-1]]
    words += [picks[2].cpr_digits or "0101", picks[0].case_number]
    for word in words:
        for n in range(1, len(word) + 1):
            yield word[:n]
        for n in range(len(word) - 1, -1, -1):
            yield word[:n]


class _Painted:
    """When a widget last finished painting: the first timer event the loop delivers after
    the widget's paint event (the paint runs to its end before the loop turns again).
    The clock stops there, not when ``processEvents`` returns: work the page starts
    right after its paint (the rest of the list) comes after what the user sees."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        self.painted = False
        self.painting = False
        self.wall = self.cpu = self.gui = 0.0
        kick = QTimer()
        kick.setSingleShot(True)
        kick.setInterval(0)

        class Filter(QObject):
            def eventFilter(inner, watched: QObject, event: QEvent) -> bool:
                kind = event.type()
                if kind == QEvent.Type.Paint and watched is widget and not self.painted:
                    self.painting = True
                    kick.start()
                elif kind == QEvent.Type.Timer and self.painting:
                    self.painting = False
                    self.wall, self.cpu = time.perf_counter(), time.process_time()
                    # This thread's own CPU: work queued behind the paint comes after.
                    self.gui = time.thread_time()
                    self.painted = True
                return False

        self._kick = kick
        self._filter = Filter()
        QApplication.instance().installEventFilter(self._filter)  # type: ignore[union-attr]

    def close(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(self._filter)  # type: ignore[union-attr]

    def reset(self) -> None:
        """Forget paints so far (a lock's or a clear's): wait for the next one."""
        self.painted = self.painting = False

    def wait(self) -> tuple[float, float]:
        """The wall and CPU clocks when the paint had ended."""
        from PySide6.QtWidgets import QApplication

        while not self.painted:
            QApplication.processEvents()
        self.painted = False
        return self.wall, self.cpu


def _styled() -> QApplication:
    # As RiskDesk starts: its style sheet (which Qt consults for every cell painted) and
    # the Danish catalogue (the longer texts).
    from riskdesk.domain.localized import Language
    from riskdesk.gui.app import styled_application
    from riskdesk.gui.translations import install_translators

    app = styled_application([])
    install_translators(app, Language.DANISH)
    return app


def _settled() -> tuple[float, float]:
    # A key's work that follows its first paint (a second paint after Qt's delayed
    # layout) delays the next key typed: the clocks when none is left. Qt's layout and
    # update requests are posted events and zero-length timers, done within a few turns.
    from PySide6.QtWidgets import QApplication

    for _ in range(SETTLE_TURNS):
        QApplication.processEvents()
    return time.perf_counter(), time.process_time()


def _complete(page: object) -> bool:
    # A list from before it painted its first rows first holds every case at once.
    return bool(getattr(page.model, "complete", True))  # type: ignore[attr-defined]


def _until(done: Callable[[], bool]) -> tuple[float, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    # Waiting for events, not spinning: a list read on another thread delivers its rows
    # as an event, and a spinning loop would count as the GUI thread's work.
    while not done():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    return time.perf_counter(), time.process_time()


def _measure(persons: int, path: Path, runs: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from riskdesk.domain.localized import Language
    from riskdesk.gui.cases.case_list_page import CaseListPage
    from riskdesk.gui.main_window import MainWindow
    from riskdesk.gui.operations import wait_until_idle

    app = QApplication.instance() or _styled()
    window = MainWindow(language=Language.DANISH)
    window.resize(1280, 800)
    page = window.case_list
    window.navigation.setCurrentRow(window.pages.index(page))
    painted = _Painted(page.view.viewport())

    unlock: list[float] = []
    unlock_cpu: list[float] = []
    loaded: list[float] = []
    loaded_cpu: list[float] = []
    # The GUI thread's own CPU (thread_time) until every case is loaded: what a key typed
    # meanwhile waits behind; a read on another thread is not counted.
    loaded_gui: list[float] = []
    rest_gui: list[float] = []
    page_alone: list[float] = []
    page_alone_cpu: list[float] = []
    parts: dict[str, list[float]] = {
        "listing (service)": [],
        "release marks (service)": [],
        "release marks, every case counted": [],
    }
    for _ in range(runs):
        app.processEvents()
        painted.reset()
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        start_gui = time.thread_time()
        desk = _open_as_the_window_does(path)
        window.set_desk(desk, path)
        window.show()
        wall, cpu = painted.wait()
        unlock.append((wall - start_wall) * 1000)
        unlock_cpu.append((cpu - start_cpu) * 1000)
        painted_gui = painted.gui
        wall, cpu = _until(lambda: _complete(page))
        loaded.append((wall - start_wall) * 1000)
        loaded_cpu.append((cpu - start_cpu) * 1000)
        loaded_gui.append((time.thread_time() - start_gui) * 1000)
        rest_gui.append((time.thread_time() - painted_gui) * 1000)
        _pages_checked(desk)
        rows = page.model.rowCount()
        alone = CaseListPage(language=Language.DANISH)
        alone.resize(1100, 760)
        alone.show()
        app.processEvents()
        alone_painted = _Painted(alone.view.viewport())
        alone_painted.reset()
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        alone.set_desk(desk)
        wall, cpu = alone_painted.wait()
        page_alone.append((wall - start_wall) * 1000)
        page_alone_cpu.append((cpu - start_cpu) * 1000)
        _until(lambda alone=alone: _complete(alone))
        alone.clear()
        alone_painted.close()
        alone.deleteLater()
        parts["listing (service)"].append(_timed(desk.cases.listing)[1])
        marks, wall, _ = _timed(desk.release_meetings.overdue_by_case)
        parts["release marks (service)"].append(wall)
        parts["release marks, every case counted"].append(_timed(marks.__len__)[1] + wall)
        wait_until_idle()
        window.clear()
        desk.lock()
        app.processEvents()

    desk = _open_as_the_window_does(path)
    window.set_desk(desk, path)
    painted.wait()
    _until(lambda: _complete(page))
    _pages_checked(desk)
    texts = list(_typed(desk))
    keys: list[float] = []
    keys_cpu: list[float] = []
    settled: list[float] = []
    settled_cpu: list[float] = []
    page.search_edit.setFocus()
    for before, after in zip(["", *texts], texts, strict=False):
        painted.reset()
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        if after.startswith(before):
            QTest.keyClick(page.search_edit, after[-1])
        else:
            QTest.keyClick(page.search_edit, Qt.Key.Key_Backspace)
        wall, cpu = painted.wait()
        keys.append((wall - start_wall) * 1000)
        keys_cpu.append((cpu - start_cpu) * 1000)
        wall, cpu = _settled()
        settled.append((wall - start_wall) * 1000)
        settled_cpu.append((cpu - start_cpu) * 1000)
    wait_until_idle()
    found: list[float] = []
    found_cpu: list[float] = []
    every: list[float] = []
    for text in texts:
        _, wall, cpu = _timed(lambda text=text: desk.cases.find(text))
        found.append(wall)
        found_cpu.append(cpu)
        every.append(_timed(lambda text=text: desk.cases.search(text))[1])
    window.clear()
    desk.lock()

    print(f"{persons:,} people ({rows:,} cases), load {os.getloadavg()[0]:.1f}", flush=True)
    print(_figures("unlock → case list painted", unlock, unlock_cpu))
    print(_figures("unlock → every case loaded", loaded, loaded_cpu))
    print(_figures("  of which the GUI thread's CPU", loaded_gui))
    print(_figures("  the GUI thread's CPU after the paint", rest_gui))
    print(_figures("case list page: set_desk → painted", page_alone, page_alone_cpu))
    for label, samples in parts.items():
        print(_figures(label, samples))
    print(_figures("keystroke → list painted", keys, keys_cpu))
    print(_figures("keystroke → every paint done", settled, settled_cpu))
    print(_figures("service: cases.find (capped)", found, found_cpu))
    print(_figures("service: cases.search (all)", every), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.case_list")
    parser.add_argument("--persons", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--vault", type=Path, help="a demo vault to use (of the one size given)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as folder:
            persons = args.persons[0]
            _measure(persons, args.vault or _vault(persons, Path(folder)), args.runs)
        return
    import subprocess

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    for persons in args.persons:
        command = [sys.executable, "-m", "benchmarks.case_list", "--one", "--runs", str(args.runs)]
        vault = ["--vault", str(args.vault)] if args.vault else []
        subprocess.run([*command, "--persons", str(persons), *vault], check=True, env=env)


if __name__ == "__main__":
    main()
