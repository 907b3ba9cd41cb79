"""``riskdesk`` / ``riskdesk gui [--vault PATH] [--demo]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from riskdesk.cli.console import translated_errors


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("gui", help="open the RiskDesk window (the default)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--vault", type=Path, help="the vault file to open")
    target.add_argument(
        "--demo",
        action="store_true",
        help="open the demo vault in your data folder, creating it with synthetic people first",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    vault: Path | None = args.vault
    username: str | None = None
    if getattr(args, "demo", False):
        from riskdesk.demo.demo_vault import ensure_demo_vault

        with translated_errors():
            vault, username = ensure_demo_vault()
    # Qt is imported only here, so the other commands start fast and work without a screen.
    from riskdesk.gui.app import run_gui

    return run_gui(vault=vault, username=username)
