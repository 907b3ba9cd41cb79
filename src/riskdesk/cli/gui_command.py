"""``riskdesk`` / ``riskdesk gui [--vault PATH]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("gui", help="open the RiskDesk window (the default)")
    parser.add_argument("--vault", type=Path, help="the vault file to open")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so the other commands start fast and work without a screen.
    from riskdesk.gui.app import run_gui

    return run_gui(vault=args.vault)
