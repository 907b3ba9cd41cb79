"""Which kinds of records the committed units of work of one operation wrote.

An operation (a GUI action, say) runs one or more use cases on one thread; each unit of
work reports its :class:`Changes` when it commits, and :func:`collecting` gathers them
for that thread only, so two operations on two threads never see each other's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from riskdesk.domain.changes import NO_CHANGES, Changes

_collected: ContextVar[list[Changes] | None] = ContextVar("riskdesk_changes", default=None)


class CollectedChanges:
    def __init__(self, parts: list[Changes]) -> None:
        self._parts = parts

    @property
    def changes(self) -> Changes:
        total = NO_CHANGES
        for part in self._parts:
            total = total | part
        return total


@contextmanager
def collecting() -> Iterator[CollectedChanges]:
    parts: list[Changes] = []
    token = _collected.set(parts)
    try:
        yield CollectedChanges(parts)
    finally:
        _collected.reset(token)


def report(changes: Changes) -> None:
    """Called after a commit; a no-op outside :func:`collecting`."""
    parts = _collected.get()
    if parts is not None and changes.any:
        parts.append(changes)
