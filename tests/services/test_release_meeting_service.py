from datetime import date

from riskdesk.demo.synthetic_plans import synthetic_release_meeting
from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.case import CaseKind
from riskdesk.domain.ids import CaseId
from riskdesk.domain.record_version import NO_RECORD_YET
from riskdesk.domain.release_meeting import ChecklistArea, Decision, ReleaseMeeting
from riskdesk.services.desk import Desk


def _case(desk: Desk) -> CaseId:
    summaries = sorted(desk.cases.search(), key=lambda c: c.case_id)
    release = [c for c in summaries if c.kind is CaseKind.RELEASE]
    return (release or summaries)[-1].case_id


def test_a_meeting_round_trips_through_the_vault(desk: Desk) -> None:
    case_id = _case(desk)
    meeting = synthetic_release_meeting(seed=5, today=date(2026, 11, 21))
    stored = desk.release_meetings.save(case_id, meeting)
    assert stored == meeting.model_copy(
        update={"case_id": case_id, "row_version": stored.row_version}
    )
    assert desk.release_meetings.get(case_id) == stored

    changed = desk.release_meetings.save(case_id, stored.model_copy(update={"place": "Fængslet"}))
    assert desk.release_meetings.get(case_id) == changed
    assert any(e.entity is AuditEntity.RELEASE_MEETING for e in desk.audit.events())


def test_decisions_become_actions_in_the_plan(desk: Desk) -> None:
    case_id = _case(desk)
    decision = Decision(
        what="Bestille pas",
        responsible=Responsible.KRIMINALFORSORGEN,
        due=date(2026, 12, 1),
        area=ChecklistArea.PRACTICAL,
    )
    desk.release_meetings.save(
        case_id, ReleaseMeeting(meeting_on=date(2026, 11, 20), decisions=(decision,))
    )
    plan = desk.release_meetings.add_decisions_to_plan(case_id)
    assert any(action.what == "Bestille pas" for _, action in plan.actions())
    assert desk.plans.current(case_id) == plan


def test_a_first_meeting_is_returned_as_it_reads_back(desk: Desk) -> None:
    """A case's first meeting is returned from what was written, not read back: the
    same meeting, at the version the next save must name."""
    case_id = next(
        c.case_id
        for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
        if desk.release_meetings.get(c.case_id) is None
    )
    meeting = synthetic_release_meeting(seed=7, today=date(2026, 11, 21))
    stored = desk.release_meetings.save(
        case_id, meeting.model_copy(update={"row_version": NO_RECORD_YET})
    )
    assert stored == desk.release_meetings.get(case_id)
    assert stored.row_version == 1
    again = desk.release_meetings.save(case_id, stored.model_copy(update={"place": "Fængslet"}))
    assert again.row_version == 2
