from datetime import date

import pytest

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.vault_errors import VaultLocked
from riskdesk.services.desk import Desk

NEW_PERSON = {"name": "Testperson Åse Ærø", "cpr": "010190-1234", "city": "Aarhus C"}
NEW_CASE = {"level": 2, "kind": "individual", "referral_source": "school"}


def test_create_person_with_case_then_find_by_name_cpr_and_number(desk: Desk) -> None:
    person, case = desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
    assert case.caseworker == "koordinator"
    assert case.opened_on == date.today()
    for query in ("åse ærø", "0101901234", "010190-1234", case.case_number):
        hits = desk.cases.search(query)
        assert [h.case_id for h in hits] == [case.id], query
    assert desk.persons.get(person.id).name == NEW_PERSON["name"]


def test_invalid_person_and_case_are_reported_together_and_nothing_is_stored(desk: Desk) -> None:
    before = len(desk.cases.search(""))
    with pytest.raises(UserInputError) as caught:
        desk.cases.create_person_with_case(
            person={"name": "", "cpr": "310290-1234"}, case={"level": 7}
        )
    fields = {p.field for p in caught.value.problems}
    assert {"person.name", "person.cpr", "case.level"} <= fields
    assert len(desk.cases.search("")) == before


def test_a_level_outside_the_scheme_is_refused(desk: Desk) -> None:
    with pytest.raises(UserInputError) as caught:
        desk.cases.create_person_with_case(person=NEW_PERSON, case={"level": 4})
    assert "Niveau 4 findes ikke" in caught.value.text("da")


def test_close_needs_a_reason_and_keeps_the_case_open_otherwise(desk: Desk) -> None:
    _, case = desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
    with pytest.raises(UserInputError):
        desk.cases.close(case.id, closed_on=date.today(), reason="  ")
    assert desk.cases.get(case.id).status is CaseStatus.OPEN
    closed = desk.cases.close(case.id, closed_on=date.today(), reason="Målene er nået")
    assert closed.status is CaseStatus.CLOSED
    assert desk.cases.reopen(case.id).status is CaseStatus.OPEN


def test_update_cannot_change_the_case_number(desk: Desk) -> None:
    _, case = desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
    updated = desk.cases.update(case.id, {"case_number": "HACK", "level": 3})
    assert updated.case_number == case.case_number
    assert updated.level == 3


def test_every_touch_of_person_data_is_audited_with_search_criteria(desk: Desk) -> None:
    person, _ = desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
    desk.cases.search("Åse")
    desk.persons.get(person.id)
    desk.persons.update(person.id, {**NEW_PERSON, "city": "Viby J"})
    events = desk.audit.events()
    # Creating the person with the case is one use case: one event naming both.
    created = [e for e in events if e.action is AuditAction.CREATE][-1]
    assert created.entity is AuditEntity.CASE
    assert created.details["person_id"] == person.id
    assert created.details["created_person_ids"] == [person.id]
    assert created.details["case_ids"] == [created.entity_id]
    search = [e for e in events if e.action is AuditAction.SEARCH][-1]
    assert search.details["search"] == "Åse"
    assert search.username == "koordinator"
    update = [e for e in events if e.action is AuditAction.UPDATE][-1]
    assert update.details["person_fields"] == ["city"]
    assert desk.audit.verify().intact


def test_after_lock_every_use_case_refuses(desk: Desk) -> None:
    desk.lock()
    assert desk.locked
    with pytest.raises(VaultLocked):
        desk.cases.search("")
    desk.lock()


def test_a_concern_only_level_gets_no_case_file(desk: Desk) -> None:
    before = len(desk.cases.search(""))
    with pytest.raises(UserInputError) as caught:
        desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE | {"level": 1})
    assert "bekymring" in caught.value.text("da")
    assert len(desk.cases.search("")) == before
    _, case = desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
    with pytest.raises(UserInputError):
        desk.cases.update(case.id, {"level": 1})
    assert desk.cases.get(case.id).level == 2


def test_the_person_and_the_case_are_changed_together_or_not_at_all(desk: Desk) -> None:
    person, case = desk.cases.create_person_with_case(person=NEW_PERSON, case=NEW_CASE)
    with pytest.raises(UserInputError) as caught:
        desk.cases.update_person_and_case(
            case.id, person={**NEW_PERSON, "city": "Viby J"}, case={"level": 1}
        )
    assert [p.field for p in caught.value.problems] == ["case.level"]
    assert "kun en bekymring" in caught.value.text("da")
    assert desk.persons.get(person.id).city == "Aarhus C"

    events_before = len(desk.audit.events())
    changed_person, changed_case = desk.cases.update_person_and_case(
        case.id, person={**NEW_PERSON, "city": "Viby J"}, case={"level": 3}
    )
    assert (changed_person.city, changed_case.level) == ("Viby J", 3)
    (event,) = desk.audit.events()[events_before:]
    assert event.action is AuditAction.UPDATE
    assert (event.details["person_fields"], event.details["case_fields"]) == (["city"], ["level"])
