"""Synthetic demo answers: seeded, and consistent with the case level they are made for."""

from __future__ import annotations

import random
from datetime import date

import pytest

from assessment_forms import level_rules, youth
from riskdesk.demo.synthetic_assessments import (
    synthetic_draft,
    synthetic_partial_draft,
    synthetic_reassessment,
)
from riskdesk.domain.assessment_evaluation import evaluate_assessment
from riskdesk.domain.ids import PersonId


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("level", [2, 3])
def test_synthetic_answers_give_the_case_level(seed: int, level: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - seeded test data
    instrument, rules = youth(), level_rules()
    first = synthetic_draft(
        instrument,
        rules,
        person_id=PersonId(1),
        level=level,
        assessment_date=date(2026, 1, 1),
        rng=rng,
    )
    second = synthetic_reassessment(
        instrument, rules, first, level=level, assessment_date=date(2026, 6, 1), rng=rng
    )
    for draft in (first, second):
        evaluation = evaluate_assessment(
            instrument,
            rules,
            answers=draft.answer_values(),
            strengths=draft.strengths,
            flags=draft.flags,
        )
        assert evaluation.result.complete
        assert evaluation.level.level == level
    assert first.answers != second.answers


def test_synthetic_partial_draft_leaves_items_open() -> None:
    draft = synthetic_partial_draft(
        youth(),
        person_id=PersonId(1),
        assessment_date=date(2026, 1, 1),
        rng=random.Random(2),  # noqa: S311 - seeded test data
    )
    assert 0 < len(draft.answers) < len(list(youth().items))
