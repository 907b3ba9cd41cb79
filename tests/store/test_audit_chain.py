from __future__ import annotations

from datetime import date
from pathlib import Path

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.audit_findings import FindingKind
from riskdesk.store.signing import Purpose
from riskdesk.store.signing import verify as verify_signature
from riskdesk.store.vault import Vault

_CPRS = {"Testperson Åse Ærø": "010190-1234", "Testperson To": "020290-1234"}


def _person(vault: Vault, name: str = "Testperson Åse Ærø") -> int:
    with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        person = uow.persons.add(Person(name=name, cpr=_CPRS.get(name)))
        assert person.id is not None
        return person.id


def _raw_sql(vault: Vault, sql: str) -> None:
    with vault._require_open().begin() as connection:
        connection.exec_driver_sql(sql)


def _verdict_of(vault: Vault) -> tuple[bool, int | None]:
    with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        verdict = uow.audit.verify()
    return verdict.intact, verdict.first_broken_sequence


def test_person_access_is_recorded_in_order(vault: Vault) -> None:
    person_id = PersonId(_person(vault))
    with vault.unit_of_work(UseCase.PERSON_VIEW) as uow:
        person = uow.persons.get(person_id)
    with vault.unit_of_work(UseCase.PERSON_UPDATE) as uow:
        uow.persons.update(person.model_copy(update={"phone": "12345678"}))
    with vault.unit_of_work(UseCase.CASE_SEARCH) as uow:
        uow.cases.summaries("åse")
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        uow.audit.append(
            username="admin",
            action=AuditAction.EXPORT,
            entity=AuditEntity.PERSON,
            entity_id=person_id,
            details={"document": "handleplan"},
        )
        events = uow.audit.events(entity=AuditEntity.PERSON, entity_id=person_id)
        search = uow.audit.events(entity=AuditEntity.CASE_LIST)[-1]
    assert [e.action for e in events] == [
        AuditAction.CREATE,
        AuditAction.READ,
        AuditAction.UPDATE,
        AuditAction.EXPORT,
    ]
    assert events[2].details == {
        "use_case": "person.update",
        "person_id": person_id,
        "person_ids": [person_id],
        "person_fields": ["phone"],
    }
    assert search.details == {"use_case": "case.search", "search": "åse", "results": 0}
    assert all(e.username == "admin" for e in events)
    assert _verdict_of(vault) == (True, None)


def test_one_use_case_leaves_one_event_naming_everything_it_touched(vault: Vault) -> None:
    first, second = PersonId(_person(vault)), PersonId(_person(vault, "Testperson To"))
    before = _event_count(vault)
    with vault.unit_of_work(UseCase.PERSON_VIEW) as uow:
        uow.persons.get(first)
        uow.persons.get(second)
        uow.persons.get(first)
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events = uow.audit.events()
    assert len(events) == before + 1
    assert events[-1].details["person_ids"] == sorted([first, second])
    assert events[-1].entity_id is None


def test_a_read_of_nothing_leaves_no_event(vault: Vault) -> None:
    _person(vault)
    before = _event_count(vault)
    with vault.unit_of_work(UseCase.USER_LIST) as uow:
        uow.users.list()
    assert _event_count(vault) == before


def test_autosaves_of_one_editing_session_fold_into_one_event(vault: Vault) -> None:
    person_id = PersonId(_person(vault))
    before = _event_count(vault)
    for phone in ("1", "2", "3"):
        with vault.unit_of_work(UseCase.PERSON_UPDATE, editing_session="wizard-1") as uow:
            person = uow.persons.get(person_id)
            uow.persons.update(person.model_copy(update={"phone": phone}))
    with vault.unit_of_work(UseCase.PERSON_UPDATE, editing_session="wizard-2") as uow:
        uow.persons.update(uow.persons.get(person_id).model_copy(update={"phone": "4"}))
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events = uow.audit.events()[before:]
        assert uow.audit.verify().intact
    assert [e.details["saves"] for e in events] == [3, 1]
    assert events[0].last_at is not None
    assert events[0].last_at >= events[0].at
    assert events[1].last_at is None


