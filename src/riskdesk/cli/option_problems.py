"""Input problems told by the command line's own option names."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from riskdesk.cli.console import EXIT_FAILURE, EXIT_USAGE, CommandFailed, language
from riskdesk.domain.person import CprAlreadyFiled
from riskdesk.domain.refusals import UserInputError


@contextmanager
def options_named(options: Mapping[str, str]) -> Iterator[None]:
    """Input problems as one line naming each option (``options`` maps a problem's dotted
    field to its option; exit 2); a CPR number another person has as a refusal (exit 1)
    naming only that person's case number."""
    try:
        yield
    except CprAlreadyFiled as taken:
        raise CommandFailed(taken.text(language()), EXIT_FAILURE) from None
    except UserInputError as error:
        lang = language()
        parts = [
            f"{options[problem.field]}: {problem.text(lang)}"
            if problem.field in options
            else problem.text(lang)
            for problem in error.problems
        ]
        raise CommandFailed(" ".join(parts).replace("\n", " "), EXIT_USAGE) from None
