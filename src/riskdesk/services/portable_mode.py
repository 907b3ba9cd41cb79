"""Portable mode: a bundle with a file ``portable.txt`` beside its executable keeps its
settings and vaults in a folder ``RiskDesk-data`` beside it, not in the user's profile,
for a USB stick or a folder IT hands out. Only a frozen bundle looks: beside a Python
interpreter a ``portable.txt`` means nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "RiskDesk-data"


def portable_root(executable: str | None = None, *, frozen: bool | None = None) -> Path | None:
    """``RiskDesk-data`` beside the executable when ``portable.txt`` is there, else None.

    ``executable`` and ``frozen`` default to this process's (``sys.executable``,
    PyInstaller's ``sys.frozen``)."""
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        return None
    folder = Path(executable or sys.executable).absolute().parent
    if not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_FOLDER


def portable_config_dir() -> Path | None:
    root = portable_root()
    return None if root is None else root / "settings"


def portable_data_dir() -> Path | None:
    return portable_root()
