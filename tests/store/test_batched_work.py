"""Bulk work (store/batched_work.py): many use cases in one transaction, each still its own
signed event linked to the one before, reading the chain's head once per transaction
rather than once per event; and an append that writes the recorded head without reading
it first."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.batched_work import BatchedWork
from riskdesk.store.vault import Vault

_BORN = date(2010, 5, 17)


@contextmanager
def _statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(" ".join(statement.split()))

    engine = vault._require_open()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _add_person(batch: BatchedWork, number: int) -> None:
    with batch.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name=f"Testperson {number}", birth_date=_BORN))


def _add_person_then_fail(batch: BatchedWork) -> None:
    with batch.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name="Testperson rullet tilbage", birth_date=_BORN))
        uow.finish()  # its event is written, then rolled back with its savepoint
        raise RuntimeError


def _head_reads(statements: list[str]) -> int:
    return sum(
        s.startswith("SELECT") and "FROM audit_events ORDER BY audit_events.sequence DESC" in s
        for s in statements
    )


def _verdict(vault: Vault) -> tuple[bool, int | None]:
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        report = uow.audit.verify()
    return report.intact, report.first_broken_sequence


def test_a_batch_reads_the_head_once_per_transaction_and_every_event_links(
    vault: Vault,
) -> None:
    with _statements(vault) as statements, BatchedWork(vault, batch_size=10) as batch:
        for number in range(25):
            _add_person(batch, number)
    # Three transactions (10, 10 and 5 use cases): the head is read at the start of each.
    assert _head_reads(statements) == 3
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        created = [e for e in uow.audit.events() if e.details.get("use_case") == "person.create"]
    assert len(created) == 25
    assert _verdict(vault) == (True, None)


def test_a_use_case_rolled_back_inside_a_batch_leaves_the_chain_whole(vault: Vault) -> None:
    with BatchedWork(vault, batch_size=100) as batch:
        _add_person(batch, 1)
        with pytest.raises(RuntimeError):
            _add_person_then_fail(batch)
        _add_person(batch, 2)
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events = uow.audit.events()
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    assert _verdict(vault) == (True, None)


def test_an_append_writes_the_recorded_head_without_reading_the_settings(vault: Vault) -> None:
    with _statements(vault) as statements, vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name="Testperson En", birth_date=_BORN))
    assert not [s for s in statements if s.startswith("SELECT") and "vault_settings" in s]
    assert [s for s in statements if s.startswith("UPDATE vault_settings")]
    assert _verdict(vault) == (True, None)
