"""How far ``riskdesk audit verify`` has come, on one line of the terminal.

Written to stderr and only to a terminal, so a script that reads the findings on stdout
or a log that keeps stderr gets no counter lines; ``--quiet`` silences it there too."""

from __future__ import annotations

import sys
from typing import TextIO

from riskdesk.domain.localized import LocalizedText

_CHECKED = LocalizedText(
    da="Kontrollerer revisionssporet: {checked} af {total} hændelser ({percent} %)",
    en="Checking the audit trail: {checked} of {total} events ({percent}%)",
)


class VerifyProgress:
    def __init__(self, language: str, stream: TextIO | None = None) -> None:
        self._language = language
        self._stream = stream if stream is not None else sys.stderr
        self._shown: int | None = None

    @staticmethod
    def wanted(*, quiet: bool, stream: TextIO | None = None) -> bool:
        stream = stream if stream is not None else sys.stderr
        return not quiet and stream.isatty()

    def __call__(self, checked: int, total: int) -> None:
        percent = 100 * checked // total if total else 100
        # One update per percent: a redraw per batch would flicker on a long log.
        if percent == self._shown:
            return
        self._shown = percent
        line = _CHECKED.format(
            checked=_grouped(checked, self._language),
            total=_grouped(total, self._language),
            percent=percent,
        ).text(self._language)
        self._stream.write(f"\r{line}")
        self._stream.flush()

    def end(self) -> None:
        """Leave the counter's line, so what follows starts on a line of its own."""
        if self._shown is not None:
            self._stream.write("\n")
            self._stream.flush()


def _grouped(number: int, language: str) -> str:
    grouped = f"{number:,}"
    return grouped.replace(",", ".") if language == "da" else grouped
