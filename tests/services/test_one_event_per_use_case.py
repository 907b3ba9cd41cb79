"""One transaction and one audit event per use case, told as a citizen reads it: a
meeting's agenda is one transaction and one event, an hour of autosaves of one draft is
one event, and the access insight after a working session reads as sentences with no
internal names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import event

from assessment_forms import yes_to_first
from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.assessment_draft import InformationSource, ItemAnswer
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)


@contextmanager
def _counting_transactions(desk: Desk) -> Iterator[list[int]]:
    engine = desk.vault._require_open()
    counted = [0]

    def begun(*_: object) -> None:
        counted[0] += 1

    event.listen(engine, "begin", begun)
    try:
        yield counted
    finally:
        event.remove(engine, "begin", begun)


def test_a_ten_case_agenda_is_one_transaction_and_one_event(desk: Desk) -> None:
    cases = sorted(desk.cases.search(), key=lambda c: c.case_id)[:10]
    meeting = desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=TODAY))
    assert meeting.id is not None
    for case in cases:
        desk.meetings.add_case(meeting.id, case.case_id, summary="Opfølgning.")
    before = len(desk.audit.events())

    with _counting_transactions(desk) as transactions:
        agenda = desk.meetings.agenda(meeting.id)

    assert [entry.case_id for entry in agenda] == [c.case_id for c in cases]
    assert transactions == [1]
    (read,) = desk.audit.events()[before:]
    assert (read.action, read.entity, read.entity_id) == (
        AuditAction.READ,
        AuditEntity.MEETING,
        meeting.id,
    )
    assert read.details["case_ids"] == sorted(c.case_id for c in cases)
    assert read.details["person_ids"] == sorted(c.person_id for c in cases)


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_an_hour_of_autosaves_of_one_draft_leaves_one_event(demo_path: Path) -> None:
    clock = _Clock(datetime(2026, 11, 21, 9, 0))
    vault = Vault.open(demo_path, username="koordinator", password=PASSWORD, clock=clock)
    with Desk(vault) as desk:
        case = sorted(desk.cases.search(), key=lambda c: c.case_id)[0]
        record = desk.assessments.start(person_id=case.person_id, case_id=case.case_id)
        before = len(desk.audit.events())
        answers = list(yes_to_first(30))
        for minute in range(61):
            clock.now = datetime(2026, 11, 21, 9, 1) + timedelta(minutes=minute)
            draft = record.draft.model_copy(
                update={
                    "sources": frozenset({InformationSource.INTERVIEW}),
                    "answers": {item: ItemAnswer(value="yes") for item in answers[: minute // 2]},
                }
            )
            desk.assessments.save_draft(record.id, draft, editing_session="wizard-opened-once")
        (saved,) = desk.audit.events()[before:]
        assert desk.audit.verify().intact
    assert saved.details["use_case"] == UseCase.ASSESSMENT_SAVE_DRAFT.value
    assert saved.details["saves"] == 61
    assert saved.at == datetime(2026, 11, 21, 9, 1, tzinfo=UTC)
    assert saved.last_at == datetime(2026, 11, 21, 10, 1, tzinfo=UTC)


# What a citizen must never read: the log's own names for things.
_INTERNAL = re.compile(r"[a-z]+_[a-z_]+|\b[a-z]+\.[a-z_]+\b")


def test_the_insight_after_a_working_session_reads_as_sentences(
    demo_path: Path, tmp_path: Path
) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        case = sorted(desk.cases.search(), key=lambda c: c.case_id)[-1]
        session_start = desk.audit.events()[-1].sequence
        person_id = case.person_id
        person = desk.persons.get(person_id)
        desk.persons.update(person_id, person.model_dump() | {"phone": "22 33 44 55"})
        desk.cases.get(case.case_id)
        record = desk.assessments.start(person_id=person_id, case_id=case.case_id)
        for count in range(1, 6):
            draft = record.draft.model_copy(
                update={
                    "sources": frozenset({InformationSource.INTERVIEW}),
                    "answers": {k: ItemAnswer(value=v) for k, v in yes_to_first(count).items()},
                }
            )
            desk.assessments.save_draft(record.id, draft, editing_session="session-1")
        desk.plans.save(case.case_id, synthetic_plan(seed=11, today=TODAY))
        plan_id = desk.review.current_plan_id(case.case_id)
        assert plan_id is not None
        desk.review.add_comment(plan_id, "Skal drøftes med skolen.")
        desk.review.submit(plan_id)
        meeting = desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=TODAY))
        assert meeting.id is not None
        desk.meetings.add_case(meeting.id, case.case_id, summary="Status.")
        desk.meetings.agenda(meeting.id)
        desk.documents.export(DocumentKind.PLAN, case.case_id, tmp_path / "plan.docx")
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        desk.review.approve(plan_id, PASSWORD)
        insight = desk.access_insight.for_person(person_id)

    mine = [e for e in insight.entries if e.sequence > session_start]
    for entry in mine:
        for text in (entry.what.da, entry.what.en, entry.record.da):
            assert not _INTERNAL.search(text.replace("plan.docx", "")), text
    whats = [e.what.da for e in mine]
    assert "ændrede personoplysningerne: telefon" in whats
    assert "arbejdede på kladden til risikovurderingen (5 gemninger)" in whats
    assert "lavede en ny version af handleplanen, version 1" in whats or any(
        w.startswith("ændrede handleplanen, version") for w in whats
    )
    assert "sendte version 1 af handleplanen til godkendelse" in whats
    assert any(w.startswith("godkendte handleplanen, version") for w in whats)
    assert "satte sagen på et mødes dagsorden" in whats
    assert "så dagsordenen for et møde med sagen" in whats
    assert "eksporterede handleplanen (fil: plan.docx)" in whats
    assert whats[-1] == "dannede et udtræk af loggen (indsigt)"
    # One line per step that touched the person (the new meeting, saved before the case
    # was on it, is not about them; logins never are), thirteen in all.
    assert len(mine) == 13
    sentence = mine[1].sentence("da")
    assert sentence.startswith("Kim Koordinator (sagsbehandler) ")


def test_each_screen_is_read_in_one_use_case(demo_path: Path) -> None:
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        waiting = desk.review.queue()[0]
        case_id = waiting.case_id
        meeting_id = desk.meetings.list()[0].id
        assert meeting_id is not None
        reads = {
            "plan page": lambda: desk.plans.overview(case_id),
            "plan editor": lambda: desk.plans.for_editing(case_id),
            "review dialog": lambda: desk.review.view(waiting.plan_id),
            "review page": lambda: desk.review.overview(),
            "assessments page": lambda: desk.assessments.for_case(case_id),
            "release meeting page": lambda: desk.release_meetings.view(case_id),
            "person/case editor": lambda: desk.cases.with_person(case_id),
            "meeting agenda": lambda: desk.meetings.agenda(meeting_id),
        }
        for screen, read in reads.items():
            before = len(desk.audit.events())
            with _counting_transactions(desk) as transactions:
                read()
            assert transactions == [1], screen
            assert len(desk.audit.events()) - before == 1, screen
        view = desk.review.view(waiting.plan_id)
        assert view.state.plan_id == waiting.plan_id
        assert view.person_name
        overview = desk.review.overview()
        assert [item.plan_id for item in overview.queue] == [
            item.plan_id for item in desk.review.queue()
        ]
