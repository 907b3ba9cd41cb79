"""The case list's release-deadline marks, counted per case when asked about."""

from __future__ import annotations

import json
from datetime import date

import pytest

from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_marks import OverdueByCase
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import overdue_milestones
from riskdesk.domain.release_timeline import Milestone
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

RULES = load_release_meeting_form(default_forms_dir()).timeline
TODAY = date(2026, 11, 30)
LATE = ReleaseMeeting(expected_release=date(2027, 1, 10))
HELD = ReleaseMeeting(expected_release=date(2027, 1, 10), meeting_on=date(2026, 10, 1))


def _stored(**meetings: tuple[ReleaseMeeting, bool]) -> dict[CaseId, tuple[str, bool]]:
    return {
        CaseId(int(name[1:])): (meeting.model_dump_json(), plan)
        for name, (meeting, plan) in meetings.items()
    }


def test_the_marks_are_those_of_the_release_timeline() -> None:
    marks = OverdueByCase(_stored(c1=(LATE, False), c2=(HELD, True)), rules=RULES, today=TODAY)
    assert marks[CaseId(1)] == overdue_milestones(LATE, rules=RULES, has_plan=False, today=TODAY)
    assert [d.milestone for d in marks[CaseId(1)]] == [Milestone.MEETING]
    assert CaseId(2) not in marks
    assert marks.get(CaseId(3), ()) == ()
    assert dict(marks) == {CaseId(1): marks[CaseId(1)]}
    assert len(marks) == 1


def test_a_case_is_counted_only_when_asked_about() -> None:
    stored = _stored(c1=(LATE, False)) | {CaseId(2): ("not a meeting", False)}
    marks = OverdueByCase(stored, rules=RULES, today=TODAY)
    assert marks.get(CaseId(1))
    with pytest.raises(json.JSONDecodeError):
        marks.get(CaseId(2))
