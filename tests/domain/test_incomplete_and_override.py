from typing import Any

import pytest

from assessment_forms import raw_youth, yes_to_first, youth
from riskdesk.domain.assessment_scoring import (
    BandOverride,
    finalisation_problems,
    score_assessment,
)
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.refusals import UserInputError


def test_override_sits_beside_the_computed_band() -> None:
    result = score_assessment(
        youth(),
        answers=yes_to_first(12),
        band_override=BandOverride(band="high", reason="Vold er tiltagende"),
    )

    assert result.band == "moderate"
    assert result.final_band == "high"
    assert result.band_override is not None


def test_override_without_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="reason"):
        BandOverride(band="high", reason="")


def test_override_to_an_unknown_band_names_the_key() -> None:
    with pytest.raises(UserInputError) as raised:
        score_assessment(
            youth(), answers={}, band_override=BandOverride(band="extreme", reason="x")
        )

    assert [p.field for p in raised.value.problems] == ["band_override.band"]


def test_blank_items_make_the_result_a_minimum_and_finalising_needs_a_reason() -> None:
    answers = yes_to_first(10)
    answers["family.2"] = None
    del answers["leisure.3"]

    result = score_assessment(youth(), answers=answers)

    assert not result.complete
    assert result.missing_items == ("family.2", "leisure.3")
    assert [p.field for p in finalisation_problems(result, unanswered_reason=" ")] == [
        "unanswered_reason"
    ]
    assert finalisation_problems(result, unanswered_reason="Skolen svarede ikke") == []


def test_complete_result_finalises_without_a_reason() -> None:
    result = score_assessment(youth(), answers=yes_to_first(3))

    assert finalisation_problems(result, unanswered_reason="") == []


def with_scale(scale: str, *, weight: int = 1, kind: str = "risk") -> Instrument:
    data: dict[str, Any] = raw_youth()
    data["domains"][0]["items"][0].update(scale=scale, weight=weight, kind=kind)
    data["bands"][-1]["max"] = 50
    data["domains"][0]["ratings"][-1]["max"] = 10
    return Instrument.model_validate(data)


def test_dont_know_counts_as_unanswered_and_not_relevant_as_answered() -> None:
    instrument = with_scale("yes_no_unknown")
    answers = yes_to_first(0)

    dont_know = score_assessment(instrument, answers={**answers, "offences.1": "dont_know"})
    not_relevant = score_assessment(instrument, answers={**answers, "offences.1": "not_relevant"})

    assert dont_know.missing_items == ("offences.1",)
    assert not_relevant.complete


def test_weights_multiply_points_and_resources_add_nothing_to_the_total() -> None:
    weighted = score_assessment(with_scale("yes_no", weight=3), answers=yes_to_first(1))
    resource = score_assessment(with_scale("yes_no", kind="resource"), answers=yes_to_first(1))

    assert weighted.total == 3
    assert resource.total == 0
    assert resource.domain("offences").resources_present == ("offences.1",)


def test_answers_that_do_not_fit_name_each_key() -> None:
    with pytest.raises(UserInputError) as raised:
        score_assessment(
            youth(),
            answers={"offences.9": "yes", "family.1": "maybe"},
            strengths={"offences"},
        )

    assert [p.field for p in raised.value.problems] == [
        "answers.offences.9",
        "answers.family.1",
        "strengths.offences",
    ]
