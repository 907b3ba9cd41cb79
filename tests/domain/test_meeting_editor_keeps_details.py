"""The meeting editor keeps what its fields do not show as text: a coordination meeting's
area, the series a meeting belongs to, and each decision's owner, budget and deadline, so
saving an edited meeting never wipes them and an untouched one is not unsaved."""

from __future__ import annotations

from datetime import date

from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import AgendaItem, Meeting, MeetingId, MeetingKind
from riskdesk.domain.meeting_editor import MeetingEditor

CASE = CaseId(3)
STORED = Meeting(
    id=MeetingId(12),
    kind=MeetingKind.COORDINATION,
    held_on=date(2026, 3, 4),
    area="Syd",
    series_id=MeetingId(10),
    items=(
        AgendaItem(
            case_id=CASE,
            decision="Mentor tilbydes.",
            decision_owner="Klubben",
            decision_budget="3.000 kr.",
            decision_deadline=date(2026, 4, 1),
        ),
    ),
)


def test_a_loaded_meeting_round_trips_and_is_not_dirty() -> None:
    editor = MeetingEditor(STORED)
    assert editor.to_meeting() == STORED
    assert not editor.dirty
    assert editor.area == "Syd"


def test_area_and_decision_details_are_edited_and_saved() -> None:
    editor = MeetingEditor(STORED)
    editor.area = "Nord"
    editor.show_case(CASE)
    editor.set_decision_details(owner="Skolen", budget="", deadline=None)
    saved = editor.to_meeting()
    assert saved.area == "Nord"
    assert saved.series_id == MeetingId(10)
    item = saved.item(CASE)
    assert item is not None
    assert (item.decision_owner, item.decision_budget, item.decision_deadline) == (
        "Skolen",
        "",
        None,
    )
    assert editor.dirty
