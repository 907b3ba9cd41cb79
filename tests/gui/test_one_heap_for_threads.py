"""The session's threads allocate from one heap (gui/session/memory_release.py
``share_one_heap``): with an arena per thread, each unlock's read of the case list's rest
on a new thread left 13-15 MB held after each of the first locks at 100,000 people.

Checked in a fresh process with glibc's own account of its heaps (``malloc_info``)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")

_HEAPS_AFTER_THREADS = textwrap.dedent(
    """
    import ctypes, sys, tempfile, threading
    from riskdesk.gui.session.memory_release import share_one_heap
    if sys.argv[1] == "shared":
        share_one_heap()
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.fopen.restype = ctypes.c_void_p
    held = []
    barrier = threading.Barrier(4)

    def allocate():
        barrier.wait()  # all four at once, so none can reuse another's heap
        held.append(libc.malloc(64 * 1024))
        barrier.wait()

    threads = [threading.Thread(target=allocate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with tempfile.NamedTemporaryFile(suffix=".xml") as report:
        stream = ctypes.c_void_p(libc.fopen(report.name.encode(), b"w"))
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        print(open(report.name).read().count("<heap nr="))
    """
)


def _heaps(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _HEAPS_AFTER_THREADS, mode],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[-1])


def test_threads_started_after_it_allocate_from_the_one_heap() -> None:
    assert _heaps("own") > 1  # glibc's default: a heap per thread, as it was
    assert _heaps("shared") == 1
