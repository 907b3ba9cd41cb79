"""Finalising scores the assessment once: the result it checks is the result it returns
(the demo finalises thousands, and scoring was half of finalising)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import riskdesk.domain.assessment_wizard_flow as wizard_flow
from assessment_forms import level_rules, youth
from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_wizard_flow import AssessmentWizardFlow
from riskdesk.domain.ids import PersonId


def test_finalise_evaluates_once_and_returns_what_it_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draft = AssessmentDraft(
        instrument_id="riskdesk-youth",
        instrument_version=1,
        person_id=PersonId(7),
        assessment_date=date(2026, 3, 1),
    )
    flow = AssessmentWizardFlow(youth(), level_rules(), draft)
    flow.update(flow.draft.with_ticked("sources", "interview", ticked=True))
    flow.update(flow.draft.model_copy(update={"unanswered_reason": "Ingen kontakt til skolen"}))
    made: list[Any] = []
    evaluate = wizard_flow.evaluate_assessment

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(evaluate(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(wizard_flow, "evaluate_assessment", counted)
    evaluation = flow.finalise()
    assert len(made) == 1
    assert evaluation is made[0]
    assert evaluation == flow.evaluate()
