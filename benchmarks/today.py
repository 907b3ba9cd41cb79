"""How long the start page takes: ``python -m benchmarks.today [--persons N] [--runs R]``.

Builds a demo vault of N synthetic people (all the coordinator's cases, so the page has
the most to look through), then times, for the coordinator and the supervisor, the one
use case behind the page (``desk.today.view``) and the page itself from refresh until it
has painted, offscreen. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    median = statistics.median(ordered)
    return f"median {median:7.1f} ms   max {ordered[-1]:7.1f} ms   (n={len(ordered)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from riskdesk.domain.localized import Language
    from riskdesk.gui.today.today_page import TodayPage

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.rdv"
        started = time.perf_counter()
        create_demo_vault(path, persons=args.persons, seed=5, password=PASSWORD, kdf_cost=QUICK_KDF)
        print(
            f"demo vault with {args.persons} people built in {time.perf_counter() - started:.1f} s"
        )
        for user in ("koordinator", "leder"):
            with Desk.open(path, username=user, password=PASSWORD) as desk:
                desk.today.view()  # the forms and templates are read once, at first use
                service: list[float] = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    shown = desk.today.view()
                    service.append((time.perf_counter() - start) * 1000)
                page = TodayPage(language=Language.DANISH)
                page.resize(1100, 700)
                page.show()
                page.set_desk(desk)
                painted: list[float] = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    page.refresh()
                    page.repaint()
                    app.processEvents()
                    painted.append((time.perf_counter() - start) * 1000)
                page.clear()
                page.close()
                print(f"{user:<12} {len(shown.lines):>5} lines")
                print(f"  start page use case   {_ms(service)}")
                print(f"  page refreshed+painted {_ms(painted)}")


if __name__ == "__main__":
    main()
