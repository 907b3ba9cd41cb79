"""Problems the user can fix, carried from the core to the GUI and CLI in both languages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language, LocalizedText


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input; ``field`` names where, ``message`` says what to fix."""

    field: str
    message: LocalizedText

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return self.message.text(language)


class UserInputError(ValueError):
    """Input the user can correct. Never carries person data in ``str(error)``."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message.en}" for p in self.problems))

    def text(self, language: Language | str = DEFAULT_LANGUAGE) -> str:
        return "\n".join(p.text(language) for p in self.problems)
