"""The assessment seen through the four risk domains (individual, family, education,
social network): mapped risk items answered present plus the extra factors ticked.

Extra factors count here only; they never change the instrument's total.
"""

from __future__ import annotations

from collections.abc import Collection

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.assessment_scoring import Answers
from riskdesk.domain.instrument import Instrument, Rating, RiskDomain, rating_for
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RiskDomainResult(_Frozen):
    risk_domain: RiskDomain
    title: LocalizedText
    present: int
    of: int
    rating: Rating
    factor_ids: tuple[str, ...]
    factors: tuple[LocalizedText, ...]


class FourDomainProfile(_Frozen):
    domains: tuple[RiskDomainResult, ...]

    def get(self, risk_domain: RiskDomain) -> RiskDomainResult:
        return next(d for d in self.domains if d.risk_domain is risk_domain)


def extra_factor_problems(instrument: Instrument, extra_factors: Collection[str]) -> list[Problem]:
    known = {factor.id for _, factor in instrument.extra_factors}
    return [
        Problem(
            f"extra_factors.{factor_id}",
            LocalizedText(
                da="Instrumentet har ingen ekstra faktor {factor}.",
                en="The instrument has no extra factor {factor}.",
            ).format(factor=factor_id),
        )
        for factor_id in sorted(set(extra_factors) - known)
    ]


def build_four_domain_profile(
    instrument: Instrument, *, answers: Answers, extra_factors: Collection[str] = ()
) -> FourDomainProfile:
    """Count, rate and name the factors present per risk domain.

    Answers are assumed checked by scoring; unknown extra factors raise
    :class:`UserInputError` naming each key.
    """
    problems = extra_factor_problems(instrument, extra_factors)
    if problems:
        raise UserInputError(problems)
    results: list[RiskDomainResult] = []
    for risk_domain in RiskDomain:
        profile = instrument.risk_domain(risk_domain)
        named: list[tuple[str, LocalizedText]] = []
        for item in instrument.risk_items(risk_domain):
            value = answers.get(item.id)
            option = None if value is None else instrument.scale(item.scale).option(value)
            if option is not None and option.answered and option.points > 0:
                named.append((item.id, item.text))
        named.extend((f.id, f.label) for f in profile.extra_factors if f.id in extra_factors)
        results.append(
            RiskDomainResult(
                risk_domain=risk_domain,
                title=profile.title,
                present=len(named),
                of=instrument.risk_domain_size(risk_domain),
                rating=rating_for(profile.ratings, len(named)),
                factor_ids=tuple(i for i, _ in named),
                factors=tuple(t for _, t in named),
            )
        )
    return FourDomainProfile(domains=tuple(results))
