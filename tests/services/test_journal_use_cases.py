"""The case journal through the desk, against a real vault: an entry is stored with its
writer and shown newest first, refused field by field with nothing stored, audited with
its case and person and never its text, read by the person in their access insight; the
concern talk after the police daily report is one click; a follow-up date puts the entry
on the start page until it is marked done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.journal import JournalKind, Participant
from riskdesk.domain.refusals import UnknownCase, UserInputError
from riskdesk.domain.today import Opens, Section
from riskdesk.services.desk import Desk

TODAY = date.today()


def _my_new_case(desk: Desk) -> tuple[int, int, str]:
    person, case = desk.cases.create_person_with_case(
        person={"name": "Journal Testesen", "birth_date": date(2010, 1, 2)},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    assert case.id is not None
    assert person.id is not None
    return case.id, person.id, case.case_number


def test_entries_are_stored_and_shown_newest_first(desk: Desk) -> None:
    case_id, person_id, number = _my_new_case(desk)
    before = len(desk.audit.events())
    older = desk.journal.add(
        case_id=case_id,
        happened_on=TODAY - timedelta(days=9),
        kind="home_visit",
        participants=["parent", "young_person"],
        other_participants="Morbror",
        text="Hjemmebesøg hos familien.",
    )
    newer = desk.journal.add(
        case_number=number, happened_on=TODAY, kind="phone_call", text="Ringede til skolen."
    )
    entries = desk.journal.for_case(case_id=case_id)
    assert [e.id for e in entries] == [newer.id, older.id]
    assert entries[1].participants == (Participant.PARENT, Participant.YOUNG_PERSON)
    assert entries[1].other_participants == "Morbror"
    assert entries[1].kind is JournalKind.HOME_VISIT
    assert entries[0].written_by == "koordinator"

    added = [e for e in desk.audit.events()[before:] if e.details.get("use_case") == "journal.add"]
    assert (added[0].action, added[0].entity, added[0].entity_id) == (
        AuditAction.CREATE,
        AuditEntity.JOURNAL_ENTRY,
        older.id,
    )
    assert added[0].details["case_ids"] == [case_id]
    assert added[0].details["person_ids"] == [person_id]
    assert "Hjemmebesøg" not in str(added[0].details)
    assert "Morbror" not in str(added[0].details)


def test_the_person_reads_the_journal_in_their_access_insight(desk: Desk) -> None:
    case_id, person_id, _ = _my_new_case(desk)
    desk.journal.add(case_id=case_id, happened_on=TODAY, kind="letter", text="Brev sendt.")
    desk.journal.for_case(case_id=case_id)
    what = [e.what.da for e in desk.access_insight.for_person(person_id).entries]
    assert "skrev et notat i sagens journal" in what
    assert "så sagens journal" in what


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("kind", {"kind": "gossip"}),
        ("participants", {"participants": ["neighbour"]}),
        ("text", {"text": "   "}),
        ("happened_on", {"happened_on": TODAY + timedelta(days=1)}),
        ("happened_on", {"happened_on": "30-11-2026x"}),
        ("follow_up_on", {"follow_up_on": TODAY - timedelta(days=1)}),
        ("text", {"text": "x" * 4001}),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(
    desk: Desk, field: str, values: dict[str, object]
) -> None:
    case_id, _, _ = _my_new_case(desk)
    events = len(desk.audit.events())
    entry: dict[str, object] = {"happened_on": TODAY, "kind": "conversation", "text": "Samtale."}
    with pytest.raises(UserInputError) as refused:
        desk.journal.add(case_id=case_id, **(entry | values))  # type: ignore[arg-type]
    assert [p.field for p in refused.value.problems] == [field]
    assert desk.journal.for_case(case_id=case_id) == []
    assert not [
        e for e in desk.audit.events()[events:] if e.details.get("use_case") == "journal.add"
    ]


def test_an_unknown_case_number_is_refused(desk: Desk) -> None:
    with pytest.raises(UnknownCase):
        desk.journal.add(case_number="1999-9999", happened_on=TODAY, kind="other", text="x")


def test_the_concern_talk_after_the_daily_report_is_one_click(desk: Desk) -> None:
    case_id, _, _ = _my_new_case(desk)
    template = desk.journal.daily_report_template(today=TODAY)
    entry = desk.journal.add(case_id=case_id, **template, today=TODAY)
    assert entry.kind is JournalKind.CONCERN_TALK
    assert Participant.PARENT in entry.participants
    assert entry.text.startswith("Bekymringssamtale efter døgnrapport")
    assert entry.follow_up_on == TODAY + timedelta(days=14)


def test_a_follow_up_is_on_the_start_page_until_marked_done(desk: Desk) -> None:
    case_id, _, number = _my_new_case(desk)
    entry = desk.journal.add(
        case_id=case_id,
        happened_on=TODAY - timedelta(days=20),
        kind="concern_talk",
        text="Bekymringssamtale.",
        follow_up_on=TODAY - timedelta(days=6),
    )
    (line,) = [
        line
        for line in desk.today.view(today=TODAY).section(Section.FOLLOW_UPS)
        if line.entry_id == entry.id
    ]
    assert (line.opens, line.case_id, line.overdue) == (Opens.JOURNAL, case_id, True)
    assert line.text.da.startswith(f"{number} Journal Testesen: opfølgning på bekymringssamtale")

    done = desk.journal.mark_follow_up_done(entry.id, done_on=TODAY)  # type: ignore[arg-type]
    assert done.follow_up_done_on == TODAY
    assert not [
        line
        for line in desk.today.view(today=TODAY).section(Section.FOLLOW_UPS)
        if line.entry_id == entry.id
    ]
    event = desk.audit.events()[-2]
    assert event.details["use_case"] == "journal.follow_up_done"
    assert event.action is AuditAction.UPDATE


def test_an_entry_without_a_follow_up_cannot_be_marked_done(desk: Desk) -> None:
    case_id, _, _ = _my_new_case(desk)
    entry = desk.journal.add(case_id=case_id, happened_on=TODAY, kind="other", text="Notat.")
    with pytest.raises(UserInputError) as refused:
        desk.journal.mark_follow_up_done(entry.id)  # type: ignore[arg-type]
    assert [p.field for p in refused.value.problems] == ["follow_up_done_on"]


def test_the_case_page_reads_journal_and_outcomes_in_one_use_case(desk: Desk) -> None:
    case_id, person_id, _ = _my_new_case(desk)
    entry = desk.journal.add(case_id=case_id, happened_on=TODAY, kind="letter", text="Brev.")
    before = len(desk.audit.events())
    entries, outcomes = desk.journal.case_page(case_id)
    assert [e.id for e in entries] == [entry.id]
    assert (outcomes.closed_on, outcomes.recorded, dict(outcomes.due)) == (None, (), {})
    (event,) = desk.audit.events()[before:]
    assert event.details["use_case"] == "journal.list"
    assert event.details["person_ids"] == [person_id]
