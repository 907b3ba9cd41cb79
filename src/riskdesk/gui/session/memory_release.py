"""Handing the memory a locked session freed back to the system (#14 item 9), and keeping
threads from holding it in heaps of their own."""

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


def share_one_heap() -> None:
    """With glibc, let the threads started from now on allocate from the heap the GUI
    thread uses, not an arena each (``mallopt(M_ARENA_MAX, 1)``). Each unlock reads the
    case list's rest on a new thread (at 100,000 people ~90 MB of rows); in an arena of its
    own each left pages behind that no trim gave back: 13-15 MB more held after each of
    the first three locks (one heap: 3-6 MB). Call it before those threads start."""
    mallopt = _libc_function("mallopt")
    if mallopt is not None:
        mallopt(_M_ARENA_MAX, 1)


_M_ARENA_MAX = -8  # glibc's malloc.h


def _malloc_trim() -> Callable[[int], int] | None:
    return _libc_function("malloc_trim")


@functools.cache
def _libc_function(name: str) -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # once the unlock dialog has painted, not on its path

    # The process's own symbols, the C library's among them: found without
    # ctypes.util.find_library, which runs ldconfig in a subprocess.
    found: Callable[..., int] | None = getattr(ctypes.CDLL(None), name, None)
    return found
