"""What the open vault lends each unit of work's session: the vault id, the user's
signing key, the root key their slot pins, and where to read the witnesses kept outside
the database. Kept in ``Session.info``, so the audit log and the user repository reach
it without every repository being handed it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from riskdesk.store.signing import Signer
from riskdesk.store.witness import Witness

_INFO_KEY = "riskdesk.session_keys"


@dataclass(frozen=True)
class OutsideRecords:
    """The witnesses found in the key file and the checkpoint file, and how many key
    file records were unreadable."""

    witnesses: tuple[Witness, ...] = ()
    damaged_slots: int = 0


@dataclass
class SessionKeys:
    vault_id: str
    # The key of the HMAC that links events written before the roles were signed.
    audit_key: bytes
    signer: Signer | None = None
    pinned_root: bytes | None = None
    outside: Callable[[], OutsideRecords] = field(default=OutsideRecords)


def attach(session: Session, keys: SessionKeys) -> None:
    session.info[_INFO_KEY] = keys


def keys_of(session: Session) -> SessionKeys | None:
    keys = session.info.get(_INFO_KEY)
    return keys if isinstance(keys, SessionKeys) else None
