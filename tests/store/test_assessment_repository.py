"""The assessments table: drafts as JSON, finalising once, corrections linked, audited."""

from __future__ import annotations

from datetime import date

import pytest

from assessment_forms import level_rules, yes_to_first, youth
from riskdesk.domain.assessment_draft import AssessmentDraft, ItemAnswer
from riskdesk.domain.assessment_evaluation import evaluate_assessment
from riskdesk.domain.assessment_record import AssessmentStatus, snapshot_of
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import Person
from riskdesk.domain.refusals import AssessmentFinalised, NotFound
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.vault import Vault


def _person(vault: Vault) -> PersonId:
    with vault.unit_of_work(UseCase.ASSESSMENT_SAVE_DRAFT) as uow:
        person = uow.persons.add(Person(name="Test Person", birth_date=date(2009, 9, 9)))
    assert person.id is not None
    return person.id


def _draft(person_id: PersonId) -> AssessmentDraft:
    return AssessmentDraft(
        instrument_id="riskdesk-youth",
        instrument_version=1,
        person_id=person_id,
        assessment_date=date(2026, 4, 1),
        answers={k: ItemAnswer(value=v) for k, v in yes_to_first(11).items()},
    )


def test_finalise_once_then_read_only_and_corrections_link(vault: Vault) -> None:
    person_id = _person(vault)
    draft = _draft(person_id)
    evaluation = evaluate_assessment(youth(), level_rules(), answers=draft.answer_values())
    with vault.unit_of_work(UseCase.ASSESSMENT_START) as uow:
        added = uow.assessments.add(draft)
    with vault.unit_of_work(UseCase.ASSESSMENT_FINALISE) as uow:
        final = uow.assessments.finalise(added.id, snapshot_of(youth(), evaluation))
    assert final.status is AssessmentStatus.FINAL
    assert final.finalised_by == "admin"
    with (
        vault.unit_of_work(UseCase.ASSESSMENT_SAVE_DRAFT) as uow,
        pytest.raises(AssessmentFinalised),
    ):
        uow.assessments.update_draft(added.id, draft)
    with (
        vault.unit_of_work(UseCase.ASSESSMENT_FINALISE) as uow,
        pytest.raises(AssessmentFinalised),
    ):
        uow.assessments.finalise(added.id, snapshot_of(youth(), evaluation))
    with vault.unit_of_work(UseCase.ASSESSMENT_CORRECT) as uow:
        correction = uow.assessments.add(draft, corrects=added.id)
    with vault.unit_of_work(UseCase.ASSESSMENT_VIEW) as uow:
        assert uow.assessments.get(added.id).corrected_by == correction.id
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events = uow.audit.events(entity=AuditEntity.ASSESSMENT, entity_id=added.id)
        correcting = uow.audit.events(entity=AuditEntity.ASSESSMENT)[-2]
    # The refused attempts rolled back and left nothing; each use case left one event.
    assert [e.action for e in events] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.READ,
    ]
    assert events[1].details["use_case"] == "assessment.finalise"
    assert events[1].details["person_id"] == person_id
    assert events[1].details["level"] == 2
    # The correction names both assessments it touched: the new one and the corrected.
    assert correcting.details["use_case"] == "assessment.correct"
    assert sorted(correcting.details["assessment_ids"]) == sorted([correction.id, added.id])
    assert correcting.details["corrects"] == added.id


def test_unknown_person_or_case_is_refused(vault: Vault) -> None:
    with vault.unit_of_work(UseCase.ASSESSMENT_SAVE_DRAFT) as uow, pytest.raises(NotFound):
        uow.assessments.add(_draft(PersonId(404)))
    person_id = _person(vault)
    with vault.unit_of_work(UseCase.ASSESSMENT_SAVE_DRAFT) as uow, pytest.raises(NotFound):
        uow.assessments.add(_draft(person_id), case_id=404)  # type: ignore[arg-type]
