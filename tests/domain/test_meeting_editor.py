"""The meeting editor without Qt: a new meeting, the participants typed as lines, the
agenda (a case once, the shown case, summaries kept when moving on), what saving stores,
the dirty flag and the problems on their fields."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import (
    AgendaItem,
    Meeting,
    MeetingId,
    MeetingKind,
    MeetingParticipant,
)
from riskdesk.domain.meeting_editor import (
    AgendaItemDraft,
    MeetingEditor,
    parse_participants,
    participant_lines,
)
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import LINE_MAX, TEXT_MAX

DAY = date(2026, 12, 1)
STORED = Meeting(
    id=MeetingId(7),
    kind=MeetingKind.KSP,
    held_on=DAY,
    starts_at=time(10, 0),
    place="Rådhuset",
    participants=(
        MeetingParticipant(name="Pia Politisen", organisation="Politiet"),
        MeetingParticipant(name="Kim Koordinator"),
    ),
    items=(
        AgendaItem(case_id=CaseId(1), summary="Fravær", notes="Ring til skolen"),
        AgendaItem(case_id=CaseId(2), decision="Mentor fra januar"),
    ),
)


def _shown(editor: MeetingEditor) -> AgendaItemDraft:
    item = editor.shown_item
    assert item is not None
    return item


def _item(editor: MeetingEditor, case_id: CaseId) -> AgendaItemDraft:
    item = editor.item(case_id)
    assert item is not None
    return item


def _stored_item(meeting: Meeting, case_id: CaseId) -> AgendaItem:
    item = meeting.item(case_id)
    assert item is not None
    return item


def test_a_new_meeting_is_an_ssp_meeting_today_with_its_legal_basis_and_unsaved() -> None:
    editor = MeetingEditor.new(today=DAY)
    assert (editor.kind, editor.held_on, editor.starts_at) == (MeetingKind.SSP, DAY, None)
    assert editor.meeting_id is None
    assert not editor.is_stored
    assert editor.items == ()
    assert editor.dirty
    assert editor.legal_basis is not None
    assert "§ 115" in editor.legal_basis.en
    editor.kind = MeetingKind.OPERATIVE
    assert editor.legal_basis is None
    assert editor.to_meeting() == Meeting(kind=MeetingKind.OPERATIVE, held_on=DAY)


def test_a_stored_meeting_round_trips_unchanged_and_is_not_dirty() -> None:
    editor = MeetingEditor(STORED)
    assert editor.participants_text == "Pia Politisen; Politiet\nKim Koordinator"
    assert editor.to_meeting() == STORED
    assert not editor.dirty
    assert _item(editor, CaseId(2)).decision_text == "Mentor fra januar"


def test_an_edit_makes_it_dirty_and_undoing_it_or_trailing_spaces_do_not() -> None:
    editor = MeetingEditor(STORED)
    editor.place = "Politistationen"
    assert editor.dirty
    editor.place = "  Rådhuset "
    assert not editor.dirty
    editor.starts_at = None
    assert editor.dirty


def test_participants_are_parsed_from_name_and_organisation_lines() -> None:
    editor = MeetingEditor.new(today=DAY)
    editor.participants_text = "Sofie Skovgaard; Skoleleder\n\n  \nPeter Politisen\n"
    assert editor.to_meeting().participants == (
        MeetingParticipant(name="Sofie Skovgaard", organisation="Skoleleder"),
        MeetingParticipant(name="Peter Politisen"),
    )


def test_a_participant_line_without_a_name_is_a_problem_on_that_participant() -> None:
    editor = MeetingEditor.new(today=DAY)
    editor.participants_text = "Sofie Skovgaard\n; Politiet"
    (problem,) = editor.problems()
    assert problem.path == ("participants", 1, "name")
    assert "Participants" in problem.text("en")
    with pytest.raises(UserInputError):
        editor.to_meeting()
    assert editor.dirty


def test_adding_a_case_shows_it_and_the_same_case_again_is_refused() -> None:
    editor = MeetingEditor(STORED)
    editor.add_case(CaseId(3))
    assert editor.case_ids == (CaseId(1), CaseId(2), CaseId(3))
    assert editor.shown_case == CaseId(3)
    assert editor.dirty
    with pytest.raises(UserInputError) as refused:
        editor.add_case(CaseId(1))
    assert refused.value.problems[0].path == ("items",)
    assert "already on the agenda" in refused.value.text("en")
    assert editor.case_ids == (CaseId(1), CaseId(2), CaseId(3))
    assert editor.shown_case == CaseId(3)


def test_a_summary_typed_for_one_case_is_kept_when_moving_to_the_next() -> None:
    editor = MeetingEditor(STORED)
    editor.show_case(CaseId(1))
    editor.set_summary("Skolen melder om fravær.")
    editor.set_notes("")
    editor.show_case(CaseId(2))
    assert _shown(editor).summary == ""
    editor.set_summary("Mentoren er fundet.")
    meeting = editor.to_meeting()
    assert meeting.item(CaseId(1)) == AgendaItem(
        case_id=CaseId(1), summary="Skolen melder om fravær."
    )
    assert _stored_item(meeting, CaseId(2)).summary == "Mentoren er fundet."


def test_the_texts_need_a_shown_case_and_only_cases_on_the_agenda_can_be_shown() -> None:
    editor = MeetingEditor(STORED)
    with pytest.raises(LookupError):
        editor.set_summary("x")
    with pytest.raises(KeyError):
        editor.show_case(CaseId(99))
    with pytest.raises(KeyError):
        editor.remove_case(CaseId(99))


def test_removing_the_shown_case_shows_none_and_saves_without_it() -> None:
    editor = MeetingEditor(STORED)
    editor.show_case(CaseId(1))
    editor.remove_case(CaseId(1))
    assert editor.shown_case is None
    assert editor.to_meeting().case_ids == (CaseId(2),)
    editor.show_case(CaseId(2))
    editor.remove_case(CaseId(2))
    assert editor.shown_case is None
    assert editor.to_meeting().items == ()


def test_a_typed_decision_is_not_saved_with_the_meeting() -> None:
    editor = MeetingEditor(STORED)
    editor.show_case(CaseId(2))
    editor.set_decision_text("Noget andet")
    editor.show_case(CaseId(1))
    editor.set_decision_text("Ny beslutning")
    assert editor.to_meeting() == STORED
    assert not editor.dirty
    assert _item(editor, CaseId(2)).decision_text == "Noget andet"


def test_a_too_long_summary_is_a_problem_on_that_agenda_item() -> None:
    editor = MeetingEditor(STORED)
    editor.show_case(CaseId(2))
    editor.set_summary("x" * (TEXT_MAX + 1))
    editor.place = "y" * (LINE_MAX + 1)
    assert {p.path for p in editor.problems()} == {("items", 1, "summary"), ("place",)}


def test_mark_saved_takes_the_id_and_recorded_decision_and_keeps_typing() -> None:
    editor = MeetingEditor.new(today=DAY)
    editor.add_case(CaseId(5))
    sent = editor.to_meeting()
    editor.set_summary("skrevet imens")
    stored = sent.model_copy(update={"id": MeetingId(12)})
    editor.mark_saved(stored)
    assert editor.meeting_id == MeetingId(12)
    assert editor.is_stored
    assert _shown(editor).summary == "skrevet imens"
    assert editor.dirty
    editor.set_summary("")
    assert not editor.dirty

    decided = stored.model_copy(
        update={"items": (AgendaItem(case_id=CaseId(5), decision="Henvist"),)}
    )
    editor.mark_saved(decided)
    assert _shown(editor).decision == "Henvist"
    assert editor.to_meeting() == decided
    with pytest.raises(ValueError, match="not meeting"):
        editor.mark_saved(decided.model_copy(update={"id": MeetingId(13)}))


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=1, max_size=12)
_words = st.lists(_word, min_size=1, max_size=3).map(" ".join)


@given(st.lists(st.tuples(_words, st.one_of(st.just(""), _words)), max_size=6))
def test_participant_lines_parse_back_to_the_same_participants(
    people: list[tuple[str, str]],
) -> None:
    participants = [MeetingParticipant(name=n, organisation=o) for n, o in people]
    editor = MeetingEditor.new(today=DAY)
    editor.participants_text = participant_lines(participants)
    assert editor.to_meeting().participants == tuple(participants)


@given(st.text(alphabet="ab; \n", max_size=40))
def test_parsing_participants_skips_blank_lines_and_keeps_every_other_line(text: str) -> None:
    parsed = parse_participants(text)
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(parsed) == len(lines)
    for line, participant in zip(lines, parsed, strict=True):
        if ";" in line:
            assert f"{participant['name']};{participant['organisation']}" == line
        else:
            assert participant == {"name": line, "organisation": ""}
