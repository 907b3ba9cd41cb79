"""Goals suggested from an assessment: needs rated moderate or high, highest first."""

from __future__ import annotations

import pytest

from riskdesk.domain.action_plan import NEED_AREA_LABELS, RESPONSIBLE_LABELS, NeedArea, Responsible
from riskdesk.domain.assessment_scoring import DomainScore
from riskdesk.domain.instrument import Rating
from riskdesk.domain.intervention_catalogue import (
    DomainRating,
    InterventionCatalogue,
    ratings_from,
    suggest_goals,
)
from riskdesk.services.instrument_catalogue import default_forms_dir, load_catalogue
from riskdesk.services.intervention_catalogue import load_intervention_catalogue

L, M, H = Rating.LOW, Rating.MODERATE, Rating.HIGH


@pytest.fixture(scope="module")
def catalogue() -> InterventionCatalogue:
    _, instruments = load_catalogue(default_forms_dir())
    domains = {d.id for i in instruments.registry.latest() for d in i.domains}
    return load_intervention_catalogue(default_forms_dir(), known_domains=domains)


def _r(rating: Rating, score: int, max_score: int) -> DomainRating:
    return DomainRating(rating=rating, score=score, max_score=max_score)


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ({}, []),
        ({"education": _r(L, 1, 7), "family": _r(L, 0, 6)}, []),
        ({"education": _r(M, 3, 7), "family": _r(H, 5, 6)}, ["family", "education"]),
        # Same rating: the larger share of items present first (4/5 before 3/7).
        ({"education": _r(M, 3, 7), "substance": _r(M, 4, 5)}, ["substance", "education"]),
        # Same rating and share: catalogue order.
        ({"peers": _r(H, 2, 4), "education": _r(H, 2, 4)}, ["education", "peers"]),
        # Prior offending has no goal: it is history, not a need a plan can change.
        ({"offences": _r(H, 5, 5), "leisure": _r(M, 2, 3)}, ["leisure"]),
        ({"unknown_domain": _r(H, 9, 9)}, []),
    ],
)
def test_suggestions_are_ranked_by_need(
    catalogue: InterventionCatalogue, ratings: dict[str, DomainRating], expected: list[str]
) -> None:
    assert [s.domain for s in suggest_goals(catalogue, ratings)] == expected


def test_the_threshold_can_include_low_ratings(catalogue: InterventionCatalogue) -> None:
    ratings = {"education": _r(L, 1, 7)}
    assert [s.domain for s in suggest_goals(catalogue, ratings, lowest=L)] == ["education"]


def test_a_suggestion_carries_need_area_goal_and_interventions(
    catalogue: InterventionCatalogue,
) -> None:
    (suggestion,) = suggest_goals(catalogue, {"substance": _r(H, 4, 5)})
    assert suggestion.need_area is NeedArea.TREATMENT
    assert suggestion.goal.da
    assert suggestion.goal.en
    assert "addiction_treatment" in [i.id for i in suggestion.interventions]


def test_ratings_come_straight_from_scoring(catalogue: InterventionCatalogue) -> None:
    scores = [
        DomainScore(
            domain_id="family",
            score=5,
            max_score=6,
            rating=H,
            present=(),
            missing=(),
            strength=False,
        ),
        DomainScore(
            domain_id="peers",
            score=1,
            max_score=4,
            rating=L,
            present=(),
            missing=(),
            strength=False,
        ),
    ]
    assert [s.domain for s in suggest_goals(catalogue, ratings_from(scores))] == ["family"]


def test_the_catalogue_names_the_interventions_the_unit_uses(
    catalogue: InterventionCatalogue,
) -> None:
    ids = {i.id for i in catalogue.interventions}
    assert {
        "mentor_course",
        "leisure_job",
        "school_social_worker",
        "addiction_treatment",
        "concern_talk",
        "network_meeting",
        "exit_programme",
        "housing_support",
        "jobcentre_programme",
    } <= ids
    assert all(i.name.da and i.name.en and i.description.da for i in catalogue.interventions)
    assert set(NEED_AREA_LABELS) == set(NeedArea)
    assert set(RESPONSIBLE_LABELS) == set(Responsible)
