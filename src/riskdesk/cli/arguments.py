"""The command line's own input checks: a parser whose errors are one line, ids that fit
the database, and text arguments that are text. What a command line cannot carry is
refused here with exit code 2, before any vault is opened, and never echoed back: a value
typed on a command line may be a CPR number or a name."""

from __future__ import annotations

import argparse
from typing import NoReturn

from riskdesk.cli.console import EXIT_USAGE, CommandFailed, language
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.unwritable_text import has_lone_surrogate

# SQLite's INTEGER is a signed 64-bit number.
RECORD_ID_MAX = 2**63 - 1

_NOT_UTF8 = LocalizedText(
    da="{option} er ikke gyldig tekst (bytes, der ikke er UTF-8). Skriv værdien igen.",
    en="{option} is not valid text (bytes that are not UTF-8). Please type the value again.",
)


class OneLineParser(argparse.ArgumentParser):
    """An :class:`argparse.ArgumentParser` whose usage errors are one line on stderr with
    exit code 2, as every other error of ``riskdesk`` is. ``--help`` shows the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"riskdesk: {message} (see: {self.prog} --help)\n")


def record_id(text: str) -> int:
    """An argparse type for ``--plan`` and ``--meeting``: a whole number from 1 to the
    largest id the database can hold. A bigger one can name no record, and is refused
    as a usage error rather than failing in the database."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(RECORD_ID_MAX)):
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {RECORD_ID_MAX}")
    value = int(digits)
    if not 1 <= value <= RECORD_ID_MAX:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {RECORD_ID_MAX}")
    return value


def check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse a text argument holding bytes that were not UTF-8 (Python keeps them as lone
    surrogates, which no database or terminal can take). Paths may hold such bytes:
    they are file names, and the file system takes them."""
    for name, value in vars(args).items():
        if isinstance(value, str) and has_lone_surrogate(value):
            option = "--" + name.replace("_", "-")
            raise CommandFailed(_NOT_UTF8.format(option=option).text(language()), EXIT_USAGE)
