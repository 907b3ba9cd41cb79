from __future__ import annotations

from datetime import date
from pathlib import Path

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.person import Person
from riskdesk.store.vault import Vault


def _person(vault: Vault, name: str = "Testperson Åse Ærø") -> int:
    with vault.unit_of_work() as uow:
        person = uow.persons.add(Person(name=name, cpr="010190-1234"))
        assert person.id is not None
        return person.id


def _raw_sql(vault: Vault, sql: str) -> None:
    with vault._require_open().begin() as connection:
        connection.exec_driver_sql(sql)


def _verdict_of(vault: Vault) -> tuple[bool, int | None]:
    with vault.unit_of_work() as uow:
        verdict = uow.audit.verify()
    return verdict.intact, verdict.first_broken_sequence


def test_person_access_is_recorded_in_order(vault: Vault) -> None:
    person_id = _person(vault)
    with vault.unit_of_work() as uow:
        from riskdesk.domain.ids import PersonId

        person = uow.persons.get(PersonId(person_id))
        uow.persons.update(person.model_copy(update={"phone": "12345678"}))
        uow.cases.summaries("åse")
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
    assert events[2].details == {"fields": ["phone"]}
    assert search.details == {"search": "åse", "results": 0}
    assert all(e.username == "admin" for e in events)
    assert _verdict_of(vault) == (True, None)


def test_rolled_back_change_leaves_no_event(vault: Vault) -> None:
    try:
        with vault.unit_of_work() as uow:
            uow.persons.add(Person(name="Testperson Rulletilbage", birth_date=date(2000, 5, 5)))
            raise RuntimeError("the use case failed")
    except RuntimeError:
        pass
    with vault.unit_of_work() as uow:
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
        _person(reopened, "Testperson Efter")
        intact, _ = _verdict_of(reopened)
    assert intact
