"""Contact details a register can trust, through the use cases that write a person
(issue #16, item 4): an unknown postal code or a bad e-mail address is refused with
nothing written; what is taken is stored normalised with the town of its postal code;
a person stored before the rules still reads, and is told what to correct when saved;
the case is read by its number in one use case, audited as a reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from riskdesk.services.instrument_catalogue import FormFileInvalid
from riskdesk.services.postal_code_list import load_postal_codes, shipped_postal_codes

NEW_CASE = {"level": 2, "kind": "individual", "referral_source": "school"}
SOMEONE = {"name": "Testa Testesen", "birth_date": "2001-02-03"}


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ({"postal_code": "9999"}, "person.postal_code"),
        ({"postal_code": "3900"}, "person.postal_code"),
        ({"email": "testa.testesen"}, "person.email"),
        ({"phone": "1234"}, "person.phone"),
        ({"guardians": [{"name": "Mor", "email": "mor@"}]}, "person.guardians.0.email"),
    ],
)
def test_an_unknown_postal_code_or_a_bad_address_is_refused_with_nothing_written(
    desk: Desk, typed: dict[str, object], field: str
) -> None:
    cases_before = len(desk.cases.search())
    events_before = len(desk.audit.events())
    with pytest.raises(UserInputError) as caught:
        desk.cases.create_person_with_case(person=SOMEONE | typed, case=NEW_CASE)
    assert [p.field for p in caught.value.problems] == [field]
    assert len(desk.cases.search()) == cases_before
    written = [e.details.get("use_case") for e in desk.audit.events()[events_before:]]
    assert UseCase.CASE_CREATE_WITH_PERSON.value not in written


def test_every_use_case_that_writes_a_person_checks_the_postal_code(desk: Desk) -> None:
    bad = SOMEONE | {"postal_code": "0000"}
    with pytest.raises(UserInputError):
        desk.persons.create(bad)
    with pytest.raises(UserInputError):
        desk.cases.import_records([(bad, NEW_CASE)])
    person, case = desk.cases.create_person_with_case(person=SOMEONE, case=NEW_CASE)
    assert person.id is not None
    assert case.id is not None
    with pytest.raises(UserInputError):
        desk.persons.update(person.id, bad)
    with pytest.raises(UserInputError):
        desk.cases.update_person_and_case(case.id, person=bad, case={})
    assert desk.persons.get(person.id).postal_code == ""


def test_what_is_taken_is_stored_normalised_with_the_town_of_its_code(desk: Desk) -> None:
    person, _ = desk.cases.create_person_with_case(
        person=SOMEONE
        | {
            "phone": "+45 8765 4321",
            "email": "Testa@Example.DK",
            "postal_code": "8000",
            "city": "Århus",
        },
        case=NEW_CASE,
    )
    assert person.id is not None
    stored = desk.persons.get(person.id)
    assert (stored.phone, stored.email) == ("87 65 43 21", "Testa@example.dk")
    assert (stored.postal_code, stored.city) == ("8000", "Aarhus C")


def test_a_person_stored_before_the_rules_reads_and_is_told_what_to_correct(desk: Desk) -> None:
    person, case = desk.cases.create_person_with_case(person=SOMEONE, case=NEW_CASE)
    assert person.id is not None
    assert case.id is not None
    # As an older RiskDesk wrote it: the store takes what it is given, unchecked.
    with desk.vault.unit_of_work(UseCase.PERSON_UPDATE) as uow:
        uow.persons.update(person.model_copy(update={"email": "ikke-en-adresse"}))
    read, _ = desk.cases.with_person(case.id)
    assert read.email == "ikke-en-adresse"
    with pytest.raises(UserInputError) as caught:
        desk.cases.update_person_and_case(
            case.id, person=read.model_dump(exclude={"id"}) | {"notes": "Ny note"}, case={}
        )
    assert [p.field for p in caught.value.problems] == ["person.email"]
    assert desk.persons.get(person.id).notes == ""


def test_a_case_is_read_with_its_person_by_number_as_one_reading(desk: Desk) -> None:
    person, case = desk.cases.create_person_with_case(person=SOMEONE, case=NEW_CASE)
    before = len(desk.audit.events())
    found = desk.cases.with_person_by_number(f" {case.case_number} ")
    assert found == (person, case)
    assert desk.cases.with_person_by_number("1999-9999") is None
    (reading,) = desk.audit.events()[before:]
    assert reading.details["use_case"] == UseCase.CASE_VIEW.value
    assert (reading.action, reading.entity, reading.entity_id) == (
        AuditAction.READ,
        AuditEntity.CASE,
        case.id,
    )
    assert reading.details["person_ids"] == [person.id]


def test_the_shipped_list_holds_the_danish_codes_in_use(desk: Desk) -> None:
    codes = desk.cases.postal_codes
    assert codes is shipped_postal_codes()
    assert 1_000 < len(codes) < 1_200
    assert (codes.town("8000"), codes.town("1050"), codes.town("9990")) == (
        "Aarhus C",
        "København K",
        "Skagen",
    )
    assert all(len(code) == 4 and code.isdigit() for code in codes)
    assert not [code for code in codes if code.startswith("39")]


def test_a_broken_list_is_named_by_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "postnumre.csv"
    broken.write_text("# a comment\nnr;navn\n8000;Aarhus C\n800;Høje Taastrup\n")
    with pytest.raises(FormFileInvalid) as caught:
        load_postal_codes(broken)
    assert "line 4" in str(caught.value)
