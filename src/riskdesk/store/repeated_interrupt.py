"""Stopping a read on another thread: SQLite's interrupt lands only on a statement already
running, so one begun just after it would run to its end. The interrupt is repeated until
the reader lets go."""

from __future__ import annotations

import threading
from collections.abc import Callable

REPEAT_SECONDS = 0.05


def acquire_interrupting(held: threading.Lock, interrupt: Callable[[], object]) -> None:
    """Take ``held``, which the reader holds while it reads, calling ``interrupt()`` first
    and again every :data:`REPEAT_SECONDS` until the reader has let go."""
    interrupt()
    while not held.acquire(timeout=REPEAT_SECONDS):
        interrupt()
