"""Assessments through the desk: autosave, finalise, correct, compare, all audited."""

from __future__ import annotations

from datetime import date

import pytest

from assessment_forms import yes_to_first
from riskdesk.domain.assessment_draft import AssessmentDraft, InformationSource, ItemAnswer
from riskdesk.domain.assessment_record import AssessmentRecord, AssessmentStatus
from riskdesk.domain.assessment_scoring import BandOverride
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import Case
from riskdesk.domain.instrument import Rating
from riskdesk.domain.level_rules import LevelOverride
from riskdesk.domain.reassessment_comparison import Presence
from riskdesk.domain.refusals import AssessmentFinalised, NotFound, UserInputError
from riskdesk.services.desk import Desk


@pytest.fixture
def case(desk: Desk) -> Case:
    _, stored = desk.cases.create_person_with_case(
        person={"name": "Test Vurdering", "birth_date": date(2010, 3, 4)},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    return stored


def _answered(record: AssessmentRecord, answers: dict[str, str | None]) -> AssessmentDraft:
    return record.draft.model_copy(
        update={
            "sources": frozenset({InformationSource.INTERVIEW}),
            "answers": {item: ItemAnswer(value=value) for item, value in answers.items()},
        }
    )


def _final(desk: Desk, case: Case, answers: dict[str, str | None]) -> AssessmentRecord:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    desk.assessments.save_draft(record.id, _answered(record, answers))
    return desk.assessments.finalise(record.id)


def test_start_uses_the_newest_youth_instrument(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(
        person_id=case.person_id, case_id=case.id, assessment_date=date(2026, 3, 1)
    )
    assert record.status is AssessmentStatus.DRAFT
    assert record.instrument_ref == "riskdesk-youth@1"
    assert record.draft.assessment_date == date(2026, 3, 1)
    assert record.created_by == "koordinator"
    assert desk.assessments.instrument_for(record).ref == "riskdesk-youth@1"


def test_start_refuses_an_unknown_instrument_and_another_persons_case(
    desk: Desk, case: Case
) -> None:
    with pytest.raises(UserInputError):
        desk.assessments.start(person_id=case.person_id, instrument_ref="riskdesk-youth@9")
    other = next(s for s in desk.cases.search() if s.person_id != case.person_id)
    with pytest.raises(UserInputError) as error:
        desk.assessments.start(person_id=case.person_id, case_id=other.case_id)
    assert error.value.problems[0].field == "case_id"


def test_draft_autosave_round_trips(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    draft = (
        record.draft.with_answer("offences.1", "yes", comment="Dom i 2025")
        .with_note("family", "Bor hos mor")
        .with_ticked("strengths", "leisure", ticked=True)
        .with_ticked("flags", "gang", ticked=True)
        .model_copy(update={"band_override": BandOverride(band="high", reason="Skønnet højere")})
    )
    saved = desk.assessments.save_draft(record.id, draft)
    assert saved.draft == draft
    assert desk.assessments.get(record.id).draft == draft
    assert desk.assessments.for_person(case.person_id) == [desk.assessments.get(record.id)]


def test_save_draft_refuses_another_person_or_instrument(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    other_person = record.draft.model_copy(update={"person_id": case.person_id + 1})
    other_version = record.draft.model_copy(update={"instrument_version": 2})
    for draft in (other_person, other_version):
        with pytest.raises(UserInputError):
            desk.assessments.save_draft(record.id, draft)
    assert desk.assessments.get(record.id).draft == record.draft


def test_finalise_refuses_unanswered_items_without_a_reason(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    answers: dict[str, str | None] = yes_to_first(10)
    answers["family.1"] = None
    desk.assessments.save_draft(record.id, _answered(record, answers))
    with pytest.raises(UserInputError) as error:
        desk.assessments.finalise(record.id)
    assert [p.field for p in error.value.problems] == ["unanswered_reason"]
    assert desk.assessments.get(record.id).status is AssessmentStatus.DRAFT

    with_reason = _answered(record, answers).model_copy(
        update={"unanswered_reason": "Familien kunne ikke træffes."}
    )
    desk.assessments.save_draft(record.id, with_reason)
    final = desk.assessments.finalise(record.id)
    assert final.is_final
    assert final.snapshot is not None
    assert not final.snapshot.complete
    assert final.snapshot.missing_count == 1
    assert final.finalised_by == "koordinator"


def test_finalise_refuses_a_level_override_without_a_reason(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    with pytest.raises(ValueError, match="reason"):
        LevelOverride(level=3, reason="")
    draft = _answered(record, yes_to_first(10)).model_copy(
        update={"level_override": LevelOverride(level=9, reason="Skøn")}
    )
    desk.assessments.save_draft(record.id, draft)
    with pytest.raises(UserInputError) as error:
        desk.assessments.finalise(record.id)
    assert error.value.problems[0].field == "level_override.level"


def test_finalised_assessment_is_read_only(desk: Desk, case: Case) -> None:
    final = _final(desk, case, yes_to_first(10))
    with pytest.raises(AssessmentFinalised) as error:
        desk.assessments.save_draft(final.id, final.draft.with_answer("offences.1", "no"))
    assert error.value.text("da").startswith("Vurderingen er afsluttet")
    with pytest.raises(AssessmentFinalised):
        desk.assessments.finalise(final.id)
    assert desk.assessments.get(final.id) == final


def test_snapshot_keeps_level_and_reasons(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    draft = _answered(record, yes_to_first(12)).with_ticked("flags", "gang", ticked=True)
    desk.assessments.save_draft(record.id, draft)
    evaluation = desk.assessments.evaluate(draft)
    final = desk.assessments.finalise(record.id)
    snapshot = final.snapshot
    assert snapshot is not None
    assert (snapshot.total, snapshot.band, snapshot.level, snapshot.computed_level) == (
        12,
        "moderate",
        3,
        3,
    )
    assert snapshot.reasons == evaluation.level.reasons
    assert "bande" in snapshot.reasons[1].da
    assert snapshot.band_label.da == "moderat"
    assert snapshot.domain("offences") is not None
    assert not snapshot.anonymous_concern
    assert desk.assessments.get(final.id).snapshot == snapshot


def test_finalising_sets_the_case_level_and_audits_it(desk: Desk, case: Case) -> None:
    assert case.id is not None
    final = _final(desk, case, yes_to_first(36))
    assert final.snapshot is not None
    assert final.snapshot.level == 3
    assert desk.cases.get(case.id).level == 3
    # One event for the use case, naming the case it changed and the field.
    finalised = desk.audit.events(entity=AuditEntity.ASSESSMENT, entity_id=final.id)[-1]
    assert finalised.action is AuditAction.UPDATE
    assert finalised.details["case_ids"] == [case.id]
    assert finalised.details["case_fields"] == ["level"]


def test_finalising_can_leave_the_case_level(desk: Desk, case: Case) -> None:
    assert case.id is not None
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    desk.assessments.save_draft(record.id, _answered(record, yes_to_first(36)))
    desk.assessments.finalise(record.id, apply_level_to_case=False)
    assert desk.cases.get(case.id).level == 2


def test_correction_links_both_ways(desk: Desk, case: Case) -> None:
    final = _final(desk, case, yes_to_first(10))
    correction = desk.assessments.start_correction(final.id)
    assert correction.status is AssessmentStatus.DRAFT
    assert correction.corrects == final.id
    assert correction.draft == final.draft
    assert correction.case_id == final.case_id
    assert desk.assessments.get(final.id).corrected_by == correction.id
    with pytest.raises(UserInputError):
        desk.assessments.start_correction(final.id)
    with pytest.raises(UserInputError):
        desk.assessments.start_correction(correction.id)


def test_compare_shows_changed_items_and_domain_ratings(desk: Desk, case: Case) -> None:
    before = yes_to_first(10)
    older = _final(desk, case, before)
    after = dict(before, **{"offences.1": "no", "offences.2": "no", "offences.3": "no"})
    after["family.6"] = "yes"
    newer = desk.assessments.start(
        person_id=case.person_id, case_id=case.id, assessment_date=date(2099, 1, 1)
    )
    desk.assessments.save_draft(newer.id, _answered(newer, after))
    comparison = desk.assessments.compare(older.id, newer.id)
    changed = {(c.item_id, c.before, c.after) for c in comparison.changed_items}
    assert changed == {
        ("offences.1", "yes", "no"),
        ("offences.2", "yes", "no"),
        ("offences.3", "yes", "no"),
        ("family.6", "no", "yes"),
    }
    assert all(c.presence is Presence.BOTH for c in comparison.changed_items)
    offences = comparison.domain("offences")
    assert (offences.score_before, offences.score_after) == (5, 2)
    assert (offences.rating_before, offences.rating_after) == (Rating.HIGH, Rating.MODERATE)
    assert (comparison.total_before, comparison.total_after) == (10, 8)
    assert (comparison.band_before, comparison.band_after) == ("moderate", "low")
    assert (comparison.level_before, comparison.level_after) == (2, 1)
    assert [p.id for p in desk.assessments.for_person(case.person_id)] == [newer.id, older.id]


def test_compare_refuses_two_people(desk: Desk, case: Case) -> None:
    mine = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    other = next(s for s in desk.cases.search() if s.person_id != case.person_id)
    theirs = desk.assessments.start(person_id=other.person_id, case_id=other.case_id)
    with pytest.raises(UserInputError):
        desk.assessments.compare(mine.id, theirs.id)


def test_evaluate_writes_no_audit_event(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    count = len(desk.audit.events())
    evaluation = desk.assessments.evaluate(_answered(record, yes_to_first(10)))
    assert evaluation.result.total == 10
    assert len(desk.audit.events()) == count


def test_every_access_is_audited(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    desk.assessments.save_draft(record.id, _answered(record, yes_to_first(10)))
    desk.assessments.get(record.id)
    desk.assessments.finalise(record.id)
    correction = desk.assessments.start_correction(record.id)
    desk.assessments.compare(record.id, correction.id)
    desk.assessments.for_person(case.person_id)
    events = desk.audit.events(entity=AuditEntity.ASSESSMENT)
    theirs = [e for e in events if e.details.get("person_id") == case.person_id]
    mine = [(e.action, e.entity_id) for e in theirs]
    # One event per use case: finalising reads and changes in one, the correction reads
    # the original and creates the new one in one, and a comparison or list of two
    # assessments names both (so no single record id).
    assert mine == [
        (AuditAction.CREATE, record.id),
        (AuditAction.UPDATE, record.id),
        (AuditAction.READ, record.id),
        (AuditAction.UPDATE, record.id),
        (AuditAction.CREATE, correction.id),
        (AuditAction.READ, None),
        (AuditAction.READ, None),
    ]
    assert theirs[-2].details["assessment_ids"] == [record.id, correction.id]
    assert all(e.username == "koordinator" for e in theirs)
    assert desk.audit.verify().intact


def test_unknown_assessment_is_not_found(desk: Desk) -> None:
    with pytest.raises(NotFound):
        desk.assessments.get(999_999)  # type: ignore[arg-type]


def test_a_concern_only_result_does_not_become_the_case_level(desk: Desk, case: Case) -> None:
    instrument = desk.assessments.catalogue.registry.get("riskdesk-youth")
    nothing = {item.id: "no" for item in instrument.items}
    final = _final(desk, case, nothing)
    assert final.snapshot is not None
    assert final.snapshot.level == 1
    assert final.snapshot.anonymous_concern
    assert desk.cases.get(case.id).level == 2


def test_finalising_with_the_draft_as_shown_is_one_use_case(desk: Desk, case: Case) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    unsourced = record.draft.model_copy(
        update={"answers": {k: ItemAnswer(value=v) for k, v in yes_to_first(12).items()}}
    )
    with pytest.raises(UserInputError):
        desk.assessments.finalise(record.id, draft=unsourced)
    assert desk.assessments.get(record.id).draft == record.draft  # the refusal saved nothing

    before = len(desk.audit.events())
    final = desk.assessments.finalise(record.id, draft=_answered(record, yes_to_first(12)))
    assert final.is_final
    assert final.draft.answer_values() == _answered(record, yes_to_first(12)).answer_values()
    (event,) = desk.audit.events()[before:]
    assert event.details["use_case"] == "assessment.finalise"
