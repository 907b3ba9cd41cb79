"""Nothing written to a vault can be read from its files without the key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from riskdesk.domain.case import Case
from riskdesk.domain.person import Guardian, Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.vault import Vault

NAME = "Testperson Åse Ærø"
GUARDIAN = "Testværge Øjvind Blåbær"
CPR = "010190-1234"
NOTE_WORD = "Hemmeligbemærkning"


def _needles() -> list[bytes]:
    words = [NAME, GUARDIAN, CPR, CPR.replace("-", ""), NOTE_WORD, "Testperson", "Blåbær"]
    found: list[bytes] = []
    for word in words:
        found += [word.encode("utf-8"), word.encode("utf-16-le"), word.casefold().encode("utf-8")]
    return found


def test_files_hold_no_names_or_cpr_numbers(vault: Vault, vault_path: Path) -> None:
    with vault.unit_of_work(UseCase.CASE_CREATE_WITH_PERSON) as uow:
        person = uow.persons.add(
            Person(
                name=NAME,
                cpr=CPR,
                guardians=(Guardian(name=GUARDIAN),),
                notes=f"{NOTE_WORD} om {NAME}",
            )
        )
        assert person.id is not None
        uow.cases.add(
            Case(person_id=person.id, level=2, opened_on=date(2025, 2, 3), caseworker="admin")
        )
    with vault.unit_of_work(UseCase.CASE_CREATE_WITH_PERSON) as uow:
        uow.cases.summaries(NAME)  # search criteria go into the audit log
    while_open = {p.name: p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file()}
    assert any(name.endswith("-wal") for name in while_open)  # the WAL is checked too
    vault.close()
    after_close = {p.name: p.read_bytes() for p in vault_path.parent.iterdir() if p.is_file()}
    for name, raw in [*while_open.items(), *after_close.items()]:
        for needle in _needles():
            assert needle not in raw, f"plain text found in {name}"
