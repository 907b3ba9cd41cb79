"""The municipality's case levels. The set is data (default niveau 1–3)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class LevelDefinition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int
    name: LocalizedText
    description: LocalizedText
    person_identifying: bool = True


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


DEFAULT_LEVEL_SCHEME = LevelScheme(
    levels=(
        LevelDefinition(
            number=1,
            name=LocalizedText(da="Niveau 1", en="Level 1"),
            description=LocalizedText(
                da="Bekymring: drøftes på koordinationsmøde; intet personhenførbart registreres.",
                en="Concern only: discussed at coordination meetings; nothing identifying is kept.",
            ),
            person_identifying=False,
        ),
        LevelDefinition(
            number=2,
            name=LocalizedText(da="Niveau 2", en="Level 2"),
            description=LocalizedText(
                da="Enkeltsag: risikovurdering, behovsafklaring, handleplan og opfølgning.",
                en="Individual case: assessment, needs, action plan and follow-up.",
            ),
        ),
        LevelDefinition(
            number=3,
            name=LocalizedText(da="Niveau 3", en="Level 3"),
            description=LocalizedText(
                da="Mest alvorlig og kompleks: tværfaglig indsats via operativgruppen.",
                en="Most serious and complex: multi-agency work through the operative group.",
            ),
        ),
    )
)
