from datetime import date

import pytest

from assessment_forms import level_rules, youth
from riskdesk.domain.assessment_draft import AssessmentDraft, InformationSource
from riskdesk.domain.assessment_wizard_flow import AssessmentWizardFlow, StepKind
from riskdesk.domain.ids import PersonId
from riskdesk.domain.refusals import UserInputError


def new_flow() -> AssessmentWizardFlow:
    draft = AssessmentDraft(
        instrument_id="riskdesk-youth",
        instrument_version=1,
        person_id=PersonId(7),
        assessment_date=date(2026, 3, 1),
    )
    return AssessmentWizardFlow(youth(), level_rules(), draft)


def test_steps_are_intro_domains_factors_responsivity_summary() -> None:
    flow = new_flow()

    assert [s.kind for s in flow.steps] == [
        StepKind.INTRO,
        *[StepKind.DOMAIN] * 8,
        StepKind.FACTORS,
        StepKind.RESPONSIVITY,
        StepKind.SUMMARY,
    ]
    assert flow.steps[1].domain_id == "offences"


def test_back_and_next_lose_nothing() -> None:
    flow = new_flow()
    flow.next()
    flow.update(flow.draft.with_answer("offences.1", "yes", comment="Politiets oplysninger"))
    flow.next()
    flow.update(
        flow.draft.with_note("family", "Mor er alene").with_ticked(
            "strengths", "family", ticked=True
        )
    )
    saved = flow.draft

    while flow.can_go_next:
        flow.next()
    while flow.can_go_back:
        flow.back()

    assert flow.current.kind is StepKind.INTRO
    assert flow.draft == saved
    assert flow.draft.answers["offences.1"].comment == "Politiets oplysninger"


def test_back_returns_to_where_a_jump_came_from() -> None:
    flow = new_flow()
    flow.go_to("summary")
    flow.go_to("domain:peers")

    assert flow.back().id == "summary"
    assert flow.back().id == "intro"
    assert not flow.can_go_back
    with pytest.raises(IndexError):
        flow.back()


def test_step_completeness_follows_the_draft() -> None:
    flow = new_flow()
    assert [p.field for p in flow.step_problems("intro")] == ["sources"]
    assert len(flow.step_problems("domain:leisure")) == 3

    draft = flow.draft.with_ticked("sources", InformationSource.SCHOOL, ticked=True)
    for item_id in ("leisure.1", "leisure.2", "leisure.3"):
        draft = draft.with_answer(item_id, "no")
    flow.update(draft)

    assert flow.is_complete("intro")
    assert flow.is_complete("domain:leisure")
    assert not flow.is_complete("domain:peers")


def test_finalising_an_incomplete_draft_needs_a_written_reason() -> None:
    flow = new_flow()
    flow.update(flow.draft.with_ticked("sources", "interview", ticked=True))

    with pytest.raises(UserInputError) as raised:
        flow.finalise()
    assert [p.field for p in raised.value.problems] == ["unanswered_reason"]

    flow.update(flow.draft.model_copy(update={"unanswered_reason": "Ingen kontakt til skolen"}))
    evaluation = flow.finalise()
    assert not evaluation.result.complete
    assert evaluation.level.level == 1


def test_draft_survives_a_json_round_trip() -> None:
    flow = new_flow()
    draft = (
        flow.draft.with_answer("family.3", "yes", comment="Æblegrød og rødgrød")
        .with_ticked("flags", "gang", ticked=True)
        .with_ticked("responsivity", "language", ticked=True)
    )

    assert AssessmentDraft.model_validate_json(draft.model_dump_json()) == draft


def test_a_draft_for_another_instrument_version_is_refused() -> None:
    flow = new_flow()

    with pytest.raises(ValueError, match="riskdesk-youth@2"):
        flow.update(flow.draft.model_copy(update={"instrument_version": 2}))
