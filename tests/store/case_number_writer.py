"""A second writer for the case-number test: opens the vault as its own process and adds
cases one use case at a time, printing each number it was given."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from riskdesk.domain.case import Case
from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.key_slots import KdfCost
from riskdesk.store.vault import Vault


def main() -> None:
    path, username, password, count, name = sys.argv[1:6]
    cheap = KdfCost(memory_kib=64, iterations=1, lanes=1)
    vault = Vault.open(Path(path), username=username, password=password, kdf_cost=cheap)
    try:
        for i in range(int(count)):
            with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
                person = uow.persons.add(Person(name=f"{name} {i}", birth_date=date(2003, 3, 3)))
                assert person.id is not None
                opened = date(2025, 3, 1)
                case = uow.cases.add(
                    Case(person_id=person.id, level=2, opened_on=opened, caseworker=username)
                )
            print(case.case_number, flush=True)
    finally:
        vault.close()


if __name__ == "__main__":
    main()
