"""What every command shares: passwords from the environment or a prompt, one-line errors."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.domain.localized import LocalizedText

if TYPE_CHECKING:
    from riskdesk.domain.case import CaseSummary
    from riskdesk.services.desk import Desk
    from riskdesk.services.document_export import ExportedDocument

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2

PASSWORD_ENV = "RISKDESK_PASSWORD"  # noqa: S105 - the name of a variable, not a password
NEW_PASSWORD_ENV = "RISKDESK_NEW_PASSWORD"  # noqa: S105

_NO_PASSWORD = LocalizedText(
    da="Ingen adgangskode: sæt {env} eller kør kommandoen i en terminal.",
    en="No password: set {env} or run the command in a terminal.",
)


class CommandFailed(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def language() -> str:
    from riskdesk.services.settings import load_settings

    return load_settings().language.value


def report_error(message: str) -> None:
    print(f"riskdesk: {message}", file=sys.stderr)


def read_password(env: str = PASSWORD_ENV, *, prompt: str = "Adgangskode: ") -> str:
    """The password from ``env``, else a hidden prompt when there is a terminal."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CommandFailed(_NO_PASSWORD.format(env=env).text(language()), EXIT_USAGE)
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CommandFailed(_NO_PASSWORD.format(env=env).text(language()), EXIT_USAGE) from None


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn the core's user-facing errors into one line and the right exit code."""
    try:
        yield
    except Exception as error:
        failure = _as_failure(error)
        if failure is None:
            raise
        raise failure from None


def _as_failure(error: Exception) -> CommandFailed | None:
    # Imported when an error comes, not on entering: `riskdesk gui` runs inside this too,
    # and the core's models would cost the window's first paint a third of its time.
    from riskdesk.domain.refusals import PermissionDenied, Refusal, UserInputError
    from riskdesk.domain.vault_errors import VaultError
    from riskdesk.services.instrument_catalogue import FormFileInvalid

    if isinstance(error, UserInputError):
        return CommandFailed(error.text(language()).replace("\n", " "), EXIT_USAGE)
    if isinstance(error, PermissionDenied):
        return CommandFailed(error.text(language()), EXIT_FAILURE)
    if isinstance(error, (Refusal, VaultError)):
        return CommandFailed(error.text(language()), EXIT_FAILURE)
    if isinstance(error, FormFileInvalid):
        # A broken file in forms/ or resources/ is named, for whoever maintains it.
        return CommandFailed(error.text(language()).replace("\n", " "), EXIT_FAILURE)
    return None


@contextmanager
def opened_desk(vault: Path | str, username: str) -> Iterator[Desk]:
    check_can_open_place(vault)
    password = read_password()
    with translated_errors(), open_desk(vault, username=username, password=password) as desk:
        yield desk


def check_can_open_place(vault: Path | str) -> None:
    """What the file system must allow, said before a password is asked for; a team
    server's address is the core's to check."""
    from riskdesk.cli.vault_access import check_can_open

    if isinstance(vault, Path):
        check_can_open(vault)


def open_desk(
    vault: Path | str, *, username: str, password: str, new_password: str | None = None
) -> Desk:
    """The desk on the vault file, or on the team server when ``vault`` is its address
    (see :mod:`riskdesk.cli.vault_option`), whose certificate is checked with the CA file
    of ``RISKDESK_SERVER_CA`` or the settings. Raises what :meth:`Desk.open` raises."""
    from riskdesk.cli.vault_access import key_file_read
    from riskdesk.services.desk import Desk
    from riskdesk.services.settings import load_settings

    with key_file_read():
        return Desk.open(
            vault,
            username=username,
            password=password,
            new_password=new_password,
            server_ca_file=load_settings().effective_server_ca(),
        )


def case_by_number(desk: Desk, number: str) -> CaseSummary:
    """The case with exactly this number; :class:`UnknownCase` (exit 1, as every unknown
    record is) when there is none. A person is named by a case number on the command
    line, never by a CPR number."""
    from riskdesk.domain.refusals import UnknownCase

    case = desk.cases.by_number(number.strip())
    if case is None:
        raise UnknownCase(number)
    return case


def report_exported(exported: ExportedDocument) -> None:
    """Notes on stderr (a passed-over template, why no PDF was made), files on stdout."""
    lang = language()
    for note in (exported.notice, exported.pdf_problem):
        if note is not None:
            report_error(note.text(lang))
    print(exported.docx)
    if exported.pdf is not None:
        print(exported.pdf)
