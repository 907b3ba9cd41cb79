"""Inquiries through the desk, against a real vault: registered with the user who received
them, listed by period, type and source, linked to a case, refused field by field with
nothing stored, one audit event each, and read by the person in their access insight."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.domain.refusals import PermissionDenied, UnknownCase, UserInputError
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)


def _some_case(desk: Desk) -> tuple[str, int, int]:
    summary = sorted(desk.cases.search(), key=lambda c: c.case_id)[0]
    return summary.case_number, summary.case_id, summary.person_id


def test_an_inquiry_is_stored_with_its_receiver_and_its_case(desk: Desk) -> None:
    number, case_id, person_id = _some_case(desk)
    inquiry = desk.inquiries.add(
        received_on="2026-11-20",
        kind="release",
        source="kriminalforsorgen",
        case_number=number,
        note="Løsladelse om tre uger.",
        today=TODAY,
    )
    assert inquiry.id is not None
    assert (inquiry.kind, inquiry.source) == (InquiryKind.RELEASE, InquirySource.KRIMINALFORSORGEN)
    assert inquiry.received_by == "koordinator"
    assert (inquiry.case_id, inquiry.person_id, inquiry.case_number) == (case_id, person_id, number)

    event = desk.audit.events()[-1]
    assert event.details["use_case"] == "inquiry.add"
    assert (event.action, event.entity, event.entity_id) == (
        AuditAction.CREATE,
        AuditEntity.INQUIRY,
        inquiry.id,
    )
    assert event.details["case_ids"] == [case_id]
    assert event.details["person_ids"] == [person_id]
    assert "Løsladelse" not in str(event.details)


def test_the_list_filters_by_period_type_and_source_in_the_vault(desk: Desk) -> None:
    before = {i.id for i in desk.inquiries.list()}
    made = [
        desk.inquiries.add(received_on=day, kind=kind, source=source, today=TODAY)
        for day, kind, source in [
            (date(2026, 9, 1), "case", "school"),
            (date(2026, 10, 5), "advice", "school"),
            (date(2026, 10, 20), "advice", "police"),
            (date(2026, 11, 2), "other", "health_visitor"),
        ]
    ]
    ids = [m.id for m in made]
    october = desk.inquiries.list(start="2026-10-01", end="2026-10-31")
    assert [i.id for i in october if i.id not in before] == [ids[2], ids[1]]
    advice_from_school = desk.inquiries.list(kind="advice", source="school")
    assert [i.id for i in advice_from_school if i.id not in before] == [ids[1]]
    assert all(i.kind is InquiryKind.ADVICE for i in advice_from_school)
    newest_first = [i.id for i in desk.inquiries.list() if i.id not in before]
    assert newest_first == list(reversed(ids))


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("kind", {"kind": "complaint"}),
        ("source", {"source": "mayor"}),
        ("received_on", {"received_on": "2026-11-22"}),
        ("received_on", {"received_on": "21-11-2026x"}),
        ("note", {"note": "x" * 501}),
    ],
)
def test_bad_input_names_its_field_and_stores_nothing(
    desk: Desk, field: str, values: dict[str, str]
) -> None:
    before = len(desk.inquiries.list())
    given = {"received_on": "2026-11-20", "kind": "case", "source": "school"} | values
    with pytest.raises(UserInputError) as refused:
        desk.inquiries.add(**given, today=TODAY)  # type: ignore[arg-type]
    assert [p.field for p in refused.value.problems] == [field]
    assert "mayor" not in refused.value.text("da")
    assert len(desk.inquiries.list()) == before


def test_an_unknown_case_number_is_refused_and_nothing_is_stored(desk: Desk) -> None:
    before = len(desk.inquiries.list())
    with pytest.raises(UnknownCase):
        desk.inquiries.add(
            received_on=TODAY, kind="case", source="school", case_number="1999-9999", today=TODAY
        )
    assert len(desk.inquiries.list()) == before


def test_an_inquiry_turned_into_a_case_is_linked_once(desk: Desk) -> None:
    number, case_id, person_id = _some_case(desk)
    inquiry = desk.inquiries.add(received_on=TODAY, kind="case", source="police", today=TODAY)
    assert inquiry.id is not None
    assert inquiry.case_id is None
    linked = desk.inquiries.to_case(inquiry.id, case_id)  # type: ignore[arg-type]
    assert (linked.case_id, linked.person_id, linked.case_number) == (case_id, person_id, number)
    assert desk.audit.events()[-1].details["use_case"] == "inquiry.to_case"
    with pytest.raises(UserInputError) as refused:
        desk.inquiries.to_case(inquiry.id, case_id)  # type: ignore[arg-type]
    assert refused.value.problems[0].field == "case_number"


def test_the_person_reads_the_inquiry_in_their_access_insight(desk: Desk) -> None:
    number, _, person_id = _some_case(desk)
    inquiry = desk.inquiries.add(received_on=TODAY, kind="advice", source="school", today=TODAY)
    assert inquiry.id is not None
    desk.inquiries.link(inquiry.id, case_number=number)
    with Desk.open(desk.location, username="leder", password=PASSWORD) as leader:
        insight = leader.access_insight.for_person(person_id)  # type: ignore[arg-type]
    sentences = [e.sentence("da") for e in insight.entries]
    assert any("knyttede en henvendelse til sagen" in s for s in sentences), sentences
    assert any(f"Henvendelse, sag {number}" in e.record.da for e in insight.entries)


def test_an_administrator_registers_no_inquiries(desk: Desk) -> None:
    with (
        Desk.open(desk.location, username="admin", password=PASSWORD) as admin,
        pytest.raises(PermissionDenied),
    ):
        admin.inquiries.add(received_on=TODAY, kind="case", source="school", today=TODAY)


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("Ringede om 010203-4567.", "CPR-nummer"),
        ("cpr 0102034567 nævnt", "CPR-nummer"),
        ("Mor: mor@example.org", "e-mailadresse"),
        ("Ring 12 34 56 78", "telefonnummer"),
        ("Født 1. februar 2009", "fødselsdato"),
    ],
)
def test_a_note_that_identifies_someone_is_refused_naming_what_was_found(
    desk: Desk, note: str, named: str
) -> None:
    before = len(desk.inquiries.list())
    with pytest.raises(UserInputError) as refused:
        desk.inquiries.add(
            received_on=TODAY, kind="advice", source="relatives", note=note, today=TODAY
        )
    (problem,) = refused.value.problems
    assert problem.field == "note"
    assert named in problem.message.da
    assert note not in refused.value.text("da")
    assert len(desk.inquiries.list()) == before
