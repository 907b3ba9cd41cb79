"""How long the start page takes:
``python -m benchmarks.today [--persons N] [--colleagues C] [--runs R] [--keep FOLDER]``
or ``python -m benchmarks.today --vault VAULT [--runs R]``.

Builds a demo vault of N synthetic people, their cases shared evenly by the coordinator
and C colleagues (``--colleagues``, 19 by default: a unit of twenty; 0 gives the
coordinator every case, the most the page can have to look through), then times, for the
coordinator and the supervisor, the one use case behind the page (``desk.today.view``)
and the page itself from refresh until it has painted, offscreen. With ``--keep`` the
vault is built once in FOLDER and reused by later runs with the same N and C; with
``--vault`` a prepared demo vault (password ``benchmark-kodeord``) is measured on a copy,
opened once before timing (an older vault migrates then), so the original is never
written. The page runs in RiskDesk's styled application with the Danish catalogue, as a
user sees it. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.vault_copy import copy_vault

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _ms(samples: list[float], cpu: list[float]) -> str:
    ordered = sorted(samples)
    median = statistics.median(ordered)
    return (
        f"median {median:7.1f} ms   max {ordered[-1]:7.1f} ms"
        f"   (CPU median {statistics.median(cpu):6.1f} ms, n={len(ordered)})"
    )


def _vault(folder: Path, persons: int, colleagues: int) -> Path:
    path = folder / f"today-{persons}-{colleagues}.rdv"
    if path.exists():
        print(f"reusing {path.name}")
        return path
    started = time.perf_counter()
    create_demo_vault(
        path,
        persons=persons,
        seed=5,
        password=PASSWORD,
        kdf_cost=QUICK_KDF,
        colleagues=tuple(f"kollega{n:02}" for n in range(1, colleagues + 1)),
    )
    print(
        f"demo vault with {persons} people, {colleagues + 1} caseworkers,"
        f" built in {time.perf_counter() - started:.1f} s"
    )
    return path


def _styled() -> QApplication:
    # As RiskDesk starts: its style sheet and the Danish catalogue (the longer texts).
    from riskdesk.domain.localized import Language
    from riskdesk.gui.app import styled_application
    from riskdesk.gui.translations import install_translators

    app = styled_application([])
    install_translators(app, Language.DANISH)
    return app


def _prepared(vault: Path, folder: Path) -> Path:
    copy = copy_vault(vault, folder / vault.name)
    started = time.process_time()
    with Desk.open(copy, username="koordinator", password=PASSWORD):
        pass
    print(f"copy of {vault} opened once ({time.process_time() - started:.1f} s CPU)")
    return copy


def _measure(path: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from riskdesk.domain.localized import Language
    from riskdesk.gui.today.today_page import TodayPage

    app = QApplication.instance() or _styled()
    print(f"load average {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    for user in ("koordinator", "leder"):
        with Desk.open(path, username=user, password=PASSWORD) as desk:
            desk.today.view()  # the forms and templates are read once, at first use
            service: list[float] = []
            service_cpu: list[float] = []
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                shown = desk.today.view()
                service.append((time.perf_counter() - start) * 1000)
                service_cpu.append((time.process_time() - start_cpu) * 1000)
            page = TodayPage(language=Language.DANISH)
            page.resize(1100, 700)
            page.show()
            page.set_desk(desk)
            painted: list[float] = []
            painted_cpu: list[float] = []
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                page.refresh()
                page.repaint()
                app.processEvents()
                painted.append((time.perf_counter() - start) * 1000)
                painted_cpu.append((time.process_time() - start_cpu) * 1000)
            page.clear()
            page.close()
            print(f"{user:<12} {len(shown.lines):>5} lines shown of {shown.total}")
            print(f"  start page use case    {_ms(service, service_cpu)}")
            print(f"  page refreshed+painted {_ms(painted, painted_cpu)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--colleagues", type=int, default=19)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="build the vault here once and reuse it")
    parser.add_argument("--vault", type=Path, help="a prepared demo vault, measured on a copy")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.vault is not None:
        with tempfile.TemporaryDirectory() as folder:
            _measure(_prepared(args.vault, Path(folder)), args.runs)
        return
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        _measure(_vault(args.keep, args.persons, args.colleagues), args.runs)
        return
    with tempfile.TemporaryDirectory() as folder:
        _measure(_vault(Path(folder), args.persons, args.colleagues), args.runs)


if __name__ == "__main__":
    main()
