"""Running an operation and learning what it changed, for a GUI that redraws only what
it must (see ``riskdesk.gui.operations``)."""

from __future__ import annotations

from collections.abc import Callable

from riskdesk.domain.changes import Changes
from riskdesk.store.change_collector import collecting


def collect_changes[T](operation: Callable[[], T]) -> tuple[T, Changes]:
    """Run ``operation`` on this thread and return its result with the :class:`Changes`
    of every unit of work it committed. If it raises, nothing is returned (what it
    committed before raising is still committed)."""
    with collecting() as collected:
        result = operation()
    return result, collected.changes
