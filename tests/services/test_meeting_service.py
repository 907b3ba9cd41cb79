"""Meetings through the desk: agenda edits, decisions flowing back to the case, the next
meeting of a kind, audit events with ids only, and the exported agenda and minutes."""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from documents.docx_text import body_text, header_footer_text
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import Meeting, MeetingId, MeetingKind, MeetingParticipant
from riskdesk.domain.plan_review import REVIEW_STATUS_LABELS
from riskdesk.domain.refusals import NotFound, UserInputError
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind

TODAY = date(2026, 11, 21)


def _cases(desk: Desk, count: int) -> list[CaseId]:
    return [c.case_id for c in sorted(desk.cases.search(), key=lambda c: c.case_id)][:count]


def _new_meeting(desk: Desk, *, held_on: date, kind: MeetingKind = MeetingKind.SSP) -> Meeting:
    return desk.meetings.save(
        Meeting(
            kind=kind,
            held_on=held_on,
            starts_at=time(9, 30),
            place="Rådhuset, mødelokale 2",
            participants=(MeetingParticipant(name="Sofie Skole", organisation="Skolen"),),
        )
    )


def _id(meeting: Meeting) -> MeetingId:
    assert meeting.id is not None
    return meeting.id


def test_a_meeting_with_cases_round_trips_and_decisions_reach_the_case(desk: Desk) -> None:
    first, second = _cases(desk, 2)
    meeting = _new_meeting(desk, held_on=TODAY)
    meeting_id = _id(meeting)
    desk.meetings.add_case(meeting_id, first, summary="Fravær i skolen.")
    desk.meetings.add_case(meeting_id, second)
    desk.meetings.set_summary(meeting_id, second, "Ny bekymring fra klubben.")
    stored = desk.meetings.record_decision(meeting_id, first, "Mentor tilbydes.", today=TODAY)

    assert stored == desk.meetings.get(meeting_id)
    assert stored.case_ids == (first, second)
    item = stored.item(first)
    assert item is not None
    assert item.decision == "Mentor tilbydes."
    decisions = desk.meetings.decisions_for_case(first)
    assert [(d.meeting_id, d.held_on, d.kind, d.text) for d in decisions] == [
        (meeting_id, TODAY, MeetingKind.SSP, "Mentor tilbydes.")
    ]
    assert desk.meetings.decisions_for_case(second) == []

    after = desk.meetings.remove_case(meeting_id, second)
    assert after.case_ids == (first,)


def test_refusals_leave_the_meeting_unchanged(desk: Desk) -> None:
    (case_id,) = _cases(desk, 1)
    future = _new_meeting(desk, held_on=TODAY + timedelta(days=10))
    meeting_id = _id(future)
    desk.meetings.add_case(meeting_id, case_id)
    before = desk.meetings.get(meeting_id)

    with pytest.raises(UserInputError, match="already on the agenda"):
        desk.meetings.add_case(meeting_id, case_id)
    with pytest.raises(UserInputError, match="only once the meeting has been held"):
        desk.meetings.record_decision(meeting_id, case_id, "For tidligt", today=TODAY)
    with pytest.raises(UserInputError, match="not on the meeting's agenda"):
        desk.meetings.record_decision(meeting_id, CaseId(999_999), "x", today=TODAY)
    with pytest.raises(NotFound):
        desk.meetings.add_case(meeting_id, CaseId(999_999))
    with pytest.raises(NotFound):
        desk.meetings.get(MeetingId(999_999))
    assert desk.meetings.get(meeting_id) == before


def test_listing_puts_upcoming_first_and_finds_the_next_of_a_kind(desk: Desk) -> None:
    past = _new_meeting(desk, held_on=TODAY - timedelta(days=30))
    later = _new_meeting(desk, held_on=TODAY + timedelta(days=20))
    soon = _new_meeting(desk, held_on=TODAY + timedelta(days=5))
    operative = _new_meeting(desk, held_on=TODAY + timedelta(days=1), kind=MeetingKind.OPERATIVE)
    ids = [m.id for m in desk.meetings.list(today=TODAY)]
    assert ids.index(operative.id) < ids.index(soon.id) < ids.index(later.id) < ids.index(past.id)
    assert past.id not in [m.id for m in desk.meetings.list(upcoming_only=True, today=TODAY)]
    next_ssp = desk.meetings.next_meeting(MeetingKind.SSP, today=TODAY)
    assert next_ssp is not None
    assert next_ssp.held_on <= soon.held_on
    assert next_ssp.kind is MeetingKind.SSP
    assert desk.meetings.next_meeting(MeetingKind.PSP, today=TODAY + timedelta(days=400)) is None


