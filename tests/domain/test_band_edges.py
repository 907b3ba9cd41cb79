import pytest

from assessment_forms import yes_to_first, youth
from riskdesk.domain.assessment_scoring import score_assessment
from riskdesk.domain.instrument import Rating


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "low"),
        (8, "low"),
        (9, "moderate"),
        (22, "moderate"),
        (23, "high"),
        (34, "high"),
        (35, "very_high"),
        (42, "very_high"),
    ],
)
def test_total_falls_in_the_band_on_its_side_of_each_edge(total: int, band: str) -> None:
    result = score_assessment(youth(), answers=yes_to_first(total))

    assert result.total == total
    assert result.band == band
    assert result.final_band == band
    assert result.complete


RATING_EDGES = [
    # (domain, score, rating): the last score of one rating and the first of the next.
    ("offences", 0, Rating.LOW),
    ("offences", 1, Rating.MODERATE),
    ("offences", 2, Rating.MODERATE),
    ("offences", 3, Rating.HIGH),
    ("offences", 5, Rating.HIGH),
    ("family", 1, Rating.LOW),
    ("family", 2, Rating.MODERATE),
    ("family", 3, Rating.MODERATE),
    ("family", 4, Rating.HIGH),
    ("family", 6, Rating.HIGH),
    ("education", 1, Rating.LOW),
    ("education", 2, Rating.MODERATE),
    ("education", 3, Rating.MODERATE),
    ("education", 4, Rating.HIGH),
    ("education", 7, Rating.HIGH),
    ("peers", 0, Rating.LOW),
    ("peers", 1, Rating.MODERATE),
    ("peers", 2, Rating.MODERATE),
    ("peers", 3, Rating.HIGH),
    ("peers", 4, Rating.HIGH),
    ("substance", 0, Rating.LOW),
    ("substance", 1, Rating.MODERATE),
    ("substance", 2, Rating.MODERATE),
    ("substance", 3, Rating.HIGH),
    ("substance", 5, Rating.HIGH),
    ("leisure", 0, Rating.LOW),
    ("leisure", 1, Rating.MODERATE),
    ("leisure", 2, Rating.HIGH),
    ("leisure", 3, Rating.HIGH),
    ("personality", 1, Rating.LOW),
    ("personality", 2, Rating.MODERATE),
    ("personality", 4, Rating.MODERATE),
    ("personality", 5, Rating.HIGH),
    ("personality", 7, Rating.HIGH),
    ("attitudes", 0, Rating.LOW),
    ("attitudes", 1, Rating.MODERATE),
    ("attitudes", 2, Rating.MODERATE),
    ("attitudes", 3, Rating.HIGH),
    ("attitudes", 5, Rating.HIGH),
]


@pytest.mark.parametrize(("domain", "score", "rating"), RATING_EDGES)
def test_domain_rating_on_each_side_of_its_thresholds(
    domain: str, score: int, rating: Rating
) -> None:
    result = score_assessment(youth(), answers=yes_to_first(score, domain=domain))

    assert result.domain(domain).score == score
    assert result.domain(domain).rating is rating


def test_every_domain_edge_in_the_file_is_in_the_table() -> None:
    # Guards the table against a threshold change in the file that nobody re-tested.
    in_file = {
        (d.id, edge) for d in youth().domains for r in d.ratings for edge in (r.min, r.max) if edge
    }
    in_table = {(domain, score) for domain, score, _ in RATING_EDGES}

    assert in_file <= in_table
