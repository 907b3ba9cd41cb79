"""The source lines of only the last few files read, not of every module imported (#14
item 9).

PySide6 installs an import hook that asks, for every module imported after it, whether
the module uses PySide6: it reads the module's whole source with ``inspect.getsource``,
and :mod:`linecache` keeps every file read so for good. Once the services and the main
window are imported that is the text of some 700 files, about 25 MB of Python strings
held for the life of the process, and Python's memory pools stay that much larger: each
unlock's Argon2 (64 MiB) came on top of them. Tracebacks and ``inspect`` still find
their lines; a file read again is read from disk.
"""

from __future__ import annotations

import threading
from typing import Any

KEPT_FILES = 32
"""Enough for a traceback's files to stay cached while it is formatted and printed."""


class RecentSourceFiles(dict[Any, Any]):
    """:data:`linecache.cache` holding only the ``limit`` files stored last: the oldest
    goes when another is stored. Every other use is a plain dict's, so linecache reads
    back at once what it has just stored, as it does for a lazily loaded source."""

    def __init__(self, entries: dict[Any, Any], limit: int) -> None:
        super().__init__()
        self._limit = limit
        self._lock = threading.Lock()
        for key in list(entries)[-limit:]:
            self[key] = entries[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        with self._lock:
            super().__setitem__(key, value)
            while len(self) > self._limit:
                super().pop(next(iter(self)), None)


def keep_few_source_files(limit: int = KEPT_FILES) -> None:
    """Let :mod:`linecache` keep only the last ``limit`` files from now on, and drop the
    others it holds; calling it again changes nothing."""
    import linecache

    if not isinstance(linecache.cache, RecentSourceFiles):
        linecache.cache = RecentSourceFiles(linecache.cache, limit)
