"""Where a table lives in a vault file, for tests that damage a page on purpose. A "middle
page" no longer does: the trail of the unit's work fills the middle of a demo vault with
audit events, which every opening reads, so damage there stops the vault opening at all
instead of making it read-only. These tests damage a page that opening and the case list
never read."""

from __future__ import annotations

from pathlib import Path

from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import open_slot, read_key_file, sidecar_path
from vault_fixtures import PASSWORD

UNREAD_AT_OPEN = "inquiries"
"""A table no opening check, start page or case list reads."""


def page_of(vault: Path, table: str = UNREAD_AT_OPEN, *, username: str = "admin") -> int:
    """The 0-based index in the file of ``table``'s root page."""
    key_file = read_key_file(sidecar_path(vault))
    opened = open_slot(
        key_file.slot_for(username),
        vault_id=key_file.vault_id,
        username=username,
        password=PASSWORD,
    )
    connection = open_cipher_connection(vault, opened.data_key)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    return int(root) - 1
