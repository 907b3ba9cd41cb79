"""How long the inquiries list takes with a unit's years of inquiries:
``python -m benchmarks.inquiries [--inquiries N] [--runs R]``.

Builds a small demo vault, adds N inquiries over the last five years through the use case
(in batches, as the demo does), then times ``desk.inquiries.list`` for a year, a month
and a year of one type and source (filtered in SQL), and drawing a year on the
Inquiries page. Nothing is asserted."""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from riskdesk.demo.batched_context import BatchedContext
from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.services.desk import Desk
from riskdesk.services.forms import Forms
from riskdesk.services.inquiry_service import InquiryService
from riskdesk.store.batched_work import BatchedWork
from riskdesk.store.key_slots import KdfCost

PASSWORD = "benchmark-kodeord"  # noqa: S105 - a throwaway vault of synthetic people
QUICK_KDF = KdfCost(memory_kib=64, iterations=1, lanes=1)


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    return f"median {statistics.median(ordered):7.1f} ms   max {ordered[-1]:7.1f} ms"


def _timed(call, runs: int) -> tuple[list[float], object]:  # type: ignore[no-untyped-def]
    samples, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inquiries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.rdv"
        create_demo_vault(path, persons=50, password=PASSWORD, kdf_cost=QUICK_KDF, today=today)
        with Desk.open(path, username="koordinator", password=PASSWORD, kdf_cost=QUICK_KDF) as desk:
            rng = random.Random(7)
            start = time.perf_counter()
            with BatchedWork(desk.vault) as batch:
                service = InquiryService(BatchedContext(desk.vault, Forms(), batch))
                for _ in range(args.inquiries):
                    service.add(
                        received_on=today - timedelta(days=rng.randrange(5 * 365)),
                        kind=rng.choice(list(InquiryKind)).value,
                        source=rng.choice(list(InquirySource)).value,
                        today=today,
                    )
            added = time.perf_counter() - start
            print(f"{args.inquiries} inquiries added in {added:.1f} s (batched use cases)")
            year_ago = today - timedelta(days=365)
            cases = {
                "a year": {"start": year_ago, "end": today},
                "a month": {"start": today - timedelta(days=30), "end": today},
                "a year, advice from schools": {
                    "start": year_ago,
                    "end": today,
                    "kind": "advice",
                    "source": "school",
                },
            }
            for name, criteria in cases.items():
                samples, found = _timed(lambda c=criteria: desk.inquiries.list(**c), args.runs)
                print(f"list {name:<28} {len(found):>6} rows  {_ms(samples)}")  # type: ignore[arg-type]
            _page(desk, year_ago, today, args.runs)


def _page(desk: Desk, start: date, end: date, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from riskdesk.domain.localized import Language
    from riskdesk.gui.inquiries.inquiries_page import InquiriesPage

    app = QApplication.instance() or QApplication([])
    page = InquiriesPage(language=Language.DANISH)
    inquiries = desk.inquiries.list(start=start, end=end)
    samples, _ = _timed(lambda: page.show_inquiries(inquiries), runs)
    print(f"draw a year on the page      {len(inquiries):>6} rows  {_ms(samples)}")
    page.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
