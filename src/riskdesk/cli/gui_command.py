"""``riskdesk`` / ``riskdesk gui [--vault PATH|postgresql://…] [--demo]``."""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from riskdesk.cli.console import EXIT_FAILURE, language, report_error, translated_errors
from riskdesk.cli.vault_option import VAULT_HELP, vault_location
from riskdesk.domain.localized import LocalizedText

_NO_SCREEN = LocalizedText(
    da="Ingen skærm: RiskDesk skal køre på et skrivebord (DISPLAY og WAYLAND_DISPLAY er "
    "ikke sat); start den dér, eller under xvfb-run (sudo apt-get install -y xvfb xauth).",
    en="No screen: RiskDesk needs a desktop (DISPLAY and WAYLAND_DISPLAY are not set); "
    "start it there, or under xvfb-run (sudo apt-get install -y xvfb xauth).",
)
_QT_LIBRARIES_MISSING = LocalizedText(
    da="Qt kan ikke vise vinduer, for der mangler systembiblioteker ({libraries}); "
    "installér pakkerne under “System packages Qt needs on Linux” i README.",
    en="Qt cannot show windows, for system libraries are missing ({libraries}); install "
    "the packages under “System packages Qt needs on Linux” in the README.",
)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("gui", help="open the RiskDesk window (the default)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--vault", type=vault_location, help=VAULT_HELP)
    target.add_argument(
        "--demo",
        action="store_true",
        help="open the demo vault in your data folder, creating it with synthetic people first",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Without a screen Qt aborts the whole process; say what to do instead, before the
    # demo vault is made for nothing.
    problem = screen_problem(os.environ, sys.platform)
    if problem is not None:
        report_error(problem.text(language()))
        return EXIT_FAILURE
    vault: Path | str | None = args.vault
    username: str | None = None
    if getattr(args, "demo", False):
        from riskdesk.demo.demo_vault import ensure_demo_vault

        with translated_errors():
            vault, username = ensure_demo_vault()
    # Qt is imported only here, so the other commands start fast and work without a screen.
    from riskdesk.gui.app import run_gui

    return run_gui(vault=vault, username=username)


def screen_problem(environ: Mapping[str, str], platform: str) -> LocalizedText | None:
    """Why Qt could not open a window here, or None. Only Linux is asked, and only when
    Qt is left to choose its platform (``QT_QPA_PLATFORM`` unset or empty): a platform
    named on purpose (``offscreen``, ``vnc``) is the caller's business."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return _NO_SCREEN
    missing = missing_xcb_libraries()
    if missing:
        return _QT_LIBRARIES_MISSING.format(libraries=", ".join(missing))
    return None


def missing_xcb_libraries() -> list[str]:
    """The system libraries Qt's X11 plugin needs and the dynamic loader cannot find
    (``ldd`` lists them as "not found"); empty when all are there or it cannot tell."""
    spec = importlib.util.find_spec("PySide6")
    ldd = shutil.which("ldd")
    if spec is None or spec.origin is None or ldd is None:
        return []
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return []
    try:
        listing = subprocess.run(  # noqa: S603 - a fixed program on a file of our own
            [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return not_found_in(listing)


def not_found_in(ldd_listing: str) -> list[str]:
    """The libraries ``ldd`` reported as "not found", each once, in its order."""
    missing: list[str] = []
    for line in ldd_listing.splitlines():
        name, _, where = line.strip().partition("=>")
        if where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing
