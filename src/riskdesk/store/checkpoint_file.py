"""``NAME.rdv.checkpoint``: the newest head of the audit log, witnessed after every
commit by whoever committed it (see :mod:`riskdesk.store.witness`).

Written after the commit, never before, so it can never name an event the vault does
not have; a crash between the two leaves it one step behind, which is only less
protection. A missing or unreadable checkpoint is simply no witness.
"""

from __future__ import annotations

import json
from pathlib import Path

from riskdesk.store.atomic_file import write_atomically
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
    write_atomically(path, json.dumps(document, sort_keys=True).encode("utf-8") + b"\n")
