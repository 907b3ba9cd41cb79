"""What scoring asks of an instrument for every assessment (each domain's maximum, the
total's, the risk items of each of the four risk domains) is worked out once per
instrument, and an evaluation checks the answers once, not again inside the scoring: the
demo evaluates thousands. The figures are those of the instrument's lists."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import riskdesk.domain.assessment_evaluation as evaluation_module
import riskdesk.domain.assessment_scoring as scoring_module
from assessment_forms import level_rules, youth
from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_wizard_flow import AssessmentWizardFlow
from riskdesk.domain.ids import PersonId
from riskdesk.domain.instrument import Instrument, ItemKind, RiskDomain


def _evaluate(instrument: Instrument) -> Any:
    draft = AssessmentDraft(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        person_id=PersonId(7),
        assessment_date=date(2026, 3, 1),
    )
    return AssessmentWizardFlow(instrument, level_rules(), draft).evaluate()


def test_the_maxima_and_risk_items_are_the_lists_and_worked_out_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    instrument = youth()
    for domain in instrument.domains:
        risk = [i for i in domain.items if i.kind is ItemKind.RISK]
        assert instrument.domain_max(domain.id) == sum(instrument.item_max(i) for i in risk)
    assert instrument.max_total == sum(instrument.domain_max(d.id) for d in instrument.domains)
    for risk_domain in RiskDomain:
        assert list(instrument.risk_items(risk_domain)) == [
            i for i in instrument.items if i.risk_domain is risk_domain and i.kind is ItemKind.RISK
        ]
    with pytest.raises(KeyError):
        instrument.domain_max("no-such-domain")
    _evaluate(instrument)
    asked: list[Any] = []
    item_max = Instrument.item_max

    def counted(self: Instrument, item: Any) -> int:
        asked.append(item)
        return item_max(self, item)

    monkeypatch.setattr(Instrument, "item_max", counted)
    first = _evaluate(instrument)
    assert asked == []
    assert first == _evaluate(instrument)


def test_an_evaluation_checks_the_answers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[Any] = []
    answer_problems = scoring_module.answer_problems

    def counted(*args: Any, **kwargs: Any) -> Any:
        checks.append(args)
        return answer_problems(*args, **kwargs)

    monkeypatch.setattr(scoring_module, "answer_problems", counted)
    monkeypatch.setattr(evaluation_module, "answer_problems", counted)
    _evaluate(youth())
    assert len(checks) == 1
