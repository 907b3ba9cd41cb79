"""CPR numbers a register can trust (issue #10, item 9; the duplicate rule of issue #16):
one person per number, whichever use case writes it; digits of any script stored as ASCII
so a search finds them; an impossible birth date refused; and text that cannot be stored
(a lone surrogate, a page-long search) refused by validation, never by the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.person import CprAlreadyFiled
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk

CPR = "010190-1234"
NEW_CASE = {"level": 2, "kind": "individual", "referral_source": "school"}


def _first(desk: Desk) -> tuple[CaseId, str]:
    """A person of the demo with a CPR number: their case id and number."""
    for summary in sorted(desk.cases.search(), key=lambda c: c.case_id):
        if summary.cpr and summary.status is CaseStatus.OPEN:
            return summary.case_id, summary.case_number
    raise AssertionError("the demo has people with CPR numbers")


def _case_count(desk: Desk) -> int:
    return len(desk.cases.search())


def test_a_second_person_with_the_same_cpr_is_refused_naming_the_case(desk: Desk) -> None:
    _, first = desk.cases.create_person_with_case(
        person={"name": "Testperson Et", "cpr": CPR}, case=NEW_CASE
    )
    before = _case_count(desk)
    for typed in (CPR, "0101901234", "０１０１９０-１２３４", " 010190‐1234 "):
        with pytest.raises(CprAlreadyFiled) as caught:
            desk.cases.create_person_with_case(
                person={"name": "Testperson To", "cpr": typed}, case=NEW_CASE
            )
        refusal = caught.value
        assert isinstance(refusal, UserInputError)
        assert [p.field for p in refusal.problems] == ["person.cpr"]
        assert (refusal.case_id, refusal.case_number) == (first.id, first.case_number)
        assert first.case_number in refusal.text("da")
        assert "Testperson" not in refusal.text("da") + refusal.text("en")
    assert _case_count(desk) == before


def test_no_use_case_files_a_cpr_number_twice(desk: Desk) -> None:
    case_id, number = _first(desk)
    person, _ = desk.cases.with_person(case_id)
    assert person.cpr is not None
    with pytest.raises(CprAlreadyFiled) as created:
        desk.persons.create({"name": "Ny Person", "cpr": person.cpr})
    assert [p.field for p in created.value.problems] == ["cpr"]
    assert created.value.case_number == number

    other, other_case = desk.cases.create_person_with_case(
        person={"name": "Anden Person", "birth_date": "2001-01-01"}, case=NEW_CASE
    )
    with pytest.raises(CprAlreadyFiled) as moved:
        desk.cases.update_person_and_case(
            other_case.id, person={"name": "Anden Person", "cpr": person.cpr}, case={}
        )
    assert [p.field for p in moved.value.problems] == ["person.cpr"]
    assert moved.value.case_id == case_id
    assert other.id is not None
    with pytest.raises(CprAlreadyFiled):
        desk.persons.update(other.id, {"name": "Anden Person", "cpr": person.cpr})
    assert desk.persons.get(other.id).cpr is None

    before = _case_count(desk)
    twice = {"name": "To Gange", "cpr": "020202-4222"}
    with pytest.raises(CprAlreadyFiled):
        desk.cases.import_records([(twice, NEW_CASE), ({**twice, "name": "Igen"}, NEW_CASE)])
    assert _case_count(desk) == before


def test_a_person_keeps_their_own_number_when_saved_again(desk: Desk) -> None:
    case_id, _ = _first(desk)
    person, _ = desk.cases.with_person(case_id)
    fields = person.model_dump(exclude={"id", "birth_date"})
    saved, _ = desk.cases.update_person_and_case(case_id, person=fields, case={})
    assert saved.cpr == person.cpr


def test_an_open_case_is_named_before_a_closed_one(desk: Desk) -> None:
    _, closed = desk.cases.create_person_with_case(
        person={"name": "Testperson Et", "cpr": CPR}, case=NEW_CASE
    )
    desk.cases.close(closed.id, closed_on=date.today(), reason="Målene er nået")
    opened = desk.cases.open_case(person_id=closed.person_id, data=NEW_CASE)
    with pytest.raises(CprAlreadyFiled) as caught:
        desk.persons.create({"name": "Testperson To", "cpr": CPR})
    assert caught.value.case_number == opened.case_number


def test_a_fullwidth_number_is_stored_as_ascii_and_found_by_search(desk: Desk) -> None:
    person, case = desk.cases.create_person_with_case(
        person={"name": "Testperson Bred", "cpr": "０１０１９０-１２３４"}, case=NEW_CASE
    )
    assert person.cpr == CPR
    for query in ("0101901234", CPR, "０１０１９０１２３４"):
        assert [h.case_id for h in desk.cases.search(query)] == [case.id], query


def test_a_birth_date_in_the_future_or_a_century_back_is_refused(desk: Desk) -> None:
    tomorrow = date.today() + timedelta(days=1)
    for person, field in (
        ({"name": "T", "cpr": "010160-5234"}, "person.cpr"),  # 7th digit 5, year 60: 1860
        ({"name": "T", "birth_date": tomorrow.isoformat()}, "person.birth_date"),
    ):
        with pytest.raises(UserInputError) as caught:
            desk.cases.create_person_with_case(person=person, case=NEW_CASE)
        assert [p.field for p in caught.value.problems] == [field]


def test_broken_text_is_refused_by_validation_not_by_the_database(desk: Desk) -> None:
    with pytest.raises(UserInputError) as named:
        desk.cases.create_person_with_case(
            person={"name": "Test\udcffperson", "birth_date": "2001-01-01"}, case=NEW_CASE
        )
    assert [p.field for p in named.value.problems] == ["person.name"]
    for search in ("Test\udcff", "x" * 50_001):
        with pytest.raises(UserInputError) as searched:
            desk.cases.search(search)
        assert [p.field for p in searched.value.problems] == ["search"]
        assert search not in searched.value.text("da")
    with pytest.raises(UserInputError) as numbered:
        desk.cases.by_number("2026-\udcff")
    assert [p.field for p in numbered.value.problems] == ["case_number"]
