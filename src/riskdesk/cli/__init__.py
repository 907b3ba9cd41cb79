"""``riskdesk``: the GUI by default, and commands for administrators and scripts.

Exit codes: 0 ok; 1 failure (wrong password, broken chain, damaged vault); 2 usage
or invalid input. Errors are one line on stderr, never a traceback: every command runs
inside :func:`translated_errors`, a file the system refuses is named by the reason only,
and anything else unforeseen is one line naming the error's type (``RISKDESK_DEBUG=1``
shows the traceback to a developer). No error repeats what was typed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from riskdesk.cli import gui_command, version_option
from riskdesk.cli.arguments import OneLineParser, check_text_arguments
from riskdesk.cli.console import (
    EXIT_FAILURE,
    CommandFailed,
    language,
    report_error,
    translated_errors,
)
from riskdesk.domain.file_errors import with_os_reason
from riskdesk.domain.localized import LocalizedText

_FILE_REFUSED = LocalizedText(
    da="En fil kunne ikke bruges: {reason}.", en="A file could not be used: {reason}."
)
_UNEXPECTED = LocalizedText(
    da="Kommandoen stoppede ved en uventet fejl ({kind}). Kør den igen med "
    "RISKDESK_DEBUG=1 for detaljer til support.",
    en="The command stopped at an unexpected error ({kind}). Run it again with "
    "RISKDESK_DEBUG=1 for details for support.",
)
DEBUG_ENV = "RISKDESK_DEBUG"


def build_parser() -> argparse.ArgumentParser:
    # The command modules are imported here, not with this package: starting the window
    # (gui_parser) needs none of them, and together they cost what the unlock dialog's
    # first paint costs.
    from riskdesk.cli import (
        access_insight_command,
        audit_commands,
        backup_commands,
        case_commands,
        concern_commands,
        import_commands,
        inquiry_commands,
        journal_commands,
        meeting_commands,
        mentor_commands,
        outcome_commands,
        render_command,
        report_commands,
        retention_commands,
        review_commands,
        score_command,
        server_commands,
        server_import_command,
        user_commands,
        vault_commands,
    )

    parser, commands = _parser_with_commands()
    for module in (
        gui_command,
        vault_commands,
        user_commands,
        case_commands,
        import_commands,
        audit_commands,
        backup_commands,
        score_command,
        render_command,
        access_insight_command,
        meeting_commands,
        inquiry_commands,
        concern_commands,
        journal_commands,
        outcome_commands,
        mentor_commands,
        review_commands,
        retention_commands,
        report_commands,
        server_commands,
        # After server_commands: it hangs "import" under their "server".
        server_import_command,
    ):
        module.add_parser(commands)
    return parser


def gui_parser() -> argparse.ArgumentParser:
    """The parser of a start of the window (``riskdesk`` alone, or ``riskdesk gui …``):
    the same options and the same errors for them as :func:`build_parser`'s."""
    parser, commands = _parser_with_commands()
    gui_command.add_parser(commands)
    return parser


def _parser_with_commands() -> tuple[argparse.ArgumentParser, Any]:
    parser = OneLineParser(
        prog="riskdesk",
        description="RiskDesk: encrypted case records, risk/needs assessments and action plans.",
    )
    version_option.add_option(parser)
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def starts_the_window(argv: Sequence[str]) -> bool:
    return not argv or argv[0] == "gui"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = gui_parser() if starts_the_window(arguments) else build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        return gui_command.run(argparse.Namespace(vault=None, demo=False))
    try:
        check_text_arguments(args)
        with translated_errors():
            result: int = args.run(args)
    except CommandFailed as failure:
        report_error(failure.message)
        return failure.exit_code
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader (`| head`) has all it wanted: nothing is wrong with any file. Python's
        # own advice: point stdout at devnull so the exit does not fail flushing it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    except OSError as error:
        if os.environ.get(DEBUG_ENV):
            raise
        # The reason only, in our words: the file's name may be a person's, and the
        # system's text is English.
        report_error(with_os_reason(_FILE_REFUSED, error).text(language()))
        return EXIT_FAILURE
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        # The type only: the message may hold person data.
        report_error(_UNEXPECTED.format(kind=type(error).__name__).text(language()))
        return EXIT_FAILURE
    return result


if __name__ == "__main__":
    sys.exit(main())
