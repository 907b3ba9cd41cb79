"""A journal entry asks its case for the id and the person only (store/journal_repository.py),
not for the whole case as an object: the demo writes entries for hundreds of cases. The
entry is audited with its case and person as before, and an unknown case is refused."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.domain.case import Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.journal import JournalEntry, JournalKind
from riskdesk.domain.person import Person
from riskdesk.domain.refusals import UnknownCase
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.vault import Vault

ADMIN = "admin"  # as in conftest.py


@contextmanager
def _case_reads(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT") and "FROM cases" in statement:
            seen.append(" ".join(statement.split()))

    engine = vault._require_open()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_an_entry_reads_its_cases_id_and_person_only(vault: Vault) -> None:
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        person = uow.persons.add(Person(name="Testperson Journal", birth_date=date(2010, 1, 1)))
        assert person.id is not None
        case = uow.cases.add(
            Case(person_id=person.id, level=2, opened_on=date(2026, 1, 5), caseworker=ADMIN)
        )
    assert case.id is not None
    entry = JournalEntry(
        case_id=case.id, happened_on=date(2026, 2, 1), kind=JournalKind.PHONE_CALL, text="Ringet"
    )
    with _case_reads(vault) as reads, vault.unit_of_work(UseCase.JOURNAL_ADD) as uow:
        added = uow.journal.add(entry)
        details = uow.trail.details()
    assert reads
    assert not [s for s in reads if "cases.case_number" in s]
    assert (details["person_id"], details["case_id"]) == (person.id, case.id)
    with vault.unit_of_work(UseCase.JOURNAL_LIST) as uow:
        assert uow.journal.for_case(case.id) == [added]
    with vault.unit_of_work(UseCase.JOURNAL_ADD) as uow, pytest.raises(UnknownCase):
        uow.journal.add(entry.model_copy(update={"case_id": CaseId(case.id + 1000)}))