def test_audit_events_name_ids_only(desk: Desk) -> None:
    (case_id,) = _cases(desk, 1)
    meeting_id = _id(_new_meeting(desk, held_on=TODAY))
    desk.meetings.add_case(meeting_id, case_id, summary="Hemmelig tekst om borgeren")
    desk.meetings.agenda(meeting_id)
    events = [e for e in desk.audit.events() if e.entity is AuditEntity.MEETING]
    assert {AuditAction.CREATE, AuditAction.UPDATE, AuditAction.READ} <= {e.action for e in events}
    assert all("Hemmelig" not in json.dumps(e.details) for e in events)
    assert any(case_id in e.details.get("case_ids", []) for e in events)


def test_agenda_lists_level_and_plan_status(desk: Desk) -> None:
    case_ids = _cases(desk, 6)
    meeting_id = _id(_new_meeting(desk, held_on=TODAY))
    for case_id in case_ids:
        desk.meetings.add_case(meeting_id, case_id)
    entries = desk.meetings.agenda(meeting_id)
    assert [e.case_id for e in entries] == case_ids
    for entry in entries:
        case = desk.cases.get(entry.case_id)
        assert entry.level == case.level
        assert entry.case_number == case.case_number
        plan_id = desk.review.current_plan_id(entry.case_id)
        if plan_id is None:
            assert entry.plan_status.da == "Ingen handleplan"
            continue
        state = desk.review.state(plan_id)
        label = REVIEW_STATUS_LABELS[state.status]
        assert entry.plan_status.da.startswith(f"Version {state.version}: {label.da}")
        assert entry.plan_status.en.startswith(f"Version {state.version}: {label.en}")
    assert any(e.plan_status.da != "Ingen handleplan" for e in entries)


def test_exports_are_audited_and_the_pseudonymised_agenda_hides_identities(
    desk: Desk, tmp_path: Path
) -> None:
    case_ids = _cases(desk, 3)
    meeting_id = _id(_new_meeting(desk, held_on=TODAY))
    people = [desk.persons.get(desk.cases.get(c).person_id) for c in case_ids]
    for case_id, person in zip(case_ids, people, strict=True):
        # A caseworker writing the name and CPR number into the summary is the hard case.
        desk.meetings.add_case(
            meeting_id, case_id, summary=f"{person.name} ({person.cpr}) mødte ikke op."
        )
    desk.meetings.record_decision(
        meeting_id, case_ids[0], f"{people[0].name} får mentor.", today=TODAY
    )

    plain = desk.documents.export(DocumentKind.MEETING_AGENDA, meeting_id, tmp_path / "d.docx")
    hidden = desk.documents.export(
        DocumentKind.MEETING_AGENDA_PSEUDONYMISED, meeting_id, tmp_path / "p.docx"
    )
    minutes = desk.documents.export(DocumentKind.MEETING_MINUTES, meeting_id, tmp_path / "r.docx")

    plain_text = body_text(plain.docx.read_bytes())
    hidden_bytes = hidden.docx.read_bytes()
    hidden_text = body_text(hidden_bytes) + header_footer_text(hidden_bytes)
    for person in people:
        assert person.name in plain_text
        assert person.cpr is not None
        assert person.cpr in plain_text
        for part in person.name.split():
            assert part not in hidden_text
        assert person.cpr not in hidden_text
        assert person.cpr.replace("-", "") not in hidden_text
        assert f"(f. {person.born.year})" in hidden_text
    assert "får mentor" in body_text(minutes.docx.read_bytes())

    exports = [
        e
        for e in desk.audit.events()
        if e.entity is AuditEntity.MEETING and e.action is AuditAction.EXPORT
    ]
    assert [e.details["document"] for e in exports] == [
        "meeting_agenda",
        "meeting_agenda_pseudonymised",
        "meeting_minutes",
    ]
    assert [e.details["files"] for e in exports] == [["d.docx"], ["p.docx"], ["r.docx"]]
    assert all(e.details["case_ids"] == case_ids for e in exports)
