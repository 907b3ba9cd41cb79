import pytest

from assessment_forms import yes_to_first, youth
from riskdesk.domain.assessment_scoring import score_assessment
from riskdesk.domain.four_domain_profile import build_four_domain_profile
from riskdesk.domain.instrument import Rating, RiskDomain
from riskdesk.domain.refusals import UserInputError


def test_every_item_is_counted_in_exactly_one_risk_domain() -> None:
    instrument = youth()
    all_yes = {item.id: "yes" for item in instrument.items}

    profile = build_four_domain_profile(instrument, answers=all_yes)

    assert sum(d.present for d in profile.domains) == 42
    assert [d.of for d in profile.domains] == [24, 11, 9, 10]


def test_extra_factors_feed_the_profile_not_the_total() -> None:
    answers = yes_to_first(2, domain="family")

    profile = build_four_domain_profile(
        youth(), answers=answers, extra_factors={"violence_at_home", "truancy"}
    )
    total = score_assessment(youth(), answers=answers).total

    family = profile.get(RiskDomain.FAMILY)
    assert (family.present, family.of) == (3, 11)
    assert family.factor_ids == ("family.1", "family.2", "violence_at_home")
    assert family.factors[-1].da == "Vold i hjemmet"
    assert profile.get(RiskDomain.EDUCATION).present == 1
    assert total == 2


@pytest.mark.parametrize(
    ("present", "rating"),
    [(2, Rating.LOW), (3, Rating.MODERATE), (5, Rating.MODERATE), (6, Rating.HIGH)],
)
def test_family_rating_on_each_side_of_its_thresholds(present: int, rating: Rating) -> None:
    profile = build_four_domain_profile(youth(), answers=yes_to_first(present, domain="family"))

    assert profile.get(RiskDomain.FAMILY).rating is rating


def test_unknown_extra_factor_names_the_key() -> None:
    with pytest.raises(UserInputError) as raised:
        build_four_domain_profile(youth(), answers={}, extra_factors={"tattoos"})

    assert [p.field for p in raised.value.problems] == ["extra_factors.tattoos"]
