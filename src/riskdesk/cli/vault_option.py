"""The ``--vault`` option: a vault file, or a team server's
``postgresql://host:port/database``. A plain ``type=Path`` would turn the address's
``//`` into ``/``, so each command's option takes one of these types instead."""

from __future__ import annotations

import argparse
from pathlib import Path

from riskdesk.domain.server_address_text import is_server_address

VAULT_HELP = "the vault file, or a team server: postgresql://host:port/database"


def vault_location(text: str) -> Path | str:
    """An argparse type for commands that work on both: a server address stays text (the
    core parses it and says what is wrong with it), anything else is a path."""
    if is_server_address(text):
        return text.strip()
    return Path(text)


def local_vault(text: str) -> Path:
    """An argparse type for commands that only make sense on a vault file (creating,
    restoring, backing up, the page-by-page check): a server address is refused as a
    usage error, in one line, before any password is asked for."""
    if is_server_address(text):
        from riskdesk.cli.console import language
        from riskdesk.domain.server_errors import LocalVaultOnly

        raise argparse.ArgumentTypeError(LocalVaultOnly().text(language()))
    return Path(text)
