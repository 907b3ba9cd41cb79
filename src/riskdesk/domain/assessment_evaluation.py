"""One call that gives everything an assessment summary shows: score, profile, level."""

from __future__ import annotations

from collections.abc import Collection

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.assessment_scoring import (
    Answers,
    AssessmentResult,
    BandOverride,
    answer_problems,
    score_checked,
)
from riskdesk.domain.four_domain_profile import (
    FourDomainProfile,
    build_four_domain_profile,
    extra_factor_problems,
)
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.level_rules import LevelDecision, LevelOverride, LevelRules, derive_level
from riskdesk.domain.refusals import UserInputError


class AssessmentEvaluation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    result: AssessmentResult
    profile: FourDomainProfile
    level: LevelDecision


def evaluate_assessment(
    instrument: Instrument,
    rules: LevelRules,
    *,
    answers: Answers,
    strengths: Collection[str] = (),
    extra_factors: Collection[str] = (),
    flags: Collection[str] = (),
    band_override: BandOverride | None = None,
    level_override: LevelOverride | None = None,
) -> AssessmentEvaluation:
    """Score, profile and level in one go.

    Raises one :class:`UserInputError` listing every key that does not fit the instrument
    or the level rules, so the user can fix them all at once.
    """
    problems = [
        *answer_problems(
            instrument, answers=answers, strengths=strengths, band_override=band_override
        ),
        *extra_factor_problems(instrument, extra_factors),
        *rules.problems(flags=flags, override=level_override),
    ]
    if problems:
        raise UserInputError(problems)
    result = score_checked(
        instrument, answers=answers, strengths=strengths, band_override=band_override
    )
    return AssessmentEvaluation(
        result=result,
        profile=build_four_domain_profile(instrument, answers=answers, extra_factors=extra_factors),
        level=derive_level(rules, instrument, result=result, flags=flags, override=level_override),
    )
