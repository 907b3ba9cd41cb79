"""``NAME.rdv.checkpoint``: the newest head of the audit log, witnessed after every
commit by whoever committed it (see :mod:`riskdesk.store.witness`).

Written after the commit, never before, so it can never name an event the vault does
not have; a crash between the two leaves it one step behind, which is only less
protection. A missing or unreadable checkpoint is simply no witness.

Written after every commit, not at most once per so many seconds with a last write at
lock and close: a session that crashed or was killed in between would leave its newest
events, and any colleague's before them, witnessed only inside the database, where any
keyholder can cut them; and a late write would replace a colleague's newer head with
this session's older one for that long. What that would save is small: about 0.7 ms of
CPU a commit (a signature, a small file and a rename). Under disk load the rename waits
(about 5 ms at a load average of 12), but the commit's own sync waits longer (23 ms).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

from riskdesk.store.atomic_file import PRIVATE_FILE_MODE
from riskdesk.store.witness import Witness, witness_from_json, witness_to_json

_FORMAT = "riskdesk-checkpoint"
_MAX_BYTES = 64 * 1024


def checkpoint_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".checkpoint")


def read_checkpoint(path: Path) -> Witness | None:
    try:
        with path.open("rb") as file:
            raw = json.loads(file.read(_MAX_BYTES))
        if raw.get("format") != _FORMAT:
            return None
        return witness_from_json(str(raw["user"]), raw["witness"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def write_checkpoint(path: Path, witness: Witness) -> None:
    """Replace the checkpoint. Two writers committing at once may leave the lower of
    their two heads: a weaker witness, never a false one. (Keeping the higher one
    instead would let a made-up future head block every later checkpoint.)"""
    document = {"format": _FORMAT, "user": witness.username, "witness": witness_to_json(witness)}
    data = json.dumps(document, sort_keys=True).encode("utf-8") + b"\n"
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    # Renamed into place but not fsynced: it is written after the commit it names was
    # made durable, so after a power cut it is at worst missing or unreadable (no
    # witness, never a false one), and every commit is spared two fsyncs.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
