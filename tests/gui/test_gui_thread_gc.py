"""Garbage is collected on the GUI thread only: a worker thread that allocates as much as
a vault read does never runs the collector, so it never frees a Qt object."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QLabel


class _Cycle:
    def __init__(self) -> None:
        self.label = QLabel("x")
        self.me = self


def _allocate_like_a_read() -> None:
    for _ in range(200):
        rows = [[{} for _ in range(50)] for _ in range(20)]
        for row in rows:
            row.append(row)


def test_a_worker_thread_never_collects_and_the_gui_thread_does(qtbot) -> None:
    assert not gc.isenabled()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    worker = threading.Thread(target=_allocate_like_a_read)
    worker.start()
    worker.join()
    assert gone() is not None, "the worker thread ran the collector"
    qtbot.waitUntil(lambda: gone() is None, timeout=10_000)


def test_collection_goes_back_to_python_when_the_collector_stops(qapp) -> None:
    from riskdesk.gui.gui_thread_gc import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    collector.stop()
    try:
        assert gc.isenabled()
    finally:
        gc.disable()
