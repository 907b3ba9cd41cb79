"""Handing the memory a locked session freed back to the system (#14 item 9)."""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Callable


def release_freed_memory() -> None:
    """Collect garbage and, with glibc, return the heap's free pages (``malloc_trim``).

    Without this, a lock freed the session's rows and models inside the process but kept
    the pages: at 10,000 people the resident memory stayed 65 MB above the unlock
    dialog's, and the next unlock's Argon2 (64 MiB) came on top of it. Elsewhere (musl,
    macOS, Windows) it only collects."""
    gc.collect()
    return_free_pages()


def return_free_pages() -> None:
    """With glibc, give the heap's free pages back to the system (``malloc_trim``), with
    no garbage collection: a few milliseconds. Called right before an unlock's key
    derivation, whose 64 MiB come on top of whatever the process holds then: what was
    used and freed since the lock (the dialog's painting, a tooltip, a settings dialog)
    would otherwise be held in pages under it."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # at the first lock or unlock, not on the unlock dialog's path

    # The process's own symbols, the C library's among them: found without
    # ctypes.util.find_library, which runs ldconfig in a subprocess.
    trim: Callable[[int], int] | None = getattr(ctypes.CDLL(None), "malloc_trim", None)
    return trim