def test_another_event_in_between_starts_a_new_one(vault: Vault) -> None:
    person_id = PersonId(_person(vault))
    before = _event_count(vault)
    for _ in range(2):
        with vault.unit_of_work(UseCase.PERSON_UPDATE, editing_session="wizard-1") as uow:
            uow.persons.update(uow.persons.get(person_id))
        with vault.unit_of_work(UseCase.PERSON_VIEW) as uow:
            uow.persons.get(person_id)
    assert _event_count(vault) == before + 4
    assert _verdict_of(vault) == (True, None)


def _event_count(vault: Vault) -> int:
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        return len(uow.audit.events())


def test_rolled_back_change_leaves_no_event(vault: Vault) -> None:
    try:
        with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
            uow.persons.add(Person(name="Testperson Rulletilbage", birth_date=date(2000, 5, 5)))
            raise RuntimeError("the use case failed")
    except RuntimeError:
        pass
    with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        assert [e.entity for e in uow.audit.events()].count(AuditEntity.PERSON) == 0
        assert uow.audit.verify().intact


def test_edited_event_is_found(vault: Vault) -> None:
    _person(vault)
    _person(vault, "Testperson To")
    _raw_sql(vault, "UPDATE audit_events SET username = 'someone' WHERE sequence = 3")
    assert _verdict_of(vault) == (False, 3)


def test_deleted_event_is_found(vault: Vault) -> None:
    _person(vault)
    _person(vault, "Testperson To")
    _raw_sql(vault, "DELETE FROM audit_events WHERE sequence = 2")
    assert _verdict_of(vault)[0] is False


def test_deleted_last_event_is_found(vault: Vault) -> None:
    _person(vault)
    _raw_sql(
        vault, "DELETE FROM audit_events WHERE sequence = (SELECT max(sequence) FROM audit_events)"
    )
    assert _verdict_of(vault)[0] is False


def test_reordered_events_are_found(vault: Vault) -> None:
    _person(vault)
    _person(vault, "Testperson To")
    _raw_sql(vault, "UPDATE audit_events SET sequence = -1 WHERE sequence = 2")
    _raw_sql(vault, "UPDATE audit_events SET sequence = 2 WHERE sequence = 3")
    _raw_sql(vault, "UPDATE audit_events SET sequence = 3 WHERE sequence = -1")
    assert _verdict_of(vault) == (False, 2)


def test_chain_survives_reopening(vault: Vault, vault_path: Path) -> None:
    _person(vault)
    vault.close()
    with Vault.open(vault_path, username="admin", password="Admin-kodeord-1") as reopened:
        _person(reopened, "Testperson To")
        intact, _ = _verdict_of(reopened)
    assert intact


def _stored(vault: Vault, sql: str) -> list[tuple[object, ...]]:
    with vault._require_open().connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql)]


def test_every_event_is_signed_by_its_writer(vault: Vault) -> None:
    _person(vault)
    signer = vault._state.keys.signer
    assert signer is not None
    rows = _stored(vault, "SELECT hash, signature FROM audit_events ORDER BY sequence")
    assert rows
    for event_hash, signature in rows:
        assert verify_signature(
            signer.public_key,
            Purpose.AUDIT_EVENT,
            vault._state.vault_id,
            str(event_hash).encode(),
            str(signature),
        )


def test_an_autosave_never_changes_its_event_and_its_count_is_signed(vault: Vault) -> None:
    person_id = PersonId(_person(vault))
    for phone in ("1", "2"):
        with vault.unit_of_work(UseCase.PERSON_UPDATE, editing_session="wizard-1") as uow:
            uow.persons.update(uow.persons.get(person_id).model_copy(update={"phone": phone}))
        if phone == "1":
            # What other users witness after the first save must stay true after the next.
            (first,) = _stored(
                vault, "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"
            )
    assert _stored(
        vault, "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"
    ) == [first]
    assert _verdict_of(vault) == (True, None)
    _raw_sql(vault, "UPDATE audit_event_saves SET saves = 1")
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        report = uow.audit.verify()
    assert not report.intact
    assert [f.kind for f in report.findings] == [FindingKind.AUTOSAVES_ALTERED]
