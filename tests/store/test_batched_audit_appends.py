"""Bulk work without savepoints (the demo's build) writes its use cases' audit events
together at each commit (store/audit_queue.py): one INSERT of events and one UPDATE of
the recorded head per commit, not one each per use case. The events are the ones a
use case at a time would leave, numbered and linked in order; whatever reads the log
inside the batch finds every event appended before it; an autosave still folds into the
event it repeats; a failure leaves nothing of the uncommitted events behind."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.batched_work import BatchedWork
from riskdesk.store.vault import Vault

_BORN = date(2010, 5, 17)


@contextmanager
def _statements(vault: Vault) -> Iterator[list[tuple[str, int]]]:
    """Each statement run, with how many parameter sets it ran for."""
    seen: list[tuple[str, int]] = []

    def record(_c: Any, _cur: Any, statement: str, parameters: Any, _x: Any, many: bool) -> None:
        seen.append((" ".join(statement.split()), len(parameters) if many else 1))

    engine = vault._require_open()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _add_person(batch: BatchedWork, number: int) -> int:
    with batch.unit_of_work(UseCase.PERSON_CREATE) as uow:
        return uow.persons.add(Person(name=f"Testperson {number}", birth_date=_BORN)).id or 0


def _add_person_then_fail(batch: BatchedWork) -> None:
    with batch.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name="Testperson rullet tilbage", birth_date=_BORN))
        raise RuntimeError


def _created(vault: Vault) -> list[dict[str, Any]]:
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        assert uow.audit.verify().intact
        events = uow.audit.events()
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    return [e.details for e in events if e.details["use_case"] == "person.create"]


def _starting(statements: list[tuple[str, int]], prefix: str) -> list[int]:
    return [many for statement, many in statements if statement.startswith(prefix)]


def test_a_batch_writes_its_events_and_head_once_per_commit(vault: Vault) -> None:
    with (
        _statements(vault) as statements,
        BatchedWork(vault, batch_size=10, savepoints=False) as batch,
    ):
        ids = [_add_person(batch, number) for number in range(25)]
    # Three commits (10, 10 and 5 use cases).
    assert _starting(statements, "INSERT INTO audit_events") == [10, 10, 5]
    assert _starting(statements, "INSERT INTO audit_event_persons") == [10, 10, 5]
    assert len(_starting(statements, "UPDATE vault_settings")) == 3
    assert [details["person_id"] for details in _created(vault)] == ids


def test_what_reads_the_log_inside_a_batch_finds_the_events_before_it(vault: Vault) -> None:
    with BatchedWork(vault, batch_size=100, savepoints=False) as batch:
        for number in range(3):
            _add_person(batch, number)
        with batch.unit_of_work(UseCase.AUDIT_EVENTS, audited=False) as uow:
            seen = [e.details["use_case"] for e in uow.audit.events()]
        _add_person(batch, 3)
    assert seen[-3:] == ["person.create"] * 3
    assert len(_created(vault)) == 4


def test_an_autosave_in_a_batch_folds_into_the_event_it_repeats(vault: Vault) -> None:
    with BatchedWork(vault, batch_size=100, savepoints=False) as batch:
        person_id = PersonId(_add_person(batch, 1))
        for phone in ("1", "2"):
            with batch.unit_of_work(UseCase.PERSON_UPDATE, editing_session="wizard-1") as uow:
                person = uow.persons.get(person_id)
                uow.persons.update(person.model_copy(update={"phone": phone}))
        _add_person(batch, 2)
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        assert uow.audit.verify().intact
        events = uow.audit.events()
    use_cases = [(e.details["use_case"], e.details.get("saves")) for e in events[-3:]]
    assert use_cases == [("person.create", None), ("person.update", 2), ("person.create", None)]


def test_a_failure_drops_the_queued_events_with_the_batch(vault: Vault) -> None:
    with BatchedWork(vault, batch_size=3, savepoints=False) as batch:
        for number in range(5):  # three committed, two queued
            _add_person(batch, number)
        with pytest.raises(RuntimeError):
            _add_person_then_fail(batch)
    assert len(_created(vault)) == 3
    # The next writer links to the committed head, not to an event that was dropped.
    with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name="Testperson efter", birth_date=_BORN))
    assert len(_created(vault)) == 4
