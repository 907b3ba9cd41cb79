"""``riskdesk``: the GUI by default, and commands for administrators and scripts.

Exit codes: 0 ok; 1 failure (wrong password, broken chain, damaged vault); 2 usage
or invalid input. Errors are one line on stderr, never a traceback for a user's mistake.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from riskdesk import __version__
from riskdesk.cli import (
    access_insight_command,
    audit_commands,
    case_commands,
    gui_command,
    meeting_commands,
    render_command,
    review_commands,
    score_command,
    user_commands,
    vault_commands,
)
from riskdesk.cli.console import EXIT_FAILURE, CommandFailed, report_error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="riskdesk",
        description="RiskDesk: encrypted case records, risk/needs assessments and action plans.",
    )
    parser.add_argument("--version", action="version", version=f"riskdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        gui_command,
        vault_commands,
        user_commands,
        case_commands,
        audit_commands,
        score_command,
        render_command,
        access_insight_command,
        meeting_commands,
        review_commands,
    ):
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return gui_command.run(argparse.Namespace(vault=None, demo=False))
    try:
        result: int = args.run(args)
    except CommandFailed as failure:
        report_error(failure.message)
        return failure.exit_code
    except KeyboardInterrupt:
        return EXIT_FAILURE
    return result


if __name__ == "__main__":
    sys.exit(main())
