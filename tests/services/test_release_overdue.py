"""Overdue release deadlines across the open cases, for the case list."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    ItemStatus,
    ReleaseMeeting,
)
from riskdesk.domain.release_progress import MilestoneState
from riskdesk.domain.release_timeline import Milestone, Source
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind

TODAY = date(2026, 11, 21)


def _case_without_meeting(desk: Desk) -> CaseId:
    """An open case with neither a release meeting nor an action plan."""
    return next(
        c.case_id
        for c in desk.cases.search()
        if c.kind is not CaseKind.RELEASE
        and c.status is CaseStatus.OPEN
        and desk.release_meetings.get(c.case_id) is None
        and desk.plans.current(c.case_id) is None
    )


def test_a_meeting_not_held_three_months_before_release_is_overdue(desk: Desk) -> None:
    case_id = _case_without_meeting(desk)
    desk.release_meetings.save(case_id, ReleaseMeeting(expected_release=date(2027, 1, 10)))

    found = desk.release_meetings.overdue_by_case(today=TODAY)

    assert [d.milestone for d in found[case_id]] == [Milestone.MEETING]
    assert found[case_id][0].due == date(2026, 10, 10)


def test_holding_the_meeting_and_arranging_the_rest_clears_the_case(desk: Desk) -> None:
    case_id = _case_without_meeting(desk)
    desk.release_meetings.save(
        case_id,
        ReleaseMeeting(
            expected_release=date(2026, 12, 1),
            meeting_on=date(2026, 9, 1),
            checklist=(
                ChecklistItem(area=ChecklistArea.MENTOR, status=ItemStatus.IN_PLACE),
                ChecklistItem(area=ChecklistArea.INCOME, status=ItemStatus.IN_PLACE),
            ),
        ),
    )
    late = desk.release_meetings.overdue_by_case(today=TODAY)[case_id]
    # Everything but the plan, which the case does not have yet.
    assert [d.milestone for d in late] == [Milestone.PLAN_READY]

    desk.release_meetings.add_decisions_to_plan(case_id)
    assert case_id not in desk.release_meetings.overdue_by_case(today=TODAY)


def test_closed_cases_are_left_out(desk: Desk) -> None:
    case_id = _case_without_meeting(desk)
    desk.release_meetings.save(case_id, ReleaseMeeting(expected_release=date(2027, 1, 10)))
    desk.cases.close(case_id, closed_on=TODAY, reason="Flyttet")
    assert case_id not in desk.release_meetings.overdue_by_case(today=TODAY)


def test_the_check_is_one_audited_read(desk: Desk) -> None:
    before = len(desk.audit.events())
    desk.release_meetings.overdue_by_case(today=TODAY)
    new = desk.audit.events()[before:]
    assert [(e.action, e.entity) for e in new] == [(AuditAction.READ, AuditEntity.RELEASE_MEETING)]
    assert "meetings_read" in new[0].details


def test_the_timeline_marks_what_the_case_has_done(desk: Desk) -> None:
    meeting = ReleaseMeeting(expected_release=date(2027, 1, 10), meeting_on=date(2026, 10, 1))
    entries = desk.release_meetings.timeline(meeting, has_plan=False, today=TODAY)
    states = {e.milestone: e.state for e in entries}
    assert states == {
        Milestone.MEETING: MilestoneState.DONE,
        Milestone.PLAN_READY: MilestoneState.UPCOMING,
        Milestone.INCOME_APPLIED: MilestoneState.UPCOMING,
        Milestone.MENTOR_ARRANGED: MilestoneState.UPCOMING,
    }


def test_the_minutes_mark_deadlines_done_by_the_same_rule(desk: Desk) -> None:
    case_id = _case_without_meeting(desk)
    desk.release_meetings.save(
        case_id,
        ReleaseMeeting(
            expected_release=date(2026, 12, 1),
            meeting_on=date(2026, 9, 1),
            checklist=(ChecklistItem(area=ChecklistArea.MENTOR, status=ItemStatus.IN_PLACE),),
        ),
    )
    rows = _deadline_rows(desk, case_id)
    assert rows["Handleplanen er klar"] == "Overskredet"
    assert rows["Mentor er aftalt fra løsladelsesdagen"] == "Klaret"
    assert rows["Løsladelsesmødet er holdt"] == "Klaret (01.09.2026)"

    desk.release_meetings.add_decisions_to_plan(case_id)
    assert _deadline_rows(desk, case_id)["Handleplanen er klar"] == "Klaret"


def _deadline_rows(desk: Desk, case_id: CaseId) -> dict[str, str]:
    """The minutes' deadline table: milestone → status."""
    rendered = desk.documents.render(DocumentKind.RELEASE_MINUTES, case_id, today=TODAY)
    document = Document(io.BytesIO(rendered.data))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Milepæl")
    return {row.cells[0].text: row.cells[4].text for row in table.rows[1:]}


