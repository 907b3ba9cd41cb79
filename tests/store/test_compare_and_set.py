"""A save's compare-and-set (store/versioned_update.claim) is one UPDATE that hands the new
row version back: no select of the version after it, and the session's copy of the row
knows its new version, as a stale copy is still refused."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.domain.person import Person
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.vault import Vault


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


def test_a_save_claims_the_row_in_one_statement_and_learns_its_version(vault: Vault) -> None:
    with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        person = uow.persons.add(Person(name="Test Person", birth_date=date(2009, 9, 9)))
    with _statements(vault) as statements, vault.unit_of_work(UseCase.PERSON_UPDATE) as uow:
        saved = uow.persons.update(person.model_copy(update={"name": "Test Persson"}))
        assert uow.persons.get(saved.id).row_version == saved.row_version
    claims = [s for s in statements if s.startswith("UPDATE persons SET")]
    assert len(claims) >= 1
    assert "RETURNING" in claims[0]
    assert not [s for s in statements if s.startswith("SELECT persons.row_version")]
    assert saved.row_version == (person.row_version or 0) + 1
    with vault.unit_of_work(UseCase.PERSON_UPDATE) as uow, pytest.raises(StaleRecord):
        uow.persons.update(person.model_copy(update={"name": "Test Forældet"}))
