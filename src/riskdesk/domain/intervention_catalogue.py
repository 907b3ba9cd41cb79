"""The intervention catalogue (``forms/interventions.yaml``) and goal suggestions from an
assessment: goals follow needs, so the highest-rated assessment domains come first.

Assessment domains are named by the instrument's domain ids (riskdesk-youth: offences,
family, education, peers, substance, leisure, personality, attitudes), kept as strings
here because instruments are data; a loader checks them against the instruments it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from riskdesk.domain.action_plan import NeedArea, Responsible
from riskdesk.domain.assessment_scoring import DomainScore
from riskdesk.domain.instrument import RATING_ORDER, Identifier, Rating
from riskdesk.domain.localized import LocalizedText


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Intervention(_Frozen):
    id: Identifier
    name: LocalizedText
    description: LocalizedText
    provider: Responsible
    need_areas: tuple[NeedArea, ...] = Field(min_length=1)
    assessment_domains: tuple[Identifier, ...] = ()


class DomainGoal(_Frozen):
    """The goal a plan usually sets when an assessment domain is rated as a need."""

    domain: Identifier
    need_area: NeedArea
    goal: LocalizedText


class InterventionCatalogue(_Frozen):
    kind: Literal["intervention_catalogue"] = "intervention_catalogue"
    version: int = Field(ge=1)
    interventions: tuple[Intervention, ...] = Field(min_length=1)
    domain_goals: tuple[DomainGoal, ...] = ()

    @model_validator(mode="after")
    def _unique_ids(self) -> InterventionCatalogue:
        for kind, ids in (
            ("interventions", [i.id for i in self.interventions]),
            ("domain_goals", [g.domain for g in self.domain_goals]),
        ):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            if duplicates:
                raise PydanticCustomError(
                    "duplicate_id",
                    "{kind}: ids used more than once: {ids}",
                    {"kind": kind, "ids": ", ".join(duplicates), "field": kind},
                )
        return self

    @property
    def assessment_domains(self) -> frozenset[str]:
        """Every assessment domain id the catalogue refers to."""
        return frozenset(d for i in self.interventions for d in i.assessment_domains) | {
            g.domain for g in self.domain_goals
        }

    def for_domain(self, domain: str) -> tuple[Intervention, ...]:
        return tuple(i for i in self.interventions if domain in i.assessment_domains)

    def for_need_area(self, need_area: NeedArea) -> tuple[Intervention, ...]:
        return tuple(i for i in self.interventions if need_area in i.need_areas)


class DomainRating(_Frozen):
    """One assessment domain's result, as scoring gives it."""

    rating: Rating
    score: int = Field(ge=0)
    max_score: int = Field(ge=0)


class GoalSuggestion(_Frozen):
    domain: str
    rating: Rating
    score: int
    need_area: NeedArea
    goal: LocalizedText
    interventions: tuple[Intervention, ...]


def ratings_from(domains: Iterable[DomainScore]) -> dict[str, DomainRating]:
    """The input :func:`suggest_goals` takes, from ``AssessmentResult.domains``."""
    return {
        d.domain_id: DomainRating(rating=d.rating, score=d.score, max_score=d.max_score)
        for d in domains
    }


def suggest_goals(
    catalogue: InterventionCatalogue,
    ratings: Mapping[str, DomainRating],
    *,
    lowest: Rating = Rating.MODERATE,
) -> tuple[GoalSuggestion, ...]:
    """A goal for every domain rated ``lowest`` or above that the catalogue has a goal for.

    Ordered by rating (high first), then by the share of the domain's items present, then
    by catalogue order, so a 4-of-5 moderate comes before a 3-of-7 moderate. Domains the
    catalogue has no goal for (such as prior offending, which no plan can change) are
    left out.
    """
    threshold = RATING_ORDER.index(lowest)
    ranked: list[tuple[int, float, int, GoalSuggestion]] = []
    for position, domain_goal in enumerate(catalogue.domain_goals):
        result = ratings.get(domain_goal.domain)
        if result is None or RATING_ORDER.index(result.rating) < threshold:
            continue
        share = result.score / result.max_score if result.max_score else 0.0
        suggestion = GoalSuggestion(
            domain=domain_goal.domain,
            rating=result.rating,
            score=result.score,
            need_area=domain_goal.need_area,
            goal=domain_goal.goal,
            interventions=catalogue.for_domain(domain_goal.domain),
        )
        ranked.append((-RATING_ORDER.index(result.rating), -share, position, suggestion))
    return tuple(item[3] for item in sorted(ranked, key=lambda item: item[:3]))
