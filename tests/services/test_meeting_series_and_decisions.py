"""Repeating meetings, coordination meetings by area and operative-group decisions carried
into the plan, through the desk against a real vault: one unit of work and one audit event
each, refusals naming the field with nothing stored."""

from __future__ import annotations

from datetime import date, time

import pytest

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import Meeting, MeetingKind, MeetingParticipant
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)


def _case_without_plan(desk: Desk) -> CaseId:
    for summary in sorted(desk.cases.search(), key=lambda c: c.case_id):
        if desk.review.current_plan_id(summary.case_id) is None:
            return summary.case_id
    raise AssertionError("the demo has cases without a plan")


def test_a_series_every_two_weeks_is_one_use_case_with_one_event(desk: Desk) -> None:
    before = len(desk.meetings.list())
    first = Meeting(
        kind=MeetingKind.COORDINATION,
        held_on=date(2027, 1, 6),
        starts_at=time(14),
        place="Skolen",
        area="Nord",
        participants=(MeetingParticipant(name="Sofie Skole", organisation="Skolen"),),
        items=(),
    )
    events_before = len(desk.audit.events())
    made = desk.meetings.save_series(first, every_weeks=2, until=date(2027, 3, 3))
    assert [m.held_on for m in made] == [
        date(2027, 1, 6),
        date(2027, 1, 20),
        date(2027, 2, 3),
        date(2027, 2, 17),
        date(2027, 3, 3),
    ]
    assert {m.series_id for m in made} == {made[0].id}
    assert {(m.kind, m.area, m.place, m.starts_at) for m in made} == {
        (MeetingKind.COORDINATION, "Nord", "Skolen", time(14))
    }
    assert len(desk.meetings.list()) == before + 5
    events = desk.audit.events()[events_before:]
    series = [e for e in events if e.details.get("use_case") == "meeting.series"]
    assert len(series) == 1
    assert (series[0].action, series[0].entity, series[0].entity_id) == (
        AuditAction.CREATE,
        AuditEntity.MEETING,
        made[0].id,
    )
    assert desk.meetings.get(made[2].id).series_id == made[0].id  # type: ignore[arg-type]
    assert all(m.items == () for m in made[1:])


@pytest.mark.parametrize(
    ("meeting", "arguments", "field"),
    [
        (
            Meeting(kind=MeetingKind.COORDINATION, held_on=date(2027, 1, 6)),
            {"dates": [date(2027, 2, 1)]},
            "area",
        ),
        (
            Meeting(kind=MeetingKind.COORDINATION, held_on=date(2027, 1, 6), area="Atlantis"),
            {"dates": [date(2027, 2, 1)]},
            "area",
        ),
        (Meeting(kind=MeetingKind.SSP, held_on=date(2027, 1, 6)), {"every_weeks": 2}, "until"),
        (
            Meeting(kind=MeetingKind.SSP, held_on=date(2027, 1, 6)),
            {"dates": [date(2026, 1, 1)]},
            "dates",
        ),
    ],
)
def test_a_wrong_series_names_its_field_and_stores_nothing(
    desk: Desk, meeting: Meeting, arguments: dict, field: str
) -> None:
    before = len(desk.meetings.list())
    with pytest.raises(UserInputError) as refused:
        desk.meetings.save_series(meeting, **arguments)
    assert [p.field for p in refused.value.problems] == [field]
    assert len(desk.meetings.list()) == before


def test_a_single_coordination_meeting_without_an_area_is_refused(desk: Desk) -> None:
    with pytest.raises(UserInputError) as refused:
        desk.meetings.save(Meeting(kind=MeetingKind.COORDINATION, held_on=TODAY))
    assert refused.value.problems[0].field == "area"
    saved = desk.meetings.save(Meeting(kind=MeetingKind.INFOHUS, held_on=TODAY))
    assert saved.kind is MeetingKind.INFOHUS
    for kind in (MeetingKind.CASE_MEETING, MeetingKind.NETWORK_MEETING):
        assert desk.meetings.save(Meeting(kind=kind, held_on=TODAY)).kind is kind


def test_an_operative_group_decision_goes_into_the_plan_with_owner_and_deadline(
    desk: Desk,
) -> None:
    case_id = _case_without_plan(desk)
    meeting = desk.meetings.save(Meeting(kind=MeetingKind.OPERATIVE, held_on=TODAY))
    assert meeting.id is not None
    desk.meetings.add_case(meeting.id, case_id)
    stored = desk.meetings.record_decision(
        meeting.id,
        case_id,
        "Bolig gennem boligsocial indsats.",
        owner="Boligkontoret",
        budget="20.000 kr.",
        deadline=date(2027, 1, 15),
        today=TODAY,
    )
    item = stored.item(case_id)
    assert item is not None
    assert (item.decision_owner, item.decision_budget, item.decision_deadline) == (
        "Boligkontoret",
        "20.000 kr.",
        date(2027, 1, 15),
    )
    assert desk.meetings.get(meeting.id) == stored

    plan = desk.meetings.decision_to_plan(meeting.id, case_id)
    actions = [a for g in plan.goals for a in g.actions]
    assert [(a.what, a.responsible, a.responsible_name, a.due) for a in actions] == [
        ("Bolig gennem boligsocial indsats.", Responsible.OTHER, "Boligkontoret", date(2027, 1, 15))
    ]
    event = desk.audit.events()[-1]
    assert event.details["use_case"] == "meeting.decision_to_plan"
    assert (event.action, event.entity) == (AuditAction.CREATE, AuditEntity.PLAN)
    assert event.details["case_ids"] == [case_id]
    assert "Bolig" not in str(event.details)
    again = desk.meetings.decision_to_plan(meeting.id, case_id)
    assert [a for g in again.goals for a in g.actions] == actions


def test_carrying_over_without_a_decision_is_refused(desk: Desk) -> None:
    case_id = _case_without_plan(desk)
    meeting = desk.meetings.save(Meeting(kind=MeetingKind.OPERATIVE, held_on=TODAY))
    assert meeting.id is not None
    desk.meetings.add_case(meeting.id, case_id)
    with pytest.raises(UserInputError) as refused:
        desk.meetings.decision_to_plan(meeting.id, case_id)
    assert refused.value.problems[0].field == "decision"
    assert desk.review.current_plan_id(case_id) is None


def test_the_person_reads_the_carried_decision_in_their_access_insight(desk: Desk) -> None:
    case_id = _case_without_plan(desk)
    person_id = next(c.person_id for c in desk.cases.search() if c.case_id == case_id)
    meeting = desk.meetings.save(Meeting(kind=MeetingKind.OPERATIVE, held_on=TODAY))
    assert meeting.id is not None
    desk.meetings.add_case(meeting.id, case_id)
    desk.meetings.record_decision(meeting.id, case_id, "Mentor tilbydes.", today=TODAY)
    desk.meetings.decision_to_plan(meeting.id, case_id)
    with Desk.open(desk.location, username="leder", password=PASSWORD) as leader:
        insight = leader.access_insight.for_person(person_id)
    sentences = [e.sentence("da") for e in insight.entries]
    assert any(
        "førte mødets beslutning om sagen over i handleplanen, version 1" in s for s in sentences
    ), sentences
