"""Editing a release meeting without Qt: what is typed is kept, the dirty flag, the
readiness summary and timeline following every edit, problems at typed paths."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    Decision,
    ItemStatus,
    Participant,
    ParticipantRole,
    ReleaseMeeting,
    ReleaseMeetingForm,
)
from riskdesk.domain.release_meeting_editor import (
    DecisionRow,
    MeetingFacts,
    ParticipantRow,
    ReleaseMeetingEditor,
)
from riskdesk.domain.release_progress import MilestoneState
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

CASE = CaseId(7)
TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def form() -> ReleaseMeetingForm:
    return load_release_meeting_form(default_forms_dir())


def _stored() -> ReleaseMeeting:
    return ReleaseMeeting(
        case_id=CASE,
        prison="Anstalt Øst (fiktiv)",
        expected_release=date(2027, 1, 10),
        meeting_on=date(2026, 11, 1),
        participants=(Participant(name="Borger Testesen", role=ParticipantRole.CITIZEN),),
        checklist=(
            ChecklistItem(area=ChecklistArea.MENTOR, status=ItemStatus.IN_PLACE, note="Ali"),
            ChecklistItem(area=ChecklistArea.HOUSING, status=ItemStatus.IN_PROGRESS),
        ),
        decisions=(
            Decision(
                what="Søge kontanthjælp",
                responsible=Responsible.JOBCENTRE,
                due=date(2026, 12, 1),
                area=ChecklistArea.INCOME,
            ),
        ),
        notes="Noter",
    )


def _editor(
    form: ReleaseMeetingForm, meeting: ReleaseMeeting | None = None
) -> ReleaseMeetingEditor:
    return ReleaseMeetingEditor(case_id=CASE, form=form, meeting=meeting)


def test_a_stored_meeting_comes_back_unchanged_and_clean(form) -> None:
    editor = _editor(form, _stored())

    assert editor.recorded
    assert not editor.dirty
    assert editor.facts.prison == "Anstalt Øst (fiktiv)"
    assert [row.area for row in editor.checklist] == [entry.area for entry in form.checklist]
    rows = {row.area: row for row in editor.checklist}
    assert rows[ChecklistArea.MENTOR].note == "Ali"
    assert rows[ChecklistArea.SAFETY].status is ItemStatus.MISSING
    meeting = editor.to_meeting()
    assert meeting.case_id == CASE
    assert meeting.participants == _stored().participants
    assert meeting.decisions == _stored().decisions
    assert meeting.item(ChecklistArea.HOUSING).status is ItemStatus.IN_PROGRESS
    assert meeting.notes == "Noter"


def test_a_new_meeting_starts_with_every_area_missing(form) -> None:
    editor = _editor(form)

    assert not editor.recorded
    assert len(editor.checklist) == len(ChecklistArea)
    assert all(row.status is ItemStatus.MISSING for row in editor.checklist)
    assert editor.readiness_text(Language.ENGLISH).startswith("0 of 10 in place; missing: ")
    assert editor.timeline(today=TODAY) == ()


def _set_status(editor: ReleaseMeetingEditor, area: ChecklistArea, status: ItemStatus) -> None:
    editor.set_checklist(
        [replace(row, status=status) if row.area is area else row for row in editor.checklist]
    )


def test_dirty_means_different_from_what_is_stored(form) -> None:
    editor = _editor(form, _stored())
    editor.set_facts(replace(editor.facts))
    editor.set_participants(list(editor.participants))
    _set_status(editor, ChecklistArea.MENTOR, ItemStatus.IN_PLACE)
    assert not editor.dirty

    editor.set_facts(replace(editor.facts, place="Besøgsrummet"))
    assert editor.dirty
    editor.set_facts(replace(editor.facts, place=""))
    assert not editor.dirty


def test_rows_are_replaced_as_the_tables_show_them(form) -> None:
    editor = _editor(form, _stored())
    editor.set_participants([ParticipantRow(name="Mentor Eksempel", role=ParticipantRole.MENTOR)])
    editor.set_decisions([*editor.decisions, DecisionRow(what="Bestille sundhedskort")])
    editor.set_checklist(
        [
            replace(row, status=ItemStatus.IN_PLACE, owner=Responsible.UNIT)
            if row.area is ChecklistArea.SAFETY
            else row
            for row in editor.checklist
        ]
    )

    meeting = editor.to_meeting()
    assert [p.name for p in meeting.participants] == ["Mentor Eksempel"]
    assert [d.what for d in meeting.decisions] == ["Søge kontanthjælp", "Bestille sundhedskort"]
    assert meeting.decisions[1].responsible is Responsible.UNIT
    assert meeting.decisions[1].area is ChecklistArea.HOUSING
    assert meeting.item(ChecklistArea.SAFETY).owner is Responsible.UNIT
    with pytest.raises(ValueError, match="every area"):
        editor.set_checklist(editor.checklist[1:])
    with pytest.raises(ValueError, match="every area"):
        editor.set_checklist(tuple(reversed(editor.checklist)))


def test_saving_clears_the_flag_unless_edited_meanwhile(form) -> None:
    editor = _editor(form)
    editor.set_facts(replace(editor.facts, prison="Anstalt Nord"))
    saving = editor.state
    editor.set_facts(replace(editor.facts, place="Besøgsrummet"))  # typed while saving

    editor.mark_saved(saving)
    assert editor.recorded
    assert editor.dirty

    editor.mark_saved(editor.state)
    assert not editor.dirty


def test_readiness_follows_the_checklist_in_both_languages(form) -> None:
    editor = _editor(form)
    for area in (ChecklistArea.HOUSING, ChecklistArea.INCOME, ChecklistArea.MENTOR):
        _set_status(editor, area, ItemStatus.IN_PLACE)
    _set_status(editor, ChecklistArea.HEALTH, ItemStatus.IN_PROGRESS)

    count, rest = editor.readiness_parts(Language.ENGLISH)
    assert count == "3 of 10 in place"
    assert rest.startswith("; missing: ")
    assert "Job or education" in rest
    assert rest.endswith("; in progress: Health and medication")
    assert editor.readiness_text(Language.DANISH).startswith("3 af 10 på plads; mangler: ")
    assert editor.readiness_text(Language.DANISH).endswith("; i gang: Helbred og medicin")

    for area in ChecklistArea:
        _set_status(editor, area, ItemStatus.IN_PLACE)
    assert editor.readiness().ready
    assert editor.readiness_text(Language.ENGLISH) == "10 of 10 in place"


def test_the_timeline_follows_dates_checklist_and_plan(form) -> None:
    editor = _editor(form)
    editor.set_facts(replace(editor.facts, expected_release=date(2027, 1, 10)))

    # Meeting due 2026-10-10, plan 2026-12-10, income 2026-12-20, mentor 2026-12-27.
    states = [(e.due, e.state) for e in editor.timeline(today=TODAY)]
    assert states == [
        (date(2026, 10, 10), MilestoneState.OVERDUE),
        (date(2026, 12, 10), MilestoneState.UPCOMING),
        (date(2026, 12, 20), MilestoneState.UPCOMING),
        (date(2026, 12, 27), MilestoneState.UPCOMING),
    ]
    editor.set_facts(replace(editor.facts, meeting_on=TODAY))
    _set_status(editor, ChecklistArea.MENTOR, ItemStatus.IN_PLACE)
    editor.has_plan = True
    # The meeting was held after its deadline: done, but late (the documents say so too).
    assert [e.state for e in editor.timeline(today=TODAY)] == [
        MilestoneState.DONE_LATE,
        MilestoneState.DONE,
        MilestoneState.UPCOMING,
        MilestoneState.DONE,
    ]
    # The timeline never waits for the rest of the form to be valid.
    editor.set_participants([ParticipantRow()])
    assert editor.problems()
    assert len(editor.timeline(today=TODAY)) == 4


def test_problems_name_the_row_and_field_by_path(form) -> None:
    editor = _editor(form, _stored())
    editor.set_participants([*editor.participants, ParticipantRow(), ParticipantRow()])
    editor.set_decisions([replace(editor.decisions[0], what=" ")])

    problems = editor.problems()

    assert [p.path for p in problems] == [
        ("participants", 1, "name"),
        ("participants", 2, "name"),
        ("decisions", 0, "what"),
    ]
    assert (
        problems[0].text(Language.ENGLISH) == "Participant 2: The participant's name is required."
    )
    assert problems[2].text(Language.DANISH) == "Beslutning 1: Beslutningen (hvad) skal udfyldes."
    with pytest.raises(UserInputError) as refused:
        editor.to_meeting()
    assert refused.value.problems == problems


def test_a_checklist_note_problem_points_at_its_row(form) -> None:
    editor = _editor(form)
    area = form.checklist[3].area
    editor.set_checklist(
        [replace(row, note="x\x07") if row.area is area else row for row in editor.checklist]
    )

    (problem,) = editor.problems()
    assert problem.path == ("checklist", 3, "note")
    assert "control characters" in problem.text(Language.ENGLISH)


def test_the_next_meeting_before_this_one_is_a_rule_across_fields(form) -> None:
    editor = _editor(form)
    editor.set_facts(
        MeetingFacts(meeting_on=TODAY, next_meeting_on=date(2026, 1, 1), prison="Anstalt Nord")
    )

    (problem,) = editor.problems()
    assert problem.path == ("__root__",)
    assert problem.text(Language.ENGLISH) == "The next meeting is before this meeting."

    editor.set_facts(replace(editor.facts, next_meeting_on=date(2027, 1, 1)))
    assert editor.problems() == ()
    assert editor.to_meeting().next_meeting_on == date(2027, 1, 1)


def test_a_new_decision_row_has_the_pages_defaults() -> None:
    row = DecisionRow()
    assert (row.responsible, row.area, row.due) == (Responsible.UNIT, ChecklistArea.HOUSING, None)
    assert ParticipantRow().role is ParticipantRole.OTHER
