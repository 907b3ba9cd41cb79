"""Niveau-1 concerns through the desk, against a real vault: registered without identity,
refused field by field with nothing stored, listed and filtered, closed with a reason,
put on coordination agendas by number and topic, made from an inquiry, and escalated to
a niveau-2 case in one unit of work that writes nothing of the person into the concern."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.concern import CloseReason, ConcernStatus
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.refusals import NotFound, PermissionDenied, UserInputError
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)
_GIVEN: dict[str, Any] = {
    "noted_on": "2026-11-18",
    "topic": "school_absence",
    "age_band": "12-14",
    "sex": "m",
    "area": "Nord",
    "source": "school",
    "note": "Meget fravær siden efterårsferien; ses med ældre drenge ved stationen.",
}


def _add(desk: Desk, **changes: Any) -> Any:
    return desk.concerns.add(**(_GIVEN | changes), today=TODAY)


def test_a_concern_is_stored_with_no_person_and_audited_without_its_note(desk: Desk) -> None:
    concern = _add(desk)
    assert concern.id is not None
    assert (concern.topic, concern.area, concern.status) == (
        "school_absence",
        "Nord",
        ConcernStatus.OPEN,
    )
    assert concern.case_id is None
    event = desk.audit.events()[-1]
    assert event.details["use_case"] == "concern.add"
    assert (event.action, event.entity, event.entity_id) == (
        AuditAction.CREATE,
        AuditEntity.CONCERN,
        concern.id,
    )
    assert not event.details.get("person_ids")
    assert not event.details.get("case_ids")
    assert "fravær" not in str(event.details)


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("topic", {"topic": "gossip"}),
        ("age_band", {"age_band": "13"}),
        ("sex", {"sex": "x"}),
        ("area", {"area": "Rådhuspladsen 1"}),
        ("source", {"source": "neighbour"}),
        ("noted_on", {"noted_on": "2026-12-01"}),
        ("note", {"note": "Drengen har cpr 010203-4567"}),
        ("note", {"note": "Mor: mor@example.dk"}),
    ],
)
def test_bad_input_names_its_field_and_stores_nothing(
    desk: Desk, field: str, changes: dict[str, str]
) -> None:
    before = len(desk.concerns.list())
    with pytest.raises(UserInputError) as refused:
        _add(desk, **changes)
    assert [p.field for p in refused.value.problems] == [field]
    assert len(desk.concerns.list()) == before


def test_a_note_with_identity_is_refused_naming_what_was_found(desk: Desk) -> None:
    with pytest.raises(UserInputError) as refused:
        _add(desk, note="Ring på 12 34 56 78, født 3.4.2012")
    text = refused.value.text("da")
    assert "Noten indeholder en fødselsdato og et telefonnummer" in text
    assert "12 34" not in text


def test_the_list_filters_in_the_vault(desk: Desk) -> None:
    made = [
        _add(desk, noted_on=day, topic=topic, area=area)
        for day, topic, area in [
            (date(2026, 9, 1), "violence", "Syd"),
            (date(2026, 10, 5), "violence", "Øst"),
            (date(2026, 11, 2), "substance_use", "Syd"),
        ]
    ]
    ids = {c.id for c in made}
    in_october = {c.id for c in desk.concerns.list(start="2026-10-01", end="2026-10-31")}
    assert in_october & ids == {made[1].id}
    violent_south = {c.id for c in desk.concerns.list(topic="violence", area="Syd")}
    assert violent_south & ids == {made[0].id}
    with pytest.raises(UserInputError) as refused:
        desk.concerns.list(start="2026-11-01", end="2026-10-01")
    assert refused.value.problems[0].field == "end"


def test_a_concern_is_closed_once_with_a_chosen_reason(desk: Desk) -> None:
    concern = _add(desk)
    with pytest.raises(UserInputError) as refused:
        desk.concerns.close(concern.id, reason="han flyttede til Hansens")
    assert refused.value.problems[0].field == "close_reason"
    closed = desk.concerns.close(concern.id, reason="resolved")
    assert (closed.status, closed.close_reason) == (ConcernStatus.CLOSED, CloseReason.RESOLVED)
    assert closed.id in {c.id for c in desk.concerns.list(status="closed")}
    with pytest.raises(UserInputError) as again:
        desk.concerns.close(concern.id, reason="other")
    assert again.value.problems[0].field == "status"


def test_a_concern_made_from_an_inquiry_links_the_inquiry_once(desk: Desk) -> None:
    inquiry = desk.inquiries.add(received_on=TODAY, kind="advice", source="school", today=TODAY)
    assert inquiry.id is not None
    concern = _add(desk, from_inquiry=inquiry.id)
    linked = next(i for i in desk.inquiries.list() if i.id == inquiry.id)
    assert linked.concern_id == concern.id
    before = len(desk.concerns.list())
    with pytest.raises(UserInputError) as refused:
        _add(desk, from_inquiry=inquiry.id)
    assert refused.value.problems[0].field == "from_inquiry"
    assert len(desk.concerns.list()) == before
    with pytest.raises(NotFound):
        _add(desk, from_inquiry=999_999)
    assert len(desk.concerns.list()) == before


# A person the vault does not hold yet, from the synthetic population.
_SOMEONE = synthetic_records(1, seed=9_001, today=TODAY, caseworkers=("koordinator",))[0].person
_PERSON = {"name": _SOMEONE["name"], "cpr": _SOMEONE["cpr"]}


def test_escalation_makes_a_case_and_keeps_only_its_link(desk: Desk) -> None:
    concern = _add(desk)
    person, case, escalated = desk.concerns.escalate(
        concern.id, person=_PERSON, case={"kind": "individual"}
    )
    assert case.level == 2
    assert (escalated.status, escalated.case_id, escalated.case_number) == (
        ConcernStatus.ESCALATED,
        case.id,
        case.case_number,
    )
    stored = desk.concerns.get(concern.id)
    values = stored.model_dump(mode="json")
    assert values["note"] == _GIVEN["note"]
    digits = _SOMEONE["cpr"].replace("-", "")
    for identifying in (*_SOMEONE["name"].split(), digits[:6], digits[6:]):
        assert identifying not in str(values)
    event = [e for e in desk.audit.events() if e.details.get("use_case") == "concern.escalate"][-1]
    assert event.details["person_ids"] == [person.id]
    assert event.details["case_ids"] == [case.id]
    assert event.entity_id == concern.id
    with Desk.open(desk.location, username="leder", password=PASSWORD) as leader:
        insight = leader.access_insight.for_person(person.id)  # type: ignore[arg-type]
    sentences = [e.sentence("da") for e in insight.entries]
    assert any("ud fra en bekymring (niveau 1)" in s for s in sentences), sentences


def test_a_refused_escalation_leaves_the_concern_open_and_files_no_one(desk: Desk) -> None:
    concern = _add(desk)
    cases_before = len(desk.cases.search())
    with pytest.raises(UserInputError) as refused:
        desk.concerns.escalate(concern.id, person={"name": ""}, case={"kind": "individual"})
    assert all(p.field.startswith("person.") for p in refused.value.problems)
    with pytest.raises(UserInputError) as level_one:
        desk.concerns.escalate(concern.id, person=_PERSON, case={"kind": "individual", "level": 1})
    assert [p.field for p in level_one.value.problems] == ["case.level"]
    assert desk.concerns.get(concern.id).status is ConcernStatus.OPEN
    assert len(desk.cases.search()) == cases_before


def test_concerns_go_on_coordination_agendas_by_number_and_topic(desk: Desk) -> None:
    youth = desk.meetings.save(
        Meeting(kind=MeetingKind.YOUTH_COORDINATION, held_on=TODAY, area="Nord")
    )
    ssp = desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=TODAY))
    assert youth.id is not None
    assert ssp.id is not None
    first, second = _add(desk), _add(desk, topic="violence")
    desk.concerns.put_on_agenda(first.id, youth.id)
    on_it = desk.concerns.put_on_agenda(second.id, youth.id)
    assert on_it.meeting_ids == (youth.id,)
    agenda = desk.concerns.agenda(youth.id)
    assert [(a.number, a.topic) for a in agenda] == [
        (f"B-{first.id}", "school_absence"),
        (f"B-{second.id}", "violence"),
    ]
    with pytest.raises(UserInputError) as twice:
        desk.concerns.put_on_agenda(first.id, youth.id)
    assert twice.value.problems[0].field == "meeting"
    with pytest.raises(UserInputError) as wrong_kind:
        desk.concerns.put_on_agenda(first.id, ssp.id)
    assert "ungekoordinationsmøde" in wrong_kind.value.text("da")
    desk.concerns.take_off_agenda(first.id, youth.id)
    assert [a.concern_id for a in desk.concerns.agenda(youth.id)] == [second.id]
    with pytest.raises(UserInputError):
        desk.concerns.take_off_agenda(first.id, youth.id)


def test_a_niveau_1_case_file_is_refused_pointing_to_the_register(desk: Desk) -> None:
    with pytest.raises(UserInputError) as refused:
        desk.cases.create_person_with_case(person=_PERSON, case={"kind": "individual", "level": 1})
    assert "bekymringsregistret" in refused.value.text("da")
    assert "concern register" in refused.value.text("en")


def test_an_administrator_registers_no_concerns(desk: Desk) -> None:
    with (
        Desk.open(desk.location, username="admin", password=PASSWORD) as admin,
        pytest.raises(PermissionDenied),
    ):
        admin.concerns.add(**_GIVEN, today=TODAY)
