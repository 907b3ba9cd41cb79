"""Fixtures of the fault harnesses: real vault files, real processes, real damage (the
helpers are in fault_tools.py). Each harness runs for seconds here; ``make faults`` runs
the long versions (``benchmarks/faults.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_tools import fake_mountinfo

from riskdesk.store import storage_location


@pytest.fixture
def shared_vault(demo_path: Path) -> Path:
    """A fresh copy of the demo vault: users admin, leder and koordinator, all with
    ``PASSWORD``, on a cheap KDF."""
    return demo_path


@pytest.fixture
def network_mount_table(tmp_path: Path) -> Path:
    """A fake ``/proc/self/mountinfo`` with ``tmp_path/share`` on NFS, for this process
    and for writer processes."""
    share = tmp_path / "share"
    share.mkdir()
    table = tmp_path / "mountinfo"
    table.write_text(fake_mountinfo(share.resolve(), "nfs4"), encoding="utf-8")
    return table


@pytest.fixture
def on_network_share(network_mount_table: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder this process sees on an NFS mount (through the fake mount table)."""
    monkeypatch.setattr(storage_location, "MOUNTINFO", network_mount_table)
    return network_mount_table.with_name("share")
