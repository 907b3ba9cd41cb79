"""The municipality's case levels. The set is data: ``forms/level-rules.yaml`` (niveau 1–3
as shipped) is its one source."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MeetingKind
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class LevelDefinition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int
    name: LocalizedText
    description: LocalizedText
    person_identifying: bool = True
    meeting: MeetingKind = MeetingKind.SSP
    """Where the unit discusses cases of this level, and so which meeting a plan of such
    a case is reviewed before (the SSP meeting unless the level says otherwise)."""


class LevelScheme(BaseModel):
    """Levels numbered 1..n without gaps; level 1 in the default scheme is a concern
    only, which the unit counts but does not keep a case file for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    levels: tuple[LevelDefinition, ...]

    @model_validator(mode="after")
    def _numbered_from_one(self) -> LevelScheme:
        numbers = [level.number for level in self.levels]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError("levels must be numbered 1, 2, 3, … in order")
        return self

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(level.number for level in self.levels)

    def get(self, number: int) -> LevelDefinition:
        for level in self.levels:
            if level.number == number:
                return level
        raise UserInputError(
            [
                Problem(
                    "level",
                    LocalizedText(
                        da="Niveau {n} findes ikke; vælg et af {valid}.",
                        en="Level {n} does not exist; choose one of {valid}.",
                    ).format(n=number, valid=", ".join(map(str, self.numbers))),
                )
            ]
        )

    def check_keeps_a_file(self, number: int) -> None:
        """Raises :class:`UserInputError` (on ``level``) for a level that is a concern only
        (niveau 1 as shipped): it is discussed and counted, never filed with a name and
        CPR number; and for a level that does not exist."""
        if not self.get(number).person_identifying:
            raise UserInputError([Problem("level", CONCERN_ONLY_LEVEL.format(level=number))])


CONCERN_ONLY_LEVEL = LocalizedText(
    da="Niveau {level} er kun en bekymring: den drøftes og tælles, men der oprettes ingen "
    "sag med navn og CPR-nummer. Registrér den uden navn i bekymringsregistret "
    "(Bekymringer, eller riskdesk concern add), eller vælg et højere niveau, hvis der "
    "skal være en sag.",
    en="Level {level} is a concern only: it is discussed and counted, but no case with a "
    "name and CPR number is kept. Record it without a name in the concern register "
    "(Concerns, or riskdesk concern add), or choose a higher level if a case file is needed.",
)
