from hypothesis import given, settings
from hypothesis import strategies as st

from assessment_forms import youth
from riskdesk.domain.assessment_scoring import score_assessment

ITEM_IDS = [item.id for item in youth().items]


@settings(deadline=None)  # the shared CI box is noisy; speed is a benchmark matter
@given(st.sets(st.sampled_from(ITEM_IDS)))
def test_total_is_the_number_of_items_ticked(ticked: set[str]) -> None:
    answers = {item_id: "yes" if item_id in ticked else "no" for item_id in ITEM_IDS}

    result = score_assessment(youth(), answers=answers)

    assert result.total == len(ticked)
    assert result.total == sum(d.score for d in result.domains)
    assert {i for d in result.domains for i in d.present} == ticked


@settings(deadline=None)  # the shared CI box is noisy; speed is a benchmark matter
@given(st.sets(st.sampled_from(ITEM_IDS)), st.sampled_from(ITEM_IDS))
def test_band_never_falls_when_one_more_item_is_ticked(ticked: set[str], extra: str) -> None:
    instrument = youth()

    def band_rank(items: set[str]) -> int:
        answers = {item_id: "yes" if item_id in items else "no" for item_id in ITEM_IDS}
        return instrument.band_rank(score_assessment(instrument, answers=answers).band)

    assert band_rank(ticked | {extra}) >= band_rank(ticked)


@settings(deadline=None)  # the shared CI box is noisy; speed is a benchmark matter
@given(st.sets(st.sampled_from(ITEM_IDS)), st.sets(st.sampled_from(ITEM_IDS)))
def test_unanswered_items_make_the_score_a_minimum(ticked: set[str], blank: set[str]) -> None:
    answers = {
        item_id: None if item_id in blank else ("yes" if item_id in ticked else "no")
        for item_id in ITEM_IDS
    }

    result = score_assessment(youth(), answers=answers)

    assert result.complete is (not blank)
    assert result.missing_count == len(blank)
    assert result.total == len(ticked - blank)