def test_a_meeting_held_late_is_done_late_on_the_page_and_in_the_document(desk: Desk) -> None:
    """One rule: the page showed "Klaret" for a meeting held after its deadline while the
    Word document said "efter fristen"."""
    case_id = _case_without_meeting(desk)
    meeting = ReleaseMeeting(expected_release=date(2027, 1, 10), meeting_on=date(2026, 11, 1))
    desk.release_meetings.save(case_id, meeting)
    entries = desk.release_meetings.timeline(meeting, has_plan=False, today=TODAY)
    held = next(e for e in entries if e.milestone is Milestone.MEETING)
    assert (held.state, held.done_on) == (MilestoneState.DONE_LATE, date(2026, 11, 1))
    assert _deadline_rows(desk, case_id)["Løsladelsesmødet er holdt"] == (
        "Klaret efter fristen (01.11.2026)"
    )


def test_a_meeting_after_the_release_is_refused(desk: Desk) -> None:
    case_id = _case_without_meeting(desk)
    with pytest.raises(UserInputError) as refused:
        desk.release_meetings.save(
            case_id,
            ReleaseMeeting(expected_release=date(2026, 12, 1), meeting_on=date(2026, 12, 2)),
        )
    assert [p.field for p in refused.value.problems] == ["meeting_on"]
    assert desk.release_meetings.get(case_id) is None


def test_the_national_milestones_count_from_admission_and_parole(desk: Desk) -> None:
    meeting = ReleaseMeeting(
        admitted_on=date(2026, 3, 1), sentence_months=18, expected_release=date(2027, 6, 1)
    )
    entries = {
        e.milestone: e for e in desk.release_meetings.timeline(meeting, has_plan=False, today=TODAY)
    }
    # Two thirds of eighteen months (549 days, so 366) from 1 March 2026.
    assert meeting.parole_date == date(2027, 3, 2)
    assert entries[Milestone.PRISON_PLAN].due == date(2026, 3, 29)
    assert entries[Milestone.PRISON_PLAN].source is Source.NATIONAL
    assert entries[Milestone.PRISON_PLAN].owner is Responsible.KRIMINALFORSORGEN
    assert entries[Milestone.MUNICIPALITY_CONTACT].due == date(2026, 3, 2)
    assert entries[Milestone.PAROLE_DECISION].due == date(2027, 2, 2)
    assert entries[Milestone.PLAN_READY].source is Source.LOCAL

    # Less than a year to parole: the contact is due within four weeks of admission.
    short = meeting.model_copy(update={"sentence_months": 12})
    assert short.parole_date == date(2026, 10, 30)
    contact = next(
        e
        for e in desk.release_meetings.timeline(short, has_plan=False, today=TODAY)
        if e.milestone is Milestone.MUNICIPALITY_CONTACT
    )
    assert contact.due == date(2026, 3, 29)
    # Kriminalforsorgen's own parole date wins over the two thirds.
    given = meeting.model_copy(update={"parole_on": date(2027, 1, 15)})
    assert given.parole_date == date(2027, 1, 15)
