"""A lock hands what the session freed back to the system (#14 item 9): memory freed
inside the process but kept by the C heap is returned, so the next unlock's Argon2 does
not come on top of the last session's rows. Measured in a fresh interpreter, where the
heap holds only what the test put there."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc_trim")

_FREE_THEN_RELEASE = """
import os
from pathlib import Path
from riskdesk.gui.session.memory_release import release_freed_memory

def resident_mb():
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

# 120 MB in blocks below malloc's mmap threshold (C heap, not Python's arenas), with every
# 64th kept so the heap cannot simply shrink from its top: as a session's rows leave it.
blocks = [bytes(2000) + i.to_bytes(4, "little") for i in range(60_000)]
kept = blocks[::64]
del blocks
freed = resident_mb()
release_freed_memory()
print(freed, resident_mb())
"""


def test_memory_freed_inside_the_process_is_returned() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _FREE_THEN_RELEASE],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    freed, released = (float(x) for x in done.stdout.split())
    assert released < freed - 50
