"""A benchmark's copy of a vault: the file with its write-ahead log, key file and
checkpoint, so the copy opens as the original would and the team's shared vaults are
never changed by a measurement (every unlock writes a login event)."""

from __future__ import annotations

import shutil
from pathlib import Path

from riskdesk.store.checkpoint_file import checkpoint_path
from riskdesk.store.key_slots import sidecar_path


def copy_vault(vault: Path, copy: Path) -> Path:
    shutil.copyfile(vault, copy)
    for beside in (_wal, sidecar_path, checkpoint_path):
        if beside(vault).exists():
            shutil.copyfile(beside(vault), beside(copy))
    return copy


def _wal(vault: Path) -> Path:
    return vault.with_name(vault.name + "-wal")
