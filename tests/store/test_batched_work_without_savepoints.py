"""Bulk work without a savepoint per use case (store/batched_work.py, ``savepoints=False``,
as the demo build runs): no SAVEPOINT is issued, every use case still leaves its own
linked event, and a failed use case rolls back everything since the last commit and ends
the batch, leaving the committed use cases and a whole chain; so does a commit that
fails."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select

from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.batched_work import BatchedWork, BatchRolledBack
from riskdesk.store.tables import PersonRow
from riskdesk.store.vault import Vault

_BORN = date(2010, 5, 17)


@contextmanager
def _statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement.strip().upper())

    engine = vault._require_open()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _add_person(batch: BatchedWork, name: str) -> None:
    with batch.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name=name, birth_date=_BORN))


def _add_person_then_fail(batch: BatchedWork) -> None:
    with batch.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name="Testperson rullet tilbage", birth_date=_BORN))
        raise RuntimeError


def _created(vault: Vault) -> list[str]:
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events = uow.audit.events()
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
    return [e.details["use_case"] for e in events if e.details["use_case"] == "person.create"]


def _intact(vault: Vault) -> bool:
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        return uow.audit.verify().intact


def test_no_savepoint_is_taken_and_each_use_case_keeps_its_event(vault: Vault) -> None:
    with _statements(vault) as statements, BatchedWork(vault, savepoints=False) as batch:
        for number in range(5):
            _add_person(batch, f"Testperson {number}")
    assert not [s for s in statements if "SAVEPOINT" in s]
    assert len(_created(vault)) == 5
    assert _intact(vault)


def test_a_failed_use_case_rolls_back_the_uncommitted_batch_and_ends_it(vault: Vault) -> None:
    with BatchedWork(vault, batch_size=3, savepoints=False) as batch:
        for number in range(4):  # three committed, one not yet
            _add_person(batch, f"Testperson {number}")
        with pytest.raises(RuntimeError):
            _add_person_then_fail(batch)
        with pytest.raises(BatchRolledBack):
            _add_person(batch, "Testperson efter fejlen")
    assert len(_created(vault)) == 3
    with vault._require_open().connect() as connection:
        names = set(connection.scalars(select(PersonRow.name)))
    assert names == {"Testperson 0", "Testperson 1", "Testperson 2"}
    assert _intact(vault)


@pytest.mark.parametrize("savepoints", [False, True])
def test_a_commit_that_fails_rolls_back_the_batch_and_ends_it(
    vault: Vault, savepoints: bool
) -> None:
    """The disk refusing the batch's writes at its second commit: the use cases since the
    first commit are gone with their events, and none after it is taken (on the old code
    the next commit wrote the failed batch's events after all)."""
    failures = ["disk full"]

    def refuse_once(_conn: Any) -> None:
        if failures:
            raise OSError(failures.pop())

    def three_more(batch: BatchedWork) -> None:
        for number in range(3, 6):
            _add_person(batch, f"Testperson {number}")

    engine = vault._require_open()
    with BatchedWork(vault, batch_size=3, savepoints=savepoints) as batch:
        for number in range(3):
            _add_person(batch, f"Testperson {number}")
        event.listen(engine, "commit", refuse_once)
        try:
            with pytest.raises(OSError, match="disk full"):
                three_more(batch)
        finally:
            event.remove(engine, "commit", refuse_once)
        with pytest.raises(BatchRolledBack):
            _add_person(batch, "Testperson efter fejlen")
    assert len(_created(vault)) == 3
    with engine.connect() as connection:
        names = set(connection.scalars(select(PersonRow.name)))
    assert names == {"Testperson 0", "Testperson 1", "Testperson 2"}
    assert _intact(vault)
