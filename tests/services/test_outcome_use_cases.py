"""Outcomes through the desk, against a real vault: closing a case records the reason and
the outcome at closing in one use case (both or neither); the 6- and 12-month follow-ups
fall due on the start page and leave it when recorded; a follow-up before the closing,
on an open case, or with a charge date outside its time is refused naming the field."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.case_outcome import Development, NewCharge, OutcomePoint
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.today import Opens, Section
from riskdesk.services.desk import Desk

OPENED = date(2025, 1, 6)
CLOSED = date(2025, 12, 1)
SIX_MONTHS_ON = date(2026, 6, 1)


def _case(desk: Desk) -> tuple[int, int]:
    person, case = desk.cases.create_person_with_case(
        person={"name": "Udfald Testesen", "birth_date": date(2008, 3, 4)},
        case={"level": 2, "kind": "release", "opened_on": OPENED},
    )
    assert case.id is not None
    assert person.id is not None
    return case.id, person.id


def _closing_outcome(**changes: object) -> dict[str, object]:
    return {
        "new_charge": "yes",
        "new_charge_on": date(2025, 5, 2),
        "education": "improved",
        "job": "same",
        "housing": "worse",
        "substance_use": "unknown",
        "note": "Afsluttet efter plan.",
    } | changes


def test_closing_records_the_reason_and_the_outcome_in_one_use_case(desk: Desk) -> None:
    case_id, person_id = _case(desk)
    before = len(desk.audit.events())
    closed = desk.cases.close(
        case_id, closed_on=CLOSED, reason="Mål nået", outcome=_closing_outcome()
    )
    assert (closed.status, closed.closed_on, closed.close_reason) == (
        CaseStatus.CLOSED,
        CLOSED,
        "Mål nået",
    )
    (event,) = desk.audit.events()[before:]
    assert event.details["use_case"] == "case.close"
    assert (event.action, event.entity) == (AuditAction.UPDATE, AuditEntity.CASE)
    assert event.details["person_ids"] == [person_id]
    assert len(event.details["case_outcome_ids"]) == 1
    assert "Afsluttet" not in str(event.details)

    outcomes = desk.outcomes.for_case(case_id=case_id)
    (at_closing,) = outcomes.recorded
    assert at_closing.point is OutcomePoint.CLOSING
    assert (at_closing.new_charge, at_closing.new_charge_on) == (NewCharge.YES, date(2025, 5, 2))
    assert (at_closing.education, at_closing.housing) == (Development.IMPROVED, Development.WORSE)
    assert at_closing.recorded_on == CLOSED
    assert outcomes.due == {
        OutcomePoint.SIX_MONTHS: date(2026, 6, 1),
        OutcomePoint.TWELVE_MONTHS: date(2026, 12, 1),
    }


def test_the_existing_close_without_an_outcome_still_works(desk: Desk) -> None:
    case_id, _ = _case(desk)
    closed = desk.cases.close(case_id, closed_on=CLOSED, reason="Flyttet")
    assert closed.status is CaseStatus.CLOSED
    assert desk.outcomes.for_case(case_id=case_id).recorded == ()


@pytest.mark.parametrize(
    ("field", "outcome", "reason"),
    [
        ("outcome.new_charge_on", _closing_outcome(new_charge_on=date(2024, 12, 1)), "Mål nået"),
        ("outcome.new_charge_on", _closing_outcome(new_charge_on=None), "Mål nået"),
        ("outcome.new_charge_on", _closing_outcome(new_charge="no"), "Mål nået"),
        ("outcome.education", _closing_outcome(education="better"), "Mål nået"),
        ("case", _closing_outcome(), ""),
    ],
)
def test_a_bad_closing_stores_neither_the_closing_nor_the_outcome(
    desk: Desk, field: str, outcome: dict[str, object], reason: str
) -> None:
    case_id, _ = _case(desk)
    with pytest.raises(UserInputError) as refused:
        desk.cases.close(case_id, closed_on=CLOSED, reason=reason, outcome=outcome)
    named = [p.field for p in refused.value.problems]
    assert named == [field] or (field == "case" and named[0].startswith("case"))
    assert desk.cases.get(case_id).status is CaseStatus.OPEN
    assert desk.outcomes.for_case(case_id=case_id).recorded == ()


def test_a_follow_up_before_the_closing_or_on_an_open_case_is_refused(desk: Desk) -> None:
    case_id, _ = _case(desk)
    follow_up = {"point": "6m", "new_charge": "no", "recorded_on": date(2025, 11, 1)}
    with pytest.raises(UserInputError) as on_open:
        desk.outcomes.record(case_id=case_id, outcome=follow_up, today=SIX_MONTHS_ON)
    assert [p.field for p in on_open.value.problems] == ["recorded_on"]
    desk.cases.close(case_id, closed_on=CLOSED, reason="Mål nået", outcome=_closing_outcome())
    with pytest.raises(UserInputError) as before_closing:
        desk.outcomes.record(case_id=case_id, outcome=follow_up, today=SIX_MONTHS_ON)
    assert [p.field for p in before_closing.value.problems] == ["recorded_on"]
    assert "01.12.2025" in before_closing.value.problems[0].text("da")
    charged_during_case = follow_up | {
        "recorded_on": SIX_MONTHS_ON,
        "new_charge": "yes",
        "new_charge_on": date(2025, 6, 1),
    }
    with pytest.raises(UserInputError) as charged:
        desk.outcomes.record(case_id=case_id, outcome=charged_during_case, today=SIX_MONTHS_ON)
    assert [p.field for p in charged.value.problems] == ["new_charge_on"]
    assert [o.point for o in desk.outcomes.for_case(case_id=case_id).recorded] == [
        OutcomePoint.CLOSING
    ]


def test_follow_ups_fall_due_on_the_start_page_and_leave_it_when_recorded(desk: Desk) -> None:
    case_id, person_id = _case(desk)
    desk.cases.close(case_id, closed_on=CLOSED, reason="Mål nået", outcome=_closing_outcome())

    def due_lines(today: date) -> list[tuple[str | None, bool]]:
        return [
            (line.outcome_point, line.overdue)
            for line in desk.today.view(today=today).section(Section.FOLLOW_UPS)
            if line.case_id == case_id and line.opens is Opens.OUTCOME
        ]

    assert due_lines(date(2026, 4, 1)) == []
    assert due_lines(date(2026, 5, 25)) == [("6m", False)]
    assert due_lines(date(2026, 11, 20)) == [("6m", True), ("12m", False)]
    # Half a year overdue is no longer this morning's work.
    assert due_lines(date(2027, 6, 3)) == []

    recorded = desk.outcomes.record(
        case_id=case_id,
        outcome={"point": "6m", "new_charge": "no", "job": "improved"},
        today=date(2026, 11, 20),
    )
    assert recorded.recorded_on == date(2026, 11, 20)
    assert due_lines(date(2026, 11, 20)) == [("12m", False)]
    event = desk.audit.events()[-2]
    assert event.details["use_case"] == "outcome.record"
    assert (event.action, event.entity) == (AuditAction.CREATE, AuditEntity.CASE_OUTCOME)
    assert event.details["person_ids"] == [person_id]
    what = [e.what.da for e in desk.access_insight.for_person(person_id).entries]
    assert "registrerede sagens udfald" in what
